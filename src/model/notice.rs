//! `content/notice.yaml`: who publishes the statement, in which languages, from when.

use super::located::Located;
use super::values::{Date, Email, Id, LanguageTag, Parsed, WebUrl};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// How facts are written in prose.
    Style ("a style (words-and-numerals or numerals)") {
        /// "six (6) months"
        WordsAndNumerals = "words-and-numerals",
        /// "6 months"
        Numerals = "numerals",
    }
}

crate::text_enum! {
    /// How an edition addresses its reader.
    Register ("a register (formal or informal)") {
        /// Dutch "u", German "Sie".
        Formal = "formal",
        /// Dutch "je", German "du".
        Informal = "informal",
    }
}

/// Metadata of the whole statement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeMeta {
    /// The statement's title in the source language ("Privacy Statement").
    pub title: Located<String>,
    /// The version label shown beside the effective date ("4.1").
    pub version: Located<String>,
    /// The date the statement is in force from, as `YYYY-MM-DD`.
    pub effective_date: Located<Parsed<Date>>,
    /// Language tags (BCP 47, e.g. `en`, `nl`); the first is the source language
    /// the YAML prose is written in.
    pub languages: Vec<Located<Parsed<LanguageTag>>>,
    /// The language `public/index.html` points readers to; defaults to the source language.
    #[serde(default)]
    pub default_language: Option<Located<Parsed<LanguageTag>>>,
    /// The absolute URL the site is published at, used in the sitemap and alternates.
    pub base_url: Located<Parsed<WebUrl>>,
    /// How facts are written in prose: `words-and-numerals` ("six (6) months") or `numerals`.
    #[serde(default)]
    pub style: Option<Located<Parsed<Style>>>,
    /// The form of address of each language's edition, e.g. `nl: formal`.
    /// A word of the other form is reported. Without it, the form an edition
    /// uses most is taken as its own.
    #[serde(default)]
    pub register: std::collections::BTreeMap<String, Located<Parsed<Register>>>,
    pub organisation: Organisation,
    #[serde(default)]
    pub data_protection_officer: Option<DataProtectionOfficer>,
    pub supervisory_authority: SupervisoryAuthority,
    /// Ids of the offices whose legal entities this statement covers.
    #[serde(default)]
    pub affiliates: Vec<Located<Id>>,
}

impl NoticeMeta {
    pub fn style(&self) -> Style {
        self.style
            .as_ref()
            .and_then(|s| s.get().copied())
            .unwrap_or(Style::WordsAndNumerals)
    }
}

/// The controller publishing the statement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub legal_name: Located<String>,
    #[serde(default)]
    pub trade_name: Option<Located<String>>,
    /// Registration in the trade register, e.g. "Chamber of Commerce 12345678".
    #[serde(default)]
    pub registration: Option<Located<String>>,
    /// Id of the office in `data/offices.yaml` that is the registered address.
    pub headquarters: Located<Id>,
    pub website: Located<Parsed<WebUrl>>,
    pub contacts: Contacts,
}

/// Where people reach the organisation about privacy, security and support.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    pub privacy: Located<Parsed<Email>>,
    #[serde(default)]
    pub security: Option<Located<Parsed<Email>>>,
    #[serde(default)]
    pub support: Option<Located<Parsed<Email>>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtectionOfficer {
    #[serde(default)]
    pub name: Option<Located<String>>,
    pub email: Located<Parsed<Email>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupervisoryAuthority {
    pub name: Located<String>,
    /// Country id from `data/countries.yaml`.
    pub country: Located<Id>,
    pub website: Located<Parsed<WebUrl>>,
    /// The page where a complaint can be filed, if it differs from the website.
    #[serde(default)]
    pub complaint_url: Option<Located<Parsed<WebUrl>>>,
}
