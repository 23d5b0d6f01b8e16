//! `<lang>/notice.jsonld`: the notice in one language as linked data in the
//! W3C Data Privacy Vocabulary (DPV 2.3, with its GDPR extension for legal
//! bases, rights and transfer tools, and `loc:` for countries).
//!
//! The document is a `dpv:PrivacyNotice` with the controller, the authority,
//! one `dpv:PersonalDataProcess` per purpose (its DPV purposes, legal basis
//! and personal data), one per retention rule (its storage condition and
//! durations) and one per transfer outside the EEA (destination, legal basis,
//! safeguards), the recipients, the sub-processors and the rights. Every IRI
//! in it is a DPV term listed in `tests/reference/dpv-terms.txt`, a node of
//! the site itself, or a term of the `vellum:` namespace for what DPV lacks
//! (listed in [`VELLUM_TERMS`] and the README). Its shape is fixed by the
//! types below, so its JSON Schema is generated from them.

pub mod mapping;
mod nodes;

use super::localize::Localizer;
use schemars::JsonSchema;
use serde::Serialize;

/// The format of the document; the number changes when a reader would have
/// to read a term differently.
pub const FORMAT: &str = "vellum-dpv/1";
/// The name of its schema in `schemas/`.
pub const SCHEMA: &str = "dpv-export";
/// The DPV release the terms come from.
pub const DPV_VERSION: &str = "2.3";
/// The namespace of vellum's own terms. It is to be registered at w3id.org (a
/// pull request to perma-id/w3id.org that redirects it to the README's list);
/// until then it names the terms without resolving.
pub const VELLUM_NS: &str = "https://w3id.org/vellum/ns#";

/// vellum's terms, where DPV 2.3 has none: (term, what it means).
pub const VELLUM_TERMS: &[(&str, &str)] = &[
    ("format", "the format of the document (`vellum-dpv/1`)"),
    ("schema", "the JSON Schema of the document"),
    ("dpvVersion", "the DPV release the terms come from (`2.3`)"),
    ("version", "the version label of the notice (`4.1`)"),
    (
        "effectiveDate",
        "the date the notice is in force from (YYYY-MM-DD)",
    ),
    (
        "contentHash",
        "the content hash of the notice's source files (`sha256:...`)",
    ),
    (
        "label",
        "a node's name in the document's language (as `rdfs:label`)",
    ),
    (
        "description",
        "a node's description in the document's language (as `dct:description`)",
    ),
    (
        "value",
        "a duration's value: an ISO-8601 duration (`P6M`) or a vellum event id (`end-of-contract`) (as `rdf:value`)",
    ),
    (
        "role",
        "what a duration is to its storage condition: `period` (the period, or one of its alternatives), `maximum` (the upper bound a law may demand) or `early-end` (an event that ends it early); DPV has no bounds on durations",
    ),
    (
        "qualifier",
        "how a length is meant: `exactly`, `up-to`, `at-least` or `within`",
    ),
    (
        "startsAt",
        "the vellum event a length counts from (`ticket-resolved`); DPV has no start for durations",
    ),
    (
        "reason",
        "why data is kept that long, in the document's language",
    ),
    (
        "safeguard",
        "vellum's name of a transfer safeguard (`standard-contractual-clauses`)",
    ),
    (
        "DataPrivacyFramework",
        "the EU-U.S. Data Privacy Framework adequacy decision (Commission decision 2023/1795), which DPV 2.3 does not name (a kind of `eu-gdpr:AdequacyDecision`)",
    ),
    ("Fact", "a deadline or an age the notice states"),
    ("fact", "a deadline or an age the notice states"),
    ("age", "an age in years"),
];

/// The `@context`: the namespaces of the terms used.
#[derive(Serialize, JsonSchema)]
pub struct Context {
    pub dpv: String,
    pub pd: String,
    #[serde(rename = "eu-gdpr")]
    pub eu_gdpr: String,
    #[serde(rename = "legal-eu")]
    pub legal_eu: String,
    pub loc: String,
    pub vellum: String,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            dpv: "https://w3id.org/dpv#".into(),
            pd: "https://w3id.org/dpv/pd#".into(),
            eu_gdpr: "https://w3id.org/dpv/legal/eu/gdpr#".into(),
            legal_eu: "https://w3id.org/dpv/legal/eu#".into(),
            loc: "https://w3id.org/dpv/loc#".into(),
            vellum: VELLUM_NS.into(),
        }
    }
}

/// The whole document.
#[derive(Serialize, JsonSchema)]
pub struct Document {
    #[serde(rename = "@context")]
    pub context: Context,
    /// The notice: the permalink of this version in this language.
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:format")]
    pub format: String,
    #[serde(rename = "vellum:schema")]
    pub schema: nodes::Ref,
    #[serde(rename = "vellum:dpvVersion")]
    pub dpv_version: String,
    #[serde(rename = "vellum:version")]
    pub version: String,
    #[serde(rename = "vellum:effectiveDate")]
    pub effective_date: String,
    #[serde(rename = "vellum:contentHash")]
    pub content_hash: String,
    #[serde(rename = "vellum:label")]
    pub label: nodes::Text,
    #[serde(rename = "dpv:hasApplicableLaw")]
    pub law: nodes::Ref,
    #[serde(rename = "dpv:hasDataController")]
    pub controller: nodes::Controller,
    #[serde(rename = "dpv:hasAuthority")]
    pub authority: nodes::Authority,
    #[serde(rename = "dpv:hasPersonalDataProcess")]
    pub processes: Vec<nodes::Process>,
    #[serde(rename = "dpv:hasRecipient")]
    pub recipients: Vec<nodes::RecipientNode>,
    #[serde(rename = "dpv:hasDataProcessor")]
    pub processors: Vec<nodes::Processor>,
    #[serde(rename = "dpv:hasNotice")]
    pub exercising_rights: nodes::RightsNotice,
    #[serde(rename = "dpv:hasRight")]
    pub rights: Vec<nodes::RightNode>,
    #[serde(rename = "vellum:fact")]
    pub facts: Vec<nodes::FactNode>,
}

/// The JSON-LD document of the notice in the localizer's language.
pub fn export(tx: &Localizer<'_>, content_hash: &str) -> String {
    let doc = nodes::document(tx, content_hash);
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// The JSON-LD document of one language with a slot for its content hash,
/// so that `vellum serve` keeps it while other languages' files change
/// (each change gives a new hash). Filled, it is [`export`].
pub fn export_with_slot(tx: &Localizer<'_>) -> super::content_hash::HashSlot {
    super::content_hash::HashSlot::written("vellum:contentHash", |slot| export(tx, slot))
}

/// The JSON Schema of the document.
pub fn schema() -> schemars::Schema {
    schemars::SchemaGenerator::default().into_root_schema_for::<Document>()
}
