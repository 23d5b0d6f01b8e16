//! The translator's workflow: is the generated source file current, and per
//! language, which messages are translated, missing, stale, obsolete, or
//! disagree with the source about placeables.
//!
//! Staleness: `locales/<lang>/translated-from.json` records, for each message
//! id, the source text a translation was confirmed against (see
//! [`super::store`]). `vellum i18n confirm` writes it once a translator has
//! checked a translation against the current source; a later change to the
//! YAML shows up as stale, with a word-level diff of what changed, until
//! confirmed again.

use super::diff::{WordDiff, word_diff};
use super::ftl::GENERATED_HEADER;
use super::ftl::{CONTENT_FILE, FoundMessage, read_messages};
use super::messages::{SourceMessage, is_content_id, source_messages};
use super::store::{Confirmation, ReadConfirmations, read_confirmations_shared};
pub use super::workflow::{confirm, source_file_text, sync_source_file};
use crate::diagnostics::Code;
use crate::diagnostics::Diagnostic;
use crate::model::Notice;
use crate::site::SiteFiles;
use crate::site::files::decode;
use serde::Serialize;
use std::collections::BTreeMap;

pub use super::store::FINGERPRINT_FILE;

#[derive(Debug, Serialize)]
pub struct PlaceableMismatch {
    pub id: String,
    /// Placeables the source has and the translation lacks.
    pub dropped: Vec<String>,
    /// Placeables the translation has and the source lacks.
    pub invented: Vec<String>,
}

/// Why a translation is stale, and what changed when that is known.
#[derive(Debug, Clone, Serialize)]
pub struct StaleChange {
    pub id: String,
    /// `source-changed` or `never-confirmed`.
    pub reason: &'static str,
    /// The source text's change since the confirmation, word by word; absent
    /// when never confirmed, or confirmed before vellum kept source texts.
    pub diff: Option<WordDiff>,
}

#[derive(Debug, Serialize)]
pub struct LanguageStatus {
    pub language: String,
    pub total: usize,
    pub translated: usize,
    pub missing: Vec<String>,
    pub stale: Vec<String>,
    /// One entry per stale message: why, and what changed.
    pub changes: Vec<StaleChange>,
    pub obsolete: Vec<String>,
    pub placeable_mismatches: Vec<PlaceableMismatch>,
    #[serde(skip)]
    pub found: Found,
    /// `translated-from.json` could not be read: staleness is unknown.
    #[serde(skip)]
    pub fingerprint_error: Option<Diagnostic>,
}

impl LanguageStatus {
    /// Stale messages whose source changed since they were confirmed (as
    /// opposed to never confirmed).
    pub fn changed(&self) -> impl Iterator<Item = &StaleChange> {
        self.changes.iter().filter(|c| c.reason == SOURCE_CHANGED)
    }
}

pub const SOURCE_CHANGED: &str = "source-changed";
pub const NEVER_CONFIRMED: &str = "never-confirmed";

/// The state of every translation of `notice`.
pub fn translation_status(site: &SiteFiles, notice: &Notice) -> Vec<LanguageStatus> {
    let messages = tracked_messages(site, notice, &source_messages(notice));
    let translations = all_site_messages(site, notice);
    statuses(site, notice, &messages, &translations)
}

/// The messages translations are tracked against: the content's, and the
/// UI strings the site itself overrides in the source language (its own
/// `locales/<source>/*.ftl` besides the generated file). Those are texts the
/// site wrote, so a change to one makes the other languages' overrides stale
/// and a missing override means the page shows the theme's own text.
pub fn tracked_messages(
    site: &SiteFiles,
    notice: &Notice,
    content: &[SourceMessage],
) -> Vec<SourceMessage> {
    let mut all = content.to_vec();
    let prefix = format!("locales/{}/", notice.source_language());
    for (rel, bytes) in site.under(&prefix) {
        if !rel.ends_with(".ftl") || rel == CONTENT_FILE || rel == super::ftl::REVIEW_FILE {
            continue;
        }
        let path = format!("{prefix}{rel}");
        for (id, found) in read_messages(&path, &decode(&path, bytes).0) {
            if is_content_id(&id) {
                continue;
            }
            let text = found.text.text.clone();
            all.push(SourceMessage {
                fingerprint: super::pattern::fingerprint(&super::pattern::canonical_text(&text)),
                legacy_confirmable: false,
                pattern: super::pattern::escape_pattern(&text),
                placeables: found.placeables.clone(),
                kind: crate::model::TextKind::Plain,
                file: path.clone(),
                pos: found.pos,
                group: format!("UI strings ({path})"),
                comment: Vec::new(),
                id,
                text,
            });
        }
    }
    all
}

