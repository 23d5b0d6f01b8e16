//! Untranslated-text detection: language identification over every paragraph,
//! heading and table cell of every language, so a Dutch page carrying English
//! prose (or the reverse) is caught even when the message id is "translated".

use super::short_text::{ShortTexts, Verdict as ShortVerdict};
use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources};
use crate::model::{Collection, DataVisitor, Entity, Notice, Pos, TextKind};
use crate::translate::Catalog;
use crate::translate::messages::SourceMessage;
use lingua::{IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::collections::BTreeMap;
use std::str::FromStr;

/// Texts of this many words or more are judged by lingua; shorter ones
/// (headings, cells, captions) carry too little signal for it and are judged
/// by word evidence instead (see [`super::short_text`]).
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

    /// The site languages the detector chooses between.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.by_tag.keys().map(String::as_str)
    }

    /// The site language a text reads as, when it is confident and not `expected`.
    pub fn foreign_language(&self, text: &str, expected: &str) -> Option<(String, f64)> {
        match self.identify(text, expected)? {
            Identified::Foreign(tag, confidence) => Some((tag, confidence)),
            Identified::Page | Identified::Unsure => None,
        }
    }

    /// What lingua makes of `text` on a page in `expected`; `None` when it
    /// does not know `expected`.
    pub fn identify(&self, text: &str, expected: &str) -> Option<Identified> {
        let expected_lang = self.by_tag.get(expected)?;
        let values = confidence_values(&self.detector, &self.languages, text);
        let Some((best, confidence)) = values.first() else {
            return Some(Identified::Unsure);
        };
        if *confidence < MIN_CONFIDENCE {
            return Some(Identified::Unsure);
        }
        if best == expected_lang {
            return Some(Identified::Page);
        }
        let tag = self
            .by_tag
            .iter()
            .find(|(_, l)| *l == best)
            .map(|(t, _)| t.clone())?;
        Some(Identified::Foreign(tag, *confidence))
    }
}

/// Lingua's verdict on a text.
pub enum Identified {
    /// The page's language, surely.
    Page,
    /// Another of the site's languages, this surely.
    Foreign(String, f64),
    /// Below [`MIN_CONFIDENCE`] either way.
    Unsure,
}

/// Words that are names, not language: the organisation, the authority, and
/// what each kind of entity declares (product, company, cookie, city names).
pub fn proper_names(notice: &Notice) -> ProperNames {
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
    ProperNames::new(names)
}

/// The proper names of a notice, found in a text in one pass: a site with
/// thousands of products has thousands of names, and looking for each in
/// every text of every language grew with their product.
pub struct ProperNames {
    finder: Option<aho_corasick::AhoCorasick>,
}

impl ProperNames {
    pub fn new(names: Vec<String>) -> ProperNames {
        let finder = aho_corasick::AhoCorasick::builder()
            // The longest name where several start, as "Kestrel Inbox" before "Kestrel".
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&names)
            .ok()
            .filter(|_| !names.is_empty());
        ProperNames { finder }
    }

    /// `text` with every name replaced by a space.
    pub fn strip(&self, text: &str) -> String {
        match &self.finder {
            Some(finder) => {
                let mut out = String::with_capacity(text.len());
                finder.replace_all_with(text, &mut out, |_, _, dst| {
                    dst.push(' ');
                    true
                });
                out
            }
            None => text.to_string(),
        }
    }
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
fn language_only(text: &str, names: &ProperNames) -> String {
    names
        .strip(text)
        .split_whitespace()
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

/// The texts of one language and what judging them needs.
pub struct Texts<'a> {
    pub lang: &'a str,
    pub catalog: &'a Catalog,
    pub messages: &'a [SourceMessage],
    /// The translator's messages; `None` for the source language.
    pub translations: Option<&'a super::found::FoundById<'a>>,
    pub names: &'a ProperNames,
    pub sources: &'a Sources,
    /// Lingua, for texts of [`MIN_WORDS`] words or more.
    pub guard: Option<&'a LanguageGuard>,
    /// The lexicons, for shorter texts.
    pub short: Option<&'a ShortTexts<'a>>,
}

/// One piece of text to judge: a unit of a visible text.
struct Work {
    /// Index of the text in the language's visible texts.
    text: usize,
    unit: Unit,
    judged: String,
}

