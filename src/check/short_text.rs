//! Short texts in the wrong language: headings, captions, column headers,
//! list items and table cells of one to seven words, too short for
//! statistical language identification to be trusted.
//!
//! The method weighs word evidence per language, from each language's
//! lexicon (`locales/<lang>/lexicon.yaml`): a function word ("the", "van")
//! counts more than a content word ("retention", "bewaartermijn"), the last
//! part of a compound counts ("cookie*beleid*"), and a typical ending counts
//! a little ("-tion", "-heid"). A word two languages share, a neutral word
//! (loanwords, language names) and a name of the site count for nobody. A
//! text is flagged when another language's evidence clearly outweighs the
//! page language's. Texts that look like names (two or more capitalised
//! words, an address, `kc_session`, `name@example.com`) are not judged.
//!
//! Lingua is not asked about these texts: on the labelled corpus
//! (tests/short_texts.rs), asking it about texts without any word evidence
//! flagged no English heading the lexicons missed, and flagged an address.

use crate::prose::hash::KeyHashBuild;
use crate::translate::words::{Lexicon, WORD_WEIGHT};
use std::borrow::Cow;
use std::collections::HashSet;

/// The language a tag is judged as: `en` for `en-GB`.
fn main_language(tag: &str) -> &str {
    crate::translate::main_language(tag).unwrap_or(tag)
}

/// Weight of a word known only by the last part of a compound.
const COMPOUND_WEIGHT: f32 = 1.0;
/// Weight of a one-letter word, which may be a list letter.
const ONE_LETTER_WEIGHT: f32 = 0.5;
/// Weight of a word known only by its ending.
const ENDING_WEIGHT: f32 = 0.5;
/// The least evidence for another language that flags a text.
pub const MIN_FOREIGN: f32 = 1.0;
/// How much more evidence the other language needs than the page's own.
pub const MARGIN: f32 = 1.0;
/// A long text is plainly in its page's language with this much evidence
/// (three function words)...
const PLAIN_OWN: f32 = 6.0;
/// ...and at most a fifth of it for any other language.
const PLAIN_RATIO: f32 = 5.0;

/// Judges short texts between the languages that have a lexicon.
pub struct ShortTexts<'a> {
    lexicons: Vec<(String, &'a Lexicon)>,
    /// Each language given, with the one whose lexicon judges it.
    judged_as: Vec<(String, String)>,
    /// Words in more than one lexicon: evidence for none.
    shared: HashSet<String, KeyHashBuild>,
    /// Words no language may claim.
    neutral: HashSet<String, KeyHashBuild>,
}

/// What a short text reads as on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Its words are the page's language's, or too few to tell.
    Fits,
    /// Not judged: a name, or no words.
    Abstain,
    /// Another language's words clearly outweigh the page's.
    Foreign {
        lang: String,
        /// Evidence for that language and for the page's.
        score: f32,
        own: f32,
        /// The words that speak for that language.
        evidence: Vec<String>,
    },
}

