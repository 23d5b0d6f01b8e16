//! The prose of every language: links that go somewhere allowed,
//! cross-references to sections that exist, footnote marks with definitions,
//! no raw HTML or images, link texts that say where they lead, and the
//! running-text checks of [`super::prose_text`]. The same checks run on the
//! YAML source and on each translation, located at the translation's own
//! `.ftl` line and column; a translation's links are also compared with its
//! source text's (link-target parity).

use super::prose_text::{Finding, PhraseFinders, TextRules, Title};
use crate::diagnostics::{Code, Diagnostic, Sources};
use crate::model::section::BodyPart;
use crate::model::{Notice, Pos, TextKind};
use crate::prose::markdown::{LinkTarget, classify_link, markdown_options};
use crate::translate::Catalog;
use crate::translate::messages::{SectionPart, SourceMessage, section_message};
use crate::translate::words::ProseWords;
use pulldown_cmark::{Event as Md, Parser, Tag, TagEnd};
use std::collections::{BTreeMap, BTreeSet};

/// The texts of one language and what checking them needs.
pub struct LanguageProse<'a> {
    pub notice: &'a Notice,
    pub lang: &'a str,
    pub messages: &'a [SourceMessage],
    /// The translator's messages; `None` for the source language.
    pub translations: Option<&'a super::found::FoundById<'a>>,
    pub catalog: &'a Catalog,
    pub words: &'a ProseWords,
    pub sources: &'a Sources,
    /// The links of each source message, in the order of `messages`: the
    /// same for every translation, so found once.
    pub source_links: &'a [Vec<Link>],
    /// What earlier rebuilds kept (`vellum serve`).
    pub reuse: Option<crate::site::memo::Reuse<'a>>,
}

/// Runs the prose checks on every text of one language.
pub fn check_language(p: &LanguageProse<'_>, out: &mut Vec<Diagnostic>) {
    let notice = p.notice;
    // Sections that could not be read still exist (see `model::Gaps`).
    let section_ids: BTreeSet<&str> = notice
        .all_sections()
        .iter()
        .map(|(_, s)| s.id.as_str())
        .chain(notice.gaps.sections.iter().map(String::as_str))
        .collect();
    let source_titles = section_titles(p, false);
    let titles = section_titles(p, p.translations.is_some());
    let check = ProseCheck {
        anchors_unknown: notice.gaps.unknown_sections,
        lang: p.translations.map(|_| p.lang),
        source_lang: notice.source_language(),
        section_ids: &section_ids,
        rules: TextRules {
            words: p.words,
            titles: &titles,
            source_titles: &source_titles,
            source_lang: notice.source_language(),
            lang: p.lang,
            finders: PhraseFinders::new(p.words),
            kept: crate::site::memo::TextResults::of(
                p.reuse,
                super::prose_text::running_text_fingerprint(p.words),
            ),
        },
    };
    let shared = shared_footnotes(p);
    let none = BTreeSet::new();
    for (m, source_links) in p.messages.iter().zip(p.source_links) {
        // A section's parts render as one text: a mark in one part may be
        // defined in another.
        let defined = shared.get(m.id.as_str()).unwrap_or(&none);
        match p.translations {
            None => {
                let locate = |o: usize| p.sources.pos_in_scalar(&m.file, m.pos, &m.text, o);
                let at = Where {
                    file: &m.file,
                    locate: &locate,
                };
                check.text(&m.text, m.kind, &at, None, defined, out);
            }
            Some(found) => {
                let Some(f) = found.get(&m.id) else { continue };
                let locate = |o: usize| f.text.pos(o);
                let at = Where {
                    file: &f.file,
                    locate: &locate,
                };
                let source = Source {
                    links: source_links,
                };
                check.text(&f.text.text, m.kind, &at, Some(&source), defined, out);
            }
        }
    }
}

/// The prose checks on one source-language Markdown text written at
/// `text.pos` in `file`, with `words` for the running-text checks: for tools
/// that hold one text (editors, the fuzzer).
pub fn check_markdown(
    file: &str,
    text: &crate::model::Located<String>,
    section_ids: &BTreeSet<&str>,
    words: &ProseWords,
    sources: &Sources,
    out: &mut Vec<Diagnostic>,
) {
    let check = ProseCheck {
        anchors_unknown: false,
        lang: None,
        source_lang: "",
        section_ids,
        rules: TextRules {
            words,
            titles: &[],
            source_titles: &[],
            source_lang: "",
            lang: "",
            finders: PhraseFinders::new(words),
            kept: None,
        },
    };
    let locate = |o: usize| sources.pos_in_scalar(file, text.pos, &text.value, o);
    let at = Where {
        file,
        locate: &locate,
    };
    check.text(
        &text.value,
        TextKind::Markdown,
        &at,
        None,
        &BTreeSet::new(),
        out,
    );
}