/// Checks every text of a language (its content and its UI strings) for
/// words in another of the site's languages.
pub fn check_language(texts: &Texts<'_>, out: &mut Vec<Diagnostic>) {
    use rayon::prelude::*;
    // A language neither lingua nor a lexicon knows is not judged: skip the
    // work of preparing its texts (most sites' languages beyond en and nl).
    let judged_by_lingua = texts.guard.is_some_and(|g| g.knows(texts.lang));
    if !judged_by_lingua && !texts.short.is_some_and(|s| s.knows(texts.lang)) {
        return;
    }
    let visible = super::visible::visible_texts(texts.messages, texts.translations, texts.catalog);
    // Gather every unit first, then judge them in parallel: identification is
    // the costly part of the whole check.
    let mut work = Vec::new();
    for (index, v) in visible.iter().enumerate() {
        for unit in units(v.text, v.kind) {
            let judged = language_only(&unit.text, texts.names);
            if word_count(&judged) > 0 {
                work.push(Work {
                    text: index,
                    unit,
                    judged,
                });
            }
        }
    }
    // The lexicons settle most long texts without lingua when they cover
    // every language lingua would choose between (see `plainly_in`).
    let lexicons_cover = texts
        .guard
        .zip(texts.short)
        .is_some_and(|(g, s)| g.tags().all(|t| s.knows(t)));
    let verdicts: Vec<Option<(String, String)>> = work
        .par_iter()
        .map(|w| judge(texts, &w.judged, lexicons_cover))
        .collect();
    for (w, verdict) in work.iter().zip(verdicts) {
        let Some((found_lang, how)) = verdict else {
            continue;
        };
        let v = &visible[w.text];
        let at = v.pos(texts.sources, w.unit.offset);
        out.push(wrong_language(texts, v, &w.unit, &found_lang, &how, at));
    }
}

/// The site language a text reads as, if not the page's, and how sure.
fn judge(texts: &Texts<'_>, judged: &str, lexicons_cover: bool) -> Option<(String, String)> {
    if word_count(judged) >= MIN_WORDS {
        let guard = texts.guard.filter(|g| g.knows(texts.lang))?;
        if lexicons_cover
            && texts
                .short
                .is_some_and(|s| s.plainly_in(judged, texts.lang))
        {
            return None;
        }
        match guard.identify(judged, texts.lang)? {
            Identified::Foreign(lang, confidence) => {
                return Some((lang, format!("{:.0}% sure", confidence * 100.0)));
            }
            Identified::Page => return None,
            // Frequent words alone ("Who we are and what we do for you"
            // gets 0.82): the lexicons' evidence decides, as for a short
            // text. Over the labelled corpora this catches every foreign
            // text lingua is unsure of and flags none of the page's own
            // (tests/long_texts.rs).
            Identified::Unsure => {}
        }
    }
    let short = texts.short.filter(|s| s.knows(texts.lang))?;
    match short.judge(judged, texts.lang) {
        ShortVerdict::Foreign { lang, evidence, .. } => {
            let words: Vec<String> = evidence.iter().map(|w| format!("\"{w}\"")).collect();
            Some((lang.clone(), format!("{lang} words: {}", words.join(", "))))
        }
        _ => None,
    }
}

fn wrong_language(
    texts: &Texts<'_>,
    v: &super::visible::Visible<'_>,
    unit: &Unit,
    found_lang: &str,
    how: &str,
    at: Pos,
) -> Diagnostic {
    let lang = texts.lang;
    let words: Vec<&str> = unit.text.split_whitespace().collect();
    let quote = if words.len() > 8 {
        format!("{} ...", words[..8].join(" "))
    } else {
        words.join(" ")
    };
    let hint = if v.is_content() {
        match texts.translations {
            Some(_) => format!(
                "translate this text into `{lang}`; a copied source text is not a translation"
            ),
            None => format!("the source language is `{lang}`; write this text in it"),
        }
    } else if v.file.starts_with("locales/") {
        format!("write this UI string in `{lang}`")
    } else {
        format!(
            "this UI string comes from {}; override `{}` in locales/{lang}/ with a text in `{lang}`",
            v.file, v.id
        )
    };
    Diagnostic::warning(
        Code::WrongLanguage,
        format!(
            "`{}` reads as `{found_lang}`, not `{lang}` ({how}): \"{quote}\"",
            v.id
        ),
    )
    .at(v.file, at)
    .in_language(lang)
    .hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_stripped_longest_first_in_one_pass() {
        let names = ProperNames::new(vec![
            "Kestrel Inbox".into(),
            "Kestrel".into(),
            "Amsterdam".into(),
        ]);
        assert_eq!(
            names.strip("Kestrel Inbox keeps data in Amsterdam; Kestrel answers."),
            "  keeps data in  ;   answers."
        );
        // No names: the text as it is.
        assert_eq!(ProperNames::new(Vec::new()).strip("Kestrel"), "Kestrel");
        assert_eq!(
            language_only(
                "Write to Kestrel at privacy@kestrel.example about 2 things",
                &names
            ),
            "Write to at about things"
        );
    }

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
