//! `vellum init`: a small, complete notice that builds with no errors, in the
//! languages asked for. The skeleton is written in English and Dutch (the
//! same ids in both), so either can be the source and the other arrives
//! translated and confirmed. Another language gets its theme strings and
//! period words from `i18n add`, and a translation that is the source text
//! marked for translation. What only the writer knows (names, addresses,
//! periods, what the company really does) is marked `TODO`.

use super::{language, skeleton, write_new};
use crate::diagnostics::{Code, Diagnostic};
use crate::load::theme::Theme;
use crate::model::values::is_language_tag;
use crate::site::SiteFiles;
use crate::translate::ftl::{CONTENT_FILE, write_message};
use crate::translate::messages::source_messages;
use crate::translate::status::{confirm, sync_source_file};
use std::path::Path;

/// Writes a new notice into `root` (created if needed) in `languages`, the
/// first being the source language. Returns the files written.
pub fn init(root: &Path, languages: &[String], today: &str) -> Result<Vec<String>, Diagnostic> {
    check_languages(languages)?;
    if root.join("content").exists() {
        return Err(Diagnostic::error(
            Code::WriteRefused,
            format!(
                "{} already has a content/ folder; vellum init wrote nothing",
                root.display()
            ),
        )
        .hint("run vellum init in a new or empty folder (vellum init DIR creates it)"));
    }
    std::fs::create_dir_all(root).map_err(|e| {
        Diagnostic::error(Code::Io, format!("cannot create {}: {e}", root.display()))
    })?;
    let source = languages[0].as_str();
    let mut written = write_content(root, languages, today)?;
    for (name, text) in crate::model::schema::content_schemas() {
        let rel = format!("schema/{name}");
        if write_new(root, &rel, &text)? {
            written.push(rel);
        }
    }
    let (site, _) = SiteFiles::read(root);
    let theme = Theme::load(&site);
    for lang in &languages[1..] {
        let (files, _) = language::write_starting_points(root, &site, &theme, lang)?;
        written.extend(files);
    }
    written.extend(translate(root, source, &languages[1..], today)?);
    Ok(written)
}

fn check_languages(languages: &[String]) -> Result<(), Diagnostic> {
    let usage = |m: String| Diagnostic::error(Code::Usage, m);
    if languages.is_empty() {
        return Err(usage("name at least one language".to_string())
            .hint("--lang en, or --lang en,nl (the first is the language you write in)"));
    }
    for (i, lang) in languages.iter().enumerate() {
        if !is_language_tag(lang) {
            return Err(Diagnostic::error(
                // A command-line argument, not a finding in the site: exit 2.
                Code::Usage,
                format!("`{lang}` is not a language tag; nothing was written"),
            )
            .hint("use BCP 47 tags such as en, nl or pt-BR, separated by commas"));
        }
        if languages[..i].contains(lang) {
            return Err(usage(format!("`{lang}` is named twice in --lang")));
        }
    }
    Ok(())
}

/// The skeleton's content/ in the source language.
fn write_content(
    root: &Path,
    languages: &[String],
    today: &str,
) -> Result<Vec<String>, Diagnostic> {
    let source = languages[0].as_str();
    let mut written = Vec::new();
    for file in skeleton::FILES {
        let text = content_text(file, source, languages, today);
        if write_new(root, file.rel, &text)? {
            written.push(file.rel.to_string());
        }
    }
    Ok(written)
}

fn content_text(file: &skeleton::File, source: &str, languages: &[String], today: &str) -> String {
    let text = file
        .text(source)
        .unwrap_or(file.en)
        .replace("{DATE}", today)
        .replace("{LANGUAGES}", &format!("[{}]", languages.join(", ")));
    if file.text(source).is_some() {
        return text;
    }
    // No skeleton in the source language: English, marked to be rewritten,
    // after the editor's schema line (which must stay first).
    let note = format!(
        "# TODO: write this file's texts in `{source}` (vellum init wrote them in English)\n"
    );
    match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("# yaml-language-server") => {
            format!("{first}\n{note}{rest}")
        }
        _ => format!("{note}{text}"),
    }
}

/// The generated source file, then each translation, confirmed.
fn translate(
    root: &Path,
    source: &str,
    targets: &[String],
    today: &str,
) -> Result<Vec<String>, Diagnostic> {
    let notice = load(root)?;
    let mut written = Vec::new();
    let (rel, _) = sync_source_file(root, &notice)?;
    written.push(rel);
    let source_patterns: Vec<(String, String)> = source_messages(&notice)
        .into_iter()
        .map(|m| (m.id, m.pattern))
        .collect();
    for lang in targets {
        let rel = format!("locales/{lang}/{CONTENT_FILE}");
        let text = match skeleton_patterns(lang, targets, source, today) {
            Some(patterns) => translation_file(lang, &patterns, None),
            None => translation_file(lang, &source_patterns, Some(source)),
        };
        if write_new(root, &rel, &text)? {
            written.push(rel);
        }
        let (site, _) = SiteFiles::read(root);
        confirm(root, &site, &notice, lang, &[], true)?;
        written.push(format!("locales/{lang}/translated-from.json"));
    }
    Ok(written)
}

fn load(root: &Path) -> Result<crate::model::Notice, Diagnostic> {
    let (site, _) = SiteFiles::read(root);
    let loaded = crate::load::load_site(&site);
    match (
        loaded.notice,
        loaded.diagnostics.into_iter().find(Diagnostic::is_error),
    ) {
        (Some(notice), None) => Ok(notice),
        (_, problem) => Err(problem
            .unwrap_or_else(|| Diagnostic::error(Code::Internal, "the new notice does not load"))),
    }
}

/// The skeleton's messages in `lang`, when the skeleton is written in it:
/// loaded from the skeleton in memory, so the ids match the source's.
fn skeleton_patterns(
    lang: &str,
    targets: &[String],
    source: &str,
    today: &str,
) -> Option<Vec<(String, String)>> {
    skeleton::FILES.first()?.text(lang)?;
    let mut languages = vec![source.to_string()];
    languages.extend(targets.iter().cloned());
    let files = skeleton::FILES.iter().map(|f| {
        let text = f
            .text(lang)
            .unwrap_or(f.en)
            .replace("{DATE}", today)
            .replace("{LANGUAGES}", &format!("[{}]", languages.join(", ")));
        (f.rel.to_string(), text.into_bytes())
    });
    let loaded = crate::load::load_site(&SiteFiles::from_memory(files));
    let notice = loaded.notice?;
    Some(
        source_messages(&notice)
            .into_iter()
            .map(|m| (m.id, m.pattern))
            .collect(),
    )
}

/// A translation file; `untranslated_from` marks one that still holds the
/// source language's text.
fn translation_file(
    lang: &str,
    patterns: &[(String, String)],
    untranslated_from: Option<&str>,
) -> String {
    let mut out = match untranslated_from {
        None => format!(
            "# The `{lang}` translation of the notice vellum init wrote. Change it with the YAML.\n\n"
        ),
        Some(source) => format!(
            "# The `{lang}` translation. vellum init wrote the `{source}` text here to start from.\n\
             # TODO: translate every message below into `{lang}`, then run `vellum i18n confirm {lang}`\n\n"
        ),
    };
    for (id, pattern) in patterns {
        write_message(&mut out, id, pattern);
    }
    out
}
