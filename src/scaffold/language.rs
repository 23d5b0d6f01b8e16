//! `vellum i18n add LANG`: what a new language needs besides its translation.
//! The theme's user-interface strings (`ui.ftl`) and the period words the
//! checks read (`periods.yaml`) are compiled into vellum for English and
//! Dutch; for any other language they are written into `locales/<lang>/` as
//! the English ones, marked for translation. A regional language (`nl-BE`)
//! starts from its main language's UI strings and reads its period words.
//! The language is added to
//! `content/notice.yaml` when that is one safe insertion.

use super::{notice_edit, write_new};
use crate::diagnostics::{Code, Diagnostic};
use crate::load::theme::Theme;
use crate::model::NoticeMeta;
use crate::model::values::is_language_tag;
use crate::site::SiteFiles;
use crate::site::owned::write_owned_file;
use crate::translate::main_language;
use std::path::Path;

/// The language whose theme files are the starting point.
const FROM: &str = "en";

/// What happened to `content/notice.yaml`.
#[derive(Debug, PartialEq, Eq)]
pub enum NoticeChange {
    Added,
    AlreadyListed,
    /// vellum did not edit the file; this line, written by hand, would do it.
    Manual {
        line: String,
        why: String,
    },
}

/// What `add_language` did.
#[derive(Debug)]
pub struct Added {
    /// Files written, relative to the site.
    pub written: Vec<String>,
    /// The main language whose UI strings `locales/<lang>/ui.ftl` starts
    /// from, for a regional language.
    pub ui_from: Option<String>,
    /// Files not written, each with the reason.
    pub kept: Vec<(String, String)>,
    pub notice: NoticeChange,
}

/// Adds `lang` to the site at `root`.
pub fn add_language(root: &Path, lang: &str) -> Result<Added, Diagnostic> {
    if !is_language_tag(lang) {
        return Err(Diagnostic::error(
            // A command-line argument, not a finding in the site: exit 2.
            Code::Usage,
            format!("`{lang}` is not a language tag; nothing was written"),
        )
        .hint("use a BCP 47 tag such as de, fr or pt-BR"));
    }
    let (site, _) = SiteFiles::read(root);
    let theme = Theme::load(&site);
    let ui_from = main_language(lang)
        .filter(|main| main_ui(&site, &theme, main).is_some())
        .map(str::to_string);
    let (written, kept) = write_starting_points(root, &site, &theme, lang)?;
    let notice = add_to_notice(root, &site, lang)?;
    let mut written = written;
    if !matches!(notice, NoticeChange::Manual { .. }) {
        written.extend(sync_source(root)?);
    }
    Ok(Added {
        written,
        ui_from,
        kept,
        notice,
    })
}

/// A site that just became multilingual needs the generated source-language
/// file translators work from; it is brought up to date when the notice loads.
fn sync_source(root: &Path) -> Result<Option<String>, Diagnostic> {
    let (site, _) = SiteFiles::read(root);
    let loaded = crate::load::load_site(&site);
    match loaded.notice {
        Some(notice) if !loaded.diagnostics.iter().any(Diagnostic::is_error) => {
            let (rel, changed) = crate::translate::status::sync_source_file(root, &notice)?;
            Ok(changed.then_some(rel))
        }
        _ => Ok(None),
    }
}

type Outcome = (Vec<String>, Vec<(String, String)>);

/// Writes `locales/<lang>/ui.ftl` and `periods.yaml` where neither the theme
/// nor the site has them yet.
pub fn write_starting_points(
    root: &Path,
    site: &SiteFiles,
    theme: &Theme,
    lang: &str,
) -> Result<Outcome, Diagnostic> {
    let mut written = Vec::new();
    let mut kept = Vec::new();
    for (name, make) in [
        ("ui.ftl", ui_starting_point as fn(&str, &str) -> String),
        ("periods.yaml", periods_starting_point),
    ] {
        let rel = format!("locales/{lang}/{name}");
        if theme.get(&format!("locales/{lang}/{name}")).is_some() {
            kept.push((rel, format!("the theme has {name} for `{lang}` already")));
            continue;
        }
        if site.contains(&rel) {
            kept.push((rel, "it is there already".to_string()));
            continue;
        }
        // A regional language reads its main language's period words (see
        // `translate::language_file`), and starts from its UI strings.
        if let Some(main) = main_language(lang) {
            if name == "periods.yaml"
                && crate::translate::language_file(site, theme, main, name).is_some()
            {
                kept.push((rel, format!("`{lang}` reads the {name} of `{main}`")));
                continue;
            }
            if name == "ui.ftl"
                && let Some(bytes) = main_ui(site, theme, main)
            {
                let text = String::from_utf8_lossy(bytes);
                if write_new(root, &rel, &regional_ui(&text, lang, main))? {
                    written.push(rel);
                } else {
                    kept.push((rel, "it is there already".to_string()));
                }
                continue;
            }
        }
        let Some(english) = theme
            .get(&format!("locales/{FROM}/{name}"))
            .and_then(|b| std::str::from_utf8(b).ok())
        else {
            kept.push((rel, format!("the theme has no {FROM} {name} to start from")));
            continue;
        };
        if write_new(root, &rel, &make(english, lang))? {
            written.push(rel);
        } else {
            kept.push((rel, "it is there already".to_string()));
        }
    }
    Ok((written, kept))
}

