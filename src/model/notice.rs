//! `content/notice.yaml`: who publishes the statement, in which languages, from when.

use super::located::Located;
use super::values::{Date, Email, Id, LanguageTag, Parsed, WebUrl};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// What a notice must contain to be complete.
    Profile ("a profile (gdpr or none)") {
        /// Every item of Articles 13 and 14 GDPR, shown on every page or
        /// declared not applicable.
        Gdpr = "gdpr",
        /// No completeness checks (a notice outside the GDPR).
        None = "none",
    }
}

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
    /// What the notice must contain: `gdpr` (the default: every item of
    /// Articles 13 and 14 GDPR) or `none`.
    #[serde(default)]
    #[schemars(example = &"gdpr")]
    pub profile: Option<Located<Parsed<Profile>>>,
    /// The controller's representative in the EU (Art. 27), for an
    /// organisation established outside the EEA.
    #[serde(default)]
    pub representative: Option<Representative>,
    /// Where readers obtain a copy of the transfer safeguards (standard
    /// contractual clauses, binding corporate rules).
    #[serde(default)]
    pub safeguard_copies: Option<SafeguardCopies>,
    /// The plain-language check: sentences accepted as they are.
    #[serde(default)]
    pub plain_language: Option<PlainLanguage>,
}

impl NoticeMeta {
    pub fn profile(&self) -> Profile {
        self.profile
            .as_ref()
            .and_then(|p| p.get().copied())
            .unwrap_or(Profile::Gdpr)
    }

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

/// The controller's representative in the EU (Art. 27 GDPR).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    /// The representative's name.
    #[schemars(example = &"Example Representation B.V.")]
    pub name: Located<String>,
    /// The id of its address in `content/data/offices.yaml`.
    #[schemars(example = &"representative")]
    pub office: Located<Id>,
    /// The address to reach the representative.
    #[schemars(example = &"eu-representative@example.com")]
    pub email: Located<Parsed<Email>>,
}

/// Where a copy of the transfer safeguards is available: an address to
/// write to, a page, or both.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SafeguardCopies {
    /// The address to ask for a copy.
    #[serde(default)]
    #[schemars(example = &"privacy@example.com")]
    pub email: Option<Located<Parsed<Email>>>,
    /// The page where the safeguards are published.
    #[serde(default)]
    #[schemars(example = &"https://www.example.com/legal/transfers")]
    pub url: Option<Located<Parsed<WebUrl>>>,
}

/// The plain-language check's settings.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlainLanguage {
    /// Sentences (or the part of one that holds the word) that the check
    /// accepts, each with the reason, in any language.
    #[serde(default)]
    pub accept: Vec<Acceptance>,
}

/// A sentence the plain-language check accepts.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// The sentence, or the part of it that holds the flagged word, as written.
    #[schemars(example = &"A court may order us to hand over data")]
    pub sentence: Located<String>,
    /// Why it stays as it is.
    #[schemars(example = &"We cannot know whether a court will order it.")]
    pub reason: Located<String>,
}
