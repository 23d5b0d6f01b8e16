//! The notice model: what `content/` says, as typed data. Everything downstream
//! (translation, checks, rendering) reads these types.

pub mod data;
pub mod located;
pub mod notice;
pub mod period;
pub mod schema;
pub mod section;

pub use data::*;
pub use located::{Located, Pos};
pub use notice::*;
pub use period::{Event, IsoDuration, Period};
pub use section::{BLOCK_KINDS, Section};

use serde::{Serialize, Serializer};

/// Entities of one kind and the file they were read from. A kind whose file is
/// absent is an empty list; one whose file failed to parse is marked so that
/// checks do not pile "unknown id" errors on top of the parse error.
#[derive(Debug, Clone)]
pub struct Collection<T> {
    pub file: String,
    pub items: Vec<T>,
    pub failed: bool,
}

impl<T> Collection<T> {
    pub fn empty(file: String) -> Self {
        Collection {
            file,
            items: Vec::new(),
            failed: false,
        }
    }
}

impl<T: Serialize> Serialize for Collection<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

/// One `content/sections/NN-slug.yaml` file.
#[derive(Debug, Clone, Serialize)]
pub struct SectionFile {
    #[serde(skip)]
    pub file: String,
    #[serde(flatten)]
    pub section: Section,
}

/// True for a BCP 47 language tag of the common shape (`nl`, `en-GB`, `pt-BR`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Everything in `content/data/`.
#[derive(Debug, Clone, Serialize)]
pub struct Data {
    pub legal_bases: Collection<LegalBasis>,
    pub purposes: Collection<Purpose>,
    pub data_categories: Collection<DataCategory>,
    pub products: Collection<Product>,
    pub retention: Collection<RetentionRule>,
    pub facts: Collection<Fact>,
    pub rights: Collection<Right>,
    pub recipients: Collection<Recipient>,
    pub subprocessors: Collection<Subprocessor>,
    pub cookie_categories: Collection<CookieCategory>,
    pub cookies: Collection<Cookie>,
    pub countries: Collection<Country>,
    pub offices: Collection<Office>,
}

/// The data file names (without `.yaml`) and what each holds, for diagnostics.
pub const DATA_FILES: &[(&str, &str)] = &[
    ("legal-bases", "legal bases"),
    ("purposes", "purposes"),
    ("data-categories", "data categories"),
    ("products", "products"),
    ("retention", "retention rules"),
    ("facts", "facts"),
    ("rights", "data-subject rights"),
    ("recipients", "recipients"),
    ("subprocessors", "sub-processors"),
    ("cookie-categories", "cookie categories"),
    ("cookies", "cookies"),
    ("countries", "countries"),
    ("offices", "offices"),
];

/// The whole statement as loaded from `content/`.
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    #[serde(skip)]
    pub meta_file: String,
    #[serde(flatten)]
    pub meta: NoticeMeta,
    pub sections: Vec<SectionFile>,
    pub data: Data,
}

impl Notice {
    /// The language the YAML prose is written in.
    pub fn source_language(&self) -> &str {
        self.meta
            .languages
            .first()
            .map_or("en", |l| l.value.as_str())
    }

    /// The language tags as written, source language first.
    pub fn language_tags(&self) -> Vec<&str> {
        self.meta
            .languages
            .iter()
            .map(|l| l.value.as_str())
            .collect()
    }

    /// The languages vellum works in: the valid tags, each once, source first.
    /// A malformed or repeated tag is reported where it is written; leaving it
    /// out here keeps it from raising a cascade of translation findings.
    pub fn site_languages(&self) -> Vec<&Located<String>> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for l in &self.meta.languages {
            if is_language_tag(&l.value) && !seen.contains(&l.value.as_str()) {
                seen.push(l.value.as_str());
                out.push(l);
            }
        }
        out
    }

    /// The languages translated from the source language.
    pub fn translation_languages(&self) -> Vec<&str> {
        let source = self.source_language();
        self.site_languages()
            .into_iter()
            .map(|l| l.value.as_str())
            .filter(|l| *l != source)
            .collect()
    }

    /// Every section and subsection with the file it came from, in document order.
    pub fn all_sections(&self) -> Vec<(&str, &Section)> {
        self.sections
            .iter()
            .flat_map(|f| f.section.walk().into_iter().map(|s| (f.file.as_str(), s)))
            .collect()
    }
}
