//! `locales/<lang>/periods.yaml`: a language's period vocabulary as written:
//! number words, units, qualifiers, and the phrases of events, written as
//! patterns with slots (see `prose::phrases`). The translate stage checks and
//! compiles it into the vocabulary the recognizer uses.

use super::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// A pattern as written, with its place for diagnostics.
pub type Pattern = Located<String>;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VocabularyFile {
    /// Unit name (`months`) → every form (`month`, `months`).
    pub units: BTreeMap<Key, Vec<String>>,
    /// Unit name → forms written as one word with a number word before them
    /// (Dutch `jarige` in "tweejarige").
    #[serde(default)]
    pub glued_units: BTreeMap<Key, Vec<String>>,
    /// The decimal separator of the language ("." in English, "," in Dutch):
    /// "1.5 years" is eighteen months, "2,000" a grouped number.
    #[serde(default)]
    pub decimal_separator: Option<String>,
    /// Qualifier (`up-to`, `at-least`, `within`, `under`, `over`) → patterns
    /// written right before a length.
    #[serde(default)]
    pub qualifiers: BTreeMap<Key, Vec<Pattern>>,
    /// Qualifier → patterns written right after a length ("at the most", "or older").
    #[serde(default)]
    pub qualifiers_after: BTreeMap<Key, Vec<Pattern>>,
    /// Qualifier → patterns earlier in a sentence that qualify the length
    /// after a copula: "The maximum retention period for attachments is 24 months".
    #[serde(default)]
    pub qualifiers_distant: BTreeMap<Key, Vec<Pattern>>,
    /// Words that link a subject to a length ("is", Dutch "bedraagt").
    #[serde(default)]
    pub copulas: Vec<String>,
    /// Patterns that may stand between a qualifier and its length ("the
    /// statutory limitation period of").
    #[serde(default)]
    pub fillers: Vec<Pattern>,
    /// Words between a number and its unit ("two further months").
    #[serde(default)]
    pub unit_adjectives: Vec<String>,
    /// Words that join the parts of one period: "one (1) year and six (6) months".
    #[serde(default)]
    pub joiners: Vec<String>,
    /// Words that offer an alternative: "the contract or the services".
    #[serde(default)]
    pub or_words: Vec<String>,
    #[serde(default)]
    pub halves: Halves,
    #[serde(default)]
    pub ages: Ages,
    #[serde(default)]
    pub not_periods: NotPeriods,
    /// Named sets of phrases that patterns use as `<name>`: determiners,
    /// possessives, the forms of address of each register.
    #[serde(default)]
    pub slots: BTreeMap<Key, Vec<Pattern>>,
    #[serde(default)]
    pub templates: Templates,
    /// Event id → its words: as a list, phrases that end a period; or by kind
    /// (`noun`, `clause`, `state`, `end`, `start`, `before`).
    #[serde(default)]
    pub events: BTreeMap<Key, EventWords>,
    /// Number → its word forms; the first is the one vellum writes.
    pub numbers: BTreeMap<u32, Vec<String>>,
    /// Forms of a number that are also ordinary words ("a", Dutch "een"): they
    /// count only before a numeral in parentheses, after a qualifier, in a
    /// fraction, or when a start follows ("a year after your last visit").
    #[serde(default)]
    pub weak_numbers: BTreeMap<u32, Vec<String>>,
}

/// Halves of units: "half a year", "one and a half years", "anderhalf jaar".
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Halves {
    /// Before a unit, half of it: "half a", "een half".
    #[serde(default)]
    pub before_unit: Vec<Pattern>,
    /// Between a number and its unit, plus a half: "and a half".
    #[serde(default)]
    pub after_number: Vec<Pattern>,
    /// After a unit, plus a half of it: "a year and a half".
    #[serde(default)]
    pub after_unit: Vec<Pattern>,
    /// Words that are one and a half by themselves: "anderhalf".
    #[serde(default)]
    pub one_and_a_half: Vec<String>,
    /// Glued after a number word, plus a half: "tweeënhalf".
    #[serde(default)]
    pub suffix: Vec<String>,
    /// Glued before a unit, half of it: "halfjaar".
    #[serde(default)]
    pub prefix: Vec<String>,
}

