//! The version status a page shows: an earlier version says it is no longer
//! in force and links to the current one; a coming version says when it takes
//! effect; the current notice announces a coming version.

use super::{Context, Timeline, catalogs, ui};
use crate::diagnostics::Diagnostic;
use crate::render::placement::ROOT_TOKEN;
use crate::translate::periods::date_text;
use fluent_bundle::FluentValue;
use serde::Serialize;

#[derive(Serialize)]
struct Link {
    href: String,
    text: String,
}

/// The status of version `i` in `lang`, as HTML for the page's slot: at the
/// language's main page (`main`) or at the version's permalink. Empty for
/// the current version at either.
pub fn banner(
    cx: &Context<'_>,
    timeline: &Timeline<'_>,
    i: usize,
    lang: &str,
    main: bool,
) -> Result<String, Vec<Diagnostic>> {
    let Some((catalog, source)) = catalogs(cx, lang) else {
        return Ok(String::new());
    };
    let t = |id: &str, args: &[(&str, FluentValue<'_>)]| ui(catalog, source, id, args);
    let date = |iso: &str| date_text(catalog, iso);
    let v = &timeline.versions[i];
    let current = &timeline.versions[timeline.in_force];
    let nothing_in_force = timeline.is_upcoming(timeline.in_force);
    // The current notice in this language, or in the default one when the
    // site no longer publishes this language.
    let main_lang = if cx.inputs.notice.language_tags().contains(&lang) {
        lang
    } else {
        cx.inputs.notice.default_language()
    };
    let read_current = || Link {
        href: format!("{ROOT_TOKEN}{main_lang}/index.html"),
        text: t(
            "version-status-read-current",
            &[("version", current.label.into())],
        ),
    };
    let (kind, message, links) = if main {
        let coming = timeline.versions[i + 1..]
            .iter()
            .find(|n| n.has(lang) && n.date > timeline.today.as_str());
        match coming {
            _ if timeline.is_upcoming(i) => (
                "upcoming",
                t(
                    "version-status-upcoming-first",
                    &[("date", date(v.date).into())],
                ),
                vec![],
            ),
            Some(n) => (
                "coming",
                t(
                    "version-status-coming",
                    &[("version", n.label.into()), ("date", date(n.date).into())],
                ),
                vec![
                    Link {
                        href: format!("{ROOT_TOKEN}{lang}/versions/{}/index.html", n.label),
                        text: t("version-status-read-coming", &[("version", n.label.into())]),
                    },
                    Link {
                        href: format!(
                            "{ROOT_TOKEN}{lang}/versions/changes/index.html#version-{}",
                            n.label
                        ),
                        text: t("version-status-what-changes", &[]),
                    },
                ],
            ),
            None => return Ok(String::new()),
        }
    } else if i == timeline.in_force && !nothing_in_force {
        return Ok(String::new());
    } else if timeline.is_upcoming(i) && nothing_in_force {
        (
            "upcoming",
            t(
                "version-status-upcoming-first",
                &[("date", date(v.date).into())],
            ),
            vec![],
        )
    } else if timeline.is_upcoming(i) {
        let args = [
            ("version", v.label.into()),
            ("date", date(v.date).into()),
            ("current", current.label.into()),
        ];
        (
            "upcoming",
            t("version-status-upcoming", &args),
            vec![read_current()],
        )
    } else {
        let next = &timeline.versions[i + 1];
        let until = next
            .date
            .parse::<jiff::civil::Date>()
            .ok()
            .and_then(|d| d.yesterday().ok())
            .map_or_else(|| next.date.to_string(), |d| d.to_string());
        let args = [
            ("version", v.label.into()),
            ("from", date(v.date).into()),
            ("until", date(&until).into()),
        ];
        (
            "archived",
            t("version-status-archived", &args),
            vec![read_current()],
        )
    };
    let mut context = tera::Context::new();
    context.insert("kind", kind);
    context.insert("message", &message);
    context.insert("links", &links);
    context.insert("lang", lang);
    cx.templates
        .render("version-status.html", &context)
        .map_err(|d| vec![d])
}
