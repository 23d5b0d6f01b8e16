//! The nodes of the JSON-LD document, and how each kind of fact becomes one.

use super::mapping;
use super::{Context, DPV_VERSION, Document, FORMAT, SCHEMA};
use crate::model::entity::ViewContext;
use crate::model::*;
use crate::render::localize::Localizer;
use crate::render::snapshot::{html_text, rule_text};
use crate::render::view::with_slash;
use crate::translate::messages::{NOTICE_TITLE, entity_message};
use schemars::JsonSchema;
use serde::Serialize;

/// A reference to a node or a DPV concept.
#[derive(Serialize, JsonSchema, Clone)]
pub struct Ref {
    #[serde(rename = "@id")]
    pub id: String,
}

fn r(id: impl Into<String>) -> Ref {
    Ref { id: id.into() }
}

/// A text in a language.
#[derive(Serialize, JsonSchema, Clone)]
pub struct Text {
    #[serde(rename = "@value")]
    pub value: String,
    /// The language of the text: the document's, or the source language's
    /// where a translation is missing.
    #[serde(rename = "@language")]
    pub language: String,
}

#[derive(Serialize, JsonSchema)]
pub struct Controller {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "dpv:hasName")]
    pub name: String,
    #[serde(rename = "dpv:hasIdentifier", skip_serializing_if = "Option::is_none")]
    pub registration: Option<String>,
    #[serde(rename = "dpv:hasAddress", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(rename = "dpv:hasCountry", skip_serializing_if = "Option::is_none")]
    pub country: Option<Ref>,
    /// The privacy, security and support addresses.
    #[serde(rename = "dpv:hasContact")]
    pub contacts: Vec<String>,
    #[serde(
        rename = "dpv:hasDataProtectionOfficer",
        skip_serializing_if = "Option::is_none"
    )]
    pub dpo: Option<Dpo>,
    /// The affiliated companies the notice covers.
    #[serde(rename = "dpv:hasSubsidiary")]
    pub affiliates: Vec<Organisation>,
}

#[derive(Serialize, JsonSchema)]
pub struct Dpo {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "dpv:hasName", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "dpv:hasContact")]
    pub contact: String,
}

#[derive(Serialize, JsonSchema)]
pub struct Organisation {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "dpv:hasName")]
    pub name: String,
    #[serde(rename = "dpv:hasCountry", skip_serializing_if = "Option::is_none")]
    pub country: Option<Ref>,
    #[serde(rename = "vellum:description", skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

#[derive(Serialize, JsonSchema)]
pub struct Authority {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "dpv:hasName")]
    pub name: String,
    #[serde(
        rename = "dpv:hasJurisdiction",
        skip_serializing_if = "Option::is_none"
    )]
    pub jurisdiction: Option<Ref>,
    /// Its website, and the page for complaints.
    #[serde(rename = "dpv:hasContact")]
    pub contacts: Vec<String>,
}

/// A purpose, a retention rule or a transfer, as a process.
#[derive(Serialize, JsonSchema, Default)]
pub struct Process {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:label")]
    pub label: Option<Text>,
    #[serde(rename = "vellum:description", skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(
        rename = "dpv:hasPurpose",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub purposes: Vec<Ref>,
    #[serde(
        rename = "dpv:hasProcessing",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub processing: Vec<Ref>,
    #[serde(
        rename = "dpv:hasLegalBasis",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub legal_bases: Vec<LegalBasisNode>,
    #[serde(
        rename = "dpv:hasPersonalData",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub data: Vec<Category>,
    #[serde(rename = "dpv:hasDataController")]
    pub controller: Option<Ref>,
    #[serde(
        rename = "dpv:hasStorageCondition",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage: Option<Storage>,
    #[serde(
        rename = "dpv:hasDataExporter",
        skip_serializing_if = "Option::is_none"
    )]
    pub exporter: Option<Ref>,
    #[serde(
        rename = "dpv:hasDataImporter",
        skip_serializing_if = "Option::is_none"
    )]
    pub importer: Option<Ref>,
    #[serde(
        rename = "dpv:hasThirdCountry",
        skip_serializing_if = "Option::is_none"
    )]
    pub third_country: Option<Ref>,
    #[serde(
        rename = "dpv:hasOrganisationalMeasure",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub measures: Vec<Ref>,
}