/// The translation messages of every non-source language, read once.
pub fn all_site_messages(site: &SiteFiles, notice: &Notice) -> Translations {
    notice
        .translation_languages()
        .into_iter()
        .map(|l| (l.to_string(), std::sync::Arc::new(site_messages(site, l))))
        .collect()
}

/// Messages found per translation language.
pub type Translations = BTreeMap<String, Found>;

/// The messages found in one language's files, shared rather than copied:
/// the catalog, the status and every check read the same map.
pub type Found = std::sync::Arc<BTreeMap<String, FoundMessage>>;

pub(super) fn statuses(
    site: &SiteFiles,
    notice: &Notice,
    messages: &[SourceMessage],
    translations: &Translations,
) -> Vec<LanguageStatus> {
    use rayon::prelude::*;
    let order = IdOrder::of(messages);
    let read = ReadConfirmations::default();
    notice
        .translation_languages()
        .into_par_iter()
        .map(|l| status_of(site, notice, l, (messages, &order), translations, &read))
        .collect()
}

fn status_of(
    site: &SiteFiles,
    notice: &Notice,
    lang: &str,
    messages: (&[SourceMessage], &IdOrder),
    translations: &Translations,
    read: &ReadConfirmations,
) -> LanguageStatus {
    let found = translations.get(lang).cloned().unwrap_or_default();
    let mut status = language_status(site, lang, messages, found, read);
    status.obsolete.retain(|id| !of_lost_content(notice, id));
    status
}

/// The tracked messages' positions in the order of their ids, worked out
/// once for every language: a language's translations and confirmations
/// are maps sorted by id too, so its status walks the three side by side
/// instead of looking each of thousands of ids up in two maps (on a site
/// of 80 languages those lookups were 3% of a build).
pub(super) struct IdOrder(Vec<usize>);

impl IdOrder {
    pub(super) fn of(messages: &[SourceMessage]) -> IdOrder {
        let mut order: Vec<usize> = (0..messages.len()).collect();
        order.sort_by(|a, b| messages[*a].id.cmp(&messages[*b].id));
        IdOrder(order)
    }

    /// The message with `id`, if one is tracked.
    fn find<'m>(&self, messages: &'m [SourceMessage], id: &str) -> Option<&'m SourceMessage> {
        let at = self
            .0
            .binary_search_by(|i| messages[*i].id.as_str().cmp(id))
            .ok()?;
        Some(&messages[self.0[at]])
    }
}

/// Moves `entries` (sorted by key) up to `id` and gives its value when it
/// has one; the entry is kept, for a message listed twice.
fn value_at<'a, V>(
    entries: &mut std::iter::Peekable<std::collections::btree_map::Iter<'a, String, V>>,
    id: &str,
) -> Option<&'a V> {
    while let Some((key, value)) = entries.peek() {
        match key.as_str().cmp(id) {
            std::cmp::Ordering::Less => {
                entries.next();
            }
            std::cmp::Ordering::Equal => return Some(*value),
            std::cmp::Ordering::Greater => return None,
        }
    }
    None
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

fn language_status(
    site: &SiteFiles,
    lang: &str,
    (messages, order): (&[SourceMessage], &IdOrder),
    found: Found,
    read: &ReadConfirmations,
) -> LanguageStatus {
    let (confirmations, fingerprint_error) = match read_confirmations_shared(site, lang, read) {
        Ok(p) => (p, None),
        Err(d) => (Default::default(), Some(d)),
    };
    let mut status = LanguageStatus {
        language: lang.to_string(),
        total: messages.len(),
        translated: 0,
        missing: Vec::new(),
        stale: Vec::new(),
        changes: Vec::new(),
        obsolete: Vec::new(),
        placeable_mismatches: Vec::new(),
        found: Found::default(),
        fingerprint_error,
    };
    // Each message's translation and confirmation, in the messages' order.
    let mut paired = vec![(None, None); messages.len()];
    let (mut translated, mut confirmed) =
        (found.iter().peekable(), confirmations.iter().peekable());
    for &i in &order.0 {
        let id = messages[i].id.as_str();
        paired[i] = (value_at(&mut translated, id), value_at(&mut confirmed, id));
    }
    for (m, (translation, confirmation)) in messages.iter().zip(paired) {
        let Some(t) = translation else {
            status.missing.push(m.id.clone());
            continue;
        };
        // Without readable confirmations nothing can be called stale.
        if status.fingerprint_error.is_some() || confirmation.is_some_and(|c| c.matches(m)) {
            status.translated += 1;
        } else {
            status.stale.push(m.id.clone());
            status.changes.push(stale_change(m, confirmation));
        }
        if m.placeables != t.placeables {
            status.placeable_mismatches.push(PlaceableMismatch {
                id: m.id.clone(),
                dropped: m.placeables.difference(&t.placeables).cloned().collect(),
                invented: t.placeables.difference(&m.placeables).cloned().collect(),
            });
        }
    }
    // Content messages translated but no longer tracked, found by walking
    // the translations and the tracked ids, both sorted, side by side.
    let mut tracked = order.0.iter().map(|i| messages[*i].id.as_str()).peekable();
    status.obsolete = found
        .keys()
        .filter(|id| {
            while tracked.next_if(|t| *t < id.as_str()).is_some() {}
            is_content_id(id) && tracked.peek() != Some(&id.as_str())
        })
        .cloned()
        .collect();
    status.found = found;
    status
}

