//! `content/sections/NN-slug.yaml`: one numbered top-level section per file.

use super::located::Located;
use super::values::{FromText, Id, Parsed, Problem};
use super::{Kind, OTHER_BLOCKS};
use crate::diagnostics::Code;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A section or subsection of the statement. Numbers (1, 1.1, ...) come from the
/// file order and nesting, never from the YAML, so inserting a section renumbers
/// the rest while ids (and so anchors and translations) stay put.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable kebab-case id: the anchor in every language and the translation key.
    #[schemars(example = &"retention")]
    pub id: Located<Id>,
    /// The section's heading in the source language; vellum numbers it.
    #[schemars(example = &"How long we keep your data")]
    pub title: Located<String>,
    /// Markdown prose in the source language.
    #[serde(default)]
    pub body: Option<Located<String>>,
    /// Ids of the retention rules and facts this section's prose narrates.
    #[serde(default)]
    pub rules: Vec<Located<Id>>,
    /// Data blocks rendered after the prose (`products-table`, `retention-table`, ...).
    #[serde(default)]
    pub blocks: Vec<Located<Parsed<BlockName>>>,
    #[serde(default)]
    pub subsections: Vec<Section>,
}

impl Section {
    /// This section and every subsection, depth first, in document order.
    pub fn walk(&self) -> Vec<&Section> {
        let mut out = vec![self];
        for sub in &self.subsections {
            out.extend(sub.walk());
        }
        out
    }
}

/// A data block a section shows after its prose; each has a theme template
/// `blocks/<name>.html`. The names come from the registry of kinds plus the
/// blocks about the organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BlockName(pub &'static str);

impl BlockName {
    /// Every block name, sorted.
    pub fn all() -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Kind::DATA
            .iter()
            .filter_map(|k| k.info().block)
            .chain(OTHER_BLOCKS.iter().copied())
            .collect();
        names.sort_unstable();
        names
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl FromText for BlockName {
    fn from_text(text: &str) -> Result<Self, Problem> {
        let all = BlockName::all();
        all.iter()
            .find(|b| **b == text)
            .map(|b| BlockName(b))
            .ok_or_else(|| {
                let problem = Problem::new(
                    Code::InvalidValue,
                    format!("block `{text}` is not one of the allowed values"),
                );
                match crate::diagnostics::suggest::did_you_mean(text, &all) {
                    Some(h) => problem.hint(h),
                    None => problem,
                }
            })
    }
}

impl JsonSchema for BlockName {
    fn schema_name() -> Cow<'static, str> {
        "BlockName".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": BlockName::all(), "description": "A data block shown after the section's prose." })
    }
}
