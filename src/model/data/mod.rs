//! `content/data/*.yaml`: the facts a statement makes, as data the checks can
//! use. One file per kind of entity; each declares everything vellum knows
//! about its kind (see [`Entity`](super::entity::Entity)).
//!
//! The registry below is the one place that lists the kinds: each line names
//! the module that declares the kind, and the `Data` collection, the data file
//! table, loading, the JSON Schemas, the id index, reference checks,
//! translatable messages, proper names and the page's view are derived from
//! it. Adding a kind takes its module, its line here, its block template and a
//! fixture.

mod transfer;
pub use transfer::*;

use super::entity::Entity;
use super::{Collection, DataLoader, DataVisitor, KindInfo, Located, entity};
use serde::Serialize;

crate::model::registry! {
    legal_bases: legal_basis::LegalBasis = LegalBasis {
        file: "legal-bases", name: "legal basis", plural: "Legal bases",
        prefix: "legal-basis", block: Some("legal-bases"),
    }
    purposes: purpose::Purpose = Purpose {
        file: "purposes", name: "purpose", plural: "Purposes",
        prefix: "purpose", block: Some("purposes-table"),
    }
    data_categories: data_category::DataCategory = DataCategory {
        file: "data-categories", name: "data category", plural: "Data categories",
        prefix: "category", block: Some("data-categories"),
    }
    products: product::Product = Product {
        file: "products", name: "product", plural: "Products",
        prefix: "product", block: Some("products-table"),
    }
    retention: retention::RetentionRule = RetentionRule {
        file: "retention", name: "retention rule", plural: "Retention rules",
        prefix: "rule", block: Some("retention-table"),
    }
    facts: fact::Fact = Fact {
        file: "facts", name: "fact", plural: "Facts",
        prefix: "fact", block: None,
    }
    rights: right::Right = Right {
        file: "rights", name: "right", plural: "Rights",
        prefix: "right", block: Some("rights"),
    }
    recipients: recipient::Recipient = Recipient {
        file: "recipients", name: "recipient", plural: "Recipients",
        prefix: "recipient", block: Some("recipients"),
    }
    subprocessors: subprocessor::Subprocessor = Subprocessor {
        file: "subprocessors", name: "sub-processor", plural: "Sub-processors",
        prefix: "subprocessor", block: Some("subprocessors-table"),
    }
    cookie_categories: cookie_category::CookieCategory = CookieCategory {
        file: "cookie-categories", name: "cookie category", plural: "Cookie categories",
        prefix: "cookie-category", block: Some("cookie-categories"),
    }
    cookies: cookie::Cookie = Cookie {
        file: "cookies", name: "cookie", plural: "Cookies",
        prefix: "cookie", block: Some("cookies-table"),
    }
    countries: country::Country = Country {
        file: "countries", name: "country", plural: "Countries",
        prefix: "country", block: None,
    }
    offices: office::Office = Office {
        file: "offices", name: "office", plural: "Offices",
        prefix: "office", block: Some("offices"),
    }
    affiliates: affiliate::Affiliate = Affiliate {
        file: "affiliates", name: "affiliate", plural: "Affiliates",
        prefix: "affiliate", block: Some("affiliates"),
    }
    data_subjects: data_subject::DataSubject = DataSubject {
        file: "data-subjects", name: "group of data subjects", plural: "Groups of data subjects",
        prefix: "data-subject", block: Some("data-subjects"),
    }
    sources: source::Source = Source {
        file: "sources", name: "source", plural: "Sources of personal data",
        prefix: "data-source", block: Some("sources"),
    }
    not_applicable: not_applicable::NotApplicable = NotApplicable {
        file: "not-applicable", name: "statement of an item that does not apply", plural: "Items that do not apply",
        prefix: "not-applicable", block: None,
    }
}

/// Blocks that show the organisation, or what several kinds say together,
/// rather than one kind of entity.
pub const OTHER_BLOCKS: &[&str] = &[
    "contact",
    "retention-timeline",
    "supervisory-authority",
    "transfers",
    "automated-decisions",
];
