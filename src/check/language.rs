//! Untranslated-text detection: language identification over every paragraph,
//! heading and table cell of every language, so a Dutch page carrying English
//! prose (or the reverse) is caught even when the message id is "translated".

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources};
use crate::model::{Collection, DataVisitor, Entity, Notice, Pos, TextKind};
use crate::translate::Catalog;
use crate::translate::ftl::FoundMessage;
use crate::translate::messages::SourceMessage;
use lingua::{IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::collections::BTreeMap;
use std::str::FromStr;

/// Texts shorter than this many words are not judged: names, addresses and short
/// cells carry too little signal and would raise false alarms.
pub const MIN_WORDS: usize = 8;

/// Only the first words of a long paragraph are judged: forty words decide
/// between the site's languages as surely as four hundred, at a tenth of the cost.
pub const MAX_WORDS: usize = 40;

/// How sure the detector must be before a text is flagged.
pub const MIN_CONFIDENCE: f64 = 0.9;

/// Detects the languages of a site that have a model compiled in.
pub struct LanguageGuard {
    detector: std::sync::Arc<LanguageDetector>,
    /// The languages the detector chooses between, in a stable order.
    languages: Vec<Language>,
    by_tag: BTreeMap<String, Language>,
}

/// Identification results by text: `vellum serve` rebuilds on every save, and
/// nearly every paragraph is the same as the last time.
/// Identification results by language set and text: `vellum serve`
/// rebuilds on every save, and nearly every paragraph is the same as the last
/// time. The verdicts depend on the languages the detector chooses between,
/// so a change of `languages:` never reuses a verdict made for another set.
#[derive(Default)]
pub struct VerdictCache {
    seen: std::sync::Mutex<std::collections::HashMap<VerdictKey, Verdict>>,
}

/// The languages chosen between, and the text.
type VerdictKey = (Vec<Language>, String);
/// Each language with the detector's confidence, most likely first.
type Verdict = Vec<(Language, f64)>;

impl VerdictCache {
    /// The cached verdict for (`languages`, `text`), computed by `judge` once.
    pub fn get_or_judge(
        &self,
        languages: &[Language],
        text: &str,
        judge: impl FnOnce() -> Vec<(Language, f64)>,
    ) -> Vec<(Language, f64)> {
        let key = (languages.to_vec(), text.to_string());
        if let Some(v) = self.seen.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return v;
        }
        let values = judge();
        if let Ok(mut m) = self.seen.lock() {
            // A bound on memory for very long sessions.
            if m.len() > 50_000 {
                m.clear();
            }
            m.insert(key, values.clone());
        }
        values
    }
}

fn confidence_values(
    detector: &LanguageDetector,
    languages: &[Language],
    text: &str,
) -> Vec<(Language, f64)> {
    static CACHE: std::sync::OnceLock<VerdictCache> = std::sync::OnceLock::new();
    CACHE
        .get_or_init(VerdictCache::default)
        .get_or_judge(languages, text, || {
            detector.compute_language_confidence_values(text)
        })
}

