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
use std::collections::HashMap;

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
    /// What every word of the lexicons and every neutral word counts for:
    /// one lookup per word of a text (and per tail of a long word), where
    /// asking each lexicon and the shared and neutral sets took several.
    known: HashMap<&'a str, Known, KeyHashBuild>,
}

/// What a word found in [`ShortTexts::known`] is evidence of.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Known {
    /// A word of one lexicon only (by its index), with its weight.
    Of(usize, f32),
    /// In more than one lexicon, or neutral: evidence for no language.
    Silent,
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
        let mut known: HashMap<&str, Known, KeyHashBuild> = HashMap::default();
        for (i, (_, lexicon)) in lexicons.iter().enumerate() {
            for (word, weight) in &lexicon.words {
                known
                    .entry(word.as_str())
                    .and_modify(|k| *k = Known::Silent)
                    .or_insert(Known::Of(i, *weight));
            }
        }
        for (_, lexicon) in &lexicons {
            for word in &lexicon.neutral {
                known.insert(word.as_str(), Known::Silent);
            }
        }
        ShortTexts {
            lexicons,
            judged_as,
            known,
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
        let scores = self.scores(&words(&text));
        let mut own = 0.0;
        let mut foreign: f32 = 0.0;
        for ((lang, _), score) in self.lexicons.iter().zip(scores) {
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
        let scores: Vec<(&str, f32)> = self
            .lexicons
            .iter()
            .map(|(lang, _)| lang.as_str())
            .zip(self.scores(&words))
            .collect();
        let own = scores
            .iter()
            .find(|(l, _)| *l == page)
            .map_or(0.0, |(_, s)| *s);
        let best = scores
            .iter()
            .enumerate()
            .filter(|(_, (l, _))| *l != page)
            .max_by(|a, b| a.1.1.total_cmp(&b.1.1));
        match best {
            Some((i, (lang, score))) if *score >= MIN_FOREIGN && *score >= own + MARGIN => {
                let evidence = words
                    .iter()
                    .filter(|w| self.word_score(i, w) > 0.0)
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

    /// The evidence `words` give each language, in the order of `lexicons`.
    fn scores(&self, words: &[Cow<'_, str>]) -> Vec<f32> {
        let mut scores = vec![0.0; self.lexicons.len()];
        for word in words {
            self.add_scores(word, &mut scores);
        }
        scores
    }

    /// The evidence one word gives the language of lexicon `i`.
    fn word_score(&self, i: usize, word: &str) -> f32 {
        let mut scores = vec![0.0; self.lexicons.len()];
        self.add_scores(word, &mut scores);
        scores[i]
    }

    /// Adds the evidence `word` gives each language to `scores`: its weight
    /// in the one lexicon that has it; else, for a word with hyphens, that
    /// of its parts; else, for an unknown word of eight letters or more,
    /// a lexicon's word as its last part, or a typical ending.
    fn add_scores(&self, word: &str, scores: &mut [f32]) {
        let known = self.known.get(word).copied();
        if known == Some(Known::Silent) {
            return;
        }
        let hyphenated = word.contains('-');
        if let Some(Known::Of(i, weight)) = known {
            // "a" and "u" are also list letters ("sub a", "onderdeel u").
            scores[i] += if word.chars().count() == 1 {
                weight.min(ONE_LETTER_WEIGHT)
            } else {
                weight
            };
            if !hyphenated {
                return;
            }
        }
        if hyphenated {
            // Each other language weighs the parts.
            let mut parts = vec![0.0; scores.len()];
            for part in word.split('-').filter(|p| p.chars().count() > 1) {
                self.add_scores(part, &mut parts);
            }
            for (j, (score, part)) in scores.iter_mut().zip(parts).enumerate() {
                if !matches!(known, Some(Known::Of(i, _)) if i == j) {
                    *score += part;
                }
            }
            return;
        }
        if word.chars().count() < 8 {
            return;
        }
        // A compound whose last part (at least 5 letters, after at least 3)
        // is a word of one lexicon: "cookie|beleid", "bewaar|termijnen".
        let mut compound = vec![false; scores.len()];
        for (at, _) in word.char_indices().skip(3) {
            let head = &word[at..];
            if head.chars().count() < 5 {
                break;
            }
            if let Some(Known::Of(j, w)) = self.known.get(head) {
                compound[*j] |= *w >= WORD_WEIGHT;
            }
        }
        for ((score, (_, lexicon)), compound) in scores.iter_mut().zip(&self.lexicons).zip(compound)
        {
            if compound {
                *score += COMPOUND_WEIGHT;
            } else if lexicon.endings.iter().any(|e| word.ends_with(e.as_str())) {
                *score += ENDING_WEIGHT;
            }
        }
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
    // About a word in six bytes of prose: room for them from the start.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    for w in text.split_whitespace() {
        if w.is_ascii() {
            // Most words of most texts: read by byte.
            ascii_words(w, &mut out);
            continue;
        }
        if w.contains(['@', '/', '{', '}', '_']) || w.starts_with("www.") {
            continue;
        }
        let pieces = w
            .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            .map(|w| w.trim_matches(|c: char| c == '-' || c == '\'' || c == '’'))
            .filter(|w| w.chars().any(char::is_alphabetic));
        for piece in pieces {
            let word = crate::prose::phrases::lower_case(piece);
            // The curly apostrophe has no case: made straight after.
            out.push(if word.contains('’') {
                Cow::Owned(word.replace('’', "'"))
            } else {
                word
            });
        }
    }
    out
}

/// [`words`] of one ASCII word: the same pieces, by byte.
fn ascii_words<'t>(w: &'t str, out: &mut Vec<Cow<'t, str>>) {
    let bytes = w.as_bytes();
    if bytes
        .iter()
        .any(|b| matches!(b, b'@' | b'/' | b'{' | b'}' | b'_'))
        || w.starts_with("www.")
    {
        return;
    }
    for piece in w.split(|c: char| !(c.is_ascii_alphabetic() || c == '-' || c == '\'')) {
        let piece = piece.trim_matches(['-', '\'']);
        if !piece.bytes().any(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        out.push(if piece.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(piece.to_ascii_lowercase())
        } else {
            Cow::Borrowed(piece)
        });
    }
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
    /// The words as first read, character by character: the byte-wise
    /// reading of ASCII words must give the same.
    fn words_by_chars(text: &str) -> Vec<Cow<'_, str>> {
        text.split_whitespace()
            .filter(|w| !w.contains(['@', '/', '{', '}', '_']) && !w.starts_with("www."))
            .flat_map(|w| {
                w.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            })
            .map(|w| w.trim_matches(|c: char| c == '-' || c == '\'' || c == '’'))
            .filter(|w| w.chars().any(char::is_alphabetic))
            .map(|w| {
                let word = crate::prose::phrases::lower_case(w);
                if word.contains('’') {
                    Cow::Owned(word.replace('’', "'"))
                } else {
                    word
                }
            })
            .collect()
    }

    #[test]
    fn ascii_words_are_read_as_by_characters() {
        let texts = [
            "Wij BEWAREN uw gegevens; we're don't IJsselmeer",
            "--sub-processors-- 'quoted' users' e-mail 2FA x86 ab12cd",
            "www.example.nl privacy@x.nl a/b {$rule} kc_session }x{",
            "(see) [link](#x) 'n 's-Hertogenbosch -- ' - '' 12.30 u.",
            "café naïve ǅemal’s we’re ΟΔΟΣ mixed-ASCII-és Ünï",
            "",
        ];
        for text in texts {
            let read = words(text);
            assert_eq!(read, words_by_chars(text), "{text:?}");
            for (a, b) in read.iter().zip(words_by_chars(text)) {
                assert_eq!(
                    matches!(a, Cow::Borrowed(_)),
                    matches!(b, Cow::Borrowed(_)),
                    "{a:?} copied alike"
                );
            }
        }
    }

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