#[derive(Serialize, JsonSchema, Clone)]
pub struct LegalBasisNode {
    #[serde(rename = "@id")]
    pub id: String,
    /// The GDPR article DPV names (`eu-gdpr:A6-1-b`), or `dpv:LegalBasis`.
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:label")]
    pub label: Text,
}

#[derive(Serialize, JsonSchema, Clone)]
pub struct Category {
    #[serde(rename = "@id")]
    pub id: String,
    /// The `pd:` categories, or `dpv:PersonalData`.
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:label")]
    pub label: Text,
    #[serde(rename = "dpv:hasDataSource", skip_serializing_if = "Option::is_none")]
    pub source: Option<Ref>,
}

/// How long data is kept.
#[derive(Serialize, JsonSchema)]
pub struct Storage {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    /// The rule in words, as the retention table says it.
    #[serde(rename = "vellum:description")]
    pub description: Text,
    #[serde(rename = "vellum:reason", skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
    #[serde(rename = "dpv:hasDuration")]
    pub durations: Vec<Duration>,
}

/// A length (`dpv:TemporalDuration`) or an event that ends a period
/// (`dpv:UntilEventDuration`).
#[derive(Serialize, JsonSchema)]
pub struct Duration {
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:value")]
    pub value: String,
    /// `period`, `maximum` or `early-end`.
    #[serde(rename = "vellum:role")]
    pub role: String,
    #[serde(rename = "vellum:qualifier", skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(rename = "vellum:startsAt", skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    #[serde(rename = "vellum:description")]
    pub description: Text,
}

#[derive(Serialize, JsonSchema)]
pub struct RecipientNode {
    #[serde(rename = "@id")]
    pub id: String,
    /// `dpv:Recipient` and the class of its role.
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:label")]
    pub label: Text,
    #[serde(rename = "vellum:description", skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// A sub-processor.
#[derive(Serialize, JsonSchema)]
pub struct Processor {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "dpv:hasName")]
    pub name: String,
    #[serde(rename = "vellum:description", skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(rename = "dpv:hasCountry", skip_serializing_if = "Option::is_none")]
    pub country: Option<Ref>,
    #[serde(rename = "dpv:hasLocation", skip_serializing_if = "Option::is_none")]
    pub location: Option<Ref>,
    #[serde(rename = "vellum:safeguard")]
    pub safeguard: String,
}

/// Where and how rights are exercised: the privacy address, and the deadline
/// for an answer.
#[derive(Serialize, JsonSchema)]
pub struct RightsNotice {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "dpv:hasContact")]
    pub contact: String,
    #[serde(rename = "dpv:hasDuration")]
    pub deadlines: Vec<Duration>,
}

#[derive(Serialize, JsonSchema)]
pub struct RightNode {
    #[serde(rename = "@id")]
    pub id: String,
    /// `dpv:DataSubjectRight` and the GDPR article DPV names (`eu-gdpr:A15`).
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:label")]
    pub label: Text,
    #[serde(rename = "vellum:description", skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(rename = "dpv:isExercisedAt", skip_serializing_if = "Option::is_none")]
    pub exercised_at: Option<Ref>,
    #[serde(rename = "dpv:hasAuthority", skip_serializing_if = "Option::is_none")]
    pub authority: Option<Ref>,
}

/// A deadline or an age.
#[derive(Serialize, JsonSchema)]
pub struct FactNode {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub types: Vec<String>,
    #[serde(rename = "vellum:label")]
    pub label: Text,
    #[serde(
        rename = "dpv:hasDuration",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub durations: Vec<Duration>,
    #[serde(rename = "vellum:age", skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
}

/// Where the document's own nodes live: `<base>versions/<label>/notice.json#`,
/// the same in every language, so that the languages' graphs merge.
struct Ids {
    base: String,
}

impl Ids {
    fn of(&self, kind: &str, id: &str) -> String {
        format!("{}{kind}-{id}", self.base)
    }
    fn named(&self, name: &str) -> String {
        format!("{}{name}", self.base)
    }
}

