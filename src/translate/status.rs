//! The translator's workflow: is the generated source file current, and per
//! language, which messages are translated, missing, stale, obsolete, or
//! disagree with the source about placeables.
//!
//! Staleness: `locales/<lang>/translated-from.json` maps each message id to the
//! fingerprint of the source text it was translated from. `vellum i18n confirm`
//! writes it once a translator has checked a translation against the current
//! source; a later change to the YAML changes the fingerprint and the
//! translation shows up as stale until confirmed again.

use super::ftl::GENERATED_HEADER;
use super::ftl::{CONTENT_FILE, FoundMessage, generate_source_file, read_messages};
use super::messages::{SourceMessage, is_content_id, source_messages};
use crate::diagnostics::Code;
use crate::diagnostics::Diagnostic;
use crate::model::{Notice, Pos, is_language_tag};
use crate::site::SiteFiles;
use crate::site::files::decode;
use crate::site::owned::{Written, write_owned_file};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

pub const FINGERPRINT_FILE: &str = "translated-from.json";

#[derive(Debug, Serialize)]
pub struct PlaceableMismatch {
    pub id: String,
    /// Placeables the source has and the translation lacks.
    pub dropped: Vec<String>,
    /// Placeables the translation has and the source lacks.
    pub invented: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LanguageStatus {
    pub language: String,
    pub total: usize,
    pub translated: usize,
    pub missing: Vec<String>,
    pub stale: Vec<String>,
    pub obsolete: Vec<String>,
    pub placeable_mismatches: Vec<PlaceableMismatch>,
    #[serde(skip)]
    pub found: BTreeMap<String, FoundMessage>,
    /// The fingerprints recorded by `vellum i18n confirm`.
    #[serde(skip)]
    pub fingerprints: BTreeMap<String, String>,
    /// `translated-from.json` could not be read: staleness is unknown.
    #[serde(skip)]
    pub fingerprint_error: Option<Diagnostic>,
}

/// The state of every translation of `notice`.
pub fn translation_status(site: &SiteFiles, notice: &Notice) -> Vec<LanguageStatus> {
    let messages = source_messages(notice);
    let translations = all_site_messages(site, notice);
    statuses(site, notice, &messages, &translations)
}

/// The translation messages of every non-source language, read once.
pub fn all_site_messages(site: &SiteFiles, notice: &Notice) -> Translations {
    notice
        .translation_languages()
        .into_iter()
        .map(|l| (l.to_string(), site_messages(site, l)))
        .collect()
}

/// Messages found per translation language.
pub type Translations = BTreeMap<String, BTreeMap<String, FoundMessage>>;

fn statuses(
    site: &SiteFiles,
    notice: &Notice,
    messages: &[SourceMessage],
    translations: &Translations,
) -> Vec<LanguageStatus> {
    notice
        .translation_languages()
        .into_iter()
        .map(|l| {
            let found = translations.get(l).cloned().unwrap_or_default();
            language_status(site, l, messages, found)
        })
        .collect()
}

/// The messages found in a language's own `locales/<lang>/*.ftl` files.
pub fn site_messages(site: &SiteFiles, lang: &str) -> BTreeMap<String, FoundMessage> {
    let mut found = BTreeMap::new();
    let prefix = format!("locales/{lang}/");
    for (rel, bytes) in site.under(&prefix) {
        let path = format!("{prefix}{rel}");
        // A file that is not UTF-8 is reported by the catalog that reads it.
        if rel.ends_with(".ftl") {
            found.extend(read_messages(&path, &decode(&path, bytes).0));
        }
    }
    found
}

/// The fingerprints `vellum i18n confirm` recorded for `lang`: empty when the
/// file does not exist, a located error when it cannot be read as written.
pub fn read_fingerprints(
    site: &SiteFiles,
    lang: &str,
) -> Result<BTreeMap<String, String>, Diagnostic> {
    let rel = format!("locales/{lang}/{FINGERPRINT_FILE}");
    let Some(text) = site.text(&rel) else {
        return Ok(BTreeMap::new());
    };
    let text = text?;
    serde_json::from_str(text).map_err(|e| {
        let pos = Pos::new(
            u32::try_from(e.line()).unwrap_or(u32::MAX),
            u32::try_from(e.column()).unwrap_or(u32::MAX),
        );
        Diagnostic::error(
            Code::CorruptFingerprints,
            format!("{rel} cannot be read: {e}; which translations are current is unknown"),
        )
        .at(&rel, pos)
        .in_language(lang)
        .hint(format!(
            "restore it from version control (git checkout -- {rel}); if it is lost, delete it and confirm the translations again with `vellum i18n confirm {lang} <ids>` after checking them"
        ))
    })
}

fn language_status(
    site: &SiteFiles,
    lang: &str,
    messages: &[SourceMessage],
    found: BTreeMap<String, FoundMessage>,
) -> LanguageStatus {
    let (prints, fingerprint_error) = match read_fingerprints(site, lang) {
        Ok(p) => (p, None),
        Err(d) => (BTreeMap::new(), Some(d)),
    };
    let mut status = LanguageStatus {
        language: lang.to_string(),
        total: messages.len(),
        translated: 0,
        missing: Vec::new(),
        stale: Vec::new(),
        obsolete: Vec::new(),
        placeable_mismatches: Vec::new(),
        found: BTreeMap::new(),
        fingerprints: BTreeMap::new(),
        fingerprint_error,
    };
    for m in messages {
        let Some(t) = found.get(&m.id) else {
            status.missing.push(m.id.clone());
            continue;
        };
        // Without readable fingerprints nothing can be called stale.
        if status.fingerprint_error.is_some() || prints.get(&m.id) == Some(&m.fingerprint) {
            status.translated += 1;
        } else {
            status.stale.push(m.id.clone());
        }
        let dropped: Vec<String> = m.placeables.difference(&t.placeables).cloned().collect();
        let invented: Vec<String> = t.placeables.difference(&m.placeables).cloned().collect();
        if !dropped.is_empty() || !invented.is_empty() {
            status.placeable_mismatches.push(PlaceableMismatch {
                id: m.id.clone(),
                dropped,
                invented,
            });
        }
    }
    let known: std::collections::BTreeSet<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    status.obsolete = found
        .keys()
        .filter(|id| is_content_id(id) && !known.contains(id.as_str()))
        .cloned()
        .collect();
    status.found = found;
    status.fingerprints = prints;
    status
}

/// Diagnostics for `vellum check`: the generated file is current, and every
/// translation is complete, current and keeps its placeables.
pub fn check_translations(
    site: &SiteFiles,
    notice: &Notice,
    messages: &[SourceMessage],
    translations: &Translations,
    out: &mut Vec<Diagnostic>,
) {
    let source = notice.source_language();
    check_source_file(site, notice, messages, out);
    for lang in notice.translation_languages() {
        let rel = format!("locales/{lang}/{CONTENT_FILE}");
        if let Some(Ok(text)) = site.text(&rel)
            && text.starts_with(GENERATED_HEADER)
        {
            out.push(
                Diagnostic::error(
                    Code::GeneratedFileAsTranslation,
                    format!("{rel} was generated from the YAML, but `{lang}` is a translation language, not the source `{source}`"),
                )
                .in_file(rel.clone())
                .in_language(lang)
                .hint(format!(
                    "if `{lang}` was first in `languages:` before, put it back first; to make `{source}` the source language, follow \"Changing the source language\" in README.md"
                )),
            );
        }
    }
    let by_id: BTreeMap<&str, &SourceMessage> =
        messages.iter().map(|m| (m.id.as_str(), m)).collect();
    for status in statuses(site, notice, messages, translations) {
        report_status(&status, source, &by_id, out);
    }
}

/// The findings of one translation language's status.
fn report_status(
    status: &LanguageStatus,
    source: &str,
    by_id: &BTreeMap<&str, &SourceMessage>,
    out: &mut Vec<Diagnostic>,
) {
    let lang = status.language.as_str();
    if let Some(d) = &status.fingerprint_error {
        out.push(d.clone());
    }
    let prints = &status.fingerprints;
    let target = format!("locales/{lang}/{CONTENT_FILE}");
    for id in &status.missing {
        let m = by_id[id.as_str()];
        out.push(
            Diagnostic::warning(
                Code::MissingTranslation,
                format!("`{id}` is not translated; the page shows the {source} text"),
            )
            .at(&m.file, m.pos)
            .in_language(lang)
            .hint(format!("add `{id} = ...` to {target}")),
        );
    }
    for id in &status.stale {
        let t = &status.found[id];
        let reason = if prints.contains_key(id) {
            "its source text changed after it was translated"
        } else {
            "it was never confirmed against the source"
        };
        out.push(
            Diagnostic::warning(Code::StaleTranslation, format!("the translation of `{id}` may be out of date: {reason}"))
                .at(&t.file, t.pos)
                .in_language(lang)
                .hint(format!("compare it with {source}'s text, update it, then run `vellum i18n confirm {lang} {id}`")),
        );
    }
    for id in &status.obsolete {
        let t = &status.found[id];
        out.push(
            Diagnostic::warning(
                Code::ObsoleteTranslation,
                format!("`{id}` is translated but no longer in the source"),
            )
            .at(&t.file, t.pos)
            .in_language(lang)
            .hint("remove the message; its section or entity was renamed or deleted"),
        );
    }
    for m in &status.placeable_mismatches {
        let t = &status.found[&m.id];
        let mut parts = Vec::new();
        if !m.dropped.is_empty() {
            parts.push(format!("drops {}", list(&m.dropped)));
        }
        if !m.invented.is_empty() {
            parts.push(format!("invents {}", list(&m.invented)));
        }
        out.push(
            Diagnostic::error(Code::PlaceableMismatch, format!("the translation of `{}` {}", m.id, parts.join(" and ")))
                .at(&t.file, t.pos)
                .in_language(lang)
                .hint("copy every { $placeable } from the source text unchanged; vellum fills in the value for each language"),
        );
    }
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{{ ${n} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The generated source file on disk is vellum's and is current.
fn check_source_file(
    site: &SiteFiles,
    notice: &Notice,
    messages: &[SourceMessage],
    out: &mut Vec<Diagnostic>,
) {
    let source = notice.source_language();
    let rel = format!("locales/{source}/{CONTENT_FILE}");
    match site.text(&rel) {
        Some(Ok(on_disk)) if !on_disk.starts_with(GENERATED_HEADER) => {
            out.push(not_generated(&rel, source));
        }
        Some(Ok(on_disk)) if on_disk != generate_source_file(messages, source) => out.push(
            Diagnostic::error(Code::SourceFileStale, format!("{rel} is out of date with content/"))
                .in_file(rel.clone())
                .hint("run `vellum i18n sync` and commit the result, so translators see the current source"),
        ),
        Some(_) => {}
        None if !notice.translation_languages().is_empty() => out.push(
            Diagnostic::error(Code::SourceFileMissing, format!("{rel} does not exist"))
                .in_file(rel.clone())
                .hint("run `vellum i18n sync` to generate it; translators translate from it"),
        ),
        None => {}
    }
}

/// A hand-written file where the generated source file belongs: most likely
/// the source language changed, and that file is someone's translation.
fn not_generated(rel: &str, source: &str) -> Diagnostic {
    Diagnostic::error(
        Code::SourceFileHandwritten,
        format!("{rel} was not generated by vellum, but `{source}` is the source language; vellum will not overwrite it"),
    )
    .in_file(rel)
    .in_language(source)
    .hint(format!(
        "the first language in `languages:` (content/notice.yaml) is the language the YAML prose is written in. If you reordered the list by mistake, put the source language first again; the file is untouched. To make `{source}` the source language, follow \"Changing the source language\" in README.md"
    ))
}

/// Writes the generated source file; returns its path and whether it changed.
/// A file in its place that vellum did not generate is never replaced.
pub fn sync_source_file(root: &Path, notice: &Notice) -> Result<(String, bool), Diagnostic> {
    let source = notice.source_language();
    if !is_language_tag(source) {
        return Err(Diagnostic::error(
            Code::InvalidLanguage,
            format!("`{source}` is not a language tag; nothing was written"),
        )
        .hint("use a BCP 47 tag such as en, nl or pt-BR as the first of `languages:`"));
    }
    let generated = generate_source_file(&source_messages(notice), source);
    let rel = format!("locales/{source}/{CONTENT_FILE}");
    let owned = |existing: &[u8]| {
        if existing.starts_with(GENERATED_HEADER.as_bytes()) {
            Ok(())
        } else {
            Err(not_generated(&rel, source))
        }
    };
    let written = write_owned_file(root, &rel, generated.as_bytes(), &owned)?;
    Ok((rel, written != Written::Unchanged))
}

/// Records that the translations of `ids` (all translated ones when empty) in
/// `lang` match the current source. Returns how many were confirmed.
pub fn confirm(
    root: &Path,
    site: &SiteFiles,
    notice: &Notice,
    lang: &str,
    ids: &[String],
) -> Result<usize, Diagnostic> {
    let usage = |message: String, hint: &str| {
        Diagnostic::error(Code::Usage, message).hint(hint.to_string())
    };
    if !notice.translation_languages().contains(&lang) {
        return Err(usage(
            format!("`{lang}` is not a translation language of this notice"),
            "name one of the languages after the first in `languages:` (content/notice.yaml)",
        ));
    }
    let messages = source_messages(notice);
    let found = site_messages(site, lang);
    // A corrupt file is reported, never silently replaced by a fresh one.
    let mut prints = read_fingerprints(site, lang)?;
    for id in ids {
        if !messages.iter().any(|m| &m.id == id) {
            return Err(usage(
                format!("`{id}` is not a message of the source"),
                "`vellum i18n status` lists the message ids",
            ));
        }
        if !found.contains_key(id) {
            return Err(usage(
                format!("`{id}` has no translation in locales/{lang}/ to confirm"),
                "translate it first, then confirm it",
            ));
        }
    }
    let mut count = 0;
    for m in &messages {
        if found.contains_key(&m.id) && (ids.is_empty() || ids.contains(&m.id)) {
            prints.insert(m.id.clone(), m.fingerprint.clone());
            count += 1;
        }
    }
    // Fingerprints of messages no longer in the source or translation go away.
    prints.retain(|id, _| found.contains_key(id) && messages.iter().any(|m| &m.id == id));
    let mut text = serde_json::to_string_pretty(&prints)
        .map_err(|e| Diagnostic::error(Code::Internal, e.to_string()))?;
    text.push('\n');
    let rel = format!("locales/{lang}/{FINGERPRINT_FILE}");
    // The file is vellum's own bookkeeping, and it was just read successfully.
    write_owned_file(root, &rel, text.as_bytes(), &|_| Ok(()))?;
    Ok(count)
}