/// Loading the models takes tens of milliseconds; `vellum serve` rebuilds on
/// every save, so the detector for a set of languages is kept for the process.
fn detector_for(languages: &[Language]) -> std::sync::Arc<LanguageDetector> {
    use std::sync::{Arc, Mutex, OnceLock};
    type Detectors = Vec<(Vec<Language>, Arc<LanguageDetector>)>;
    static CACHE: OnceLock<Mutex<Detectors>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
    let mut cache = match cache.lock() {
        Ok(c) => c,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some((_, d)) = cache.iter().find(|(langs, _)| langs == languages) {
        return Arc::clone(d);
    }
    let detector = Arc::new(LanguageDetectorBuilder::from_languages(languages).build());
    cache.push((languages.to_vec(), Arc::clone(&detector)));
    detector
}

impl LanguageGuard {
    /// `None` when fewer than two of the site's languages can be identified.
    pub fn new(tags: &[&str]) -> Option<LanguageGuard> {
        let available = Language::all();
        let by_tag: BTreeMap<String, Language> = tags
            .iter()
            .filter_map(|tag| {
                let primary = tag.split('-').next()?;
                let iso = IsoCode639_1::from_str(primary).ok()?;
                let lang = Language::from_iso_code_639_1(&iso);
                available
                    .contains(&lang)
                    .then(|| ((*tag).to_string(), lang))
            })
            .collect();
        if by_tag.len() < 2 {
            return None;
        }
        let mut languages: Vec<Language> = by_tag.values().copied().collect();
        languages.sort();
        languages.dedup();
        Some(LanguageGuard {
            detector: detector_for(&languages),
            languages,
            by_tag,
        })
    }

    /// True when texts in `tag` can be judged (a model for it is compiled in).
    pub fn knows(&self, tag: &str) -> bool {
        self.by_tag.contains_key(tag)
    }

    /// The site language a text reads as, when it is confident and not `expected`.
    pub fn foreign_language(&self, text: &str, expected: &str) -> Option<(String, f64)> {
        let expected_lang = self.by_tag.get(expected)?;
        let values = confidence_values(&self.detector, &self.languages, text);
        let (best, confidence) = values.first()?;
        if best == expected_lang || *confidence < MIN_CONFIDENCE {
            return None;
        }
        let tag = self
            .by_tag
            .iter()
            .find(|(_, l)| *l == best)
            .map(|(t, _)| t.clone())?;
        Some((tag, *confidence))
    }
}

/// Words that are names, not language: the organisation, the authority, and
/// what each kind of entity declares (product, company, cookie, city names).
pub fn proper_names(notice: &Notice) -> Vec<String> {
    struct Names(Vec<String>);
    impl DataVisitor for Names {
        fn visit<E: Entity>(&mut self, items: &Collection<E>) {
            for e in &items.items {
                self.0
                    .extend(e.proper_names().into_iter().map(str::to_string));
            }
        }
    }
    let org = &notice.meta.organisation;
    let mut names = Names(vec![org.legal_name.value.clone()]);
    names
        .0
        .extend(org.trade_name.iter().map(|t| t.value.clone()));
    names
        .0
        .push(notice.meta.supervisory_authority.name.value.clone());
    notice.data.visit(&mut names);
    let mut names = names.0;
    names.retain(|n| n.chars().count() > 2);
    // Longest first, so "Kestrel Inbox" goes before "Kestrel".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// A piece of text to judge, with its byte offset in the message.
struct Unit {
    text: String,
    offset: usize,
}

/// Splits Markdown into paragraphs, list items, headings and table cells.
fn units(markdown: &str, kind: TextKind) -> Vec<Unit> {
    if kind == TextKind::Plain {
        return vec![Unit {
            text: markdown.to_string(),
            offset: 0,
        }];
    }
    let mut out = Vec::new();
    let mut current: Option<Unit> = None;
    for (event, range) in
        Parser::new_ext(markdown, crate::prose::markdown::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell | Tag::Item) => {
                if let Some(u) = current.take() {
                    out.push(u);
                }
                current = Some(Unit {
                    text: String::new(),
                    offset: range.start,
                });
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item,
            ) => {
                if let Some(u) = current.take() {
                    out.push(u);
                }
            }
            Event::Text(t) => {
                if let Some(u) = current.as_mut() {
                    u.text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(u) = current.as_mut() {
                    u.text.push(' ');
                }
            }
            // Code, e-mail addresses and URLs are not language.
            Event::Code(_) => {}
            _ => {}
        }
    }
    if let Some(u) = current {
        out.push(u);
    }
    out
}

/// The text with names, addresses, URLs and numbers removed.
fn language_only(text: &str, names: &[String]) -> String {
    let mut t = text.to_string();
    for n in names {
        if t.contains(n.as_str()) {
            t = t.replace(n.as_str(), " ");
        }
    }
    t.split_whitespace()
        .filter(|w| {
            !w.contains('@')
                && !w.contains("://")
                && !w.starts_with("www.")
                && w.chars().any(char::is_alphabetic)
        })
        .take(MAX_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
}

fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

/// Where a message of `lang` is written: the YAML for the source language, the
/// translation file otherwise.
pub struct Origin<'a> {
    pub file: &'a str,
    pub pos: Pos,
}

/// The texts of one language and what judging them needs.
pub struct Texts<'a> {
    pub lang: &'a str,
    pub catalog: &'a Catalog,
    pub messages: &'a [SourceMessage],
    /// The translator's messages; `None` for the source language.
    pub translations: Option<&'a BTreeMap<String, FoundMessage>>,
    pub names: &'a [String],
    pub sources: &'a Sources,
}