/// For each message that is a part of a section's body, the footnotes
/// defined in any part of that section, in this language.
fn shared_footnotes<'a>(p: &'a LanguageProse<'_>) -> BTreeMap<&'a str, BTreeSet<String>> {
    let mut shared = BTreeMap::new();
    let split: Vec<&[BodyPart]> = p
        .notice
        .all_sections()
        .into_iter()
        .map(|(_, s)| s.body_parts())
        .filter(|parts| parts.len() > 1)
        .collect();
    if split.is_empty() {
        return shared;
    }
    let messages: BTreeMap<&str, &'a SourceMessage> =
        p.messages.iter().map(|m| (m.id.as_str(), m)).collect();
    let text_of = |m: &'a SourceMessage| -> Option<&'a str> {
        match p.translations {
            None => Some(m.text.as_str()),
            Some(found) => found.get(&m.id).map(|f| f.text.text.as_str()),
        }
    };
    for parts in split {
        let ours: Vec<&'a SourceMessage> = parts
            .iter()
            .filter_map(|part| messages.get(part.message.as_str()).copied())
            .collect();
        let defined: BTreeSet<String> = ours
            .iter()
            .filter_map(|m| text_of(m))
            .flat_map(footnote_definitions)
            .collect();
        for m in ours {
            shared.insert(m.id.as_str(), defined.clone());
        }
    }
    shared
}

/// The names of the footnotes a text defines (`[^name]:` at a line start).
fn footnote_definitions(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|line| {
        let rest = line.trim_start().strip_prefix("[^")?;
        let (name, after) = rest.split_once(']')?;
        (after.starts_with(':') && !name.is_empty()).then(|| name.to_string())
    })
}

/// Every section's title in the source language, or as a translation
/// shows it (the source title where it is not translated).
fn section_titles(p: &LanguageProse<'_>, translated: bool) -> Vec<Title> {
    let args = fluent_bundle::FluentArgs::new();
    p.notice
        .all_sections()
        .into_iter()
        .filter_map(|(_, s)| {
            // An untitled section (a preamble) cannot be referred to by title.
            let source_title = s.title.as_ref()?;
            let id = section_message(&s.id, SectionPart::Title);
            let title = translated
                .then(|| p.translations.filter(|t| t.contains_key(&id)))
                .flatten()
                .and_then(|_| p.catalog.format_with(&id, &args))
                .unwrap_or_else(|| source_title.value.clone());
            Some(Title {
                id: s.id.value.to_string(),
                title,
            })
        })
        .collect()
}

/// `offset`, moved off line breaks onto the text a finding is about: a
/// Markdown event can begin at the break before its text (a lone `\r` ends
/// a line), or after the last line.
fn on_text(text: &str, offset: usize) -> usize {
    match text
        .get(offset..)
        .and_then(|rest| rest.find(|c: char| !c.is_whitespace()))
    {
        Some(skip) => offset + skip,
        None => text
            .get(..offset)
            .and_then(|before| before.trim_end().char_indices().last())
            .map_or(0, |(i, _)| i),
    }
}

/// Where a text was written: its file and the position of each byte.
pub struct Where<'a> {
    pub file: &'a str,
    pub locate: &'a dyn Fn(usize) -> Pos,
}

/// What a translation is compared with: its source text's links.
struct Source<'a> {
    links: &'a [Link],
}

/// A link as written: its target and its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub url: String,
    pub offset: usize,
    pub len: usize,
}

/// The links of a text, in order (none in a plain text).
pub fn links(text: &str, kind: TextKind) -> Vec<Link> {
    if kind == TextKind::Plain {
        return Vec::new();
    }
    Parser::new_ext(text, markdown_options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Md::Start(Tag::Link { dest_url, .. }) => Some(Link {
                url: dest_url.trim().to_string(),
                offset: range.start,
                len: range.len(),
            }),
            _ => None,
        })
        .collect()
}

/// The checks of one language.
struct ProseCheck<'a> {
    /// A section file was lost whole: a cross-reference may point into it.
    anchors_unknown: bool,
    /// The language named in findings (translations only: the source
    /// language's findings are about the YAML).
    lang: Option<&'a str>,
    source_lang: &'a str,
    section_ids: &'a BTreeSet<&'a str>,
    rules: TextRules<'a>,
}

