//! Machine-readable exports: `retention.json` (the rules as systems enforce
//! them) and `notice.json` (the whole model), plus `sitemap.xml`.

use super::view::with_slash;
use crate::model::*;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::json;

/// The format of `retention.json`; the number changes when a consumer would
/// read a field differently.
pub const RETENTION_FORMAT: &str = "vellum-retention/2";
/// The format of `notice.json`.
pub const NOTICE_FORMAT: &str = "vellum-notice/2";

/// `retention.json`: what the company's systems enforce and auditors diff.
#[derive(Serialize, JsonSchema)]
pub struct RetentionExport {
    /// The address of this format's JSON Schema.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// `vellum-retention/2`.
    pub format: String,
    /// The content hash of the notice's source files (README, "Versions").
    pub content_hash: String,
    pub organisation: String,
    pub version: String,
    /// The date the statement is in force from (YYYY-MM-DD).
    pub effective_date: String,
    pub rules: Vec<RuleExport>,
    pub facts: Vec<FactExport>,
    pub cookie_categories: Vec<CookieCategoryExport>,
    pub cookies: Vec<CookieExport>,
}

/// A period: a length, the events that end it, or both as alternatives.
#[derive(Serialize, JsonSchema)]
pub struct PeriodExport {
    /// The length as an ISO-8601 duration (`P6M`), or null for a period that
    /// lasts until an event.
    pub iso: Option<String>,
    /// Events that end the period, as alternatives: `["end-of-contract",
    /// "end-of-services"]` is "until the contract or the services end";
    /// `agreed-period` is a period agreed with the customer, of no stated length.
    pub ends: Vec<String>,
    /// How the length is meant: `exactly`, `up-to`, `at-least` or `within`.
    pub qualifier: Qualifier,
    /// The event the length counts from, or null when the rule does not say.
    pub start: Option<String>,
}

/// A retention rule.
#[derive(Serialize, JsonSchema)]
pub struct RuleExport {
    pub id: String,
    /// What the rule covers, in the source language.
    pub data: String,
    /// Ids of the data categories the rule applies to.
    pub categories: Vec<String>,
    pub period: PeriodExport,
    /// The longest the data may be kept (ISO-8601 duration), counted from the
    /// same start, or null.
    pub max: Option<String>,
    /// Events that end the period early (consent withdrawn, opt-out, ...).
    pub ends_early: Vec<String>,
    pub reason: Option<String>,
}

/// A deadline or an age.
#[derive(Serialize, JsonSchema)]
pub struct FactExport {
    pub id: String,
    pub name: String,
    /// The deadline, or null for an age.
    pub period: Option<PeriodExport>,
    /// How far, and when, the deadline may be extended.
    pub extension: Option<ExtensionExport>,
    /// An age in years, or null for a deadline.
    pub age: Option<u32>,
}

#[derive(Serialize, JsonSchema)]
pub struct ExtensionExport {
    /// The extension as an ISO-8601 duration.
    pub iso: Option<String>,
    /// When it applies, in the source language.
    pub condition: Option<String>,
}

