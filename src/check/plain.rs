//! Plain language, per language and as language data
//! (`locales/<lang>/plain.yaml`, the theme's unless the site has its own):
//!
//! - **Hedges.** The transparency guidelines (WP260 rev.01, para. 13) ask a
//!   controller not to describe its processing with qualifiers such as
//!   "may", "might", "some", "often" and "possible": the reader cannot tell
//!   what actually happens. Every hedge word is a warning unless a
//!   `not_hedges` pattern covers it (a permission or right of the reader, "you
//!   may ask us"; a prohibition; a bounded "as soon as possible and within one
//!   month"), and no `still_hedges` pattern does ("u kunt worden gevraagd").
//!   A site accepts a sentence as it is in `notice.yaml`
//!   (`plain_language.accept`), with the reason.
//! - **Vague retention.** In a section that binds retention rules, and in the
//!   rules' own texts, "as long as necessary", "a reasonable period" or
//!   "several years" says no period: a warning, where it is written.

use crate::diagnostics::{Code, Diagnostic, Sources};
use crate::load::parse_yaml;
use crate::load::theme::Theme;
use crate::model::plain::PlainFile;
use crate::model::{Located, Notice, Section};
use crate::prose::phrases::{self, Names, Node, PatternSet, Token, TokenKind, tokenize};
use crate::site::SiteFiles;
use crate::site::files::utf8_text;
use crate::translate::Catalog;
use crate::translate::messages::SourceMessage;
use std::collections::BTreeMap;

pub const PLAIN_FILE: &str = "plain.yaml";

/// A language's plain-language data, compiled.
#[derive(Debug, Clone, Default)]
pub struct PlainVocabulary {
    pub lang: String,
    /// Where it was read from, for messages.
    pub path: String,
    /// A hash of the language and the file: equal fingerprints find the
    /// same in the same text (results are kept by it under `vellum serve`).
    pub fingerprint: u64,
    hedges: PatternSet<()>,
    not_hedges: Vec<Node>,
    still_hedges: Vec<Node>,
    months: Vec<String>,
    vague: PatternSet<()>,
}

struct Slots<'a>(&'a BTreeMap<String, Node>);

impl Names for Slots<'_> {
    fn slot(&self, name: &str) -> Option<Node> {
        self.0.get(name).cloned()
    }
    fn placeholder(&self, _: &str) -> Option<Node> {
        None
    }
}

/// Reads and compiles a plain-language file; a pattern that does not read is
/// an `invalid-vocabulary` error where it is written.
pub fn parse_plain(
    path: &str,
    text: &str,
    lang: &str,
) -> (Option<PlainVocabulary>, Vec<Diagnostic>) {
    let (file, mut out) = parse_yaml::<PlainFile>(path, text, "a plain-language vocabulary");
    let Some(file) = file else { return (None, out) };
    let mut slots: BTreeMap<String, Node> = BTreeMap::new();
    for (name, phrases) in &file.slots {
        let options: Vec<Node> = phrases
            .iter()
            .filter_map(|p| compile(p, &Slots(&slots), path, &mut out))
            .collect();
        slots.insert(name.clone(), Node::shared(Node::Alt(options)));
    }
    let names = Slots(&slots);
    let mut compile_all = |list: &[Located<String>]| -> Vec<Node> {
        list.iter()
            .filter_map(|p| compile(p, &names, path, &mut out))
            .collect()
    };
    let mut vocab = PlainVocabulary {
        lang: lang.to_string(),
        path: path.to_string(),
        fingerprint: crate::prose::hash::fnv1a_parts([lang, path, text]),
        not_hedges: compile_all(&file.not_hedges),
        still_hedges: compile_all(&file.still_hedges),
        months: file.months.iter().map(|m| m.to_lowercase()).collect(),
        ..Default::default()
    };
    for node in compile_all(&file.hedges) {
        vocab.hedges.push(node, ());
    }
    for node in compile_all(&file.vague_retention) {
        vocab.vague.push(node, ());
    }
    out.iter_mut()
        .for_each(|d| d.language = Some(lang.to_string()));
    (Some(vocab), out)
}

