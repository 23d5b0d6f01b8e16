//! Every version of the notice in the output: the one in force at
//! `/<lang>/`, each version at its permalink `/<lang>/versions/<label>/`
//! (earlier ones saying that they are no longer in force, a coming one when
//! it takes effect), the version index, the changelog and an Atom feed per
//! language, and each version's exports.
//!
//! The version in `content/` is rendered now; released versions come from
//! `versions/` as they were published and are only placed (see
//! [`super::placement`]). Which version is in force depends on the day of the
//! build: `VELLUM_TODAY` (YYYY-MM-DD) or `SOURCE_DATE_EPOCH` fix it, so that a
//! build can be repeated byte for byte.

mod feed;
mod pages;
mod status;

use super::localize::Localizer;
use super::placement::{HERE_TOKEN, Placement, ROOT_TOKEN, STATUS_SLOT};
use super::templates::Templates;
use super::{Inputs, LiveVersion, OutputFile, OutputTree, RenderOptions, finish_html};
use crate::diagnostics::Diagnostic;
use crate::prose::Html;
use crate::translate::Catalog;
use crate::versions::format::Snapshot;
use crate::versions::{self, Frozen};
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What composing the archive reads.
pub struct Context<'a> {
    pub inputs: &'a Inputs<'a>,
    pub templates: &'a Templates,
    pub names: &'a BTreeMap<String, String>,
    pub live: &'a LiveVersion,
    pub options: &'a RenderOptions,
}

/// One version, from `content/` or from `versions/`.
pub struct Version<'a> {
    pub label: &'a str,
    /// YYYY-MM-DD.
    pub date: &'a str,
    pub snapshot: &'a Snapshot,
    /// `None` for the version in `content/`.
    pub frozen: Option<&'a Frozen>,
}

impl Version<'_> {
    pub fn has(&self, lang: &str) -> bool {
        self.snapshot.editions.contains_key(lang)
    }

    /// Its languages, the source language first.
    pub fn languages(&self) -> Vec<&str> {
        let source = self.snapshot.source_language.as_str();
        let mut out: Vec<&str> = self.snapshot.editions.keys().map(String::as_str).collect();
        out.sort_by_key(|l| *l != source);
        out
    }

    /// The language to show for `lang`: itself, or the version's source language.
    pub fn lang_for<'b>(&'b self, lang: &'b str) -> &'b str {
        if self.has(lang) {
            lang
        } else {
            &self.snapshot.source_language
        }
    }
}

/// The versions in order of their effective dates, and which is in force.
pub struct Timeline<'a> {
    pub versions: Vec<Version<'a>>,
    /// The index of the version in force (the first when none is yet).
    pub in_force: usize,
    pub today: String,
}

impl<'a> Timeline<'a> {
    pub fn new(
        archive: &'a versions::Archive,
        live: &'a LiveVersion,
        today: String,
    ) -> Timeline<'a> {
        let current = live.snapshot.version.as_str();
        let mut versions: Vec<Version<'a>> = archive
            .frozen
            .iter()
            .filter(|f| f.label() != current)
            .map(|f| Version {
                label: f.label(),
                date: &f.manifest.effective_date,
                snapshot: &f.snapshot,
                frozen: Some(f),
            })
            .collect();
        versions.push(Version {
            label: current,
            date: &live.snapshot.effective_date,
            snapshot: &live.snapshot,
            frozen: None,
        });
        versions.sort_by(|a, b| (a.date, a.label).cmp(&(b.date, b.label)));
        let in_force = versions
            .iter()
            .rposition(|v| v.date <= today.as_str())
            .unwrap_or(0);
        Timeline {
            versions,
            in_force,
            today,
        }
    }

    /// The version shown at `/<lang>/`: the one in force that has the
    /// language, else the first that has it.
    pub fn main_for(&self, lang: &str) -> Option<usize> {
        self.versions
            .iter()
            .rposition(|v| v.has(lang) && v.date <= self.today.as_str())
            .or_else(|| self.versions.iter().position(|v| v.has(lang)))
    }

    pub fn is_upcoming(&self, i: usize) -> bool {
        self.versions[i].date > self.today.as_str()
    }
}

/// The day the build is for: `VELLUM_TODAY`, else `SOURCE_DATE_EPOCH`, else
/// the clock (UTC).
pub fn today() -> String {
    if let Ok(day) = std::env::var("VELLUM_TODAY")
        && let Ok(date) = day.trim().parse::<jiff::civil::Date>()
    {
        return date.to_string();
    }
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    now.to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
}

