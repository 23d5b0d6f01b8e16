//! A language's period vocabulary (`locales/<lang>/periods.yaml`): number
//! words, units, qualifiers, and the patterns in which the language says when
//! a period starts and ends. vellum writes facts with it and recognizes the
//! periods writers typed; a new language is a new file. Patterns are checked
//! and compiled here, once, so a mistake in one is reported where it is
//! written.

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources};
use crate::load::parse_yaml;
use crate::load::theme::Theme;
use crate::model::vocabulary::{EventWordsByKind, Key, Pattern, VocabularyFile};
use crate::model::{Event, Located, Qualifier};
use crate::prose::phrases::{self, Names, Node, PatternSet};
use crate::site::SiteFiles;
use crate::site::files::utf8_text;
use std::collections::BTreeMap;
use std::sync::Arc;

pub const VOCABULARY_FILE: &str = "periods.yaml";

/// The units a period can be written in, as the vocabulary names them,
/// largest first.
pub const UNIT_NAMES: &[&str] = &["years", "months", "weeks", "days", "hours", "minutes"];

/// A checked vocabulary, ready for writing and recognizing.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub lang: String,
    /// A hash of the language and the file compiled: equal fingerprints
    /// recognize the same periods (results are kept by it, see
    /// `site::memo::TextResults`).
    pub fingerprint: u64,
    /// The file's words and patterns, compiled: one for all the languages
    /// of a build that read the same text.
    words: Arc<PeriodWords>,
}

impl Vocabulary {
    /// The compiled words, as shared with the other languages of a build
    /// that read the same text.
    pub fn words(&self) -> &Arc<PeriodWords> {
        &self.words
    }
}

impl std::ops::Deref for Vocabulary {
    type Target = PeriodWords;

    fn deref(&self) -> &PeriodWords {
        &self.words
    }
}

/// What a vocabulary file says, compiled.
#[derive(Debug, Default)]
pub struct PeriodWords {
    /// Unit (index into [`UNIT_NAMES`]) and its forms.
    pub units: Vec<(usize, Vec<String>)>,
    pub glued_units: Vec<(usize, Vec<String>)>,
    pub decimal_separator: Option<String>,
    pub numbers: BTreeMap<u32, Vec<String>>,
    pub weak_numbers: BTreeMap<u32, Vec<String>>,
    pub joiners: Vec<String>,
    pub or_words: Vec<String>,
    pub unit_adjectives: Vec<String>,
    pub qualifiers: PatternSet<Qualifier>,
    pub qualifiers_after: PatternSet<Qualifier>,
    pub qualifiers_distant: PatternSet<Qualifier>,
    pub copulas: Vec<String>,
    pub fillers: PatternSet<()>,
    pub halves: HalfWords,
    pub ages_after: PatternSet<()>,
    pub ages_before: PatternSet<Qualifier>,
    pub persons: Vec<String>,
    pub not_before: PatternSet<()>,
    pub not_after: PatternSet<()>,
    pub clock_before: Vec<String>,
    pub events: EventPhrases,
}

/// The compiled phrases of halves.
#[derive(Debug, Clone, Default)]
pub struct HalfWords {
    pub before_unit: PatternSet<()>,
    pub after_number: PatternSet<()>,
    pub after_unit: PatternSet<()>,
    pub one_and_a_half: Vec<String>,
    pub suffix: Vec<String>,
    pub prefix: Vec<String>,
}

/// Every event phrase of the language, compiled, by what it does.
#[derive(Debug, Clone, Default)]
pub struct EventPhrases {
    /// A period that lasts until the event.
    pub end: PatternSet<Event>,
    /// After a length: the event it counts from.
    pub start: PatternSet<Event>,
    /// After a period: an event that ends it early.
    pub early_end: PatternSet<Event>,
    /// After an ending and an or-word: another ending, words left out.
    pub alternative: PatternSet<Event>,
    /// A fronted clause giving the start of the next length.
    pub fronted_start: PatternSet<Event>,
    /// Right before a length: the event it counts from.
    pub before: PatternSet<Event>,
    pub anaphora_after: PatternSet<()>,
    pub anaphora_before: PatternSet<()>,
    pub verbs_before_start: Vec<String>,
}

