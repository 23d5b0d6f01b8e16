//! The period recognizer: finds periods, deadlines and ages in prose ("six (6)
//! months", "up to two years", "gedurende de looptijd van de overeenkomst")
//! using only a language's vocabulary, never hard-coded words.

use crate::model::{Event, IsoDuration};
use crate::translate::vocabulary::Vocabulary;
use serde::Serialize;

/// One period expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Expression {
    /// The exact substring.
    pub text: String,
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// The duration, or `None` for an event.
    pub iso: Option<IsoDuration>,
    pub event: Option<Event>,
    /// `up-to`, `at-least`, `within`, or `None`.
    pub qualifier: Option<String>,
    /// True when a number word and its numeral disagree ("zes (7) maanden").
    pub numeral_mismatch: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Digits,
    Punct,
}

#[derive(Debug, Clone)]
struct Token<'a> {
    /// Lower-cased; borrowed from the text when it already was.
    text: std::borrow::Cow<'a, str>,
    start: usize,
    end: usize,
    kind: Kind,
}

/// Splits text into words (letters and digits), digit runs and single
/// punctuation marks, lower-cased, with byte offsets.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let digits_only = c.is_ascii_digit();
            let mut end = start + c.len_utf8();
            let mut all_digits = digits_only;
            while let Some(&(i, next)) = chars.peek() {
                // Digits and letters split ("12months" is rare; "2FA" is a name).
                if next.is_alphanumeric() && next.is_ascii_digit() == digits_only {
                    all_digits &= next.is_ascii_digit();
                    end = i + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &text[start..end];
            tokens.push(Token {
                text: if word.chars().any(char::is_uppercase) {
                    std::borrow::Cow::Owned(word.to_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(word)
                },
                start,
                end,
                kind: if all_digits { Kind::Digits } else { Kind::Word },
            });
        } else {
            let end = start + c.len_utf8();
            tokens.push(Token {
                text: std::borrow::Cow::Borrowed(&text[start..end]),
                start,
                end,
                kind: Kind::Punct,
            });
        }
    }
    tokens
}

/// A phrase of the vocabulary, as tokens.
struct Phrase<T> {
    tokens: Vec<String>,
    value: T,
}

/// Phrases grouped by their first (or last) token, longest first, so matching at
/// a position looks at a handful of candidates instead of the whole vocabulary.
struct PhraseSet<T> {
    by_token: std::collections::HashMap<String, Vec<Phrase<T>>, FnvBuild>,
}

use crate::prose::hash::FnvBuild;

impl<T: Clone> PhraseSet<T> {
    fn new(mut list: Vec<Phrase<T>>, by_last: bool) -> Self {
        list.sort_by_key(|p| std::cmp::Reverse(p.tokens.len()));
        let mut by_token: std::collections::HashMap<String, Vec<Phrase<T>>, FnvBuild> =
            std::collections::HashMap::default();
        for p in list {
            let key = if by_last {
                p.tokens.last()
            } else {
                p.tokens.first()
            };
            if let Some(key) = key.cloned() {
                by_token.entry(key).or_default().push(p);
            }
        }
        PhraseSet { by_token }
    }

    /// The longest phrase starting at token `i`: its value and the token after it.
    fn longest(&self, tokens: &[Token], i: usize) -> Option<(T, usize)> {
        self.by_token
            .get(tokens.get(i)?.text.as_ref())?
            .iter()
            .find(|p| matches_at(&p.tokens, tokens, i))
            .map(|p| (p.value.clone(), i + p.tokens.len()))
    }

    /// The longest phrase ending right before token `i`: its value and first token.
    fn ending_before(&self, tokens: &[Token], i: usize) -> Option<(T, usize)> {
        let last = tokens.get(i.checked_sub(1)?)?;
        self.by_token
            .get(last.text.as_ref())?
            .iter()
            .find(|p| p.tokens.len() <= i && matches_at(&p.tokens, tokens, i - p.tokens.len()))
            .map(|p| (p.value.clone(), i - p.tokens.len()))
    }
}

fn phrases<T: Clone>(forms: &[String], value: T) -> Vec<Phrase<T>> {
    forms
        .iter()
        .map(|f| Phrase {
            tokens: tokenize(f)
                .into_iter()
                .map(|t| t.text.into_owned())
                .collect(),
            value: value.clone(),
        })
        .filter(|p| !p.tokens.is_empty())
        .collect()
}