/// Puts every version, the version pages, the feeds and the exports into `out`.
pub fn compose(out: &mut OutputTree, cx: &Context<'_>) -> Result<(), Vec<Diagnostic>> {
    use rayon::prelude::*;
    let timeline = Timeline::new(cx.inputs.archive, cx.live, today());
    // Every language some version was published in, current ones first.
    let mut languages: Vec<&str> = cx.inputs.notice.language_tags();
    for v in &timeline.versions {
        for lang in v.languages() {
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
    }
    languages.retain(|lang| cx.inputs.focus.includes(lang));
    // A language's pages read its own and the shared files (the archive
    // included), every language's name and the day; `serve` keeps them.
    let extra = crate::prose::hash::fnv1a(
        format!("{}\0{:?}\0{}", timeline.today, cx.names, cx.options.minify).as_bytes(),
    );
    let files: Vec<Result<LanguageFiles, Vec<Diagnostic>>> = languages
        .par_iter()
        .map(|lang| {
            crate::site::memo::cached(cx.inputs.reuse, "archive-pages", lang, extra, || {
                language_files(cx, &timeline, lang).map(Arc::new)
            })
        })
        .collect();
    for files in files {
        for (path, bytes) in files?.iter() {
            out.insert(path.clone(), bytes.clone());
        }
    }
    for (i, v) in timeline.versions.iter().enumerate() {
        for lang in v.languages() {
            if !cx.inputs.focus.includes(lang) {
                continue;
            }
            if let Some(jsonld) = export_of(cx, v, &versions::jsonld_file(lang), lang) {
                out.insert(format!("{lang}/versions/{}/notice.jsonld", v.label), jsonld);
            }
            if timeline.main_for(lang) == Some(i)
                && cx.inputs.notice.language_tags().contains(&lang)
                && let Some(jsonld) = export_of(cx, v, &versions::jsonld_file(lang), lang)
            {
                out.insert(format!("{lang}/notice.jsonld"), jsonld);
            }
        }
        // A focused pass gives its languages' folders alone.
        if !cx.inputs.focus.is_all() {
            continue;
        }
        for (name, rel) in [
            ("retention.json", versions::RETENTION_FILE),
            ("notice.json", versions::NOTICE_FILE),
        ] {
            if let Some(bytes) = export_of(cx, v, rel, "") {
                out.insert(format!("versions/{}/{name}", v.label), bytes);
            }
        }
        if let Some(f) = v.frozen {
            for (rel, bytes) in cx.inputs.site.under(&format!("{}static/", f.dir())) {
                out.insert(
                    format!("versions/{}/static/{rel}", v.label),
                    bytes.to_vec().into(),
                );
            }
        }
    }
    if !cx.inputs.focus.is_all() {
        return Ok(());
    }
    let in_force = &timeline.versions[timeline.in_force];
    for (name, rel) in [
        ("retention.json", versions::RETENTION_FILE),
        ("notice.json", versions::NOTICE_FILE),
    ] {
        if let Some(bytes) = export_of(cx, in_force, rel, "") {
            out.insert(name.to_string(), bytes);
        }
    }
    Ok(())
}

/// The pages of one language, by path: every version's permalink and, for a
/// language the site publishes, the current page, the version index, the
/// changelog and the feed. The exports are placed by [`compose`].
type LanguageFiles = Arc<Vec<(String, OutputFile)>>;

fn language_files(
    cx: &Context<'_>,
    timeline: &Timeline<'_>,
    lang: &str,
) -> Result<Vec<(String, OutputFile)>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    for (i, v) in timeline.versions.iter().enumerate() {
        if !v.has(lang) {
            continue;
        }
        let status = status::banner(cx, timeline, i, lang, false)?;
        out.push(placed(cx, v, lang, Placement::permalink(v.label), status));
    }
    if !cx.inputs.notice.language_tags().contains(&lang) {
        return Ok(out);
    }
    if let Some(i) = timeline.main_for(lang) {
        let v = &timeline.versions[i];
        let status = status::banner(cx, timeline, i, lang, true)?;
        out.push(placed(cx, v, lang, Placement::main(), status));
    }
    let ui = pages::ui_value(cx, lang).map_err(|d| vec![d])?;
    let index = pages::version_index(cx, timeline, lang, &ui).map_err(|d| vec![d])?;
    out.push((format!("{lang}/versions/index.html"), page_bytes(cx, index)));
    let changes = pages::changelog(cx, timeline, lang, &ui).map_err(|d| vec![d])?;
    out.push((
        format!("{lang}/versions/changes/index.html"),
        page_bytes(cx, changes),
    ));
    out.push((
        format!("{lang}/versions/feed.xml"),
        feed::atom(cx, timeline, lang).into(),
    ));
    Ok(out)
}