/// What makes a number an age.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ages {
    /// After a number of years: "old", "of age".
    #[serde(default)]
    pub after: Vec<Pattern>,
    /// Qualifier (or `exactly`) → patterns before a number that make it an
    /// age, even without a unit: "under the age of 18", "aged 16".
    #[serde(default)]
    pub before: BTreeMap<Key, Vec<Pattern>>,
    /// Words for people: "children under 13" is an age after them.
    #[serde(default)]
    pub persons: Vec<String>,
}

/// Look-alikes that are not periods.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotPeriods {
    /// Right before a length, it is a frequency or a look-back: "every", "in the preceding".
    #[serde(default)]
    pub before: Vec<Pattern>,
    /// Right after a length, it is a point in time: "ago".
    #[serde(default)]
    pub after: Vec<Pattern>,
    /// Right before a number of hours up to 24, it is a time of day: Dutch "tot 16 uur".
    #[serde(default)]
    pub clock_before: Vec<String>,
}

/// How events are said, for every event: `{noun}`, `{clause}` and `{state}`
/// stand for the event's own phrases of that kind.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Templates {
    /// A period that lasts until the event: "until {clause}", "for the duration of {noun}".
    #[serde(default)]
    pub end: Vec<Pattern>,
    /// After a length, the event it counts from: "after {clause}", "of {noun}".
    #[serde(default)]
    pub start: Vec<Pattern>,
    /// After a period, an event that ends it early: "unless {clause}".
    #[serde(default)]
    pub early_end: Vec<Pattern>,
    /// After an ending and an or-word, another ending with words left out:
    /// "... of our contract or of {noun}".
    #[serde(default)]
    pub alternative: Vec<Pattern>,
    /// At the start of a sentence, before a comma: the start of the length
    /// that follows ("When {clause}, we keep ... for three months").
    #[serde(default)]
    pub fronted_start: Vec<Pattern>,
    /// After a length, a start that refers back to the event before it: "thereafter".
    #[serde(default)]
    pub anaphora_after: Vec<Pattern>,
    /// Before a length, the same: Dutch "daarna nog".
    #[serde(default)]
    pub anaphora_before: Vec<Pattern>,
    /// Verbs that may stand between a length and its start without taking
    /// part in the expression (Dutch "tien jaar bewaard vanaf ...").
    #[serde(default)]
    pub verbs_before_start: Vec<String>,
}

/// The words of one event.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventWordsByKind {
    /// Noun phrases naming it: "<the> contract".
    #[serde(default)]
    pub noun: Vec<Pattern>,
    /// Clauses saying it happens: "<you> withdraw <your> consent".
    #[serde(default)]
    pub clause: Vec<Pattern>,
    /// Clauses describing the time before it: "<your> account is open".
    #[serde(default)]
    pub state: Vec<Pattern>,
    /// Whole phrases that end a period: "for the browser session".
    #[serde(default)]
    pub end: Vec<Pattern>,
    /// Whole phrases after a length that start it: "of inactivity".
    #[serde(default)]
    pub start: Vec<Pattern>,
    /// Whole phrases right before a length that start it: "inactive for".
    #[serde(default)]
    pub before: Vec<Pattern>,
}

/// An event's words: a plain list of ending phrases, or words by kind.
#[derive(Debug, Clone, Default)]
pub struct EventWords(pub EventWordsByKind);

impl JsonSchema for EventWords {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EventWords".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let by_kind = generator.subschema_for::<EventWordsByKind>();
        schemars::json_schema!({
            "anyOf": [{ "type": "array", "items": { "type": "string" } }, by_kind],
            "description": "Phrases that end a period, or the event's words by kind."
        })
    }
}

impl<'de> Deserialize<'de> for EventWords {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{MapAccess, SeqAccess, Visitor, value::MapAccessDeserializer};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = EventWords;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a list of phrases, or phrases by kind (noun, clause, state, end, start, before)")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<EventWords, A::Error> {
                let mut end = Vec::new();
                while let Some(p) = seq.next_element()? {
                    end.push(p);
                }
                Ok(EventWords(EventWordsByKind {
                    end,
                    ..EventWordsByKind::default()
                }))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<EventWords, A::Error> {
                EventWordsByKind::deserialize(MapAccessDeserializer::new(map)).map(EventWords)
            }
        }
        d.deserialize_any(V)
    }
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
