//! `locales/<lang>/periods.yaml`: a language's period vocabulary as written
//! (number words, units, qualifiers, joiners, event phrases). The translate
//! stage checks it and builds the vocabulary the recognizer uses.

use super::located::Located;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VocabularyFile {
    /// Unit name (`months`) → every form (`month`, `months`).
    pub units: BTreeMap<Key, Vec<String>>,
    #[serde(default)]
    pub qualifiers: BTreeMap<Key, Vec<String>>,
    #[serde(default)]
    pub joiners: Vec<String>,
    #[serde(default)]
    pub events: BTreeMap<Key, Vec<String>>,
    /// Number → its word forms; the first is the one vellum writes.
    pub numbers: BTreeMap<u32, Vec<String>>,
    /// Forms of a number that are also ordinary words ("a", Dutch "een"): they
    /// count only before a numeral in parentheses or after a qualifier.
    #[serde(default)]
    pub weak_numbers: BTreeMap<u32, Vec<String>>,
}

/// A key of the vocabulary with where it was written; keys compare by their
/// text alone (equality and order agree, unlike `Located`'s equality, which
/// also compares positions).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Key(pub Located<String>);

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.0.value == other.0.value
    }
}

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.value.cmp(&other.0.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Pos;

    #[test]
    fn keys_compare_by_text_alone() {
        let a = Key(Located::new("months".to_string(), Pos::new(3, 3)));
        let b = Key(Located::new("months".to_string(), Pos::new(9, 3)));
        assert_eq!(a, b);
        assert_eq!(a.cmp(&b), std::cmp::Ordering::Equal);
        let mut map = BTreeMap::new();
        map.insert(a, 1);
        map.insert(b, 2);
        assert_eq!(map.len(), 1);
    }
}