impl ProseCheck<'_> {
    fn text(
        &self,
        text: &str,
        kind: TextKind,
        at: &Where<'_>,
        source: Option<&Source>,
        defined_elsewhere: &BTreeSet<String>,
        out: &mut Vec<Diagnostic>,
    ) {
        let mut found = Vec::new();
        // The links of the text, read by the same pass as its other checks.
        let mut written = Vec::new();
        match kind {
            TextKind::Plain => found.extend(self.rules.check(text)),
            TextKind::Markdown => {
                let mut check = MarkdownCheck {
                    prose: self,
                    body: text,
                    links: &mut written,
                    found: &mut found,
                    defined: defined_elsewhere.clone(),
                    link_stack: Vec::new(),
                    // A run is at most the text's bytes, but for the marks
                    // that stand for a link or code.
                    plain: PlainRun {
                        text: String::with_capacity(text.len()),
                        pieces: Vec::with_capacity(8),
                    },
                };
                check.run();
            }
        }
        if let Some(source) = source {
            let parity = Parity::of(source.links, &written);
            self.name_replaced_targets(&parity, &written, &mut found);
            self.parity_findings(&parity, &mut found);
        }
        for f in found {
            let mut d = f
                .diagnostic
                .at(at.file, (at.locate)(on_text(text, f.offset)));
            d.len = text
                .get(f.offset..f.offset + f.len)
                .map_or(0, |s| s.chars().count().min(80));
            if let Some(lang) = self.lang {
                d = d.in_language(lang);
            }
            out.push(d);
        }
    }

    /// A wrong link target that replaced a source's target says which.
    fn name_replaced_targets(&self, parity: &Parity, written: &[Link], found: &mut [Finding]) {
        for f in found.iter_mut() {
            let is_link = written.iter().any(|l| l.offset == f.offset);
            let Some(was) = parity.replaced(f.offset).filter(|_| is_link) else {
                continue;
            };
            if matches!(
                f.diagnostic.code,
                Code::DanglingReference | Code::InvalidEmail | Code::UnsafeLink
            ) {
                let hint = f.diagnostic.hint.take().unwrap_or_default();
                f.diagnostic.hint = Some(format!(
                    "the {} text links to `{was}` here; {hint}",
                    self.source_lang
                ));
            }
        }
    }

    /// The problem with a link target, if it has one.
    fn target_problem(&self, url: &str) -> Option<Diagnostic> {
        match classify_link(url) {
            LinkTarget::Anchor(id)
                if !self.anchors_unknown && !self.section_ids.contains(id.as_str()) =>
            {
                let best =
                    crate::diagnostics::suggest::closest(&id, self.section_ids.iter().copied());
                let hint = match best {
                    Some(b) => format!("did you mean `#{b}`? Cross-references use a section's id"),
                    None => "cross-references use a section's id, e.g. [retention](#retention)"
                        .to_string(),
                };
                Some(
                    Diagnostic::error(
                        Code::DanglingReference,
                        format!("cross-reference to unknown section `#{id}`"),
                    )
                    .hint(hint),
                )
            }
            LinkTarget::Mail(addr) if !crate::model::values::is_email(&addr) => Some(
                Diagnostic::error(
                    Code::InvalidEmail,
                    format!("mailto link `{url}` has no valid address"),
                )
                .hint("write the whole address, e.g. mailto:privacy@example.com"),
            ),
            LinkTarget::Refused => Some(
                Diagnostic::error(Code::UnsafeLink, format!("link to `{url}` is not allowed"))
                    .hint(
                        "links may use https, http or mailto, or point to a section as #section-id",
                    ),
            ),
            _ => None,
        }
    }

    /// Links a translation adds, drops or changes. A changed target that is
    /// itself wrong is already an error where it is written; the ones here
    /// are valid targets that differ from the source, worth a look.
    fn parity_findings(&self, parity: &Parity, found: &mut Vec<Finding>) {
        let src = self.source_lang;
        for (link, was) in &parity.changed {
            if self.target_problem(&link.url).is_some() {
                continue;
            }
            let message = match was {
                Some(was) => format!(
                    "links to `{}` where the {src} text links to `{was}`",
                    link.url
                ),
                None => format!(
                    "adds a link to `{}`, which the {src} text does not have",
                    link.url
                ),
            };
            found.push(Finding {
                offset: link.offset,
                len: link.len,
                diagnostic: Diagnostic::warning(Code::LinkTargetMismatch, message).hint(format!(
                    "a translation links where its source links; if the {src} target is right, use it here too"
                )),
            });
        }
        for url in &parity.dropped {
            found.push(Finding {
                offset: 0,
                len: 0,
                diagnostic: Diagnostic::warning(
                    Code::LinkTargetMismatch,
                    format!("drops the link to `{url}` that the {src} text has"),
                )
                .hint(format!("keep every link of the source: [text]({url})")),
            });
        }
    }
}

