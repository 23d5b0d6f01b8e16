//! The files of a released version, as committed in `versions/<label>/`.
//!
//! They are vellum's own formats, versioned by a `format` field, and they
//! hold what the version said rather than how vellum modelled it: names,
//! periods in words, prose as text, next to the few structured values the
//! changelog compares (ISO durations, event and country ids, safeguards). A
//! newer vellum whose model has changed still reads them, and still compares
//! an old version with the current one; a newer format number is refused with
//! a message rather than misread.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `release.json`: what was released, and the digest of each frozen file.
pub const RELEASE_FORMAT: &str = "vellum-release/1";
/// `snapshot.json`: the version's content in every language, for changelogs.
pub const SNAPSHOT_FORMAT: &str = "vellum-snapshot/1";

/// `versions/<label>/release.json`, written last by `vellum release`: a
/// folder without it is an interrupted release, not a version.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseManifest {
    /// `vellum-release/1`.
    pub format: String,
    /// The version label, as in `content/notice.yaml` ("4.1").
    pub version: String,
    /// The date the version is in force from (YYYY-MM-DD).
    pub effective_date: String,
    /// The languages it was published in, the source language first.
    pub languages: Vec<String>,
    /// The content hash of the site when it was released (see README, "Versions").
    pub content_hash: String,
    /// The vellum that released it ("vellum 0.1.0").
    pub released_with: String,
    /// Every other file of the folder, by path inside it, with its SHA-256
    /// (`sha256:...`): a frozen file that no longer matches is reported.
    pub files: BTreeMap<String, String>,
}

/// `versions/<label>/snapshot.json`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Snapshot {
    /// `vellum-snapshot/1`.
    pub format: String,
    pub version: String,
    /// YYYY-MM-DD.
    pub effective_date: String,
    pub content_hash: String,
    pub source_language: String,
    /// The version in each language it was published in.
    // Shared: `serve` keeps each language's from one rebuild to the next.
    pub editions: BTreeMap<String, std::sync::Arc<Edition>>,
}

/// One version in one language: the facts a changelog compares, in that
/// language's words.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Edition {
    pub title: String,
    /// The effective date in words ("18 May 2026").
    pub effective_date: String,
    pub rules: Vec<RuleDigest>,
    pub purposes: Vec<PurposeDigest>,
    pub legal_bases: Vec<NamedDigest>,
    pub recipients: Vec<RecipientDigest>,
    pub subprocessors: Vec<SubprocessorDigest>,
    /// The group companies that receive data, and where they are. Absent in
    /// snapshots released before vellum recorded them: a changelog then
    /// does not compare them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliates: Option<Vec<AffiliateDigest>>,
    /// The cookies and similar technologies, absent in snapshots released
    /// before vellum recorded them (then not compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookies: Option<Vec<CookieDigest>>,
    /// Where personal data comes from besides the people themselves (Art.
    /// 14(2)(f) GDPR), absent in snapshots released before vellum recorded
    /// them (then not compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<SourceDigest>>,
    pub rights: Vec<NamedDigest>,
    pub contacts: Vec<ContactDigest>,
    pub sections: Vec<SectionDigest>,
}

/// A retention rule.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RuleDigest {
    pub id: String,
    /// What the rule covers, in the edition's language.
    pub label: String,
    /// The length as an ISO-8601 duration, if the period has one.
    pub iso: Option<String>,
    /// Events that end the period, as alternatives.
    pub ends: Vec<String>,
    /// `exactly`, `up-to`, `at-least` or `within`.
    pub qualifier: String,
    /// The event the length counts from.
    pub start: Option<String>,
    /// The upper bound (ISO-8601).
    pub max: Option<String>,
    /// Events that end the period early.
    pub ends_early: Vec<String>,
    /// The whole rule in words, as the retention table says it.
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PurposeDigest {
    pub id: String,
    pub name: String,
    /// The id of its legal basis.
    pub legal_basis: String,
    /// The legal basis in words.
    pub legal_basis_name: String,
    /// Ids of the data categories processed for it.
    pub categories: Vec<String>,
    /// Their names in words, in the same order.
    pub category_names: Vec<String>,
}

/// A legal basis or a right.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NamedDigest {
    pub id: String,
    pub name: String,
    pub article: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RecipientDigest {
    pub id: String,
    pub name: String,
    /// `processor`, `controller`, ... (see `recipients.yaml`).
    pub role: String,
    pub role_text: String,
    /// Where it processes the data and on what a transfer out of the EEA
    /// rests. Absent for a category whose members are listed one by one
    /// (each is a recipient of its own), and in snapshots released before
    /// vellum recorded it: a changelog then does not compare it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer: Option<TransferDigest>,
}

/// A group company that receives data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AffiliateDigest {
    pub id: String,
    pub name: String,
    pub transfer: TransferDigest,
}

/// A cookie or similar technology.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CookieDigest {
    pub id: String,
    /// The cookie's name, as a browser shows it.
    pub name: String,
    pub provider: String,
    /// First or third party, in words.
    pub party: String,
    /// How long it lasts, in words.
    pub lifespan: String,
    /// Where a third party's provider receives the data; `None` for a
    /// first-party cookie.
    pub transfer: Option<TransferDigest>,
}

/// A source of personal data other than the people themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SourceDigest {
    pub id: String,
    pub name: String,
    /// Whether anyone can consult it, in words.
    pub public: String,
    /// Ids of the data categories that come from it.
    pub categories: Vec<String>,
    /// Their names in words, in the same order.
    pub category_names: Vec<String>,
}

/// Where a recipient processes personal data (Chapter V GDPR).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TransferDigest {
    /// Country id (ISO 3166 alpha-2, lower case), `worldwide`, or empty when
    /// not written.
    pub location: String,
    /// The location in words.
    pub location_name: String,
    /// Whether the data leaves the EEA.
    pub leaves_eea: bool,
    /// What the transfer rests on, in words (empty when not written).
    pub safeguard_text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubprocessorDigest {
    pub id: String,
    pub name: String,
    pub purpose: String,
    /// Country id (ISO 3166 alpha-2, lower case).
    pub country: String,
    pub country_name: String,
    /// Whether the country is in the EEA.
    pub eea: bool,
    /// `eea`, `adequacy-decision`, `standard-contractual-clauses`, ...
    pub safeguard: String,
    pub safeguard_text: String,
}

/// A way to reach the organisation: `privacy`, `security`, `support`, `dpo`
/// or `authority`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContactDigest {
    pub id: String,
    pub label: String,
    pub value: String,
}

/// A section's prose as text: paragraphs, list items and headings each on a
/// line of their own, blocks (tables) left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SectionDigest {
    pub id: String,
    /// "2.3", or empty for an unnumbered section.
    pub number: String,
    pub title: Option<String>,
    pub text: String,
}

/// The two formats' JSON Schemas: (name, schema), for `vellum schema`.
pub fn schemas() -> Vec<(&'static str, &'static str, schemars::Schema)> {
    let generator = || schemars::SchemaGenerator::default();
    vec![
        (
            "release",
            "versions/<label>/release.json: a released version and the digest of each of its files",
            generator().into_root_schema_for::<ReleaseManifest>(),
        ),
        (
            "snapshot",
            "versions/<label>/snapshot.json: a released version's content in every language, for changelogs",
            generator().into_root_schema_for::<Snapshot>(),
        ),
    ]
}
