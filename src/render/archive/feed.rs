//! `/<lang>/versions/feed.xml`: an Atom feed (RFC 4287) that announces each
//! version, newest first, with the summary of its changes and the changes
//! themselves, so that a feed reader tells people when the notice changes.

use super::pages::{Words, changes_to, summary};
use super::{Context, Timeline, catalogs};
use crate::render::view::with_slash;
use crate::versions::changelog::Changelog;

/// The feed of one language.
pub fn atom(cx: &Context<'_>, timeline: &Timeline<'_>, lang: &str) -> String {
    let Some((catalog, source)) = catalogs(cx, lang) else {
        return String::new();
    };
    let words = Words { catalog, source };
    let notice = cx.inputs.notice;
    let base = with_slash(notice.meta.base_url.text());
    let title = catalog
        .format(crate::translate::messages::NOTICE_TITLE, &[])
        .unwrap_or_else(|| notice.meta.title.value.clone());
    let updated = timeline
        .versions
        .iter()
        .map(|v| v.date)
        .max()
        .unwrap_or_default();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        esc(lang)
    ));
    out.push_str(&format!(
        "  <id>{}</id>\n",
        esc(&format!("{base}{lang}/versions/feed.xml"))
    ));
    out.push_str(&format!(
        "  <title>{}</title>\n",
        esc(&words.t("feed-title", &[("title", title.as_str().into())]))
    ));
    out.push_str(&format!("  <updated>{}</updated>\n", timestamp(updated)));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        esc(&notice.meta.organisation.legal_name)
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        esc(&format!("{base}{lang}/versions/feed.xml"))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        esc(&format!("{base}{lang}/versions/"))
    ));
    for i in (0..timeline.versions.len()).rev() {
        out.push_str(&entry(&words, timeline, i, lang, &base));
    }
    out.push_str("</feed>\n");
    out
}

fn entry(words: &Words<'_>, timeline: &Timeline<'_>, i: usize, lang: &str, base: &str) -> String {
    let v = &timeline.versions[i];
    let shown = v.lang_for(lang);
    let changes = changes_to(timeline, i, lang);
    let log = changes.as_ref().map(|c| &c.0);
    let date = words.date(v.date);
    let link = format!("{base}{shown}/versions/{}/", v.label);
    let mut out = format!("  <entry xml:lang=\"{}\">\n", esc(shown));
    out.push_str(&format!("    <id>{}</id>\n", esc(&link)));
    out.push_str(&format!(
        "    <title>{}</title>\n",
        esc(&words.t(
            "feed-entry-title",
            &[("version", v.label.into()), ("date", date.as_str().into())]
        ))
    ));
    out.push_str(&format!(
        "    <published>{}</published>\n",
        timestamp(v.date)
    ));
    out.push_str(&format!("    <updated>{}</updated>\n", timestamp(v.date)));
    out.push_str(&format!(
        "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        esc(&link)
    ));
    out.push_str(&format!(
        "    <link rel=\"related\" type=\"text/html\" href=\"{}\"/>\n",
        esc(&format!(
            "{base}{lang}/versions/changes/#version-{}",
            v.label
        ))
    ));
    out.push_str(&format!(
        "    <summary type=\"text\">{}</summary>\n",
        esc(&summary(words, log))
    ));
    if let Some(log) = log.filter(|l| !l.entries.is_empty()) {
        out.push_str(&format!(
            "    <content type=\"html\">{}</content>\n",
            esc(&content_html(words, log))
        ));
    }
    out.push_str("  </entry>\n");
    out
}

/// The changed facts as a list, material ones first, for feed readers.
fn content_html(words: &Words<'_>, log: &Changelog) -> String {
    let mut entries: Vec<_> = log.entries.iter().collect();
    entries.sort_by_key(|e| e.material.is_none());
    let mut html = String::from("<ul>");
    for e in entries {
        let area = serde_json::to_value(e.area)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let kind = serde_json::to_value(e.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        html.push_str("<li>");
        if let Some(m) = e.material {
            html.push_str(&format!(
                "<strong>{}</strong> ",
                esc(&words.t(&format!("changes-material-{}", m.id()), &[]))
            ));
        }
        html.push_str(&esc(&format!(
            "{} ({}): {}",
            words.t(&format!("changes-{kind}"), &[]),
            words.t(&format!("changes-area-{area}"), &[]),
            e.subject
        )));
        for d in &e.details {
            let value = match (&d.before, &d.after) {
                (Some(b), Some(a)) => format!("{b} → {a}"),
                (Some(v), None) | (None, Some(v)) => v.clone(),
                (None, None) => continue,
            };
            html.push_str(&esc(&format!(
                "; {}: {value}",
                words.t(&format!("changes-field-{}", d.field), &[])
            )));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    html
}

/// Midnight UTC of a date, as RFC 3339.
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