fn compile(
    p: &Located<String>,
    names: &dyn Names,
    path: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<Node> {
    match phrases::compile(p, names) {
        Ok(node) => Some(node),
        Err(why) => {
            out.push(
                Diagnostic::error(Code::InvalidVocabulary, format!("the pattern `{}` does not read: {why}", p.as_str()))
                    .at(path, p.pos)
                    .hint("patterns are words, `x?`, `(a | b)`, `<slot>` and `...`; see the README's section on period vocabularies"),
            );
            None
        }
    }
}

/// Loads the plain-language data of every language that has one: the
/// site's `locales/<lang>/plain.yaml`, else the theme's.
pub fn load_all(
    site: &SiteFiles,
    theme: &Theme,
    langs: &[&str],
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> BTreeMap<String, PlainVocabulary> {
    let mut all = BTreeMap::new();
    for lang in langs {
        let Some((path, bytes)) = crate::translate::language_file(site, theme, lang, PLAIN_FILE)
        else {
            continue;
        };
        let text = match utf8_text(&path, bytes) {
            Ok(t) => t,
            Err(d) => {
                out.push(d.in_language(*lang));
                continue;
            }
        };
        sources.insert(path.clone(), text);
        let (vocab, problems) = parse_plain(&path, text, lang);
        out.extend(problems);
        if let Some(v) = vocab {
            all.insert(lang.to_string(), v);
        }
    }
    all
}

/// A hedge found in a text: the words (byte range) as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
}

impl PlainVocabulary {
    /// Every hedge in `text` that no `not_hedges` pattern excuses.
    pub fn hedges(&self, text: &str) -> Vec<Found> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let Some(((), end)) = self.hedges.longest(&tokens, i) else {
                i += 1;
                continue;
            };
            let month =
                self.months.contains(&tokens[i].text.to_string()) && next_to_number(&tokens, i);
            let excused = month
                || (covered(&self.not_hedges, &tokens, i)
                    && !covered(&self.still_hedges, &tokens, i));
            if !excused {
                out.push(Found {
                    start: tokens[i].start,
                    end: tokens[end - 1].end,
                });
            }
            i = end;
        }
        out
    }

    /// Every vague retention phrase in `text`.
    pub fn vague_retention(&self, text: &str) -> Vec<Found> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.vague.longest(&tokens, i) {
                Some(((), end)) => {
                    out.push(Found {
                        start: tokens[i].start,
                        end: tokens[end - 1].end,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

fn next_to_number(tokens: &[Token<'_>], i: usize) -> bool {
    let digits = |t: Option<&Token<'_>>| t.is_some_and(|t| t.kind == TokenKind::Digits);
    digits(tokens.get(i + 1)) || (i > 0 && digits(tokens.get(i - 1)))
}

/// Whether a match of one of `patterns` includes token `i`.
fn covered(patterns: &[Node], tokens: &[Token<'_>], i: usize) -> bool {
    (i.saturating_sub(12)..=i).any(|from| {
        patterns.iter().any(|p| {
            let mut ends = Vec::new();
            p.ends(tokens, from, &mut ends);
            ends.iter().any(|&e| e > i)
        })
    })
}

/// The sentence around byte `at` of `text`, for messages and acceptances:
/// from the end of the previous sentence (or paragraph) to the end of this one.
fn sentence_at(text: &str, at: usize) -> &str {
    let ends = |c: char| matches!(c, '.' | '!' | '?');
    let before = text[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends(c) || (c == '\n' && text[..i].ends_with('\n')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after = text[at..]
        .char_indices()
        .find(|&(i, c)| ends(c) || (c == '\n' && text[at + i + 1..].starts_with('\n')))
        .map_or(text.len(), |(i, c)| at + i + c.len_utf8());
    text[before..after].trim()
}

fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One language's texts, as the checks read them.
pub struct Texts<'a> {
    pub lang: &'a str,
    pub messages: &'a [SourceMessage],
    /// `None` for the source language (texts come from the YAML).
    pub translations: Option<&'a super::found::FoundById<'a>>,
    pub catalog: &'a Catalog,
    pub placeholders: &'a fluent_bundle::FluentArgs<'a>,
    pub sources: &'a Sources,
    /// What earlier rebuilds kept (`vellum serve`).
    pub reuse: Option<crate::site::memo::Reuse<'a>>,
}

/// What the plain-language checks find in one text: its hedges, and the
/// vague retention phrases of a text that narrates retention.
type TextFindings = (Vec<Found>, Vec<Found>);

/// A message's text in the language, with where it is written.
struct Text {
    body: String,
    file: String,
    pos: crate::model::Pos,
}

impl Texts<'_> {
    fn text(&self, m: &SourceMessage) -> Option<Text> {
        match self.translations {
            None => Some(Text {
                body: m.text.clone(),
                file: m.file.clone(),
                pos: m.pos,
            }),
            Some(found) => {
                let f = found.get(&m.id)?;
                Some(Text {
                    body: self.catalog.format_with(&m.id, self.placeholders)?,
                    file: f.file.to_string(),
                    pos: f.pos,
                })
            }
        }
    }
}

/// Runs both checks for one language; returns which acceptances were used.
pub fn check_language(
    notice: &Notice,
    vocab: &PlainVocabulary,
    texts: &Texts<'_>,
    out: &mut Vec<Diagnostic>,
) -> Vec<usize> {
    let accepted: Vec<String> = notice
        .meta
        .plain_language
        .as_ref()
        .map(|p| p.accept.iter().map(|a| normalized(&a.sentence)).collect())
        .unwrap_or_default();
    let mut used = Vec::new();
    let binding = binding_messages(notice);
    // Whether a text narrates retention is part of what is kept for it.
    let kept = |narrates: bool| {
        crate::site::memo::TextResults::<TextFindings>::of(
            texts.reuse,
            vocab.fingerprint ^ u64::from(narrates),
        )
    };
    let kept = [kept(false), kept(true)];
    for m in texts.messages {
        let Some(t) = texts.text(m) else { continue };
        let narrates = binding.contains(&m.id);
        let (hedges, vague_phrases) =
            crate::site::memo::per_text(kept[usize::from(narrates)].as_ref(), &t.body, || {
                let vague_phrases = if narrates {
                    vocab.vague_retention(&t.body)
                } else {
                    Vec::new()
                };
                (vocab.hedges(&t.body), vague_phrases)
            });
        for h in hedges {
            let sentence = sentence_at(&t.body, h.start);
            let norm = normalized(sentence);
            if let Some(i) = accepted
                .iter()
                .position(|a| !a.is_empty() && norm.contains(a.as_str()))
            {
                used.push(i);
                continue;
            }
            out.push(hedge(&t, &h, sentence, texts));
        }
        for v in vague_phrases {
            out.push(vague(&t, &v, texts));
        }
    }
    used
}

fn hedge(t: &Text, h: &Found, sentence: &str, texts: &Texts<'_>) -> Diagnostic {
    let word = &t.body[h.start..h.end];
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown: String = if sentence.chars().count() > 100 {
        format!("{}…", sentence.chars().take(100).collect::<String>())
    } else {
        sentence
    };
    Diagnostic::warning(
        Code::Hedge,
        format!("\"{word}\" leaves open what happens to the data: \"{shown}\""),
    )
    .at(&t.file, texts.sources.pos_in_scalar(&t.file, t.pos, &t.body, h.start))
    .spanning(word.chars().count())
    .in_language(texts.lang)
    .hint("the transparency guidelines (WP260 rev.01, para. 13) ask notices to avoid qualifiers such as \"may\", \"might\", \"some\", \"often\" and \"possible\": say what you do, for which data and when; or accept the sentence in content/notice.yaml under `plain_language: accept:` with the reason")
}

fn vague(t: &Text, v: &Found, texts: &Texts<'_>) -> Diagnostic {
    let phrase = &t.body[v.start..v.end];
    Diagnostic::warning(
        Code::VagueRetention,
        format!("\"{phrase}\" states no retention period, in prose that narrates retention rules"),
    )
    .at(&t.file, texts.sources.pos_in_scalar(&t.file, t.pos, &t.body, v.start))
    .spanning(phrase.chars().count())
    .in_language(texts.lang)
    .hint("state the period or the event that ends it (Art. 13(2)(a) GDPR), as a retention rule bound to this section; write it as its placeable, e.g. { $rule-id }")
}

/// The messages that narrate retention: the texts of sections that bind
/// rules (or sit inside one), and the retention rules' own texts.
fn binding_messages(notice: &Notice) -> std::collections::BTreeSet<String> {
    fn walk(s: &Section, inherited: bool, out: &mut std::collections::BTreeSet<String>) {
        let binds = inherited || !s.rules.is_empty();
        if binds {
            out.insert(format!("section-{}-title", s.id.as_str()));
            out.extend(s.body_parts().iter().map(|p| p.message.clone()));
        }
        for sub in &s.subsections {
            walk(sub, binds, out);
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for f in &notice.sections {
        walk(&f.section, false, &mut out);
    }
    let prefix = crate::model::Kind::RetentionRule.info().prefix;
    for r in &notice.data.retention.items {
        for field in ["data", "reason", "max-condition"] {
            out.insert(format!("{prefix}-{}-{field}", r.id.as_str()));
        }
    }
    out
}

/// Warns about each accepted sentence no text holds any more.
pub fn unused_acceptances(notice: &Notice, used: &[usize], out: &mut Vec<Diagnostic>) {
    let Some(plain) = &notice.meta.plain_language else {
        return;
    };
    for (i, a) in plain.accept.iter().enumerate() {
        if !used.contains(&i) {
            out.push(
                Diagnostic::warning(
                    Code::UnusedAcceptance,
                    format!(
                        "no text holds the accepted sentence \"{}\" (or it no longer has a hedge)",
                        a.sentence.as_str()
                    ),
                )
                .at(&notice.meta_file, a.sentence.pos)
                .hint("remove the acceptance, or copy the sentence as it is written now"),
            );
        }
    }
}
