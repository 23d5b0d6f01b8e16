//! `content/sections/NN-slug.yaml`: one numbered top-level section per file.

use super::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A section or subsection of the statement. Numbers (1, 1.1, ...) come from the
/// file order and nesting, never from the YAML, so inserting a section renumbers
/// the rest while ids (and so anchors and translations) stay put.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable kebab-case id: the anchor in every language and the translation key.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub title: Located<String>,
    /// Markdown prose in the source language.
    #[serde(default)]
    pub body: Option<Located<String>>,
    /// Ids of the retention rules and facts this section's prose narrates.
    #[serde(default)]
    pub rules: Vec<Located<String>>,
    /// Data blocks rendered after the prose (`products-table`, `retention-table`, ...).
    #[serde(default)]
    #[schemars(extend("items" = {"type": "string", "enum": ["affiliates", "contact", "cookie-categories", "cookies-table", "data-categories", "legal-bases", "offices", "products-table", "purposes-table", "recipients", "retention-table", "rights", "subprocessors-table", "supervisory-authority"]}))]
    pub blocks: Vec<Located<String>>,
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

/// The data blocks a section may show after its prose; each has a theme template
/// `blocks/<id>.html`.
pub const BLOCK_KINDS: &[&str] = &[
    "affiliates",
    "contact",
    "cookie-categories",
    "cookies-table",
    "data-categories",
    "legal-bases",
    "offices",
    "products-table",
    "purposes-table",
    "recipients",
    "retention-table",
    "rights",
    "subprocessors-table",
    "supervisory-authority",
];