/// How a translation's links differ from its source's.
#[derive(Debug, Default)]
struct Parity {
    /// Translated links with no equal source link, each with the source
    /// target it most likely replaced (in order), if any.
    changed: Vec<(Link, Option<String>)>,
    /// Source targets left without a counterpart.
    dropped: Vec<String>,
}

impl Parity {
    fn of(source: &[Link], translated: &[Link]) -> Parity {
        let mut unmatched: Vec<&str> = source.iter().map(|l| l.url.as_str()).collect();
        let mut extra = Vec::new();
        for link in translated {
            match unmatched.iter().position(|u| *u == link.url) {
                Some(i) => {
                    unmatched.remove(i);
                }
                None => extra.push(link.clone()),
            }
        }
        let mut unmatched = unmatched.into_iter();
        let changed = extra
            .into_iter()
            .map(|l| (l, unmatched.next().map(str::to_string)))
            .collect();
        Parity {
            changed,
            dropped: unmatched.map(str::to_string).collect(),
        }
    }

    /// The source target a translated link at `offset` replaced.
    fn replaced(&self, offset: usize) -> Option<&str> {
        self.changed
            .iter()
            .find(|(l, _)| l.offset == offset)
            .and_then(|(_, was)| was.as_deref())
    }
}

/// Running text gathered across the events of one block, with where each
/// piece came from, so phrases split by a line break are still found.
#[derive(Default)]
struct PlainRun {
    text: String,
    /// (offset in `text`, offset in the body, the piece is the body's bytes).
    pieces: Vec<(usize, usize, bool)>,
}

impl PlainRun {
    fn push(&mut self, piece: &str, body_offset: usize, exact: bool) {
        self.pieces.push((self.text.len(), body_offset, exact));
        self.text.push_str(piece);
    }

    fn body_offset(&self, offset: usize) -> usize {
        let k = self.pieces.partition_point(|(t, _, _)| *t <= offset);
        match k.checked_sub(1).and_then(|k| self.pieces.get(k)) {
            Some((t, b, true)) => b + (offset - t),
            Some((_, b, false)) => *b,
            None => 0,
        }
    }
}

/// The state of one Markdown text's check.
struct MarkdownCheck<'a, 'b> {
    prose: &'a ProseCheck<'a>,
    body: &'b str,
    /// The links found, for comparison with the source's.
    links: &'b mut Vec<Link>,
    found: &'b mut Vec<Finding>,
    defined: BTreeSet<String>,
    /// Links being read: where each starts and its text so far.
    link_stack: Vec<(usize, String)>,
    plain: PlainRun,
}

impl MarkdownCheck<'_, '_> {
    fn report(&mut self, diagnostic: Diagnostic, offset: usize, len: usize) {
        self.found.push(Finding {
            offset,
            len,
            diagnostic,
        });
    }