impl PeriodWords {
    /// The word vellum writes for `n`, if the vocabulary has one.
    pub fn number_word(&self, n: u32) -> Option<&str> {
        self.numbers
            .get(&n)
            .and_then(|forms| forms.first())
            .map(String::as_str)
    }
}

/// Loads the vocabulary of `lang`: the site's `locales/<lang>/periods.yaml`
/// if present, else the theme's. `None` when neither exists.
pub fn load_vocabulary(
    site: &SiteFiles,
    theme: &Theme,
    lang: &str,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Option<Vocabulary> {
    load_vocabulary_shared(
        site,
        theme,
        lang,
        sources,
        out,
        &CompiledVocabularies::default(),
    )
}

/// The vocabularies one build compiled, by their file's text: a regional
/// language reads its main language's file, and translations often begin
/// as copies of one file.
pub type CompiledVocabularies = crate::site::by_text::SharedByText<Arc<PeriodWords>>;

/// [`load_vocabulary`], taking a compilation of the same text that another
/// language of the build made from `compiled`, or leaving its own there.
pub fn load_vocabulary_shared(
    site: &SiteFiles,
    theme: &Theme,
    lang: &str,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
    compiled: &CompiledVocabularies,
) -> Option<Vocabulary> {
    let (path, bytes) = super::language_file(site, theme, lang, VOCABULARY_FILE)?;
    let text = match utf8_text(&path, bytes) {
        Ok(t) => t,
        Err(d) => {
            out.push(d.in_language(lang));
            return None;
        }
    };
    sources.insert(path.clone(), text);
    let words = match compiled.get_or_compute(text, || compile(&path, text, lang)) {
        Ok(words) => words,
        Err((words, problems)) => {
            out.extend(problems);
            words?
        }
    };
    Some(Vocabulary {
        lang: lang.to_string(),
        fingerprint: crate::prose::hash::fnv1a_parts([lang, path.as_str(), text]),
        words,
    })
}

/// What compiling a file gave when it had problems: the words, if it
/// compiled at all, and the problems.
type Problems = (Option<Arc<PeriodWords>>, Vec<Diagnostic>);

/// Parses and compiles one vocabulary file of `lang`.
fn compile(path: &str, text: &str, lang: &str) -> Result<Arc<PeriodWords>, Problems> {
    let (file, problems) = parse_yaml::<VocabularyFile>(path, text, "a period vocabulary");
    let mut out: Vec<Diagnostic> = problems.into_iter().map(|d| d.in_language(lang)).collect();
    let mut build = Build {
        path,
        lang,
        out: &mut out,
        slots: BTreeMap::new(),
    };
    let words = file.map(|file| Arc::new(build.words(file)));
    match words {
        Some(words) if out.is_empty() => Ok(words),
        words => Err((words, out)),
    }
}

/// The state of compiling one file: where problems go, and the slots.
struct Build<'a> {
    path: &'a str,
    lang: &'a str,
    out: &'a mut Vec<Diagnostic>,
    slots: BTreeMap<String, Node>,
}

/// Names available to a pattern: the slots, and an event's phrases of each kind.
struct Scope<'a> {
    slots: &'a BTreeMap<String, Node>,
    kinds: Option<&'a BTreeMap<&'static str, Node>>,
}

impl Names for Scope<'_> {
    fn slot(&self, name: &str) -> Option<Node> {
        self.slots.get(name).cloned()
    }
    fn placeholder(&self, name: &str) -> Option<Node> {
        let kinds = self.kinds?;
        // Known placeholders an event lacks match nothing.
        ["noun", "clause", "state"]
            .contains(&name)
            .then(|| kinds.get(name).cloned().unwrap_or(Node::Never))
    }
}