/// A text of the notice in the document's language, tagged with the language
/// it is really in.
fn text(tx: &Localizer<'_>, message: &str, fallback: &str) -> Text {
    match tx.lookup(message) {
        Some(l) => Text {
            value: l.text,
            language: if l.fallback { tx.source_lang } else { tx.lang }.to_string(),
        },
        None => Text {
            value: fallback.to_string(),
            language: tx.source_lang.to_string(),
        },
    }
}

fn markdown(tx: &Localizer<'_>, kind: Kind, id: &str, field: &str) -> Option<Text> {
    let namespace = [kind.info().prefix, id].join("-");
    let found = tx.markdown_text(&entity_message(kind, id, field), &namespace)?;
    Some(Text {
        value: found.text,
        language: if found.fallback {
            tx.source_lang
        } else {
            tx.lang
        }
        .to_string(),
    })
}

fn words(tx: &Localizer<'_>, value: String) -> Text {
    Text {
        value,
        language: tx.lang.to_string(),
    }
}

pub fn document(tx: &Localizer<'_>, content_hash: &str) -> Document {
    let m = &tx.notice.meta;
    let base = with_slash(m.base_url.text());
    let label = m.version.as_str();
    let ids = Ids {
        base: format!("{base}versions/{label}/notice.json#"),
    };
    let mut processes: Vec<Process> = tx
        .notice
        .data
        .purposes
        .items
        .iter()
        .map(|p| purpose(tx, &ids, p))
        .collect();
    processes.extend(
        tx.notice
            .data
            .retention
            .items
            .iter()
            .map(|rule| retention(tx, &ids, rule)),
    );
    processes.extend(
        crate::model::gdpr::transfers(tx.notice)
            .iter()
            .filter_map(|t| transfer(tx, &ids, t)),
    );
    Document {
        context: Context::default(),
        id: format!("{base}{}/versions/{label}/", tx.lang),
        types: vec!["dpv:PrivacyNotice".into()],
        format: FORMAT.into(),
        schema: r(crate::render::exports::schema_url(tx.notice, SCHEMA)),
        dpv_version: DPV_VERSION.into(),
        version: label.to_string(),
        effective_date: m.effective_date.text().to_string(),
        content_hash: content_hash.to_string(),
        label: text(tx, NOTICE_TITLE, &m.title),
        law: r("legal-eu:law-GDPR"),
        controller: controller(tx, &ids),
        authority: authority(tx, &ids),
        processes,
        recipients: tx
            .notice
            .data
            .recipients
            .items
            .iter()
            .map(|x| recipient(tx, &ids, x))
            .collect(),
        processors: tx
            .notice
            .data
            .subprocessors
            .items
            .iter()
            .map(|s| processor(tx, &ids, s))
            .collect(),
        exercising_rights: rights_notice(tx, &ids),
        rights: rights(tx, &ids),
        facts: tx
            .notice
            .data
            .facts
            .items
            .iter()
            .map(|f| fact(tx, &ids, f))
            .collect(),
    }
}

fn controller(tx: &Localizer<'_>, ids: &Ids) -> Controller {
    let m = &tx.notice.meta;
    let org = &m.organisation;
    let hq = tx.notice.data.offices.find(&org.headquarters);
    let c = &org.contacts;
    let contacts = [
        Some(c.privacy.text()),
        c.security.as_ref().map(|e| e.text()),
        c.support.as_ref().map(|e| e.text()),
    ];
    Controller {
        id: ids.named("controller"),
        types: vec!["dpv:DataController".into()],
        name: org.legal_name.value.clone(),
        registration: org.registration.as_ref().map(|x| x.value.clone()),
        address: hq.map(|o| {
            let mut lines: Vec<String> = o.street.iter().map(|s| s.value.clone()).collect();
            let postal = o.postal_code.as_ref().map_or("", |p| p.as_str());
            lines.push(format!("{postal} {}", o.city.as_str()).trim().to_string());
            lines.push(html_text(&ViewContext::name_of(
                tx,
                Kind::Country,
                &o.country,
            )));
            lines.join(", ")
        }),
        country: hq.and_then(|o| mapping::country(&o.country)).map(r),
        contacts: contacts.into_iter().flatten().map(str::to_string).collect(),
        dpo: m.data_protection_officer.as_ref().map(|d| Dpo {
            id: ids.named("data-protection-officer"),
            types: vec!["dpv:DataProtectionOfficer".into()],
            name: d.name.as_ref().map(|n| n.value.clone()),
            contact: d.email.text().to_string(),
        }),
        affiliates: tx
            .notice
            .data
            .affiliates
            .items
            .iter()
            .map(|a| Organisation {
                id: ids.of("affiliate", &a.id),
                types: vec!["dpv:Organisation".into()],
                name: a.name.value.clone(),
                country: mapping::country(&a.country).map(r),
                description: markdown(tx, Kind::Affiliate, &a.id, "description"),
            })
            .collect(),
    }
}