/// The full UI strings of a main language: the theme's (a site's own file
/// usually overrides a few), else the site's.
fn main_ui<'a>(site: &'a SiteFiles, theme: &'a Theme, main: &str) -> Option<&'a [u8]> {
    let rel = format!("locales/{main}/ui.ftl");
    theme.get(&rel).or_else(|| site.bytes(&rel))
}

/// The main language's UI strings for a regional language, headed by a note
/// to adapt them where the two differ.
fn regional_ui(main_ui: &str, lang: &str, main: &str) -> String {
    let body = main_ui
        .split_once("\n\n")
        .filter(|(head, _)| head.lines().all(|l| l.starts_with('#')))
        .map_or(main_ui, |(_, rest)| rest);
    format!(
        "# User-interface strings for `{lang}`, written by `vellum i18n add {lang}` from those\n\
         # of `{main}`. Change what `{lang}` says differently; keep every message id and\n\
         # every {{ $placeable }} as it is.\n\n{body}"
    )
}

/// The English UI strings, headed by a note to translate them; the language's
/// own name, which the switcher shows, gets a note of its own.
fn ui_starting_point(english: &str, lang: &str) -> String {
    // The English file's own opening comment describes the English file.
    let body = english
        .split_once("\n\n")
        .filter(|(head, _)| head.lines().all(|l| l.starts_with('#')))
        .map_or(english, |(_, rest)| rest);
    let mut out = format!(
        "# User-interface strings for `{lang}`, written by `vellum i18n add {lang}` from the\n\
         # English ones. Keep every message id and every {{ $placeable }} as it is.\n\
         # TODO: translate every message below into `{lang}`\n\n"
    );
    for line in body.lines() {
        if line.starts_with("language-name =") {
            out.push_str(
                "# TODO: the language's name in itself, as the language switcher shows it\n",
            );
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The English period words, headed by a note to replace them.
fn periods_starting_point(english: &str, lang: &str) -> String {
    // The theme's file sits one folder deeper than a site's locales/<lang>/.
    let body = english
        .strip_prefix("# yaml-language-server: $schema=")
        .and_then(|r| r.split_once('\n'))
        .map_or(english, |(_, rest)| rest);
    format!(
        "# yaml-language-server: $schema=../../schema/periods.schema.json\n\
         # Written by `vellum i18n add {lang}` from the English vocabulary.\n\
         # TODO: replace the English words below with `{lang}` ones (numbers, units, qualifiers, event phrases)\n\
         {body}"
    )
}

/// Appends `lang` to `languages:` in content/notice.yaml when one insertion
/// does it; otherwise says which line to write.
fn add_to_notice(root: &Path, site: &SiteFiles, lang: &str) -> Result<NoticeChange, Diagnostic> {
    const REL: &str = "content/notice.yaml";
    let manual = |meta: Option<&NoticeMeta>, why: &str| NoticeChange::Manual {
        line: meta.map_or_else(
            || format!("languages: [<your languages>, {lang}]"),
            |m| notice_edit::suggested_line(m, lang),
        ),
        why: why.to_string(),
    };
    let Some(Ok(text)) = site.text(REL) else {
        return Ok(manual(None, "content/notice.yaml cannot be read"));
    };
    let (meta, _) = crate::load::parse_yaml::<NoticeMeta>(REL, text, "notice.yaml");
    let Some(meta) = meta else {
        return Ok(manual(
            None,
            "content/notice.yaml does not load; fix it first",
        ));
    };
    if meta.languages.iter().any(|l| l.text() == lang) {
        return Ok(NoticeChange::AlreadyListed);
    }
    let Some(edited) = notice_edit::with_language(text, &meta, lang) else {
        return Ok(manual(
            Some(&meta),
            "the list is written in a way vellum does not change",
        ));
    };
    // Replaced only if nobody changed the file since it was read.
    let unchanged = |now: &[u8]| {
        if now == text.as_bytes() {
            Ok(())
        } else {
            Err(Diagnostic::error(
                Code::WriteRefused,
                format!("{REL} changed while vellum was editing it; it was left as it is"),
            ))
        }
    };
    write_owned_file(root, REL, edited.as_bytes(), &unchanged)?;
    Ok(NoticeChange::Added)
}
