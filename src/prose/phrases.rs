//! Phrases as language data: the tokens of prose, and a small pattern
//! language the period vocabularies are written in, so that one line covers
//! the ways a language says a thing ("until <you> withdraw <your> consent",
//! "tot(dat) <u> <uw> toestemming (eerder)? intrekt").
//!
//! Pattern syntax (words are matched case-insensitively, token by token):
//!
//! | syntax | matches |
//! |---|---|
//! | `word` | that word |
//! | `x?` | `x` or nothing (`x` a word, a slot or a group) |
//! | `(a b \| c)` | `a b` or `c` |
//! | `<slot>` | any phrase listed under `slots: slot:` |
//! | `{noun}` | in templates: the event's nouns (or `{clause}`, `{state}`) |
//! | `...` | one to eight words within a sentence ("the purpose ... has been fulfilled") |

use crate::prose::hash::{PrehashedBuild, fnv1a};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Digits,
    Punct,
}

/// A word, a run of digits or one punctuation mark, lower-cased, with its
/// byte offsets in the text.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub text: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The text's [`fnv1a`] hash, computed once: vocabularies look every
    /// token up in a dozen word lists.
    pub key: u64,
}

impl Token<'_> {
    /// True for marks that end a sentence or a clause a gap may not cross.
    pub fn ends_sentence(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.text.as_ref(), "." | "!" | "?" | ";" | ":")
    }

    /// True when this token follows `before` without a space ("1.5", "Web3").
    pub fn glued_to(&self, before: &Token<'_>) -> bool {
        before.end == self.start
    }
}

/// Splits text into words (letters), digit runs and single punctuation marks.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    // Every text of every language passes through here: ASCII is read byte
    // by byte, and only other characters are decoded.
    let bytes = text.as_bytes();
    // About one token in five bytes of prose: room for them from the start.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut start = 0;
    while start < bytes.len() {
        let c = char_at(text, start);
        if c.is_whitespace() {
            start += c.len_utf8();
            continue;
        }
        let mut end = start + c.len_utf8();
        if !c.is_alphanumeric() {
            let mark = &text[start..end];
            tokens.push(Token {
                text: Cow::Borrowed(mark),
                key: fnv1a(mark.as_bytes()),
                start,
                end,
                kind: TokenKind::Punct,
            });
            start = end;
            continue;
        }
        // Digits and letters split ("12months" is rare; "2FA" is a name).
        let digits_only = c.is_ascii_digit();
        let mut upper = c.is_uppercase();
        while let Some(&b) = bytes.get(end) {
            if b.is_ascii() {
                let same = if digits_only {
                    b.is_ascii_digit()
                } else {
                    b.is_ascii_alphabetic()
                };
                if !same {
                    break;
                }
                upper |= b.is_ascii_uppercase();
                end += 1;
            } else {
                let next = char_at(text, end);
                if digits_only || !next.is_alphanumeric() {
                    break;
                }
                upper |= next.is_uppercase();
                end += next.len_utf8();
            }
        }
        let word = &text[start..end];
        let text = if upper {
            Cow::Owned(word.to_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        tokens.push(Token {
            key: fnv1a(text.as_bytes()),
            text,
            start,
            end,
            kind: if digits_only {
                TokenKind::Digits
            } else {
                TokenKind::Word
            },
        });
        start = end;
    }
    tokens
}

/// The character at byte `at`, a character boundary of `text`.
fn char_at(text: &str, at: usize) -> char {
    match text.as_bytes()[at] {
        b if b.is_ascii() => char::from(b),
        _ => text[at..].chars().next().unwrap_or_default(),
    }
}

/// `word` in lower case, copied only when it has a character lower case
/// changes (a title-case letter and a final sigma too): most words of a text
/// are lower case already.
pub fn lower_case(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        // Most words: one pass over the bytes, no case tables.
        return if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
    }
    if word.chars().all(|c| c.to_lowercase().eq([c])) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The lower-cased tokens of a phrase.
pub fn words(phrase: &str) -> Vec<String> {
    tokenize(phrase)
        .into_iter()
        .map(|t| t.text.into_owned())
        .collect()
}

/// The longest a `...` gap may be, in tokens.
const GAP: usize = 8;

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Word(String),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Opt(Box<Node>),
    Gap,
    /// Matches nothing: a placeholder the event does not fill.
    Never,
    /// A slot or an event's nouns, which many patterns contain: kept once,
    /// as copies per event and template took a tenth of a large site's memory.
    Shared(Arc<Node>),
}

