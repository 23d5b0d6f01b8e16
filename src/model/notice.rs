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
    #[schemars(example = &"Privacy Statement")]
    pub title: Located<String>,
    /// The version label shown beside the effective date ("4.1"); quote it, so
    /// that 4.10 stays 4.10.
    #[schemars(example = &"1.0")]
    pub version: Located<String>,
    /// The date the statement is in force from, as `YYYY-MM-DD`.
    #[schemars(example = &"2026-05-18")]
    pub effective_date: Located<Parsed<Date>>,
    /// Language tags (BCP 47, e.g. `en`, `nl`); the first is the source language
    /// the YAML prose is written in.
    #[schemars(example = ["en", "nl"])]
    pub languages: Vec<Located<Parsed<LanguageTag>>>,
    /// The language `public/index.html` points readers to; defaults to the source language.
    #[serde(default)]
    #[schemars(example = &"en")]
    pub default_language: Option<Located<Parsed<LanguageTag>>>,
    /// The absolute URL the site is published at, used in the sitemap and alternates.
    #[schemars(example = &"https://privacy.example.com/")]
    pub base_url: Located<Parsed<WebUrl>>,
    /// How facts are written in prose: `words-and-numerals` ("six (6) months") or `numerals`.
    #[serde(default)]
    #[schemars(example = &"words-and-numerals")]
    pub style: Option<Located<Parsed<Style>>>,
    /// The form of address of each language's edition, e.g. `nl: formal`.
    /// A word of the other form is reported. Without it, the form an edition
    /// uses most is taken as its own.
    #[serde(default)]
    pub register: std::collections::BTreeMap<String, Located<Parsed<Register>>>,
    /// The organisation publishing the statement (the controller): its names,
    /// registered office and contact addresses.
    pub organisation: Organisation,
    /// The data protection officer, if the organisation has one.
    #[serde(default)]
    pub data_protection_officer: Option<DataProtectionOfficer>,
    /// The data protection authority people may complain to.
    pub supervisory_authority: SupervisoryAuthority,
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
    /// The registered name, as in the trade register.
    #[schemars(example = &"Example Company B.V.")]
    pub legal_name: Located<String>,
    /// The name people know the organisation by, if it differs.
    #[serde(default)]
    #[schemars(example = &"Example")]
    pub trade_name: Option<Located<String>>,
    /// Registration in the trade register, e.g. "Chamber of Commerce 12345678".
    #[serde(default)]
    #[schemars(example = &"Chamber of Commerce 12345678")]
    pub registration: Option<Located<String>>,
    /// The id of the office in `content/data/offices.yaml` that is the
    /// registered address (an id, not the address itself).
    #[schemars(example = &"amsterdam")]
    pub headquarters: Located<Id>,
    /// The organisation's own website.
    #[schemars(example = &"https://www.example.com/")]
    pub website: Located<Parsed<WebUrl>>,
    /// The e-mail addresses for privacy questions (required), security reports
    /// and support.
    pub contacts: Contacts,
}

/// Where people reach the organisation about privacy, security and support.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// The address people write to about their personal data and their rights.
    #[schemars(example = &"privacy@example.com")]
    pub privacy: Located<Parsed<Email>>,
    /// The address for reporting a vulnerability or a security incident.
    #[serde(default)]
    #[schemars(example = &"security@example.com")]
    pub security: Option<Located<Parsed<Email>>>,
    /// The address for help with accounts and products.
    #[serde(default)]
    #[schemars(example = &"support@example.com")]
    pub support: Option<Located<Parsed<Email>>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtectionOfficer {
    /// The officer's name, if it is published.
    #[serde(default)]
    #[schemars(example = &"J. Jansen")]
    pub name: Option<Located<String>>,
    /// The address to reach the officer.
    #[schemars(example = &"dpo@example.com")]
    pub email: Located<Parsed<Email>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupervisoryAuthority {
    /// The authority's name.
    #[schemars(example = &"Autoriteit Persoonsgegevens")]
    pub name: Located<String>,
    /// The id of its country in `content/data/countries.yaml`.
    #[schemars(example = &"nl")]
    pub country: Located<Id>,
    /// The authority's website.
    #[schemars(example = &"https://www.autoriteitpersoonsgegevens.nl")]
    pub website: Located<Parsed<WebUrl>>,
    /// The page where a complaint can be filed, if it differs from the website.
    #[serde(default)]
    #[schemars(example = &"https://www.autoriteitpersoonsgegevens.nl/en/contact")]
    pub complaint_url: Option<Located<Parsed<WebUrl>>>,
}
