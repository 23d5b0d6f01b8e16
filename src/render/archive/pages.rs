//! The version index (`/<lang>/versions/`) and the changelog
//! (`/<lang>/versions/changes/`) of one language.

use super::{Context, Timeline, catalogs, ui, ui_strings};
use crate::diagnostics::{Code, Diagnostic};
use crate::render::view::{Alternate, with_slash};
use crate::translate::Catalog;
use crate::translate::periods::date_text;
use crate::versions::changelog::{self, Changelog, Entry, Kind, SectionChange};
use crate::versions::diff::Piece;
use fluent_bundle::FluentValue;
use serde::Serialize;

/// The words of one language, for the views below.
pub struct Words<'a> {
    pub catalog: &'a Catalog,
    pub source: &'a Catalog,
}

impl Words<'_> {
    pub fn t(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        ui(self.catalog, self.source, id, args)
    }

    pub fn date(&self, iso: &str) -> String {
        date_text(self.catalog, iso)
    }
}

/// The changes that led to version `i` in `lang`: `None` for the first
/// version. Each side is the version's edition in `lang`, or in its source
/// language where it was not published in `lang` (then `lang` of the
/// result says so).
pub fn changes_to(
    timeline: &Timeline<'_>,
    i: usize,
    lang: &str,
) -> Option<(Changelog, Option<String>)> {
    let new = &timeline.versions[i];
    let old = &timeline.versions[i.checked_sub(1)?];
    let (o, n) = (
        old.snapshot.editions.get(old.lang_for(lang))?,
        new.snapshot.editions.get(new.lang_for(lang))?,
    );
    let shown = [old.lang_for(lang), new.lang_for(lang)]
        .into_iter()
        .find(|l| *l != lang)
        .map(str::to_string);
    Some((changelog::compare(o, n), shown))
}

/// One line of the summary: how many facts changed, how many of them are
/// material, and in which sections the wording changed.
pub fn summary(words: &Words<'_>, log: Option<&Changelog>) -> String {
    let Some(log) = log else {
        return words.t("changes-first", &[]);
    };
    let facts = log.entries.len();
    let material = log.material().count();
    let mut parts = vec![words.t(
        "changes-summary-facts",
        &[("count", facts.into()), ("material", material.into())],
    )];
    if !log.sections.is_empty() {
        let names: Vec<String> = log.sections.iter().map(section_heading).collect();
        parts.push(words.t(
            "changes-summary-sections",
            &[
                ("count", log.sections.len().into()),
                ("sections", names.join(", ").into()),
            ],
        ));
    }
    parts.join(" ")
}

fn section_heading(s: &SectionChange) -> String {
    let title = s.title.clone().unwrap_or_default();
    match (s.number.as_str(), title.as_str()) {
        ("", "") => s.id.clone(),
        ("", t) => t.to_string(),
        (n, "") => n.to_string(),
        (n, t) => format!("{n} {t}"),
    }
}

#[derive(Serialize)]
struct VersionRow {
    label: String,
    /// "Version 4.1".
    name: String,
    /// What the changes link says to a screen reader: "Changes in version 4.1".
    changes_label: String,
    href: String,
    /// The language of the linked page when it is not the index's.
    lang: Option<String>,
    from: String,
    until: Option<String>,
    status: &'static str,
    status_text: String,
    changes_href: String,
    summary: String,
}

