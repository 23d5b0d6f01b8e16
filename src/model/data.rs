//! `content/data/*.yaml`: the facts a statement makes, as data the checks can use.
//! Each file holds a YAML list of one kind of entity; the file name says the kind.

use super::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A lawful basis under Art. 6(1) GDPR.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    /// The article it rests on, e.g. "6(1)(a) GDPR".
    #[serde(default)]
    pub article: Option<Located<String>>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

/// Why data is processed, and on which legal basis.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    pub legal_basis: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// Ids of the data categories processed for this purpose.
    #[serde(default)]
    pub data_categories: Vec<Located<String>>,
}

/// A category of personal data ("traffic data", "identifiers").
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// `direct` (given by the person or collected from their use) or `other-sources`.
    #[serde(default)]
    #[schemars(extend("enum" = ["direct", "other-sources"]))]
    pub source: Option<Located<String>>,
    /// A definition shown as a footnote wherever a table names this category.
    #[serde(default)]
    pub definition: Option<Located<String>>,
}

/// A product or service and the end-user data it involves: one row of the
/// "personal data per product" table.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Product {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// For a grouped row ("Messaging channels"): the names of its members.
    #[serde(default)]
    pub members: Vec<Located<String>>,
    /// Ids of the data categories this product processes.
    pub categories: Vec<Located<String>>,
}

/// How long one kind of data is kept, as the company's systems enforce it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    /// What the rule covers, in the source language ("SMS and voice traffic data").
    pub data: Located<String>,
    /// Ids of the data categories the rule applies to.
    #[serde(default)]
    pub categories: Vec<Located<String>>,
    /// The default period: an ISO-8601 duration (`P6M`) or an event (`end-of-contract`).
    #[schemars(regex(
        pattern = r"^(P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|end-of-contract|end-of-services|consent-withdrawn|account-closed|purpose-fulfilled|browser-session)$"
    ))]
    pub period: Located<String>,
    /// The longest the data may be kept where a law demands it, if longer than `period`.
    #[serde(default)]
    #[schemars(regex(
        pattern = r"^(P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|end-of-contract|end-of-services|consent-withdrawn|account-closed|purpose-fulfilled|browser-session)$"
    ))]
    pub max: Option<Located<String>>,
    /// An event that ends the period early (`consent-withdrawn`).
    #[serde(default)]
    #[schemars(extend("enum" = ["end-of-contract", "end-of-services", "consent-withdrawn", "account-closed", "purpose-fulfilled", "browser-session"]))]
    pub ends_early: Option<Located<String>>,
    /// Why this period, e.g. the statute that demands it.
    #[serde(default)]
    pub reason: Option<Located<String>>,
}

/// A fact other than a retention rule that prose states: a deadline or an age.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    /// A duration such as the response deadline (`P1M`).
    #[serde(default)]
    #[schemars(regex(
        pattern = r"^(P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|end-of-contract|end-of-services|consent-withdrawn|account-closed|purpose-fulfilled|browser-session)$"
    ))]
    pub period: Option<Located<String>>,
    /// An age in years, such as the minimum age to use the services.
    #[serde(default)]
    pub age: Option<Located<u32>>,
}

/// A data-subject right (access, erasure, ...).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Right {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    #[serde(default)]
    pub article: Option<Located<String>>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

/// A category of third party that receives personal data.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    /// `processor`, `controller`, `independent-controller`, `joint-controller` or `authority`.
    #[schemars(extend("enum" = ["processor", "controller", "independent-controller", "joint-controller", "authority"]))]
    pub role: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

/// A processor engaged by the company.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subprocessor {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    pub purpose: Located<String>,
    /// Country id from `data/countries.yaml`.
    pub location: Located<String>,
    /// Transfer safeguard: `eea` (no transfer), `adequacy-decision`,
    /// `standard-contractual-clauses`, `binding-corporate-rules` or `data-privacy-framework`.
    #[schemars(extend("enum" = ["eea", "adequacy-decision", "standard-contractual-clauses", "binding-corporate-rules", "data-privacy-framework"]))]
    pub safeguard: Located<String>,
}

/// A cookie category (strictly necessary, functional, performance, marketing).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookieCategory {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// True when the category is set without consent (strictly necessary cookies).
    #[serde(default)]
    pub without_consent: bool,
}

/// One cookie or similar technology.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    /// The cookie's technical name as the browser shows it.
    pub name: Located<String>,
    pub provider: Located<String>,
    pub category: Located<String>,
    /// `first` or `third` party.
    #[schemars(extend("enum" = ["first", "third"]))]
    pub party: Located<String>,
    /// An ISO-8601 duration, or `browser-session`.
    #[schemars(regex(
        pattern = r"^(P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|end-of-contract|end-of-services|consent-withdrawn|account-closed|purpose-fulfilled|browser-session)$"
    ))]
    pub lifespan: Located<String>,
    pub purpose: Located<String>,
}

/// A country, named once so that offices, processors and authorities can refer to it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code in lower case (`nl`, `us`).
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    pub name: Located<String>,
    /// True for EEA members: transfers elsewhere need a safeguard.
    #[serde(default)]
    pub eea: bool,
}

/// An office of the company or an affiliate.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Office {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: Located<String>,
    /// The legal entity at this address.
    pub entity: Located<String>,
    pub street: Vec<Located<String>>,
    #[serde(default)]
    pub postal_code: Option<Located<String>>,
    pub city: Located<String>,
    #[serde(default)]
    pub region: Option<Located<String>>,
    pub country: Located<String>,
    #[serde(default)]
    #[schemars(email)]
    pub email: Option<Located<String>>,
}

/// Roles a recipient can have.
pub const RECIPIENT_ROLES: &[&str] = &[
    "processor",
    "controller",
    "independent-controller",
    "joint-controller",
    "authority",
];

/// Transfer safeguards a sub-processor can rely on.
pub const SAFEGUARDS: &[&str] = &[
    "eea",
    "adequacy-decision",
    "standard-contractual-clauses",
    "binding-corporate-rules",
    "data-privacy-framework",
];

pub const DATA_SOURCES: &[&str] = &["direct", "other-sources"];
pub const COOKIE_PARTIES: &[&str] = &["first", "third"];