impl Node {
    /// `node`, to be placed in many patterns without being copied.
    pub fn shared(node: Node) -> Node {
        Node::Shared(Arc::new(node))
    }
}

/// What a pattern's placeholders (`<slot>`, `{noun}`) stand for.
pub trait Names {
    fn slot(&self, name: &str) -> Option<Node>;
    fn placeholder(&self, name: &str) -> Option<Node>;
}

/// Compiles a pattern; the error says what is wrong with it.
pub fn compile(pattern: &str, names: &dyn Names) -> Result<Node, String> {
    let lexemes = lex(pattern)?;
    let mut parser = Parser {
        lexemes: &lexemes,
        at: 0,
        names,
    };
    let node = parser.alternatives()?;
    match parser.lexemes.get(parser.at) {
        None => Ok(node),
        Some(l) => Err(format!("unexpected `{}`", l.shown())),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Lexeme {
    Open,
    Close,
    Bar,
    Optional,
    Gap,
    Slot(String),
    Placeholder(String),
    Word(String),
}

impl Lexeme {
    fn shown(&self) -> String {
        match self {
            Lexeme::Open => "(".into(),
            Lexeme::Close => ")".into(),
            Lexeme::Bar => "|".into(),
            Lexeme::Optional => "?".into(),
            Lexeme::Gap => "...".into(),
            Lexeme::Slot(s) => format!("<{s}>"),
            Lexeme::Placeholder(p) => format!("{{{p}}}"),
            Lexeme::Word(w) => w.clone(),
        }
    }
}

fn lex(pattern: &str) -> Result<Vec<Lexeme>, String> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        let (lexeme, len) = match c {
            c if c.is_whitespace() => (None, c.len_utf8()),
            '(' => (Some(Lexeme::Open), 1),
            ')' => (Some(Lexeme::Close), 1),
            '|' => (Some(Lexeme::Bar), 1),
            '?' => (Some(Lexeme::Optional), 1),
            '.' if rest.starts_with("...") => (Some(Lexeme::Gap), 3),
            '<' | '{' => {
                let close = if c == '<' { '>' } else { '}' };
                let end = rest
                    .find(close)
                    .ok_or_else(|| format!("`{c}` is never closed with `{close}`"))?;
                let name = rest[1..end].trim().to_string();
                let lexeme = if c == '<' {
                    Lexeme::Slot(name)
                } else {
                    Lexeme::Placeholder(name)
                };
                (Some(lexeme), end + 1)
            }
            _ => {
                let end = rest
                    .char_indices()
                    .find(|&(i, c)| {
                        i > 0
                            && (c.is_whitespace()
                                || "()|?<{".contains(c)
                                || rest[i..].starts_with("..."))
                    })
                    .map_or(rest.len(), |(i, _)| i);
                (Some(Lexeme::Word(rest[..end].to_string())), end)
            }
        };
        out.extend(lexeme);
        rest = &rest[len..];
    }
    Ok(out)
}

struct Parser<'a> {
    lexemes: &'a [Lexeme],
    at: usize,
    names: &'a dyn Names,
}

impl Parser<'_> {
    fn alternatives(&mut self) -> Result<Node, String> {
        let mut options = vec![self.sequence()?];
        while self.lexemes.get(self.at) == Some(&Lexeme::Bar) {
            self.at += 1;
            options.push(self.sequence()?);
        }
        Ok(if options.len() == 1 {
            options.pop().unwrap_or(Node::Never)
        } else {
            Node::Alt(options)
        })
    }

    fn sequence(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(l) = self.lexemes.get(self.at) {
            let node = match l {
                Lexeme::Bar | Lexeme::Close => break,
                Lexeme::Optional => return Err("`?` must follow a word, a slot or a group".into()),
                Lexeme::Open => {
                    self.at += 1;
                    let inner = self.alternatives()?;
                    if self.lexemes.get(self.at) != Some(&Lexeme::Close) {
                        return Err("`(` is never closed with `)`".into());
                    }
                    inner
                }
                Lexeme::Gap => Node::Gap,
                Lexeme::Slot(s) => self
                    .names
                    .slot(s)
                    .ok_or_else(|| format!("no slot `{s}` (slots are listed under `slots:`)"))?,
                Lexeme::Placeholder(p) => self.names.placeholder(p).ok_or_else(|| {
                    format!("`{{{p}}}` is not a placeholder here (templates use {{noun}}, {{clause}} and {{state}})")
                })?,
                Lexeme::Word(w) => {
                    let mut ws: Vec<Node> = words(w).into_iter().map(Node::Word).collect();
                    if ws.len() == 1 {
                        ws.pop().unwrap_or(Node::Never)
                    } else {
                        Node::Seq(ws)
                    }
                }
            };
            self.at += 1;
            if self.lexemes.get(self.at) == Some(&Lexeme::Optional) {
                self.at += 1;
                items.push(Node::Opt(Box::new(node)));
            } else {
                items.push(node);
            }
        }
        if items.is_empty() {
            return Err("an empty pattern or alternative".into());
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Never)
        } else {
            Node::Seq(items)
        })
    }
}