/// `/<lang>/versions/index.html`.
pub fn version_index(
    cx: &Context<'_>,
    timeline: &Timeline<'_>,
    lang: &str,
    ui: &tera::Value,
) -> Result<String, Diagnostic> {
    let (catalog, source) = catalogs(cx, lang).ok_or_else(no_catalog)?;
    let words = Words { catalog, source };
    let rows: Vec<VersionRow> = (0..timeline.versions.len())
        .rev()
        .map(|i| {
            let v = &timeline.versions[i];
            let shown = v.lang_for(lang);
            let status = if i == timeline.in_force && !timeline.is_upcoming(i) {
                "current"
            } else if timeline.is_upcoming(i) {
                "upcoming"
            } else {
                "archived"
            };
            let until = (status == "archived").then(|| {
                let next = timeline.versions[i + 1].date;
                next.parse::<jiff::civil::Date>()
                    .ok()
                    .and_then(|d| d.yesterday().ok())
                    .map_or_else(|| words.date(next), |d| words.date(&d.to_string()))
            });
            VersionRow {
                label: v.label.to_string(),
                name: words.t("versions-version", &[("version", v.label.into())]),
                changes_label: words.t("versions-changes-of", &[("version", v.label.into())]),
                href: format!("../../{shown}/versions/{}/index.html", v.label),
                lang: (shown != lang).then(|| shown.to_string()),
                from: words.date(v.date),
                until,
                status,
                status_text: words.t(&format!("versions-status-{status}"), &[]),
                changes_href: format!("changes/index.html#version-{}", v.label),
                summary: summary(&words, changes_to(timeline, i, lang).as_ref().map(|c| &c.0)),
            }
        })
        .collect();
    let mut context = page_context(
        cx,
        lang,
        &words,
        "versions-title",
        "versions/index.html",
        "../../",
        ui,
    )?;
    context.insert("versions", &rows);
    context.insert("feed_href", "feed.xml");
    context.insert("changes_href", "changes/index.html");
    cx.templates.render("versions.html", &context)
}

#[derive(Serialize)]
struct EntryView {
    kind: &'static str,
    kind_text: String,
    area_text: String,
    subject: String,
    details: Vec<DetailView>,
    material: Option<String>,
}

#[derive(Serialize)]
struct DetailView {
    label: String,
    /// The period of a retention rule needs no label: "Support tickets: 2
    /// years → 3 years".
    plain: bool,
    before: Option<String>,
    after: Option<String>,
}

#[derive(Serialize)]
struct SectionView {
    heading: String,
    kind: &'static str,
    kind_text: String,
    old_title: Option<String>,
    paragraphs: Vec<Vec<Piece>>,
}

#[derive(Serialize)]
struct ReleaseView {
    anchor: String,
    heading: String,
    status_text: String,
    href: String,
    intro: String,
    /// Set when the changes are told in another language than the page's.
    lang: Option<String>,
    material: Vec<EntryView>,
    other: Vec<EntryView>,
    sections: Vec<SectionView>,
    first: bool,
    empty: bool,
}

fn kind_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Added => "added",
        Kind::Removed => "removed",
        Kind::Changed => "changed",
    }
}

fn entry_view(words: &Words<'_>, e: &Entry) -> EntryView {
    let area = serde_json::to_value(e.area)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    EntryView {
        kind: kind_id(e.kind),
        kind_text: words.t(&format!("changes-{}", kind_id(e.kind)), &[]),
        area_text: words.t(&format!("changes-area-{area}"), &[]),
        subject: e.subject.clone(),
        details: e
            .details
            .iter()
            .map(|d| DetailView {
                label: words.t(&format!("changes-field-{}", d.field), &[]),
                plain: d.field == "period",
                before: d.before.clone(),
                after: d.after.clone(),
            })
            .collect(),
        material: e
            .material
            .map(|m| words.t(&format!("changes-material-{}", m.id()), &[])),
    }
}

