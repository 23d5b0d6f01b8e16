//! What the translator's workflow writes: the generated source file
//! (`vellum i18n sync`), each translation's review file of what to translate
//! or re-check, and the confirmations (`vellum i18n confirm`).

use super::ftl::{CONTENT_FILE, GENERATED_HEADER, REVIEW_FILE, generate_source_file};
use super::messages::{SourceMessage, source_messages};
use super::status::{LanguageStatus, NEVER_CONFIRMED, SOURCE_CHANGED, not_generated, statuses};
use super::store::{Confirmation, FINGERPRINT_FILE, read_confirmations, to_json};
use crate::diagnostics::{Code, Diagnostic};
use crate::model::{Notice, is_language_tag};
use crate::site::SiteFiles;
use crate::site::owned::{Written, write_owned_file};
use std::collections::BTreeMap;
use std::path::Path;

/// The generated source file's text for `messages` of `notice`.
pub fn source_file_text(notice: &Notice, messages: &[SourceMessage]) -> String {
    let terms = super::terms::notice_terms(notice, messages, None);
    generate_source_file(messages, &terms, notice.source_language())
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
    let generated = source_file_text(notice, &source_messages(notice));
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

/// Writes `locales/<lang>/review.ftl` for every translation language;
/// returns each path and whether it changed.
pub fn write_review_files(
    root: &Path,
    site: &SiteFiles,
    notice: &Notice,
) -> Result<Vec<(String, bool)>, Diagnostic> {
    let messages = super::status::tracked_messages(site, notice, &source_messages(notice));
    let translations = super::status::all_site_messages(site, notice);
    let mut written = Vec::new();
    for status in statuses(site, notice, &messages, &translations) {
        written.push(write_review_file(root, notice, &messages, &status)?);
    }
    Ok(written)
}

fn write_review_file(
    root: &Path,
    notice: &Notice,
    messages: &[SourceMessage],
    status: &LanguageStatus,
) -> Result<(String, bool), Diagnostic> {
    let lang = &status.language;
    let rel = format!("locales/{lang}/{REVIEW_FILE}");
    let text = review_text(notice.source_language(), messages, status);
    let owned = |existing: &[u8]| {
        if existing.starts_with(GENERATED_HEADER.as_bytes()) {
            Ok(())
        } else {
            Err(Diagnostic::error(
                Code::WriteRefused,
                format!("{rel} was not written by vellum; it was not replaced"),
            )
            .in_file(rel.clone())
            .hint(format!(
                "vellum writes its list of what to translate there; rename your file, e.g. to locales/{lang}/notes.ftl"
            )))
        }
    };
    let written = write_owned_file(root, &rel, text.as_bytes(), &owned)?;
    Ok((rel, written != Written::Unchanged))
}

/// The review file: comments only (valid Fluent that defines nothing), so a
/// translator who works in an editor sees what changed beside the messages.
pub fn review_text(source: &str, messages: &[SourceMessage], status: &LanguageStatus) -> String {
    let lang = &status.language;
    let mut out = format!(
        "{GENERATED_HEADER}: what to translate or review in `{lang}`.\n\
         # Do not edit: vellum rewrites this file. It holds comments only.\n\
         # Update the translations in locales/{lang}/{CONTENT_FILE}, then confirm each one with\n\
         # `vellum i18n confirm {lang} <id>...`. [-words-] were removed from the {source} text, {{+words+}} added.\n"
    );
    let changed: Vec<_> = status.changed().collect();
    let unconfirmed: Vec<_> = status
        .changes
        .iter()
        .filter(|c| c.reason == NEVER_CONFIRMED)
        .collect();
    if changed.is_empty() && status.missing.is_empty() && unconfirmed.is_empty() {
        out.push_str("\n# Nothing to do: every message is translated and confirmed.\n");
        return out;
    }
    // Made only when something is quoted: a build writes this file for
    // every language, most of them with nothing to do.
    let by_id: BTreeMap<&str, &SourceMessage> =
        messages.iter().map(|m| (m.id.as_str(), m)).collect();
    if !changed.is_empty() {
        out.push_str(&format!(
            "\n## Changed in {source} since confirmed ({})\n",
            changed.len()
        ));
        for c in changed {
            let at = status
                .found
                .get(&c.id)
                .map(|f| format!(" ({}:{})", f.file, f.pos.line));
            out.push_str(&format!("\n# {}{}\n", c.id, at.unwrap_or_default()));
            match &c.diff {
                Some(d) => out.push_str(&format!("# Changed: {}\n", d.inline)),
                None => out.push_str("# Changed: confirmed before vellum kept source texts; compare the whole text.\n"),
            }
            quote(
                &mut out,
                &format!("The {source} text now:"),
                by_id.get(c.id.as_str()),
            );
        }
    }
    if !status.missing.is_empty() {
        out.push_str(&format!("\n## Not translated ({})\n", status.missing.len()));
        for id in &status.missing {
            out.push_str(&format!("\n# {id}\n"));
            quote(
                &mut out,
                &format!("The {source} text:"),
                by_id.get(id.as_str()),
            );
        }
    }
    if !unconfirmed.is_empty() {
        out.push_str(&format!(
            "\n## Translated but never confirmed ({})\n\n",
            unconfirmed.len()
        ));
        for c in unconfirmed {
            out.push_str(&format!("# {}\n", c.id));
        }
    }
    out
}

fn quote(out: &mut String, label: &str, m: Option<&&SourceMessage>) {
    let Some(m) = m else { return };
    out.push_str(&format!("# {label}\n"));
    for line in m.pattern.lines() {
        if line.trim().is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str("#     ");
            out.push_str(line);
            out.push('\n');
        }
    }
}