/// How long something lives: a length, or the events that end it.
#[derive(Serialize, JsonSchema)]
pub struct LifespanExport {
    pub iso: Option<String>,
    pub ends: Vec<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct CookieCategoryExport {
    pub id: String,
    pub name: String,
    /// The lifespan of the category's cookies, when the category states one.
    pub lifespan: Option<LifespanExport>,
}

#[derive(Serialize, JsonSchema)]
pub struct CookieExport {
    pub id: String,
    pub name: String,
    pub category: String,
    pub lifespan: LifespanExport,
}

fn lifespan(periods: &[Period]) -> LifespanExport {
    LifespanExport {
        iso: periods.iter().find_map(Period::iso).map(|d| d.to_string()),
        ends: periods
            .iter()
            .filter_map(|p| p.event().map(|e| e.id().to_string()))
            .collect(),
    }
}

fn period(periods: &[Period], qualifier: Qualifier, start: Option<&Event>) -> PeriodExport {
    let LifespanExport { iso, ends } = lifespan(periods);
    PeriodExport {
        iso,
        ends,
        qualifier,
        start: start.map(|e| e.id().to_string()),
    }
}

fn rule_export(r: &RetentionRule) -> RuleExport {
    RuleExport {
        id: r.id.value.to_string(),
        data: r.data.value.clone(),
        categories: r.categories.iter().map(|c| c.value.to_string()).collect(),
        period: period(&r.alternatives(), r.qualifier(), r.start()),
        max: r.max().map(|d| d.to_string()),
        ends_early: r.ends_early().iter().map(|e| e.id().to_string()).collect(),
        reason: r.reason.as_ref().map(|t| t.value.clone()),
    }
}

fn fact_export(f: &Fact) -> FactExport {
    let deadline = f.period.as_ref().and_then(|p| p.get().copied());
    FactExport {
        id: f.id.value.to_string(),
        name: f.name.value.clone(),
        period: deadline.map(|d| {
            period(
                &[Period::Duration(d)],
                f.qualifier().unwrap_or(Qualifier::Exactly),
                f.start(),
            )
        }),
        extension: f.extension.as_ref().map(|x| ExtensionExport {
            iso: x.period.get().map(|d| d.to_string()),
            condition: x.condition.as_ref().map(|c| c.value.clone()),
        }),
        age: f.age.as_ref().map(|a| a.value),
    }
}

/// The published address of one of vellum's schemas (`schemas/<name>.schema.json`).
pub fn schema_url(notice: &Notice, name: &str) -> String {
    format!(
        "{}schemas/{name}.schema.json",
        with_slash(notice.meta.base_url.text())
    )
}

/// `retention.json`, documented in README.md, with a slot for the hash.
pub fn retention_json_with_slot(notice: &Notice) -> super::content_hash::HashSlot {
    super::content_hash::HashSlot::written("content_hash", |slot| retention_json(notice, slot))
}

/// `notice.json`, with a slot for the hash.
pub fn notice_json_with_slot(notice: &Notice) -> super::content_hash::HashSlot {
    super::content_hash::HashSlot::written("content_hash", |slot| notice_json(notice, slot))
}

/// `retention.json`, documented in README.md.
pub fn retention_json(notice: &Notice, content_hash: &str) -> String {
    let d = &notice.data;
    let doc = RetentionExport {
        schema: schema_url(notice, RETENTION_SCHEMA),
        format: RETENTION_FORMAT.to_string(),
        content_hash: content_hash.to_string(),
        organisation: notice.meta.organisation.legal_name.value.clone(),
        version: notice.meta.version.value.clone(),
        effective_date: notice.meta.effective_date.text().to_string(),
        rules: d.retention.items.iter().map(rule_export).collect(),
        facts: d.facts.items.iter().map(fact_export).collect(),
        cookie_categories: d
            .cookie_categories
            .items
            .iter()
            .map(|c| CookieCategoryExport {
                id: c.id.value.to_string(),
                name: c.name.value.clone(),
                lifespan: c.lifespan.as_ref().map(|_| lifespan(&c.lifespan())),
            })
            .collect(),
        cookies: d
            .cookies
            .items
            .iter()
            .map(|c| CookieExport {
                id: c.id.value.to_string(),
                name: c.name.value.clone(),
                category: c.category.value.to_string(),
                lifespan: lifespan(&c.lifespan()),
            })
            .collect(),
    };
    pretty(&serde_json::to_value(&doc).unwrap_or_default())
}

/// `notice.json`: the whole model as loaded.
pub fn notice_json(notice: &Notice, content_hash: &str) -> String {
    let doc = json!({
        "$schema": schema_url(notice, NOTICE_SCHEMA),
        "format": NOTICE_FORMAT,
        "content_hash": content_hash,
        "notice": notice,
    });
    pretty(&doc)
}

/// Schema names of the exports, as published in `schemas/` and written by `vellum schema`.
pub const RETENTION_SCHEMA: &str = "retention-export";
pub const NOTICE_SCHEMA: &str = "notice-export";

/// The JSON Schemas of the exports a site publishes in `schemas/`: (file name, JSON text).
/// They are the files committed in the repository's schema/, which a test
/// holds to what the model generates (`vellum schema --check` holds them
/// too): generating them took 2% of building a small site.
pub fn published_schemas() -> Vec<(String, String)> {
    [
        (
            RETENTION_SCHEMA,
            include_str!("../../schema/retention-export.schema.json"),
        ),
        (
            NOTICE_SCHEMA,
            include_str!("../../schema/notice-export.schema.json"),
        ),
        (
            super::dpv::SCHEMA,
            include_str!("../../schema/dpv-export.schema.json"),
        ),
    ]
    .into_iter()
    .map(|(name, text)| (format!("{name}.schema.json"), text.to_string()))
    .collect()
}

fn make_published_schemas() -> Vec<(String, String)> {
    let generator = || schemars::SchemaGenerator::default();
    vec![
        crate::model::schema::schema_file(
            generator().into_root_schema_for::<RetentionExport>(),
            RETENTION_SCHEMA,
            "public/retention.json: the retention rules, deadlines and cookie lifespans as systems enforce them",
        ),
        crate::model::schema::schema_file(
            notice_export_schema(),
            NOTICE_SCHEMA,
            "public/notice.json: the whole notice as vellum read it from content/",
        ),
        crate::model::schema::schema_file(
            super::dpv::schema(),
            super::dpv::SCHEMA,
            "public/<lang>/notice.jsonld: the notice in one language as linked data in the W3C Data Privacy Vocabulary (DPV 2.3)",
        ),
    ]
}

/// Every schema `vellum schema` writes besides the content files': the
/// published exports and the formats of released versions.
pub fn export_schemas() -> Vec<(String, String)> {
    let mut out = make_published_schemas();
    for (name, title, schema) in crate::versions::format::schemas() {
        out.push(crate::model::schema::schema_file(schema, name, title));
    }
    out
}

/// The schema of `notice.json`, put together from the content files' own
/// schemas (the export is the model as read, so it has their shape): the
/// metadata of `notice.yaml`, the sections and one list per data file.
fn notice_export_schema() -> schemars::Schema {
    use serde_json::{Map, Value};
    let mut defs = Map::new();
    let mut take = |schema: schemars::Schema| -> Value {
        let mut v = schema.to_value();
        if let Some(o) = v.as_object_mut() {
            if let Some(Value::Object(d)) = o.remove("$defs") {
                defs.extend(d);
            }
            o.remove("$schema");
            o.remove("title");
        }
        v
    };
    let generator = || schemars::SchemaGenerator::default();
    let mut notice = take(generator().into_root_schema_for::<NoticeMeta>());
    // A section's subsections refer to the section schema as the root
    // (`#`); inside this schema the root is the export, so the section
    // becomes a definition of its own.
    let mut section_schema = take(generator().into_root_schema_for::<Section>());
    retarget_root_refs(&mut section_schema, "#/$defs/Section");
    let section = json!({"$ref": "#/$defs/Section"});
    let mut data = Map::new();
    crate::model::data_schemas(|file, root| {
        let field = Kind::DATA
            .iter()
            .find(|k| k.info().file == file)
            .map_or(file, |k| k.info().field);
        data.insert(field.to_string(), take(root));
    });
    defs.insert("Section".into(), section_schema);
    let required: Vec<Value> = data.keys().map(|k| Value::String(k.clone())).collect();
    if let Some(o) = notice.as_object_mut() {
        if let Some(Value::Object(props)) = o.get_mut("properties") {
            props.insert(
                "sections".into(),
                json!({"type": "array", "items": section}),
            );
            props.insert(
                "data".into(),
                json!({"type": "object", "properties": data, "required": required, "additionalProperties": false}),
            );
        }
        if let Some(Value::Array(req)) = o.get_mut("required") {
            req.extend([json!("sections"), json!("data")]);
        }
    }
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {
            "$schema": {"type": "string", "description": "The address of this schema."},
            "format": {"const": NOTICE_FORMAT},
            "content_hash": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"},
            "notice": notice,
        },
        "required": ["$schema", "format", "content_hash", "notice"],
        "additionalProperties": false,
        "$defs": defs,
    });
    schemars::Schema::try_from(root).unwrap_or_default()
}

