//! A language's period vocabulary (`locales/<lang>/periods.yaml`): number
//! words, units, qualifiers, joiners and event phrases. vellum writes facts with
//! it and recognizes the periods writers typed; a new language is a new file.

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources};
use crate::load::parse_yaml;
use crate::load::theme::Theme;
use crate::model::vocabulary::{Key, VocabularyFile};
use crate::model::{Event, Located};
use crate::site::SiteFiles;
use crate::site::files::utf8_text;
use std::collections::BTreeMap;

pub const VOCABULARY_FILE: &str = "periods.yaml";

/// The units a period can be written in, as the vocabulary names them.
pub const UNIT_NAMES: &[&str] = &["years", "months", "weeks", "days", "hours", "minutes"];
/// Qualifiers the recognizer reports.
pub const QUALIFIER_NAMES: &[&str] = &["up-to", "at-least", "within"];

/// A checked vocabulary, ready for writing and recognizing.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub lang: String,
    pub units: Vec<(String, Vec<String>)>,
    pub qualifiers: Vec<(String, Vec<String>)>,
    pub joiners: Vec<String>,
    pub events: Vec<(Event, Vec<String>)>,
    pub numbers: BTreeMap<u32, Vec<String>>,
    pub weak_numbers: BTreeMap<u32, Vec<String>>,
}

impl Vocabulary {
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
    let rel = format!("locales/{lang}/{VOCABULARY_FILE}");
    let (path, bytes) = match site.bytes(&rel) {
        Some(bytes) => (rel, bytes),
        None => (theme.display_path(&rel), theme.get(&rel)?),
    };
    let text = match utf8_text(&path, bytes) {
        Ok(t) => t,
        Err(d) => {
            out.push(d.in_language(lang));
            return None;
        }
    };
    sources.insert(path.clone(), text);
    let (file, problems) = parse_yaml::<VocabularyFile>(&path, text, "a period vocabulary");
    out.extend(problems.into_iter().map(|d| d.in_language(lang)));
    let file = file?;
    let mut vocab = Vocabulary {
        lang: lang.to_string(),
        ..Vocabulary::default()
    };
    for (Key(unit), forms) in file.units {
        if !UNIT_NAMES.contains(&unit.value.as_str()) {
            out.push(unknown(&path, lang, "unit", &unit, UNIT_NAMES));
            continue;
        }
        vocab.units.push((unit.value, lower(forms)));
    }
    for (Key(q), forms) in file.qualifiers {
        if !QUALIFIER_NAMES.contains(&q.value.as_str()) {
            out.push(unknown(&path, lang, "qualifier", &q, QUALIFIER_NAMES));
            continue;
        }
        vocab.qualifiers.push((q.value, lower(forms)));
    }
    for (Key(e), forms) in file.events {
        match Event::from_id(&e.value) {
            Some(event) => vocab.events.push((event, lower(forms))),
            None => out.push(unknown(&path, lang, "event", &e, Event::NAMES)),
        }
    }
    vocab.joiners = lower(file.joiners);
    vocab.numbers = file
        .numbers
        .into_iter()
        .map(|(n, f)| (n, lower(f)))
        .collect();
    vocab.weak_numbers = file
        .weak_numbers
        .into_iter()
        .map(|(n, f)| (n, lower(f)))
        .collect();
    Some(vocab)
}

fn lower(forms: Vec<String>) -> Vec<String> {
    forms
        .into_iter()
        .map(|f| f.trim().to_lowercase())
        .filter(|f| !f.is_empty())
        .collect()
}

fn unknown(
    path: &str,
    lang: &str,
    what: &str,
    key: &Located<String>,
    allowed: &[&str],
) -> Diagnostic {
    Diagnostic::error(
        Code::InvalidVocabulary,
        format!("unknown {what} `{}` in the period vocabulary", key.value),
    )
    .at(path, key.pos)
    .in_language(lang)
    .maybe_hint(crate::diagnostics::suggest::did_you_mean(
        &key.value, allowed,
    ))
}