fn page_bytes(cx: &Context<'_>, html: String) -> OutputFile {
    finish_html(html, cx.options).into()
}

/// A version's page in `lang` at `placement`, placed when it is written.
fn placed(
    cx: &Context<'_>,
    v: &Version<'_>,
    lang: &str,
    placement: Placement,
    status: String,
) -> (String, OutputFile) {
    let path = placement.path(lang);
    let page = OutputFile::page(page_of(cx, v, lang), placement, status, cx.options);
    (path, page)
}

/// A version's page in `lang`, not yet placed: the one rendered now is
/// shared, a released one is read from `versions/`.
fn page_of(cx: &Context<'_>, v: &Version<'_>, lang: &str) -> Arc<String> {
    match v.frozen {
        None => cx.live.pages.get(lang).cloned().unwrap_or_default(),
        Some(f) => f
            .file(cx.inputs.site, &versions::page_file(lang))
            .map_or_else(Arc::default, |b| {
                Arc::new(String::from_utf8_lossy(b).into_owned())
            }),
    }
}

/// A version's export: `rel` inside a released version's folder, or the
/// same export of the version in `content/`.
fn export_of(cx: &Context<'_>, v: &Version<'_>, rel: &str, lang: &str) -> Option<OutputFile> {
    match v.frozen {
        Some(f) => f.file(cx.inputs.site, rel).map(|b| b.to_vec().into()),
        None => match rel {
            versions::RETENTION_FILE => Some(cx.live.retention_json.clone()),
            versions::NOTICE_FILE => Some(cx.live.notice_json.clone()),
            _ => cx.live.jsonld.get(lang).cloned(),
        },
    }
}

/// A link of the page's head to one of its exports.
#[derive(Serialize)]
pub struct ExportLink {
    /// The media type.
    pub r#type: &'static str,
    pub href: String,
    pub title: String,
    pub hreflang: Option<String>,
}

/// What the notice's page shows besides the notice: the slot for the version
/// status, the link to the versions, and the exports for `<link rel="alternate">`.
pub fn page_extras(context: &mut tera::Context, tx: &Localizer<'_>) {
    let lang = tx.lang;
    let (root, here) = (ROOT_TOKEN, HERE_TOKEN);
    context.insert("version_status", &Html::trusted(STATUS_SLOT.to_string()));
    context.insert(
        "versions_nav",
        &serde_json::json!({
            "href": format!("{root}{lang}/versions/index.html"),
            "text": ui(tx.catalog, tx.source, "versions-link", &[]),
        }),
    );
    let link = |r#type, href: String, title: &str, hreflang: bool| ExportLink {
        r#type,
        href,
        title: ui(tx.catalog, tx.source, title, &[]),
        hreflang: hreflang.then(|| lang.to_string()),
    };
    let exports = vec![
        link(
            "application/ld+json",
            format!("{root}{lang}/{here}notice.jsonld"),
            "export-jsonld",
            true,
        ),
        link(
            "application/json",
            format!("{root}{here}retention.json"),
            "export-retention",
            false,
        ),
        link(
            "application/json",
            format!("{root}{here}notice.json"),
            "export-notice",
            false,
        ),
        link(
            "application/atom+xml",
            format!("{root}{lang}/versions/feed.xml"),
            "export-feed",
            true,
        ),
    ];
    context.insert("exports", &exports);
}

/// A UI string in the page's language, else the source language's (a site's
/// own language may predate the string), else its id.
pub fn ui(
    catalog: &Catalog,
    source: &Catalog,
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> String {
    catalog
        .format(id, args)
        .or_else(|| source.format(id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Every UI string of a language for a template's `t`, with the source
/// language's for those it lacks.
pub fn ui_strings(
    catalog: &Catalog,
    source: &Catalog,
    args: &[(&str, FluentValue<'_>)],
) -> BTreeMap<String, String> {
    let mut ids: Vec<&str> = source.ui_ids().iter().map(String::as_str).collect();
    ids.extend(catalog.ui_ids().iter().map(String::as_str));
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .map(|id| (id.to_string(), ui(catalog, source, id, args)))
        .collect()
}

/// The catalogs of a page in `lang`: its own and the source language's.
pub fn catalogs<'a>(cx: &'a Context<'_>, lang: &str) -> Option<(&'a Catalog, &'a Catalog)> {
    let catalogs = cx.inputs.catalogs;
    let source = catalogs.get(cx.inputs.notice.source_language())?;
    Some((catalogs.get(lang).unwrap_or(source), source))
}