    fn run(&mut self) {
        let body = self.body;
        if crate::prose::markdown::is_plain_line(body) {
            // One paragraph of text, the line itself (a test in
            // `prose::markdown` holds the parser to that): no parse.
            self.plain.push(body, 0, true);
            self.flush_plain();
            self.footnotes();
            return;
        }
        for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
            match event {
                Md::Start(Tag::Link { dest_url, .. }) => {
                    self.link(&dest_url, range.clone());
                    self.link_stack.push((range.start, String::new()));
                    self.plain.push("\u{fffc}", range.start, false);
                }
                Md::End(TagEnd::Link) => self.link_end(),
                Md::Start(Tag::Image { .. }) => self.report(
                    Diagnostic::error(Code::ImageInProse, "images are not allowed in prose")
                        .hint("an image loaded from elsewhere tells that site who reads the statement; describe it in words"),
                    range.start,
                    range.len(),
                ),
                Md::Start(Tag::FootnoteDefinition(name)) => {
                    self.defined.insert(name.to_string());
                }
                Md::Html(html) | Md::InlineHtml(html) if !html.trim_start().starts_with("</") => {
                    let len = html.trim_end().len();
                    self.report(
                        Diagnostic::warning(Code::RawHtml, "raw HTML in prose is shown as text")
                            .hint("write Markdown instead: **bold**, *italic*, [text](https://...)"),
                        range.start,
                        len,
                    );
                }
                Md::Text(t) => match self.link_stack.last_mut() {
                    Some((_, label)) => label.push_str(&t),
                    None => {
                        let exact = body.get(range.clone()) == Some(&*t);
                        self.plain.push(&t, range.start, exact);
                    }
                },
                Md::Code(t) => match self.link_stack.last_mut() {
                    Some((_, label)) => label.push_str(&t),
                    None => self.plain.push("\u{fffc}", range.start, false),
                },
                Md::SoftBreak | Md::HardBreak => self.plain.push(" ", range.start, false),
                Md::Start(tag) if is_block(&tag) => self.flush_plain(),
                Md::End(tag) if is_block_end(tag) => self.flush_plain(),
                _ => {}
            }
        }
        self.flush_plain();
        self.footnotes();
    }

    /// Runs the running-text checks on the block just read.
    fn flush_plain(&mut self) {
        let mut plain = std::mem::take(&mut self.plain);
        if !plain.text.trim().is_empty() {
            for f in self.prose.rules.check(&plain.text) {
                let start = plain.body_offset(f.offset);
                let end = plain.body_offset(f.offset + f.len);
                self.report(f.diagnostic, start, end.saturating_sub(start).max(f.len));
            }
        }
        // The next block's run reuses the room this one grew.
        plain.text.clear();
        plain.pieces.clear();
        self.plain = plain;
    }

    /// A link's target: a section that exists, a real address, a safe scheme.
    fn link(&mut self, url: &str, range: std::ops::Range<usize>) {
        self.links.push(Link {
            url: url.trim().to_string(),
            offset: range.start,
            len: range.len(),
        });
        if let Some(d) = self.prose.target_problem(url) {
            self.report(d, range.start, range.len());
        }
    }

    /// A link's text must say where it leads.
    fn link_end(&mut self) {
        let Some((start, label)) = self.link_stack.pop() else {
            return;
        };
        let label = label.trim().to_lowercase();
        let vague = &self.prose.rules.words.vague_link_texts;
        if label.is_empty() || vague.iter().any(|v| v == label.trim_end_matches('.')) {
            let d = Diagnostic::warning(
                Code::VagueLinkText,
                format!("link text \"{label}\" does not say where it leads"),
            )
            .hint("name the target in the link text, e.g. [our cookie settings](https://...)");
            self.report(d, start, 0);
        }
    }

    /// Every footnote mark has a definition in the same text.
    fn footnotes(&mut self) {
        for (name, offset) in footnote_marks(self.body) {
            if !self.defined.contains(&name) {
                let d = Diagnostic::error(
                    Code::UndefinedFootnote,
                    format!("footnote mark [^{name}] has no definition"),
                )
                .hint(format!(
                    "add a line `[^{name}]: ...` at the end of the same text"
                ));
                self.report(d, offset, name.len() + 3);
            }
        }
    }
}

/// Blocks end a run of running text; inline markup (emphasis) does not.
fn is_block(tag: &Tag<'_>) -> bool {
    !matches!(
        tag,
        Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
    )
}

fn is_block_end(tag: TagEnd) -> bool {
    !matches!(
        tag,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image
    )
}

/// Every `[^name]` mark in the text that is not itself a definition, with its
/// offset. Read from the source because the parser leaves an undefined mark as
/// plain text split over several events.
fn footnote_marks(body: &str) -> Vec<(String, usize)> {
    let mut marks = Vec::new();
    let mut search = 0;
    while let Some(i) = body[search..].find("[^") {
        let from = search + i;
        let Some(len) = body[from..].find(']') else {
            break;
        };
        let name = &body[from + 2..from + len];
        let after = &body[from + len + 1..];
        let at_line_start = body[..from]
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty());
        let is_definition = at_line_start && after.starts_with(':');
        if !name.is_empty() && !name.contains(char::is_whitespace) && !is_definition {
            marks.push((name.to_string(), from));
        }
        search = from + len;
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str, offset: usize) -> Link {
        Link {
            url: url.into(),
            offset,
            len: 1,
        }
    }

    #[test]
    fn parity_pairs_changed_targets_in_order() {
        let source = [link("#a", 0), link("#b", 5), link("mailto:x@y.nl", 9)];
        let translated = [link("mailto:x@y.nl", 0), link("#c", 3)];
        let p = Parity::of(&source, &translated);
        assert_eq!(p.changed.len(), 1);
        assert_eq!(p.changed[0].1.as_deref(), Some("#a"));
        assert_eq!(p.dropped, ["#b"]);
        assert_eq!(p.replaced(3), Some("#a"));
    }
}