/// Records that the translations of `ids` in `lang` match the current
/// source. Without ids it confirms every translation, but only when none is
/// missing and none changed since it was confirmed (unless `all`): those
/// need a translator's look first. Returns how many were confirmed.
pub fn confirm(
    root: &Path,
    site: &SiteFiles,
    notice: &Notice,
    lang: &str,
    ids: &[String],
    all: bool,
) -> Result<usize, Diagnostic> {
    let usage = |message: String, hint: String| Diagnostic::error(Code::Usage, message).hint(hint);
    if !notice.translation_languages().contains(&lang) {
        return Err(usage(
            format!("`{lang}` is not a translation language of this notice"),
            "name one of the languages after the first in `languages:` (content/notice.yaml)"
                .into(),
        ));
    }
    let messages = super::status::tracked_messages(site, notice, &source_messages(notice));
    let translations = super::status::all_site_messages(site, notice);
    let status = statuses(site, notice, &messages, &translations)
        .into_iter()
        .find(|s| s.language == lang)
        .ok_or_else(|| Diagnostic::error(Code::Internal, format!("no status for `{lang}`")))?;
    // A corrupt file is reported, never silently replaced by a fresh one.
    let mut confirmations = read_confirmations(site, lang)?;
    check_ids(&messages, &status, lang, ids)?;
    if ids.is_empty() && !all {
        refuse_blind_confirmation(&status, lang)?;
    }
    let mut count = 0;
    for m in &messages {
        if status.found.contains_key(&m.id) && (ids.is_empty() || ids.contains(&m.id)) {
            confirmations.insert(m.id.clone(), Confirmation::of(m));
            count += 1;
        }
    }
    // Confirmations of messages no longer in the source or translation go away.
    confirmations
        .retain(|id, _| status.found.contains_key(id) && messages.iter().any(|m| &m.id == id));
    let rel = format!("locales/{lang}/{FINGERPRINT_FILE}");
    // The file is vellum's own bookkeeping, and it was just read successfully.
    write_owned_file(root, &rel, to_json(&confirmations)?.as_bytes(), &|_| Ok(()))?;
    Ok(count)
}

fn check_ids(
    messages: &[SourceMessage],
    status: &LanguageStatus,
    lang: &str,
    ids: &[String],
) -> Result<(), Diagnostic> {
    for id in ids {
        let problem = if !messages.iter().any(|m| &m.id == id) {
            (
                format!("`{id}` is not a message of the source"),
                "`vellum i18n status` lists the message ids",
            )
        } else if !status.found.contains_key(id) {
            (
                format!("`{id}` has no translation in locales/{lang}/ to confirm"),
                "translate it first, then confirm it",
            )
        } else {
            continue;
        };
        return Err(Diagnostic::error(Code::Usage, problem.0).hint(problem.1));
    }
    Ok(())
}

/// Confirming everything at once would hide what a translator has not seen.
fn refuse_blind_confirmation(status: &LanguageStatus, lang: &str) -> Result<(), Diagnostic> {
    let changed: Vec<&str> = status
        .changes
        .iter()
        .filter(|c| c.reason == SOURCE_CHANGED)
        .map(|c| c.id.as_str())
        .collect();
    if changed.is_empty() && status.missing.is_empty() {
        return Ok(());
    }
    let mut parts = Vec::new();
    if !changed.is_empty() {
        parts.push(format!(
            "{} changed in the source since confirmed ({})",
            changed.len(),
            shorten(&changed)
        ));
    }
    if !status.missing.is_empty() {
        let missing: Vec<&str> = status.missing.iter().map(String::as_str).collect();
        parts.push(format!(
            "{} not translated ({})",
            missing.len(),
            shorten(&missing)
        ));
    }
    Err(Diagnostic::error(
        Code::Usage,
        format!("nothing confirmed: in `{lang}`, {}", parts.join(" and ")),
    )
    .hint(format!(
        "update those translations (locales/{lang}/{REVIEW_FILE} shows what changed), then confirm them by id: `vellum i18n confirm {lang} <id>...`; `--all` confirms every translation as it is"
    )))
}

fn shorten(ids: &[&str]) -> String {
    let shown: Vec<&str> = ids.iter().take(5).copied().collect();
    let more = ids.len().saturating_sub(5);
    if more > 0 {
        format!("{}, and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}