impl<'a> ShortTexts<'a> {
    pub fn new(mut given: Vec<(String, &'a Lexicon)>) -> ShortTexts<'a> {
        // One lexicon per main language: a regional language (`en-GB`) is
        // judged as its main one, whose lexicon it reads when it has none of
        // its own. Two copies would make every word evidence for neither.
        // The main language's own tag comes first, so it is the one kept.
        given.sort_by_key(|(tag, _)| tag.contains('-'));
        let mut lexicons: Vec<(String, &Lexicon)> = Vec::new();
        let mut judged_as = Vec::new();
        for (tag, lexicon) in given {
            match lexicons
                .iter()
                .find(|(kept, _)| main_language(kept) == main_language(&tag))
            {
                Some((kept, _)) => judged_as.push((tag, kept.clone())),
                None => {
                    judged_as.push((tag.clone(), tag.clone()));
                    lexicons.push((tag, lexicon));
                }
            }
        }
        let mut seen: HashSet<&str> = HashSet::new();
        // Every word of every short text is looked up here: FNV, not SipHash.
        let mut shared = HashSet::default();
        let mut neutral = HashSet::default();
        for (_, lexicon) in &lexicons {
            for word in lexicon.words.keys() {
                if !seen.insert(word.as_str()) {
                    shared.insert(word.clone());
                }
            }
            neutral.extend(lexicon.neutral.iter().cloned());
        }
        ShortTexts {
            lexicons,
            judged_as,
            shared,
            neutral,
        }
    }

    /// The language whose lexicon judges texts of `lang`.
    fn judged_as<'s>(&'s self, lang: &'s str) -> &'s str {
        self.judged_as
            .iter()
            .find(|(tag, _)| tag == lang)
            .map_or(lang, |(_, kept)| kept.as_str())
    }

    /// True when `lang` has a lexicon here.
    pub fn knows(&self, lang: &str) -> bool {
        let lang = self.judged_as(lang);
        self.lexicons.iter().any(|(l, _)| l == lang)
    }

    /// True when a long text's words speak plainly for `page` and hardly for
    /// any other language: then statistical identification is not asked (it
    /// is the costliest step of `vellum check`). Over the labelled corpora it
    /// never settled a text lingua rightly flags (tests/long_texts.rs). Only
    /// meaningful when every language the detector chooses between has a
    /// lexicon here; the caller makes sure of that.
    pub fn plainly_in(&self, text: &str, page: &str) -> bool {
        let page = self.judged_as(page);
        let text = without_glosses(text);
        let words = words(&text);
        let words = self.telling(&words);
        let mut own = 0.0;
        let mut foreign: f32 = 0.0;
        for (lang, lexicon) in &self.lexicons {
            let score = self.score(lexicon, &words);
            if lang == page {
                own = score;
            } else {
                foreign = foreign.max(score);
            }
        }
        own >= PLAIN_OWN && foreign * PLAIN_RATIO <= own
    }

    /// What `text` (names already removed) reads as on a page in `page`.
    pub fn judge(&self, text: &str, page: &str) -> Verdict {
        let page = self.judged_as(page);
        if looks_like_a_name(text) {
            return Verdict::Abstain;
        }
        let text = without_glosses(text);
        let words = words(&text);
        if words.is_empty() {
            return Verdict::Abstain;
        }
        let telling = self.telling(&words);
        let scores: Vec<(&str, f32)> = self
            .lexicons
            .iter()
            .map(|(lang, lexicon)| (lang.as_str(), self.score(lexicon, &telling)))
            .collect();
        let own = scores
            .iter()
            .find(|(l, _)| *l == page)
            .map_or(0.0, |(_, s)| *s);
        let best = scores
            .iter()
            .filter(|(l, _)| *l != page)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((lang, score)) if *score >= MIN_FOREIGN && *score >= own + MARGIN => {
                let lexicon = self.lexicon(lang);
                let evidence = words
                    .iter()
                    .filter(|w| lexicon.is_some_and(|l| self.word_score(l, w) > 0.0))
                    .map(|w| w.to_string())
                    .collect();
                Verdict::Foreign {
                    lang: (*lang).to_string(),
                    score: *score,
                    own,
                    evidence,
                }
            }
            _ => Verdict::Fits,
        }
    }

    fn lexicon(&self, lang: &str) -> Option<&Lexicon> {
        self.lexicons
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, lexicon)| *lexicon)
    }

    /// The evidence that `words` are in the language of `lexicon`.
    /// The words that can count for a language: neither neutral nor shared
    /// by two lexicons. Picked once, then scored against each lexicon.
    fn telling<'w>(&self, words: &'w [Cow<'_, str>]) -> Vec<&'w str> {
        words
            .iter()
            .map(|w| w.as_ref())
            .filter(|w| !self.neutral.contains(*w) && !self.shared.contains(*w))
            .collect()
    }

    fn score(&self, lexicon: &Lexicon, telling: &[&str]) -> f32 {
        telling.iter().map(|w| self.telling_score(lexicon, w)).sum()
    }

    fn word_score(&self, lexicon: &Lexicon, word: &str) -> f32 {
        if self.neutral.contains(word) || self.shared.contains(word) {
            return 0.0;
        }
        self.telling_score(lexicon, word)
    }

    /// [`ShortTexts::word_score`] of a word known to be neither neutral nor shared.
    fn telling_score(&self, lexicon: &Lexicon, word: &str) -> f32 {
        if let Some(weight) = lexicon.words.get(word) {
            // "a" and "u" are also list letters ("sub a", "onderdeel u").
            return if word.chars().count() == 1 {
                weight.min(ONE_LETTER_WEIGHT)
            } else {
                *weight
            };
        }
        if word.contains('-') {
            return word
                .split('-')
                .filter(|p| p.chars().count() > 1)
                .map(|p| self.word_score(lexicon, p))
                .sum();
        }
        if self.known_anywhere(word) || word.chars().count() < 8 {
            return 0.0;
        }
        if self.compound_head(lexicon, word) {
            return COMPOUND_WEIGHT;
        }
        if lexicon.endings.iter().any(|e| word.ends_with(e.as_str())) {
            return ENDING_WEIGHT;
        }
        0.0
    }

    fn known_anywhere(&self, word: &str) -> bool {
        self.lexicons
            .iter()
            .any(|(_, l)| l.words.contains_key(word))
    }

    /// A compound whose last part (at least 5 letters, after at least 3) is a
    /// word of the language: "cookie|beleid", "bewaar|termijnen".
    fn compound_head(&self, lexicon: &Lexicon, word: &str) -> bool {
        word.char_indices().skip(3).any(|(i, _)| {
            let head = &word[i..];
            head.chars().count() >= 5
                && lexicon.words.get(head).is_some_and(|w| *w >= WORD_WEIGHT)
                && !self.shared.contains(head)
                && !self.neutral.contains(head)
        })
    }
}

