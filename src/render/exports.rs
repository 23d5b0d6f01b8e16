//! Machine-readable exports: `retention.json` (the rules as systems enforce
//! them) and `notice.json` (the whole model), plus `sitemap.xml`.

use super::view::with_slash;
use crate::model::*;
use serde::Serialize;
use serde_json::json;

/// A period in exports: exactly one of `iso` and `event` is set.
#[derive(Serialize)]
struct PeriodJson {
    iso: Option<String>,
    event: Option<&'static str>,
}

fn period_json(p: Period) -> Option<PeriodJson> {
    Some(PeriodJson {
        iso: p.iso().map(|d| d.to_string()),
        event: p.event().map(Event::id),
    })
}

/// `retention.json`, documented in README.md.
pub fn retention_json(notice: &Notice) -> String {
    let d = &notice.data;
    let rules: Vec<serde_json::Value> = d
        .retention
        .items
        .iter()
        .map(|r| {
            json!({
                "id": r.id.value,
                "data": r.data.value,
                "categories": r.categories.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(),
                "period": r.period().and_then(period_json),
                "max": r.max().map(Period::Duration).and_then(period_json),
                "ends_early": r.ends_early().map(Event::id),
                "reason": r.reason.as_ref().map(|t| t.value.as_str()),
            })
        })
        .collect();
    let facts: Vec<serde_json::Value> = d
        .facts
        .items
        .iter()
        .map(|f| {
            json!({
                "id": f.id.value,
                "name": f.name.value,
                "period": f.period.as_ref().and_then(|p| p.get().copied()).map(Period::Duration).and_then(period_json),
                "age": f.age.as_ref().map(|a| a.value),
            })
        })
        .collect();
    let cookies: Vec<serde_json::Value> = d
        .cookies
        .items
        .iter()
        .map(|c| {
            json!({
                "id": c.id.value,
                "name": c.name.value,
                "category": c.category.value,
                "lifespan": c.lifespan().and_then(period_json),
            })
        })
        .collect();
    let doc = json!({
        "format": "vellum-retention/1",
        "organisation": notice.meta.organisation.legal_name.value,
        "version": notice.meta.version.value,
        "effective_date": notice.meta.effective_date.text(),
        "rules": rules,
        "facts": facts,
        "cookies": cookies,
    });
    pretty(&doc)
}

/// `notice.json`: the whole model as loaded.
pub fn notice_json(notice: &Notice) -> String {
    let doc = json!({
        "format": "vellum-notice/1",
        "notice": notice,
    });
    pretty(&doc)
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
