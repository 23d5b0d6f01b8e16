//! `content/notice.yaml`: who publishes the statement, in which languages, from when.

use super::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Metadata of the whole statement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeMeta {
    /// The statement's title in the source language ("Privacy Statement").
    pub title: Located<String>,
    /// The version label shown beside the effective date ("4.1").
    pub version: Located<String>,
    /// The date the statement is in force from, as `YYYY-MM-DD`.
    pub effective_date: Located<String>,
    /// Language tags (BCP 47, e.g. `en`, `nl`); the first is the source language
    /// the YAML prose is written in.
    pub languages: Vec<Located<String>>,
    /// The language `public/index.html` points readers to; defaults to the source language.
    #[serde(default)]
    pub default_language: Option<Located<String>>,
    /// The absolute URL the site is published at, used in the sitemap and alternates.
    #[schemars(url)]
    pub base_url: Located<String>,
    /// How facts are written in prose: `words-and-numerals` ("six (6) months") or `numerals`.
    #[serde(default)]
    #[schemars(extend("enum" = ["words-and-numerals", "numerals"]))]
    pub style: Option<Located<String>>,
    pub organisation: Organisation,
    #[serde(default)]
    pub data_protection_officer: Option<DataProtectionOfficer>,
    pub supervisory_authority: SupervisoryAuthority,
    /// Ids of the offices whose legal entities this statement covers.
    #[serde(default)]
    pub affiliates: Vec<Located<String>>,
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
    pub headquarters: Located<String>,
    #[schemars(url)]
    pub website: Located<String>,
    pub contacts: Contacts,
}

/// Where people reach the organisation about privacy, security and support.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    #[schemars(email)]
    pub privacy: Located<String>,
    #[serde(default)]
    #[schemars(email)]
    pub security: Option<Located<String>>,
    #[serde(default)]
    #[schemars(email)]
    pub support: Option<Located<String>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtectionOfficer {
    #[serde(default)]
    pub name: Option<Located<String>>,
    #[schemars(email)]
    pub email: Located<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupervisoryAuthority {
    pub name: Located<String>,
    /// Country id from `data/countries.yaml`.
    pub country: Located<String>,
    #[schemars(url)]
    pub website: Located<String>,
    /// The page where a complaint can be filed, if it differs from the website.
    #[serde(default)]
    #[schemars(url)]
    pub complaint_url: Option<Located<String>>,
}