/// The text without glosses in parentheses: "modelcontractbepalingen
/// (standard contractual clauses)" is Dutch that names the English term, as
/// legal Dutch does (GLOSSARY.md). Kept when nothing is left outside them.
fn without_glosses(text: &str) -> Cow<'_, str> {
    if !text.contains('(') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    if out.chars().any(char::is_alphabetic) {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// The lower-case words of a text: letters, with inner hyphens and
/// apostrophes; numbers, placeables, addresses and links left out.
pub fn words(text: &str) -> Vec<Cow<'_, str>> {
    text.split_whitespace()
        .filter(|w| !w.contains(['@', '/', '{', '}', '_']) && !w.starts_with("www."))
        .flat_map(|w| w.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’')))
        .map(|w| w.trim_matches(|c: char| c == '-' || c == '\'' || c == '’'))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(|w| {
            let word = crate::prose::phrases::lower_case(w);
            // The curly apostrophe has no case: made straight after.
            if word.contains('’') {
                Cow::Owned(word.replace('’', "'"))
            } else {
                word
            }
        })
        .collect()
}

/// Names are not language: "Kamer van Koophandel", "Google Analytics",
/// "kc_session", "privacy@kestrel.example", "1011 ND Amsterdam": at least two
/// words of four letters or more, all capitalised. One capitalised word is
/// not taken for a name: headings and cells start with a capital.
pub fn looks_like_a_name(text: &str) -> bool {
    let text = text.trim();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.is_empty() {
        return true;
    }
    if tokens.len() == 1 && text.contains(['@', '_', '.', '/']) {
        return true;
    }
    let long: Vec<&str> = tokens
        .iter()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.chars().count() >= 4)
        .collect();
    let capitalised = |t: &&str| t.chars().next().is_some_and(char::is_uppercase);
    if long.len() >= 2 && long.iter().all(capitalised) {
        return true;
    }
    // An address: numbers and capitalised words only ("1011 ND Amsterdam").
    let lettered: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    tokens.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()))
        && !lettered.is_empty()
        && lettered.iter().all(capitalised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_recognised_by_their_shape() {
        assert!(looks_like_a_name("Kamer van Koophandel"));
        assert!(looks_like_a_name("Information Commissioner's Office"));
        assert!(looks_like_a_name("kc_session"));
        assert!(looks_like_a_name("1011 ND Amsterdam"));
        assert!(!looks_like_a_name("Retention"));
        assert!(!looks_like_a_name("How long we keep your data"));
    }

    #[test]
    fn words_keep_hyphens_and_drop_addresses() {
        assert_eq!(
            words("Sub-processors (see privacy@x.nl) and {$rule}"),
            ["sub-processors", "see", "and"]
        );
    }

    /// Words are lower-cased as text is, a word at a time: title case,
    /// capitals anywhere, Greek final sigma, curly apostrophes made straight.
    #[test]
    fn words_are_lower_cased_whole() {
        assert_eq!(
            words("Wij BEWAREN uw gegevens; ǅemal’s ΟΔΟΣ we’re don't IJsselmeer"),
            [
                "wij",
                "bewaren",
                "uw",
                "gegevens",
                "ǆemal's",
                "οδος",
                "we're",
                "don't",
                "ijsselmeer"
            ]
        );
        assert!(matches!(words("gegevens")[0], Cow::Borrowed(_)));
    }
}
