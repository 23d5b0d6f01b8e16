//! A language's word lists for the prose checks (`locales/<lang>/prose.yaml`)
//! and for judging short texts (`locales/<lang>/lexicon.yaml`). The site's
//! file replaces the theme's, as with `periods.yaml`.

use crate::diagnostics::{Diagnostic, Sources};
use crate::load::parse_yaml;
use crate::load::theme::Theme;
use crate::model::words::{LexiconFile, ProseFile, RegisterForms};
use crate::prose::hash::KeyHashBuild;
use crate::site::SiteFiles;
use crate::site::files::utf8_text;
use std::collections::{HashMap, HashSet};

pub const PROSE_FILE: &str = "prose.yaml";
pub const LEXICON_FILE: &str = "lexicon.yaml";

/// Everything a language's word lists say, ready for the checks.
#[derive(Debug, Clone, Default)]
pub struct LanguageWords {
    pub prose: ProseWords,
    /// `None` when the language has no lexicon: its short texts are judged
    /// by the other languages' lexicons and lingua only.
    pub lexicon: Option<Lexicon>,
}

/// The prose checks' words, lower case.
#[derive(Debug, Clone, Default)]
pub struct ProseWords {
    pub vague_link_texts: Vec<String>,
    pub link_prompts: Vec<String>,
    pub here: Vec<String>,
    pub email_at: Vec<String>,
    pub email_dot: Vec<String>,
    pub section_references: Vec<String>,
    pub register: Option<Register>,
}

/// The forms of address of a language.
#[derive(Debug, Clone, Default)]
pub struct Register {
    pub formal: Forms,
    pub informal: Forms,
    pub not_after: Vec<String>,
    /// Every word, in lower case, that can begin a marker of either form,
    /// gathered on first use.
    pub first_words: std::sync::OnceLock<HashSet<String, KeyHashBuild>>,
}

impl Register {
    /// True when a word (in lower case) can begin a marker: most words of a
    /// text cannot, and are passed over without comparing them with every
    /// form.
    pub fn may_begin_marker(&self, lower: &str) -> bool {
        self.first_words
            .get_or_init(|| {
                [&self.formal, &self.informal]
                    .into_iter()
                    .flat_map(|f| {
                        f.words
                            .iter()
                            .chain(&f.verbs_at_start)
                            .chain(f.phrases.iter().filter_map(|p| p.first()))
                            .cloned()
                            .chain(f.exact.iter().map(|e| e.to_lowercase()))
                    })
                    .collect()
            })
            .contains(lower)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Forms {
    /// Lower case; matched in any case.
    pub words: Vec<String>,
    /// As written.
    pub exact: Vec<String>,
    pub ambiguous_at_start: Vec<String>,
    /// Lower case.
    pub verbs_at_start: Vec<String>,
    /// Lower case, words split.
    pub phrases: Vec<Vec<String>>,
}

/// Words by the evidence they give that a text is in the language.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Lower-case word → weight (function words weigh more).
    pub words: HashMap<String, f32, KeyHashBuild>,
    pub endings: Vec<String>,
    pub neutral: HashSet<String, KeyHashBuild>,
}

/// Weight of a function word: one of them outweighs a content word, since
/// function words are frequent, short and rarely shared between languages.
pub const FUNCTION_WEIGHT: f32 = 2.0;
pub const WORD_WEIGHT: f32 = 1.0;

impl Lexicon {
    fn from_file(file: LexiconFile) -> Lexicon {
        let mut words = HashMap::default();
        for w in lower(file.words) {
            words.insert(w, WORD_WEIGHT);
        }
        for w in lower(file.function_words) {
            words.insert(w, FUNCTION_WEIGHT);
        }
        Lexicon {
            words,
            endings: lower(file.endings),
            neutral: lower(file.neutral).into_iter().collect(),
        }
    }
}

/// Loads the word lists of `lang`. A language without them gets empty
/// lists: the structural prose checks still run, the word checks do not.
pub fn load_words(
    site: &SiteFiles,
    theme: &Theme,
    lang: &str,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> LanguageWords {
    let prose = read::<ProseFile>(site, theme, lang, PROSE_FILE, "prose words", sources, out)
        .map(prose_words)
        .unwrap_or_default();
    let lexicon = read::<LexiconFile>(site, theme, lang, LEXICON_FILE, "a lexicon", sources, out)
        .map(Lexicon::from_file);
    LanguageWords { prose, lexicon }
}

fn prose_words(file: ProseFile) -> ProseWords {
    ProseWords {
        vague_link_texts: lower(file.links.vague),
        link_prompts: lower(file.links.prompts),
        here: lower(file.links.here),
        email_at: lower(file.email.at),
        email_dot: lower(file.email.dot),
        section_references: lower(file.section_references),
        register: file.register.map(|r| Register {
            formal: forms(r.formal),
            informal: forms(r.informal),
            not_after: lower(r.not_after),
            first_words: Default::default(),
        }),
    }
}

fn forms(f: RegisterForms) -> Forms {
    Forms {
        words: lower(f.words),
        exact: f.exact.into_iter().map(|w| w.trim().to_string()).collect(),
        ambiguous_at_start: f.ambiguous_at_start,
        verbs_at_start: lower(f.verbs_at_start),
        phrases: lower(f.phrases)
            .into_iter()
            .map(|p| p.split_whitespace().map(str::to_string).collect())
            .collect(),
    }
}

/// The site's `locales/<lang>/<name>`, else the theme's; `None` when neither
/// exists or it cannot be read (reported).
fn read<T: for<'de> serde::Deserialize<'de>>(
    site: &SiteFiles,
    theme: &Theme,
    lang: &str,
    name: &str,
    what: &str,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Option<T> {
    let (path, bytes) = super::language_file(site, theme, lang, name)?;
    let text = match utf8_text(&path, bytes) {
        Ok(t) => t,
        Err(d) => {
            out.push(d.in_language(lang));
            return None;
        }
    };
    sources.insert(path.clone(), text);
    let (file, problems) = parse_yaml::<T>(&path, text, what);
    out.extend(problems.into_iter().map(|d| d.in_language(lang)));
    file
}

fn lower(words: Vec<String>) -> Vec<String> {
    words
        .into_iter()
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}