fn authority(tx: &Localizer<'_>, ids: &Ids) -> Authority {
    let sa = &tx.notice.meta.supervisory_authority;
    let mut contacts = vec![sa.website.text().to_string()];
    contacts.extend(sa.complaint_url.as_ref().map(|u| u.text().to_string()));
    Authority {
        id: ids.named("supervisory-authority"),
        types: vec!["dpv:DataProtectionAuthority".into()],
        name: sa.name.value.clone(),
        jurisdiction: mapping::country(&sa.country).map(r),
        contacts,
    }
}

fn category(tx: &Localizer<'_>, ids: &Ids, id: &str) -> Category {
    let found = tx.notice.data.data_categories.find(id);
    Category {
        id: ids.of("category", id),
        types: mapping::data_category(id)
            .into_iter()
            .map(String::from)
            .collect(),
        label: text(
            tx,
            &entity_message(Kind::DataCategory, id, "name"),
            found.map_or(id, |c| c.name.as_str()),
        ),
        source: found
            .and_then(|c| c.source.as_ref())
            .and_then(|s| s.get())
            .map(|s| r(mapping::data_source(*s))),
    }
}

fn legal_basis(tx: &Localizer<'_>, ids: &Ids, id: &str) -> LegalBasisNode {
    let found = tx.notice.data.legal_bases.find(id);
    let article = found
        .and_then(|b| b.basis())
        .and_then(|b| mapping::gdpr_article(b.article(), mapping::LEGAL_BASES));
    LegalBasisNode {
        id: ids.of("legal-basis", id),
        types: vec![article.unwrap_or("dpv:LegalBasis").to_string()],
        label: text(
            tx,
            &entity_message(Kind::LegalBasis, id, "name"),
            found.map_or(id, |b| b.name.as_str()),
        ),
    }
}

fn purpose(tx: &Localizer<'_>, ids: &Ids, p: &Purpose) -> Process {
    let id = p.id.as_str();
    Process {
        id: ids.of("purpose", id),
        types: vec!["dpv:PersonalDataProcess".into()],
        label: Some(text(
            tx,
            &entity_message(Kind::Purpose, id, "name"),
            &p.name,
        )),
        description: markdown(tx, Kind::Purpose, id, "description"),
        purposes: mapping::purpose(id).into_iter().map(r).collect(),
        legal_bases: vec![legal_basis(tx, ids, &p.legal_basis)],
        data: p
            .data_categories
            .iter()
            .map(|c| category(tx, ids, c))
            .collect(),
        controller: Some(r(ids.named("controller"))),
        ..Process::default()
    }
}

fn duration(
    tx: &Localizer<'_>,
    period: &Period,
    role: &str,
    qualifier: Option<Qualifier>,
    start: Option<&Event>,
) -> Duration {
    let (class, value) = match period {
        Period::Duration(d) => ("dpv:TemporalDuration", d.to_string()),
        Period::Until(e) => ("dpv:UntilEventDuration", e.id().to_string()),
    };
    let is_length = matches!(period, Period::Duration(_));
    let qualifier = qualifier.filter(|_| is_length);
    Duration {
        types: vec![class.into()],
        value,
        role: role.into(),
        qualifier: qualifier.map(|q| q.id().to_string()),
        starts_at: start.filter(|_| is_length).map(|e| e.id().to_string()),
        description: words(
            tx,
            tx.period_phrase(
                std::slice::from_ref(period),
                qualifier.unwrap_or(Qualifier::Exactly),
                start.filter(|_| is_length),
            ),
        ),
    }
}

