//! `locales/<lang>/plain.yaml` as written: the words a language hedges with,
//! the patterns in which they are no hedge, and the phrases that state no
//! retention period. Compiled and used by `check::plain`.

use super::Located;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A language's plain-language data.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlainFile {
    /// Phrases that `<name>` stands for in the patterns below (`you: [you]`).
    #[serde(default)]
    pub slots: BTreeMap<String, Vec<Located<String>>>,
    /// Words and phrases that hedge (`may`, `from time to time`): each is
    /// reported wherever no pattern of `not_hedges` covers it.
    pub hedges: Vec<Located<String>>,
    /// Patterns in which a hedge word they cover is no hedge (a permission of
    /// the reader: `<you> (may|can) <choice>`).
    #[serde(default)]
    pub not_hedges: Vec<Located<String>>,
    /// Patterns in which a hedge word they cover is a hedge after all
    /// (`(kunt|kun) <u>? worden`).
    #[serde(default)]
    pub still_hedges: Vec<Located<String>>,
    /// Hedge words that are also month names: no hedge next to a number ("May 2026").
    #[serde(default)]
    pub months: Vec<String>,
    /// Phrases that state no retention period ("as long as necessary").
    #[serde(default)]
    pub vague_retention: Vec<Located<String>>,
}