impl Build<'_> {
    fn words(&mut self, file: VocabularyFile) -> PeriodWords {
        self.slots = self.compile_slots(&file.slots);
        let events = self.events(&file);
        let mut vocab = PeriodWords {
            units: self.units(file.units),
            glued_units: self.units(file.glued_units),
            decimal_separator: file.decimal_separator,
            numbers: lower_keys(file.numbers),
            weak_numbers: lower_keys(file.weak_numbers),
            joiners: lower(file.joiners),
            or_words: lower(file.or_words),
            unit_adjectives: lower(file.unit_adjectives),
            qualifiers: self.qualifier_set(&file.qualifiers, false),
            qualifiers_after: self.qualifier_set(&file.qualifiers_after, false),
            qualifiers_distant: self.qualifier_set(&file.qualifiers_distant, false),
            copulas: lower(file.copulas),
            fillers: self.plain_set(&file.fillers),
            ages_after: self.plain_set(&file.ages.after),
            ages_before: self.qualifier_set(&file.ages.before, true),
            persons: lower(file.ages.persons),
            not_before: self.plain_set(&file.not_periods.before),
            not_after: self.plain_set(&file.not_periods.after),
            clock_before: lower(file.not_periods.clock_before),
            ..PeriodWords::default()
        };
        vocab.halves = HalfWords {
            before_unit: self.plain_set(&file.halves.before_unit),
            after_number: self.plain_set(&file.halves.after_number),
            after_unit: self.plain_set(&file.halves.after_unit),
            one_and_a_half: lower(file.halves.one_and_a_half),
            suffix: lower(file.halves.suffix),
            prefix: lower(file.halves.prefix),
        };
        vocab.events = events;
        vocab
    }

    fn compile_slots(&mut self, slots: &BTreeMap<Key, Vec<Pattern>>) -> BTreeMap<String, Node> {
        let empty = BTreeMap::new();
        let mut out = BTreeMap::new();
        for (Key(name), patterns) in slots {
            let scope = Scope {
                slots: &empty,
                kinds: None,
            };
            let options: Vec<Node> = patterns
                .iter()
                .filter_map(|p| self.compile(p, &scope))
                .collect();
            out.insert(name.value.clone(), Node::shared(Node::Alt(options)));
        }
        out
    }

    fn compile(&mut self, pattern: &Pattern, scope: &Scope<'_>) -> Option<Node> {
        match phrases::compile(&pattern.value.to_lowercase(), scope) {
            Ok(node) => Some(node),
            Err(why) => {
                self.out.push(
                    Diagnostic::error(
                        Code::InvalidVocabulary,
                        format!("pattern `{}`: {why}", pattern.value),
                    )
                    .at(self.path, pattern.pos)
                    .spanning(pattern.value.chars().count())
                    .in_language(self.lang)
                    .hint("patterns are words with `x?` (optional), `(a|b)` (either), `<slot>`, `...` (a few words), and in templates {noun}, {clause}, {state}"),
                );
                None
            }
        }
    }

    fn plain_set(&mut self, patterns: &[Pattern]) -> PatternSet<()> {
        let scope_slots = std::mem::take(&mut self.slots);
        let scope = Scope {
            slots: &scope_slots,
            kinds: None,
        };
        let mut set = PatternSet::default();
        for p in patterns {
            if let Some(node) = self.compile(p, &scope) {
                set.push(node, ());
            }
        }
        self.slots = scope_slots;
        set
    }

    /// Patterns by qualifier; `exactly` is allowed where a phrase only marks
    /// an age ("aged").
    fn qualifier_set(
        &mut self,
        map: &BTreeMap<Key, Vec<Pattern>>,
        allow_exactly: bool,
    ) -> PatternSet<Qualifier> {
        let mut set = PatternSet::default();
        for (Key(name), patterns) in map {
            let q = match Qualifier::from_id(&name.value) {
                Some(Qualifier::Exactly) if !allow_exactly => None,
                other => other,
            };
            let Some(q) = q else {
                self.unknown("qualifier", name, Qualifier::NAMES);
                continue;
            };
            for (node, ()) in self.plain_set(patterns).into_entries() {
                set.push(node, q);
            }
        }
        set
    }

    fn units(&mut self, map: BTreeMap<Key, Vec<String>>) -> Vec<(usize, Vec<String>)> {
        let mut out = Vec::new();
        for (Key(unit), forms) in map {
            match UNIT_NAMES.iter().position(|u| *u == unit.value) {
                Some(i) => out.push((i, lower(forms))),
                None => self.unknown("unit", &unit, UNIT_NAMES),
            }
        }
        out
    }

    fn unknown(&mut self, what: &str, key: &Located<String>, allowed: &[&str]) {
        self.out.push(
            Diagnostic::error(
                Code::InvalidVocabulary,
                format!("unknown {what} `{}` in the period vocabulary", key.value),
            )
            .at(self.path, key.pos)
            .in_language(self.lang)
            .maybe_hint(crate::diagnostics::suggest::did_you_mean(
                &key.value, allowed,
            )),
        );
    }
}