/// Recognizes the periods of one language.
pub struct Recognizer {
    numbers: PhraseSet<u32>,
    weak_numbers: PhraseSet<u32>,
    units: PhraseSet<usize>,
    qualifiers: PhraseSet<String>,
    joiners: PhraseSet<()>,
    events: PhraseSet<Event>,
}

/// Units in order from largest to smallest; the index is used to merge
/// "one year and six months" only when the second unit is smaller.
const UNIT_ORDER: [&str; 6] = ["years", "months", "weeks", "days", "hours", "minutes"];

impl Recognizer {
    pub fn new(vocab: &Vocabulary) -> Recognizer {
        let mut numbers = Vec::new();
        for (n, forms) in &vocab.numbers {
            numbers.extend(phrases(forms, *n));
        }
        let mut weak_numbers = Vec::new();
        for (n, forms) in &vocab.weak_numbers {
            weak_numbers.extend(phrases(forms, *n));
        }
        let mut units = Vec::new();
        for (unit, forms) in &vocab.units {
            if let Some(i) = UNIT_ORDER.iter().position(|u| u == unit) {
                units.extend(phrases(forms, i));
            }
        }
        let mut qualifiers = Vec::new();
        for (q, forms) in &vocab.qualifiers {
            qualifiers.extend(phrases(forms, q.clone()));
        }
        let mut events = Vec::new();
        for (e, forms) in &vocab.events {
            events.extend(phrases(forms, *e));
        }
        Recognizer {
            numbers: PhraseSet::new(numbers, false),
            weak_numbers: PhraseSet::new(weak_numbers, false),
            units: PhraseSet::new(units, false),
            qualifiers: PhraseSet::new(qualifiers, true),
            joiners: PhraseSet::new(phrases(&vocab.joiners, ()), false),
            events: PhraseSet::new(events, false),
        }
    }