impl Node {
    /// Every token position where a match starting at `i` can end.
    pub fn ends(&self, tokens: &[Token<'_>], i: usize, out: &mut Vec<usize>) {
        match self {
            Node::Word(w) => {
                if tokens.get(i).is_some_and(|t| t.text == *w) {
                    out.push(i + 1);
                }
            }
            Node::Seq(items) => {
                // The first item straight from `i`: a sequence that fails on
                // its first word (the usual case) allocates nothing.
                let Some((head, rest)) = items.split_first() else {
                    out.push(i);
                    return;
                };
                let mut at = Vec::new();
                head.ends(tokens, i, &mut at);
                let mut next = Vec::new();
                for item in rest {
                    if at.is_empty() {
                        return;
                    }
                    at.sort_unstable();
                    at.dedup();
                    next.clear();
                    for &p in &at {
                        item.ends(tokens, p, &mut next);
                    }
                    std::mem::swap(&mut at, &mut next);
                }
                at.sort_unstable();
                at.dedup();
                out.extend(at);
            }
            Node::Alt(options) => {
                for o in options {
                    o.ends(tokens, i, out);
                }
            }
            Node::Opt(inner) => {
                out.push(i);
                inner.ends(tokens, i, out);
            }
            Node::Gap => {
                for (k, token) in tokens.iter().enumerate().skip(i).take(GAP) {
                    if token.ends_sentence() {
                        break;
                    }
                    out.push(k + 1);
                }
            }
            Node::Never => {}
            Node::Shared(node) => node.ends(tokens, i, out),
        }
    }

    /// The longest match starting at `i`: the position after it.
    pub fn longest(&self, tokens: &[Token<'_>], i: usize) -> Option<usize> {
        let mut ends = Vec::new();
        self.ends(tokens, i, &mut ends);
        ends.into_iter().filter(|e| *e > i).max()
    }

    /// The words a match can start with, and whether it can start anywhere
    /// (a leading gap) or match nothing at all.
    fn first(&self, out: &mut Vec<String>) -> First {
        match self {
            Node::Word(w) => {
                out.push(w.clone());
                First::Words
            }
            Node::Seq(items) => {
                for item in items {
                    match item.first(out) {
                        First::Words => return First::Words,
                        First::Any => return First::Any,
                        First::Nullable => {}
                    }
                }
                First::Nullable
            }
            Node::Alt(options) => {
                let mut result = First::Words;
                for o in options {
                    match o.first(out) {
                        First::Any => return First::Any,
                        First::Nullable => result = First::Nullable,
                        First::Words => {}
                    }
                }
                result
            }
            Node::Opt(inner) => match inner.first(out) {
                First::Any => First::Any,
                _ => First::Nullable,
            },
            Node::Gap => First::Any,
            Node::Never => First::Words,
            Node::Shared(node) => node.first(out),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum First {
    Words,
    Nullable,
    Any,
}

/// Patterns with a value each, indexed by the words they can start with.
#[derive(Debug, Clone)]
pub struct PatternSet<T> {
    patterns: Vec<(Node, T)>,
    /// Patterns by the hash of a word they can start with; a candidate is
    /// confirmed by matching it.
    by_first: HashMap<u64, Vec<usize>, PrehashedBuild>,
    anywhere: Vec<usize>,
}

impl<T> Default for PatternSet<T> {
    fn default() -> Self {
        PatternSet {
            patterns: Vec::new(),
            by_first: HashMap::default(),
            anywhere: Vec::new(),
        }
    }
}

impl<T: Clone> PatternSet<T> {
    pub fn push(&mut self, node: Node, value: T) {
        let index = self.patterns.len();
        let mut firsts = Vec::new();
        match node.first(&mut firsts) {
            First::Words => {}
            First::Nullable | First::Any => self.anywhere.push(index),
        }
        firsts.sort_unstable();
        firsts.dedup();
        for w in firsts {
            let list = self.by_first.entry(fnv1a(w.as_bytes())).or_default();
            if list.last() != Some(&index) {
                list.push(index);
            }
        }
        self.patterns.push((node, value));
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The hashes of the words a match can start with, and whether a match
    /// can also start at any word (a pattern that opens with a gap or can
    /// match nothing).
    pub fn first_words(&self) -> (impl Iterator<Item = u64> + '_, bool) {
        (self.by_first.keys().copied(), !self.anywhere.is_empty())
    }

    /// The patterns and their values, in the order pushed.
    pub fn into_entries(self) -> Vec<(Node, T)> {
        self.patterns
    }

    /// The longest match starting at token `i`: its value and the token after
    /// it. Of equally long matches, the one listed first wins.
    pub fn longest(&self, tokens: &[Token<'_>], i: usize) -> Option<(T, usize)> {
        let first = tokens.get(i)?;
        let by_first = self.by_first.get(&first.key).map_or(&[][..], Vec::as_slice);
        // Most tokens start no pattern: this is called at every token of
        // every text, so the common case allocates nothing.
        if by_first.is_empty() && self.anywhere.is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for index in merged(by_first, &self.anywhere) {
            if let Some(end) = self.patterns[index].0.longest(tokens, i)
                && best.is_none_or(|(_, e)| end > e)
            {
                best = Some((index, end));
            }
        }
        best.map(|(index, end)| (self.patterns[index].1.clone(), end))
    }

    /// The longest match that ends right before token `i`: its value and
    /// first token. Looks a few tokens back: such phrases are short.
    pub fn ending_before(&self, tokens: &[Token<'_>], i: usize) -> Option<(T, usize)> {
        (i.saturating_sub(6)..i).find_map(|from| {
            self.patterns.iter().find_map(|(node, value)| {
                let mut ends = Vec::new();
                node.ends(tokens, from, &mut ends);
                ends.contains(&i).then(|| (value.clone(), from))
            })
        })
    }
}

/// Single words looked up by token, through the hash each token carries.
pub struct WordMap<V> {
    entries: HashMap<u64, Vec<(String, V)>, PrehashedBuild>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            entries: HashMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// Adds `word` unless it is there already: the first value given stays.
    pub fn insert_first(&mut self, word: String, value: V) {
        let list = self.entries.entry(fnv1a(word.as_bytes())).or_default();
        if !list.iter().any(|(w, _)| *w == word) {
            list.push((word, value));
        }
    }

    /// The hashes of the words.
    pub fn keys(&self) -> impl Iterator<Item = u64> + '_ {
        self.entries.keys().copied()
    }

    /// The value of the token's (lower-cased) text.
    pub fn get(&self, token: &Token<'_>) -> Option<&V> {
        self.entries
            .get(&token.key)?
            .iter()
            .find(|(w, _)| *w == token.text)
            .map(|(_, v)| v)
    }
}

/// Two ascending lists of pattern indices as one, each index once, so
/// patterns are tried in the order they were listed.
fn merged<'a>(a: &'a [usize], b: &'a [usize]) -> impl Iterator<Item = usize> + 'a {
    let (mut a, mut b) = (a.iter().copied().peekable(), b.iter().copied().peekable());
    std::iter::from_fn(move || match (a.peek().copied(), b.peek().copied()) {
        (Some(x), Some(y)) => {
            if x <= y {
                a.next();
            }
            if y <= x {
                b.next();
            }
            Some(x.min(y))
        }
        (Some(x), None) => a.next().map(|_| x),
        (None, Some(y)) => b.next().map(|_| y),
        (None, None) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_copied_only_when_lower_case_changes_it() {
        for (word, lower, copied) in [
            ("gegevens", "gegevens", false),
            ("Gegevens", "gegevens", true),
            ("IJsselmeer", "ijsselmeer", true),
            ("2FA", "2fa", true),
            ("don't", "don't", false),
            ("café", "café", false),
            ("Café", "café", true),
            ("ǅemal", "ǆemal", true),
            ("ΟΔΟΣ", "οδος", true),
            ("straße", "straße", false),
        ] {
            let got = lower_case(word);
            assert_eq!(got, lower, "{word}");
            assert_eq!(matches!(got, Cow::Owned(_)), copied, "{word}");
        }
    }

    /// The tokenizer's rules as plainly as they can be written, one
    /// character at a time: what the byte-wise tokenizer must agree with.
    fn tokens_by_characters(text: &str) -> Vec<(String, usize, usize, TokenKind)> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let mut end = start + c.len_utf8();
            let kind = if c.is_alphanumeric() {
                let digits = c.is_ascii_digit();
                while let Some(&(i, n)) = chars.peek() {
                    if !(n.is_alphanumeric() && n.is_ascii_digit() == digits) {
                        break;
                    }
                    end = i + n.len_utf8();
                    chars.next();
                }
                if digits {
                    TokenKind::Digits
                } else {
                    TokenKind::Word
                }
            } else {
                TokenKind::Punct
            };
            out.push((text[start..end].to_lowercase(), start, end, kind));
        }
        out
    }

    #[test]
    fn tokens_follow_the_rules_in_every_script() {
        let pieces = [
            "a",
            "Z",
            "é",
            "É",
            "ß",
            "ĳ",
            "İ",
            "Ж",
            "Σ",
            "λ",
            "数",
            "ﬁ",
            "7",
            "0",
            "²",
            "٣",
            "\u{301}",
            " ",
            "\u{a0}",
            "\u{2003}",
            "\n",
            "\t",
            ".",
            ",",
            "’",
            "'",
            "-",
            "€",
            "😀",
            "12",
            "Web3",
            "2FA",
            "jaar",
            "MAANDEN",
            "Ökonomie",
        ];
        for text in super::super::generated_texts(&pieces, 0x9e37_79b9_7f4a_7c15, 10, 20_000) {
            let tokens: Vec<_> = tokenize(&text)
                .into_iter()
                .map(|t| {
                    assert_eq!(t.key, fnv1a(t.text.as_bytes()), "{text:?}");
                    (t.text.into_owned(), t.start, t.end, t.kind)
                })
                .collect();
            assert_eq!(tokens, tokens_by_characters(&text), "{text:?}");
        }
    }

    struct Slots;
    impl Names for Slots {
        fn slot(&self, name: &str) -> Option<Node> {
            (name == "you")
                .then(|| Node::Alt(vec![Node::Word("you".into()), Node::Word("je".into())]))
        }
        fn placeholder(&self, _: &str) -> Option<Node> {
            None
        }
    }

    fn matches(pattern: &str, text: &str) -> Option<String> {
        let node = compile(pattern, &Slots).unwrap();
        let tokens = tokenize(text);
        let end = node.longest(&tokens, 0)?;
        Some(text[..tokens[end - 1].end].to_string())
    }

    #[test]
    fn words_slots_options_groups_and_gaps() {
        assert_eq!(
            matches(
                "until <you> withdraw (your|the)? consent",
                "until you withdraw consent now"
            )
            .as_deref(),
            Some("until you withdraw consent")
        );
        assert_eq!(
            matches(
                "until <you> withdraw (your|the)? consent",
                "Until je withdraw the consent"
            )
            .as_deref(),
            Some("Until je withdraw the consent")
        );
        assert_eq!(
            matches(
                "the purpose ... fulfilled",
                "the purpose for which we collected it is fulfilled"
            )
            .as_deref(),
            Some("the purpose for which we collected it is fulfilled")
        );
        assert_eq!(
            matches("the purpose ... fulfilled", "the purpose. Then fulfilled"),
            None
        );
        assert_eq!(
            matches("e-mail address", "E-mail address").as_deref(),
            Some("E-mail address")
        );
    }

    #[test]
    fn malformed_patterns_say_why() {
        assert!(
            compile("until (you", &Slots)
                .unwrap_err()
                .contains("never closed")
        );
        assert!(
            compile("until <them>", &Slots)
                .unwrap_err()
                .contains("no slot `them`")
        );
        assert!(
            compile("? until", &Slots)
                .unwrap_err()
                .contains("must follow")
        );
        assert!(
            compile("until {noun}", &Slots)
                .unwrap_err()
                .contains("not a placeholder")
        );
    }
}