fn retention(tx: &Localizer<'_>, ids: &Ids, rule: &RetentionRule) -> Process {
    let id = rule.id.as_str();
    let mut durations: Vec<Duration> = rule
        .alternatives()
        .iter()
        .map(|p| duration(tx, p, "period", Some(rule.qualifier()), rule.start()))
        .collect();
    durations.extend(rule.max().map(|m| {
        duration(
            tx,
            &Period::Duration(m),
            "maximum",
            Some(Qualifier::UpTo),
            rule.start(),
        )
    }));
    durations.extend(
        rule.ends_early()
            .into_iter()
            .map(|e| duration(tx, &Period::Until(e), "early-end", None, None)),
    );
    Process {
        id: ids.of("retention", id),
        types: vec!["dpv:PersonalDataProcess".into()],
        label: Some(text(
            tx,
            &entity_message(Kind::RetentionRule, id, "data"),
            &rule.data,
        )),
        processing: vec![r("dpv:Store")],
        data: rule
            .categories
            .iter()
            .map(|c| category(tx, ids, c))
            .collect(),
        controller: Some(r(ids.named("controller"))),
        storage: Some(Storage {
            id: ids.of("storage", id),
            types: vec!["dpv:StorageDuration".into()],
            description: words(tx, rule_text(tx, rule)),
            reason: markdown(tx, Kind::RetentionRule, id, "reason"),
            durations,
        }),
        ..Process::default()
    }
}

/// A transfer outside the EEA, to a recipient, an affiliate or a
/// sub-processor (the nodes the export has; cookies are not exported).
/// Sub-processors keep the node ids of the first format (`transfer-<id>`).
fn transfer(tx: &Localizer<'_>, ids: &Ids, t: &Transfer<'_>) -> Option<Process> {
    let node = match t.kind {
        Kind::Subprocessor => "subprocessor",
        Kind::Recipient => "recipient",
        Kind::Affiliate => "affiliate",
        _ => return None,
    };
    let location = t.location?.as_str();
    let (basis, measures) = mapping::safeguard(t.safeguard()?, &t.derogations(), location)?;
    let id = t.id.as_str();
    let safeguard = t.safeguard.map_or("", |g| g.text());
    let name = match t.kind {
        Kind::Affiliate => tx
            .notice
            .data
            .affiliates
            .find(id)
            .map_or_else(|| id.to_string(), |a| a.name.value.clone()),
        kind => html_text(&ViewContext::name_of(tx, kind, id)),
    };
    let country = html_text(&ViewContext::name_of(tx, Kind::Country, location));
    let label = words(tx, tx.ui(&format!("safeguard-{safeguard}"), &[]));
    // A derogation rests on each of its points of Art. 49.
    let bases: Vec<&str> = match t.derogations().as_slice() {
        [] => vec![basis],
        points => points.iter().map(|p| mapping::derogation(*p)).collect(),
    };
    let process = match t.kind {
        Kind::Subprocessor => ids.of("transfer", id),
        _ => ids.of(&format!("transfer-{node}"), id),
    };
    Some(Process {
        id: process,
        types: vec!["dpv:PersonalDataProcess".into()],
        label: Some(words(tx, format!("{name} ({country})"))),
        processing: vec![r("dpv:CrossBorderTransfer")],
        legal_bases: bases
            .into_iter()
            .map(|basis| LegalBasisNode {
                id: basis.to_string(),
                types: vec!["dpv:DataTransferLegalBasis".into()],
                label: label.clone(),
            })
            .collect(),
        controller: Some(r(ids.named("controller"))),
        exporter: Some(r(ids.named("controller"))),
        importer: Some(r(ids.of(node, id))),
        third_country: mapping::country(location).map(r),
        measures: measures.into_iter().map(r).collect(),
        ..Process::default()
    })
}