fn release_view(words: &Words<'_>, timeline: &Timeline<'_>, i: usize, lang: &str) -> ReleaseView {
    let v = &timeline.versions[i];
    let changes = changes_to(timeline, i, lang);
    let (log, shown) = changes.map_or((None, None), |(l, s)| (Some(l), s));
    let entries = log.as_ref().map_or(&[][..], |l| &l.entries[..]);
    let status = if timeline.is_upcoming(i) {
        "upcoming"
    } else {
        "from"
    };
    ReleaseView {
        anchor: format!("version-{}", v.label),
        heading: words.t("changes-version-heading", &[("version", v.label.into())]),
        status_text: words.t(
            &format!("changes-version-{status}"),
            &[("date", words.date(v.date).into())],
        ),
        href: format!(
            "../../../{}/versions/{}/index.html",
            v.lang_for(lang),
            v.label
        ),
        intro: match i.checked_sub(1) {
            Some(p) => words.t(
                "changes-since",
                &[("version", timeline.versions[p].label.into())],
            ),
            None => words.t("changes-first", &[]),
        },
        lang: shown,
        material: entries
            .iter()
            .filter(|e| e.material.is_some())
            .map(|e| entry_view(words, e))
            .collect(),
        other: entries
            .iter()
            .filter(|e| e.material.is_none())
            .map(|e| entry_view(words, e))
            .collect(),
        sections: log
            .as_ref()
            .map(|l| {
                l.sections
                    .iter()
                    .map(|s| SectionView {
                        heading: section_heading(s),
                        kind: kind_id(s.kind),
                        kind_text: words.t(&format!("changes-section-{}", kind_id(s.kind)), &[]),
                        old_title: s.old_title.clone(),
                        paragraphs: s.paragraphs.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        first: i == 0,
        empty: log.as_ref().is_some_and(Changelog::is_empty),
    }
}

/// `/<lang>/versions/changes/index.html`: every version's changes, newest first.
pub fn changelog(
    cx: &Context<'_>,
    timeline: &Timeline<'_>,
    lang: &str,
    ui: &tera::Value,
) -> Result<String, Diagnostic> {
    let (catalog, source) = catalogs(cx, lang).ok_or_else(no_catalog)?;
    let words = Words { catalog, source };
    let releases: Vec<ReleaseView> = (0..timeline.versions.len())
        .rev()
        .map(|i| release_view(&words, timeline, i, lang))
        .collect();
    let mut context = page_context(
        cx,
        lang,
        &words,
        "changes-title",
        "versions/changes/index.html",
        "../../../",
        ui,
    )?;
    context.insert("releases", &releases);
    context.insert("versions_href", "../index.html");
    cx.templates.render("changes.html", &context)
}

/// Every UI string of `lang` for the version pages' `t`: worked out once for
/// the language's pages, which share it.
pub fn ui_value(cx: &Context<'_>, lang: &str) -> Result<tera::Value, Diagnostic> {
    let (catalog, source) = catalogs(cx, lang).ok_or_else(no_catalog)?;
    Ok(tera::Value::from_serializable(&ui_strings(
        catalog,
        source,
        &[],
    )))
}

/// What the version pages share: the language, the organisation, the
/// title, the language switcher and the UI strings (`ui`, from [`ui_value`]).
fn page_context(
    cx: &Context<'_>,
    lang: &str,
    words: &Words<'_>,
    title: &str,
    path: &str,
    root: &str,
    ui: &tera::Value,
) -> Result<tera::Context, Diagnostic> {
    let notice = cx.inputs.notice;
    let base = with_slash(notice.meta.base_url.text());
    let notice_title = crate::render::snapshot::html_text(&crate::prose::Html::text(
        &words
            .catalog
            .format(crate::translate::messages::NOTICE_TITLE, &[])
            .unwrap_or_else(|| notice.meta.title.value.clone()),
    ));
    let alternates: Vec<Alternate> = notice
        .language_tags()
        .into_iter()
        .map(|l| Alternate {
            lang: l.to_string(),
            url: format!("{base}{l}/{}", path.trim_end_matches("index.html")),
            href: format!("{root}{l}/{path}"),
            name: cx.names.get(l).cloned().unwrap_or_else(|| l.to_string()),
            current: l == lang,
        })
        .collect();
    let org = &notice.meta.organisation;
    let mut context = tera::Context::new();
    context.insert("lang", lang);
    context.insert(
        "title",
        &words.t(title, &[("title", notice_title.as_str().into())]),
    );
    context.insert("notice_title", &notice_title);
    context.insert(
        "organisation",
        &org.trade_name
            .as_ref()
            .map_or(org.legal_name.as_str(), |t| t.as_str()),
    );
    context.insert(
        "canonical_url",
        &format!("{base}{lang}/{}", path.trim_end_matches("index.html")),
    );
    context.insert("alternates", &alternates);
    context.insert("root", root);
    context.insert("current_href", &format!("{root}{lang}/index.html"));
    context.insert_value("t", ui.clone());
    Ok(context)
}

fn no_catalog() -> Diagnostic {
    Diagnostic::error(Code::Internal, "the source language has no catalog")
}
