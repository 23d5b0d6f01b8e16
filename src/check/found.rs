//! A translation's messages by id, as the checks look them up: every check
//! of a language visits each source message and asks for its translation.
//! The sorted map they come in compared a dozen ids with long common
//! prefixes (`product-…-description`) per lookup; this index hashes one.

use crate::prose::hash::KeyHashBuild;
use crate::translate::ftl::FoundMessage;
use std::collections::{BTreeMap, HashMap};

/// One language's translations, by message id.
pub struct FoundById<'a> {
    index: HashMap<&'a str, &'a FoundMessage, KeyHashBuild>,
}

impl<'a> FoundById<'a> {
    pub fn new(found: &'a BTreeMap<String, FoundMessage>) -> FoundById<'a> {
        let mut index = HashMap::with_capacity_and_hasher(found.len(), KeyHashBuild::default());
        index.extend(found.iter().map(|(id, m)| (id.as_str(), m)));
        FoundById { index }
    }

    /// The translation of message `id`, if the language has one.
    pub fn get(&self, id: &str) -> Option<&'a FoundMessage> {
        self.index.get(id).copied()
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }
}