    /// Every period expression in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Expression> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some((event, end)) = self.events.longest(&tokens, i) {
                let (start_tok, qualifier) = self.qualifier_before(&tokens, i);
                out.push(self.expression(
                    text,
                    &tokens,
                    start_tok,
                    end,
                    None,
                    Some(event),
                    qualifier,
                    false,
                ));
                i = end;
                continue;
            }
            let (start_tok, qualifier) = self.qualifier_before(&tokens, i);
            if let Some(q) = self.quantity(&tokens, i, qualifier.is_some()) {
                let mut duration = q.duration();
                let mut mismatch = q.mismatch;
                let mut end = q.end;
                // "one (1) year and six (6) months" and "one year, one month and
                // one day" are one period each; a comma joins only inside such a
                // list (ending in a joiner word), since "six months, 24 hours"
                // lists two.
                let mut chain = Vec::new();
                let mut at = q.end;
                let mut smallest = q.unit;
                while let Some((after, by_word)) = self.joiner_at(&tokens, at) {
                    match self.quantity(&tokens, after, false) {
                        Some(next) if next.unit > smallest => {
                            smallest = next.unit;
                            at = next.end;
                            chain.push((next, by_word));
                        }
                        _ => break,
                    }
                }
                let last_word_joiner = chain.iter().rposition(|(_, by_word)| *by_word);
                for (k, (next, by_word)) in chain.into_iter().enumerate() {
                    if !by_word && last_word_joiner.is_none_or(|w| w < k) {
                        break;
                    }
                    add(&mut duration, next.unit, next.value);
                    mismatch |= next.mismatch;
                    end = next.end;
                }
                out.push(self.expression(
                    text,
                    &tokens,
                    start_tok,
                    end,
                    Some(duration),
                    None,
                    qualifier,
                    mismatch,
                ));
                i = end;
                continue;
            }
            i += 1;
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn expression(
        &self,
        text: &str,
        tokens: &[Token],
        first: usize,
        end: usize,
        iso: Option<IsoDuration>,
        event: Option<Event>,
        qualifier: Option<String>,
        numeral_mismatch: bool,
    ) -> Expression {
        let start = tokens[first].start;
        let stop = tokens[end - 1].end;
        Expression {
            text: text[start..stop].to_string(),
            start,
            end: stop,
            iso,
            event,
            qualifier,
            numeral_mismatch,
        }
    }

    /// A qualifier phrase ending right before token `i`: (first token, name).
    fn qualifier_before(&self, tokens: &[Token], i: usize) -> (usize, Option<String>) {
        match self.qualifiers.ending_before(tokens, i) {
            Some((q, first)) => (first, Some(q)),
            None => (i, None),
        }
    }

    /// The token after a joiner at `i`, and whether it was a word (not a comma).
    fn joiner_at(&self, tokens: &[Token], i: usize) -> Option<(usize, bool)> {
        if tokens.get(i).is_some_and(|t| t.text == ",") {
            return Some((i + 1, false));
        }
        self.joiners.longest(tokens, i).map(|((), end)| (end, true))
    }

    /// A number and a unit at token `i`: "six (6) months", "6 months",
    /// "6 (six) months", "a two-month", "zes maanden".
    fn quantity(&self, tokens: &[Token], i: usize, after_qualifier: bool) -> Option<Quantity> {
        let (value, mut j, mismatch) = if tokens.get(i)?.kind == Kind::Digits {
            // "1.5 years" is no whole count; "Web3 Days" is a name.
            if part_of_decimal(tokens, i)
                || (i > 0
                    && tokens[i - 1].end == tokens[i].start
                    && tokens[i - 1].kind == Kind::Word)
            {
                return None;
            }
            let n: u32 = tokens[i].text.parse().ok()?;
            let mut j = i + 1;
            let mut mismatch = false;
            // "6 (six) months"
            if tokens.get(j).is_some_and(|t| t.text == "(")
                && let Some((w, k)) = self
                    .numbers
                    .longest(tokens, j + 1)
                    .or_else(|| self.weak_numbers.longest(tokens, j + 1))
                && tokens.get(k).is_some_and(|t| t.text == ")")
            {
                mismatch = w != n;
                j = k + 1;
            }
            (n, j, mismatch)
        } else {
            let strong = self.numbers.longest(tokens, i);
            let weak = if strong.is_none() {
                self.weak_numbers.longest(tokens, i)
            } else {
                None
            };
            let ((n, j), is_weak) = match (strong, weak) {
                (Some(s), _) => (s, false),
                (None, Some(w)) => (w, true),
                _ => return None,
            };
            let mut j = j;
            let mut mismatch = false;
            let mut has_numeral = false;
            // "six (6) months"
            if tokens.get(j).is_some_and(|t| t.text == "(")
                && tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Digits)
                && tokens.get(j + 2).is_some_and(|t| t.text == ")")
            {
                let numeral: u32 = tokens[j + 1].text.parse().ok()?;
                mismatch = numeral != n;
                has_numeral = true;
                j += 3;
            }
            if is_weak && !has_numeral && !after_qualifier {
                return None;
            }
            (n, j, mismatch)
        };
        // "a two-month response time"
        if tokens.get(j).is_some_and(|t| t.text == "-") {
            j += 1;
        }
        let (unit, end) = self.units.longest(tokens, j)?;
        (value > 0).then_some(Quantity {
            value,
            unit,
            end,
            mismatch,
        })
    }
}

struct Quantity {
    value: u32,
    unit: usize,
    end: usize,
    mismatch: bool,
}

fn add(d: &mut IsoDuration, unit: usize, n: u32) {
    match unit {
        0 => d.years += n,
        1 => d.months += n,
        2 => d.weeks += n,
        3 => d.days += n,
        4 => d.hours += n,
        _ => d.minutes += n,
    }
}

impl Quantity {
    fn duration(&self) -> IsoDuration {
        let mut d = IsoDuration::default();
        add(&mut d, self.unit, self.value);
        d
    }
}

/// True for the digits of "1.5" or "2,000": a fraction or a grouped number is
/// not a whole count of units.
fn part_of_decimal(tokens: &[Token], i: usize) -> bool {
    let glued = |a: &Token, b: &Token| a.end == b.start;
    let before = i >= 2
        && (tokens[i - 1].text == "." || tokens[i - 1].text == ",")
        && glued(&tokens[i - 1], &tokens[i])
        && glued(&tokens[i - 2], &tokens[i - 1])
        && tokens[i - 2].kind == Kind::Digits;
    let after = i + 2 < tokens.len()
        && (tokens[i + 1].text == "." || tokens[i + 1].text == ",")
        && glued(&tokens[i], &tokens[i + 1])
        && glued(&tokens[i + 1], &tokens[i + 2])
        && tokens[i + 2].kind == Kind::Digits;
    before || after
}

fn matches_at(phrase: &[String], tokens: &[Token], at: usize) -> bool {
    phrase.len() + at <= tokens.len() && phrase.iter().zip(&tokens[at..]).all(|(p, t)| *p == t.text)
}