impl Build<'_> {
    /// Compiles every event's own phrases and every template for each event.
    fn events(&mut self, file: &VocabularyFile) -> EventPhrases {
        let mut phrases = EventPhrases {
            anaphora_after: self.plain_set(&file.templates.anaphora_after),
            anaphora_before: self.plain_set(&file.templates.anaphora_before),
            verbs_before_start: lower(file.templates.verbs_before_start.clone()),
            ..EventPhrases::default()
        };
        self.check_templates(file);
        for (Key(id), words) in &file.events {
            let Some(event) = Event::new(&id.value) else {
                self.unknown("event", id, crate::model::BUILTIN_EVENTS);
                continue;
            };
            let words = &words.0;
            let kinds = self.kinds(words);
            let t = &file.templates;
            for (set, own, templates) in [
                (&mut phrases.end, &words.end, &t.end),
                (&mut phrases.start, &words.start, &t.start),
                (&mut phrases.early_end, &Vec::new(), &t.early_end),
                (&mut phrases.alternative, &Vec::new(), &t.alternative),
                (&mut phrases.fronted_start, &Vec::new(), &t.fronted_start),
                (&mut phrases.before, &words.before, &Vec::new()),
            ] {
                self.add_event_patterns(set, &event, own, templates, &kinds);
            }
        }
        phrases
    }

    /// An event's nouns, clauses and states, each kind as one node.
    fn kinds(&mut self, words: &EventWordsByKind) -> BTreeMap<&'static str, Node> {
        let mut kinds = BTreeMap::new();
        for (kind, list) in [
            ("noun", &words.noun),
            ("clause", &words.clause),
            ("state", &words.state),
        ] {
            let set = self.plain_set(list);
            if !set.is_empty() {
                kinds.insert(
                    kind,
                    Node::shared(Node::Alt(
                        set.into_entries().into_iter().map(|(n, ())| n).collect(),
                    )),
                );
            }
        }
        kinds
    }

    fn add_event_patterns(
        &mut self,
        set: &mut PatternSet<Event>,
        event: &Event,
        own: &[Pattern],
        templates: &[Pattern],
        kinds: &BTreeMap<&'static str, Node>,
    ) {
        for (node, ()) in self.plain_set(own).into_entries() {
            set.push(node, event.clone());
        }
        let slots = std::mem::take(&mut self.slots);
        let scope = Scope {
            slots: &slots,
            kinds: Some(kinds),
        };
        for t in templates {
            // Template errors were reported once, by `check_templates`.
            if let Ok(node) = phrases::compile(&t.value.to_lowercase(), &scope) {
                set.push(node, event.clone());
            }
        }
        self.slots = slots;
    }

    /// Reports a malformed template once, not once per event.
    fn check_templates(&mut self, file: &VocabularyFile) {
        let kinds = BTreeMap::new();
        let t = &file.templates;
        for p in t
            .end
            .iter()
            .chain(&t.start)
            .chain(&t.early_end)
            .chain(&t.alternative)
            .chain(&t.fronted_start)
        {
            let slots = std::mem::take(&mut self.slots);
            let scope = Scope {
                slots: &slots,
                kinds: Some(&kinds),
            };
            let _ = self.compile(p, &scope);
            self.slots = slots;
        }
    }
}

fn lower(forms: Vec<String>) -> Vec<String> {
    forms
        .into_iter()
        .map(|f| f.trim().to_lowercase())
        .filter(|f| !f.is_empty())
        .collect()
}

fn lower_keys(map: BTreeMap<u32, Vec<String>>) -> BTreeMap<u32, Vec<String>> {
    map.into_iter().map(|(n, f)| (n, lower(f))).collect()
}