fn stale_change(m: &SourceMessage, confirmation: Option<&Confirmation>) -> StaleChange {
    StaleChange {
        id: m.id.clone(),
        reason: if confirmation.is_some() {
            SOURCE_CHANGED
        } else {
            NEVER_CONFIRMED
        },
        diff: confirmation
            .and_then(Confirmation::source)
            .map(|old| word_diff(old, &super::pattern::canonical_text(&m.text))),
    }
}

/// Diagnostics for `vellum check`: the generated file is current, and no
/// translation language has it. Whether each translation is complete,
/// current and keeps its placeables is [`Tracked::findings`].
/// `generated` is the source file as generated from `messages`, when the
/// catalogs made it already.
pub fn check_translations(
    reuse: Option<crate::site::memo::Reuse<'_>>,
    site: &SiteFiles,
    notice: &Notice,
    (messages, generated): (&[SourceMessage], Option<&str>),
    out: &mut Vec<Diagnostic>,
) {
    let source = notice.source_language();
    // It reads content/ and the source language's file: the shared files.
    out.extend(crate::site::memo::cached(
        reuse,
        "source-file-check",
        source,
        0,
        || {
            let mut found = Vec::new();
            check_source_file(site, notice, (messages, generated), &mut found);
            found
        },
    ));
    for lang in notice.translation_languages() {
        let rel = format!("locales/{lang}/{CONTENT_FILE}");
        // The header is looked for before the whole file is validated as
        // UTF-8: every translation's file is read on every rebuild.
        let headed = site.bytes(&rel).is_some_and(|b| {
            b.strip_prefix(b"\xEF\xBB\xBF")
                .unwrap_or(b)
                .starts_with(GENERATED_HEADER.as_bytes())
        });
        if headed && matches!(site.text(&rel), Some(Ok(_))) {
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
}

/// What the translation findings of every language compare with: the
/// source messages, the source language's own files' included. They are
/// listed when a language's findings are first computed, beside its other
/// checks, and not at all when `serve` kept every language's findings.
#[derive(Default)]
pub struct Tracked {
    messages: std::sync::OnceLock<(Vec<SourceMessage>, IdOrder)>,
    confirmations: ReadConfirmations,
}

impl Tracked {
    /// The findings of one translation language's status: its messages are
    /// `translations[lang]`, `content` those of `content/`. They read its own
    /// files and the shared ones: `serve` keeps them for a language whose
    /// files did not change.
    pub fn findings(
        &self,
        reuse: Option<crate::site::memo::Reuse<'_>>,
        site: &SiteFiles,
        notice: &Notice,
        content: &[SourceMessage],
        lang: &str,
        translations: &Translations,
    ) -> Vec<Diagnostic> {
        let source = notice.source_language();
        crate::site::memo::cached(reuse, "translation-findings", lang, 0, || {
            let (messages, order) = self.messages.get_or_init(|| {
                let messages = tracked_messages(site, notice, content);
                let order = IdOrder::of(&messages);
                (messages, order)
            });
            let mut status = status_of(
                site,
                notice,
                lang,
                (messages, order),
                translations,
                &self.confirmations,
            );
            let folder = format!("locales/{lang}/");
            // Messages or confirmations may be in a file that was not read (its
            // reading error says so): judging the rest would raise false alarms.
            if site.unreadable().any(|f| f.starts_with(&folder)) {
                status.missing.clear();
                status.stale.clear();
                status.changes.clear();
                status.obsolete.clear();
            }
            let mut found = Vec::new();
            report_status(&status, source, (messages, order), &mut found);
            found
        })
    }
}

/// True for a message of something that could not be loaded (see
/// `model::Gaps`): a translation of it is not obsolete, only unjudged.
fn of_lost_content(notice: &Notice, id: &str) -> bool {
    let gaps = &notice.gaps;
    if let Some(rest) = id.strip_prefix("section-") {
        return gaps.unknown_sections
            || gaps.sections.iter().any(|s| {
                rest.strip_prefix(s.as_str())
                    .is_some_and(|r| r == "-title" || r == "-body")
            });
    }
    crate::model::Kind::DATA.iter().any(|kind| {
        let Some(rest) = id
            .strip_prefix(kind.info().prefix)
            .and_then(|r| r.strip_prefix('-'))
        else {
            return false;
        };
        notice.data.failed(*kind)
            || notice.data.dropped(*kind).iter().any(|d| {
                rest.strip_prefix(d.as_str())
                    .is_some_and(|r| r.starts_with('-'))
            })
    })
}

/// The findings of one translation language's status.
fn report_status(
    status: &LanguageStatus,
    source: &str,
    tracked: (&[SourceMessage], &IdOrder),
    out: &mut Vec<Diagnostic>,
) {
    if let Some(d) = &status.fingerprint_error {
        out.push(d.clone());
    }
    report_missing(status, source, tracked, out);
    report_stale(status, source, out);
    report_obsolete(status, out);
    report_mismatches(status, out);
}

fn report_missing(
    status: &LanguageStatus,
    source: &str,
    (messages, order): (&[SourceMessage], &IdOrder),
    out: &mut Vec<Diagnostic>,
) {
    let lang = status.language.as_str();
    let target = format!("locales/{lang}/{CONTENT_FILE}");
    for id in &status.missing {
        let Some(m) = order.find(messages, id) else {
            continue;
        };
        let (message, hint) = if is_content_id(id) {
            (
                format!("`{id}` is not translated; the page shows the {source} text"),
                format!("add `{id} = ...` to {target}"),
            )
        } else {
            (
                format!(
                    "the site overrides `{id}` in {source} but not in {lang}; the {lang} page shows the theme's own text"
                ),
                format!(
                    "add `{id} = ...` to a file in locales/{lang}/, translated from {}",
                    m.file
                ),
            )
        };
        out.push(
            Diagnostic::warning(Code::MissingTranslation, message)
                .at(&m.file, m.pos)
                .in_language(lang)
                .hint(hint),
        );
    }
}

fn report_stale(status: &LanguageStatus, source: &str, out: &mut Vec<Diagnostic>) {
    let lang = status.language.as_str();
    for change in &status.changes {
        let id = &change.id;
        let t = &status.found[id];
        let reason = match change.reason {
            SOURCE_CHANGED => "its source text changed after it was translated",
            _ => "it was never confirmed against the source",
        };
        let what = match &change.diff {
            Some(d) => format!("the {source} text changed: {}; ", d.inline),
            None => format!("compare it with the {source} text, "),
        };
        out.push(
            Diagnostic::warning(
                Code::StaleTranslation,
                format!("the translation of `{id}` may be out of date: {reason}"),
            )
            .at(&*t.file, t.pos)
            .in_language(lang)
            .hint(format!(
                "{what}update it, then run `vellum i18n confirm {lang} {id}`"
            )),
        );
    }
}

fn report_obsolete(status: &LanguageStatus, out: &mut Vec<Diagnostic>) {
    let lang = status.language.as_str();
    for id in &status.obsolete {
        let t = &status.found[id];
        out.push(
            Diagnostic::warning(
                Code::ObsoleteTranslation,
                format!("`{id}` is translated but no longer in the source"),
            )
            .at(&*t.file, t.pos)
            .in_language(lang)
            .hint("remove the message; its section or entity was renamed or deleted"),
        );
    }
}

fn report_mismatches(status: &LanguageStatus, out: &mut Vec<Diagnostic>) {
    let lang = status.language.as_str();
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
                .at(&*t.file, t.pos)
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
    (messages, generated): (&[SourceMessage], Option<&str>),
    out: &mut Vec<Diagnostic>,
) {
    let source = notice.source_language();
    let rel = format!("locales/{source}/{CONTENT_FILE}");
    if !notice.gaps.is_empty() {
        // Generated from part of the content, it would differ for no fault of its own.
        return;
    }
    let is_current = |on_disk: &str| match generated {
        Some(generated) => same_messages(on_disk, generated),
        None => same_messages(on_disk, &source_file_text(notice, messages)),
    };
    match site.text(&rel) {
        Some(Ok(on_disk)) if !on_disk.starts_with(GENERATED_HEADER) => {
            out.push(not_generated(&rel, source));
        }
        Some(Ok(on_disk)) if !is_current(on_disk) => out.push(
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

/// Whether two generated files hold the same messages and terms. Comments
/// (context for translators) are left out: they also describe things that
/// can be invalid for a moment (a misspelt block name), and such a mistake
/// is reported where it is made, not again as an out-of-date file.
fn same_messages(a: &str, b: &str) -> bool {
    // Compared line by line as read: the files are large, and compared on
    // every writer's save.
    fn entries(t: &str) -> impl Iterator<Item = &str> {
        t.lines().filter(|l| !l.starts_with('#'))
    }
    entries(a).eq(entries(b))
}

/// A hand-written file where the generated source file belongs: most likely
/// the source language changed, and that file is someone's translation.
pub(super) fn not_generated(rel: &str, source: &str) -> Diagnostic {
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