/// Points every `{"$ref": "#"}` inside `v` at `target`.
fn retarget_root_refs(v: &mut serde_json::Value, target: &str) {
    match v {
        serde_json::Value::Object(o) => {
            if o.get("$ref").and_then(|r| r.as_str()) == Some("#") {
                o.insert("$ref".into(), serde_json::Value::String(target.into()));
            }
            o.values_mut().for_each(|x| retarget_root_refs(x, target));
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| retarget_root_refs(x, target)),
        _ => {}
    }
}

fn pretty(v: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// `sitemap.xml` with an hreflang alternate per language on every page.
pub fn sitemap_xml(notice: &Notice) -> String {
    let base = with_slash(notice.meta.base_url.text());
    let langs: Vec<&str> = notice.language_tags();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for lang in &langs {
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            xml_escape(&format!("{base}{lang}/"))
        ));
        out.push_str(&format!(
            "    <lastmod>{}</lastmod>\n",
            xml_escape(notice.meta.effective_date.text())
        ));
        for alt in &langs {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                xml_escape(alt),
                xml_escape(&format!("{base}{alt}/"))
            ));
        }
        let default = notice.default_language();
        out.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
            xml_escape(&format!("{base}{default}/"))
        ));
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a site publishes is what the model generates, byte for byte.
    #[test]
    fn the_published_schemas_are_the_generated_ones() {
        assert_eq!(published_schemas(), make_published_schemas());
    }
}
