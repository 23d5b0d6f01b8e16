//! The translator's workflow: is the generated source file current, and per
//! language, which messages are translated, missing, stale, obsolete, or
//! disagree with the source about placeables.
//!
//! Staleness: `locales/<lang>/translated-from.json` maps each message id to the
//! fingerprint of the source text it was translated from. `vellum i18n confirm`
//! writes it once a translator has checked a translation against the current
//! source; a later change to the YAML changes the fingerprint and the
//! translation shows up as stale until confirmed again.

use super::ftl::{CONTENT_FILE, FoundMessage, generate_source_file, read_messages};
use super::messages::{SourceMessage, is_content_id, source_messages};
use crate::diagnostics::Diagnostic;
use crate::load::theme::read_tree;
use crate::model::Notice;
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
}

/// The state of every translation of `notice` under `root`.
pub fn translation_status(root: &Path, notice: &Notice) -> Vec<LanguageStatus> {
    let messages = source_messages(notice);
    let translations = all_site_messages(root, notice);
    statuses(root, notice, &messages, &translations)
}

/// The translation messages of every non-source language, read once.
pub fn all_site_messages(root: &Path, notice: &Notice) -> Translations {
    notice
        .translation_languages()
        .into_iter()
        .map(|l| (l.to_string(), site_messages(root, l)))
        .collect()
}

/// Messages found per translation language.
pub type Translations = BTreeMap<String, BTreeMap<String, FoundMessage>>;

fn statuses(
    root: &Path,
    notice: &Notice,
    messages: &[SourceMessage],
    translations: &Translations,
) -> Vec<LanguageStatus> {
    notice
        .translation_languages()
        .into_iter()
        .map(|l| {
            let found = translations.get(l).cloned().unwrap_or_default();
            language_status(root, l, messages, found)
        })
        .collect()
}

/// The messages found in a language's own `locales/<lang>/*.ftl` files.
pub fn site_messages(root: &Path, lang: &str) -> BTreeMap<String, FoundMessage> {
    let mut found = BTreeMap::new();
    let prefix = format!("locales/{lang}/");
    for (rel, bytes) in read_tree(&root.join(&prefix)).unwrap_or_default() {
        if rel.ends_with(".ftl") {
            found.extend(read_messages(
                &format!("{prefix}{rel}"),
                &String::from_utf8_lossy(&bytes),
            ));
        }
    }
    found
}

pub fn read_fingerprints(root: &Path, lang: &str) -> BTreeMap<String, String> {
    let path = root.join("locales").join(lang).join(FINGERPRINT_FILE);
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn language_status(
    root: &Path,
    lang: &str,
    messages: &[SourceMessage],
    found: BTreeMap<String, FoundMessage>,
) -> LanguageStatus {
    let prints = read_fingerprints(root, lang);
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
    };
    for m in messages {
        let Some(t) = found.get(&m.id) else {
            status.missing.push(m.id.clone());
            continue;
        };
        if prints.get(&m.id) == Some(&m.fingerprint) {
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
    root: &Path,
    notice: &Notice,
    messages: &[SourceMessage],
    translations: &Translations,
    out: &mut Vec<Diagnostic>,
) {
    let source = notice.source_language();
    let generated = generate_source_file(messages, source);
    let rel = format!("locales/{source}/{CONTENT_FILE}");
    match std::fs::read_to_string(root.join(&rel)) {
        Ok(on_disk) if on_disk == generated => {}
        Ok(_) => out.push(
            Diagnostic::error("source-file-stale", format!("{rel} is out of date with content/"))
                .in_file(rel.clone())
                .hint("run `vellum i18n sync` and commit the result, so translators see the current source"),
        ),
        Err(_) if !notice.translation_languages().is_empty() => out.push(
            Diagnostic::error("source-file-missing", format!("{rel} does not exist"))
                .in_file(rel.clone())
                .hint("run `vellum i18n sync` to generate it; translators translate from it"),
        ),
        Err(_) => {}
    }
    let by_id: BTreeMap<&str, &SourceMessage> =
        messages.iter().map(|m| (m.id.as_str(), m)).collect();
    for status in statuses(root, notice, messages, translations) {
        let lang = status.language.as_str();
        let prints = &status.fingerprints;
        let target = format!("locales/{lang}/{CONTENT_FILE}");
        for id in &status.missing {
            let m = by_id[id.as_str()];
            out.push(
                Diagnostic::warning(
                    "missing-translation",
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
                Diagnostic::warning("stale-translation", format!("the translation of `{id}` may be out of date: {reason}"))
                    .at(&t.file, t.pos)
                    .in_language(lang)
                    .hint(format!("compare it with {source}'s text, update it, then run `vellum i18n confirm {lang} {id}`")),
            );
        }
        for id in &status.obsolete {
            let t = &status.found[id];
            out.push(
                Diagnostic::warning(
                    "obsolete-translation",
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
                Diagnostic::error("placeable-mismatch", format!("the translation of `{}` {}", m.id, parts.join(" and ")))
                    .at(&t.file, t.pos)
                    .in_language(lang)
                    .hint("copy every { $placeable } from the source text unchanged; vellum fills in the value for each language"),
            );
        }
    }
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{{ ${n} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes the generated source file; returns whether it changed.
pub fn sync_source_file(root: &Path, notice: &Notice) -> std::io::Result<(String, bool)> {
    let source = notice.source_language();
    let generated = generate_source_file(&source_messages(notice), source);
    let rel = format!("locales/{source}/{CONTENT_FILE}");
    let path = root.join(&rel);
    if std::fs::read_to_string(&path).ok().as_deref() == Some(generated.as_str()) {
        return Ok((rel, false));
    }
    std::fs::create_dir_all(path.parent().unwrap_or(root))?;
    std::fs::write(&path, generated)?;
    Ok((rel, true))
}

/// Records that the translations of `ids` (all translated ones when empty) in
/// `lang` match the current source. Returns how many were confirmed.
pub fn confirm(root: &Path, notice: &Notice, lang: &str, ids: &[String]) -> Result<usize, String> {
    if !notice.translation_languages().contains(&lang) {
        return Err(format!(
            "`{lang}` is not a translation language of this notice"
        ));
    }
    let messages = source_messages(notice);
    let found = site_messages(root, lang);
    let mut prints = read_fingerprints(root, lang);
    let mut count = 0;
    for id in ids {
        if !messages.iter().any(|m| &m.id == id) {
            return Err(format!("`{id}` is not a message of the source"));
        }
        if !found.contains_key(id) {
            return Err(format!(
                "`{id}` has no translation in locales/{lang}/ to confirm"
            ));
        }
    }
    for m in &messages {
        if found.contains_key(&m.id) && (ids.is_empty() || ids.contains(&m.id)) {
            prints.insert(m.id.clone(), m.fingerprint.clone());
            count += 1;
        }
    }
    // Fingerprints of messages no longer in the source or translation go away.
    prints.retain(|id, _| found.contains_key(id) && messages.iter().any(|m| &m.id == id));
    let mut text = serde_json::to_string_pretty(&prints).map_err(|e| e.to_string())?;
    text.push('\n');
    let path = root.join("locales").join(lang).join(FINGERPRINT_FILE);
    std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(count)
}