fn recipient(tx: &Localizer<'_>, ids: &Ids, x: &Recipient) -> RecipientNode {
    let id = x.id.as_str();
    let mut types = vec!["dpv:Recipient".to_string()];
    types.extend(x.role.get().map(|role| mapping::role(*role).to_string()));
    RecipientNode {
        id: ids.of("recipient", id),
        types,
        label: text(tx, &entity_message(Kind::Recipient, id, "name"), &x.name),
        description: markdown(tx, Kind::Recipient, id, "description"),
    }
}

fn processor(tx: &Localizer<'_>, ids: &Ids, s: &Subprocessor) -> Processor {
    let id = s.id.as_str();
    let country = mapping::country(&s.location).map(r);
    Processor {
        id: ids.of("subprocessor", id),
        types: vec!["dpv:DataSubProcessor".into()],
        name: s.name.value.clone(),
        description: markdown(tx, Kind::Subprocessor, id, "purpose"),
        location: country.clone(),
        country,
        safeguard: s
            .safeguard
            .as_ref()
            .map_or_else(String::new, |g| g.text().to_string()),
    }
}

/// The deadline for answering a rights request: a deadline fact that counts
/// from the request (`start: request-received`), with its extension.
fn rights_notice(tx: &Localizer<'_>, ids: &Ids) -> RightsNotice {
    let deadlines = tx
        .notice
        .data
        .facts
        .items
        .iter()
        .filter(|f| f.start().is_some_and(|e| e.id() == "request-received"))
        .flat_map(|f| deadline(tx, f))
        .collect();
    RightsNotice {
        id: ids.named("exercising-rights"),
        types: vec!["dpv:RightExerciseNotice".into()],
        contact: tx
            .notice
            .meta
            .organisation
            .contacts
            .privacy
            .text()
            .to_string(),
        deadlines,
    }
}

fn deadline(tx: &Localizer<'_>, f: &Fact) -> Vec<Duration> {
    let mut out: Vec<Duration> = f
        .period()
        .iter()
        .map(|p| duration(tx, p, "period", f.qualifier(), f.start()))
        .collect();
    out.extend(f.extension().map(|x| {
        duration(
            tx,
            &Period::Duration(x),
            "maximum",
            Some(Qualifier::UpTo),
            f.start(),
        )
    }));
    out
}

fn rights(tx: &Localizer<'_>, ids: &Ids) -> Vec<RightNode> {
    let mut out: Vec<RightNode> = tx
        .notice
        .data
        .rights
        .items
        .iter()
        .map(|x| {
            let id = x.id.as_str();
            let mut types = vec!["dpv:DataSubjectRight".to_string()];
            types.extend(
                x.kind()
                    .and_then(|k| mapping::gdpr_article(k.article(), mapping::RIGHTS))
                    .map(String::from),
            );
            RightNode {
                id: ids.of("right", id),
                types,
                label: text(tx, &entity_message(Kind::Right, id, "name"), &x.name),
                description: markdown(tx, Kind::Right, id, "description"),
                exercised_at: Some(r(ids.named("exercising-rights"))),
                authority: None,
            }
        })
        .collect();
    // Every notice names its supervisory authority, and so the right to
    // complain to it (Art. 77), whether or not rights.yaml lists it.
    let authority = tx.notice.meta.supervisory_authority.name.as_str();
    out.push(RightNode {
        id: ids.named("right-to-complain"),
        types: vec!["dpv:DataSubjectRight".into(), "eu-gdpr:A77".into()],
        label: words(tx, tx.ui("complaint-link", &[("authority", authority)])),
        description: None,
        exercised_at: None,
        authority: Some(r(ids.named("supervisory-authority"))),
    });
    out
}

fn fact(tx: &Localizer<'_>, ids: &Ids, f: &Fact) -> FactNode {
    let id = f.id.as_str();
    FactNode {
        id: ids.of("fact", id),
        types: vec!["vellum:Fact".into()],
        label: text(tx, &entity_message(Kind::Fact, id, "name"), &f.name),
        durations: deadline(tx, f),
        age: f.age.as_ref().map(|a| a.value),
    }
}