/// Checks every text of a language for prose in another of the site's languages.
pub fn check_language(guard: &LanguageGuard, texts: &Texts<'_>, out: &mut Vec<Diagnostic>) {
    let Texts {
        lang,
        catalog,
        messages,
        translations,
        names,
        sources,
    } = *texts;
    use rayon::prelude::*;
    let args = fluent_bundle::FluentArgs::new();
    // Gather every unit first, then judge them in parallel: identification is
    // the costly part of the whole check. Each message's text is kept once and
    // its units refer to it by index, so memory stays linear in its length.
    let mut texts: Vec<String> = Vec::new();
    let mut work = Vec::new();
    for m in messages {
        let origin = match translations {
            None => Origin {
                file: &m.file,
                pos: m.pos,
            },
            Some(found) => match found.get(&m.id) {
                Some(f) => Origin {
                    file: &f.file,
                    pos: f.pos,
                },
                // Missing: reported as missing, and the page marks the fallback.
                None => continue,
            },
        };
        let Some(text) = catalog.format_with(&m.id, &args) else {
            continue;
        };
        let index = texts.len();
        for unit in units(&text, m.kind) {
            let judged = language_only(&unit.text, names);
            if word_count(&judged) >= MIN_WORDS {
                work.push((m, origin.file, origin.pos, index, unit, judged));
            }
        }
        texts.push(text);
    }
    let verdicts: Vec<Option<(String, f64)>> = work
        .par_iter()
        .map(|(_, _, _, _, _, judged)| guard.foreign_language(judged, lang))
        .collect();
    for ((m, file, pos, index, unit, _), verdict) in work.iter().zip(verdicts) {
        let Some((found_lang, confidence)) = verdict else {
            continue;
        };
        let text = &texts[*index];
        let at = sources.pos_in_scalar(file, *pos, text, unit.offset);
        let quote: String = unit
            .text
            .split_whitespace()
            .take(8)
            .collect::<Vec<_>>()
            .join(" ");
        out.push(
            Diagnostic::warning(
                Code::WrongLanguage,
                format!(
                    "`{}` reads as `{found_lang}`, not `{lang}` ({:.0}% sure): \"{quote} ...\"",
                    m.id,
                    confidence * 100.0
                ),
            )
            .at(*file, at)
            .in_language(lang)
            .hint(if translations.is_some() {
                format!(
                    "translate this text into `{lang}`; a copied source text is not a translation"
                )
            } else {
                format!("the source language is `{lang}`; write this text in it")
            }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_are_kept_per_language_set() {
        let cache = VerdictCache::default();
        let mut judged = 0;
        let text = "we keep your data for six months";
        for languages in [
            vec![Language::English, Language::Dutch],
            vec![Language::English],
            vec![Language::English, Language::Dutch],
        ] {
            cache.get_or_judge(&languages, text, || {
                judged += 1;
                vec![(languages[0], 1.0)]
            });
        }
        // The second set is judged anew; the first set's verdict is reused.
        assert_eq!(judged, 2);
    }
}
