//! The Markdown prose: links that go somewhere allowed, cross-references to
//! sections that exist, footnote marks with definitions, no raw HTML.

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources};
use crate::model::*;
use crate::prose::markdown::{LinkTarget, classify_link, markdown_options};
use pulldown_cmark::{Event as Md, Parser, Tag, TagEnd};
use std::collections::BTreeSet;

/// Link texts that tell a screen-reader user nothing about the target.
const VAGUE_LINK_TEXTS: &[&str] = &[
    "click here",
    "here",
    "this",
    "this link",
    "this page",
    "link",
    "read more",
    "more",
    "klik hier",
    "hier",
    "deze",
    "deze link",
    "deze pagina",
    "lees meer",
];

/// Phrases that promise a link; written outside a link they point nowhere.
const DANGLING_PROMPTS: &[&str] = &["click here", "klik hier", "klik op deze link"];

pub fn check_prose(notice: &Notice, sources: &Sources, out: &mut Vec<Diagnostic>) {
    let section_ids: BTreeSet<&str> = notice
        .all_sections()
        .iter()
        .map(|(_, s)| s.id.as_str())
        .collect();
    for (file, s) in notice.all_sections() {
        if let Some(body) = &s.body {
            check_markdown(file, body, &section_ids, sources, out);
        }
    }
}

/// Checks one Markdown text written at `text.pos` in `file`.
pub fn check_markdown(
    file: &str,
    text: &Located<String>,
    section_ids: &BTreeSet<&str>,
    sources: &Sources,
    out: &mut Vec<Diagnostic>,
) {
    let mut check = MarkdownCheck {
        file,
        pos: text.pos,
        body: &text.value,
        section_ids,
        sources,
        out,
        defined: BTreeSet::new(),
        link_stack: Vec::new(),
    };
    check.run();
}

/// The state of one text's check: its footnote definitions and open links.
struct MarkdownCheck<'a> {
    file: &'a str,
    pos: Pos,
    body: &'a str,
    section_ids: &'a BTreeSet<&'a str>,
    sources: &'a Sources,
    out: &'a mut Vec<Diagnostic>,
    defined: BTreeSet<String>,
    /// Links being read: where each starts and its text so far.
    link_stack: Vec<(usize, String)>,
}

impl MarkdownCheck<'_> {
    fn at(&self, offset: usize) -> Pos {
        self.sources
            .pos_in_scalar(self.file, self.pos, self.body, offset)
    }

    fn report(&mut self, d: Diagnostic, offset: usize, len: usize) {
        // An event can begin at the line break before what it is about (a
        // lone `\r` ends a line in Markdown); point at the text itself.
        let body = self.body;
        let offset = match body
            .get(offset..)
            .and_then(|rest| rest.find(|c: char| !c.is_whitespace()))
        {
            Some(skip) => offset + skip,
            // Only line breaks are left: point at the last character before.
            None => body
                .get(..offset)
                .and_then(|before| before.trim_end().char_indices().last())
                .map_or(0, |(i, _)| i),
        };
        let at = self.at(offset);
        self.out.push(d.at(self.file, at).spanning(len.min(80)));
    }

    fn run(&mut self) {
        let body = self.body;
        for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
            match event {
                Md::Start(Tag::Link { dest_url, .. }) => {
                    self.link(&dest_url, range.clone());
                    self.link_stack.push((range.start, String::new()));
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
                Md::Html(html) | Md::InlineHtml(html) if !html.trim_start().starts_with("</") => self.report(
                    Diagnostic::warning(Code::RawHtml, "raw HTML in prose is shown as text")
                        .hint("write Markdown instead: **bold**, *italic*, [text](https://...)"),
                    range.start,
                    html.trim_end().chars().count(),
                ),
                Md::Text(t) | Md::Code(t) => match self.link_stack.last_mut() {
                    Some((_, label)) => label.push_str(&t),
                    None => {
                        let at = |offset: usize| self.at(offset);
                        let mut found = Vec::new();
                        check_text(self.file, &t, range.start, body, &at, &mut found);
                        self.out.extend(found);
                    }
                },
                _ => {}
            }
        }
        self.footnotes();
    }

    /// A link's target: a section that exists, a real address, a safe scheme.
    fn link(&mut self, url: &str, range: std::ops::Range<usize>) {
        let (start, len) = (range.start, range.len());
        match classify_link(url) {
            LinkTarget::Anchor(id) if !self.section_ids.contains(id.as_str()) => {
                let best =
                    crate::diagnostics::suggest::closest(&id, self.section_ids.iter().copied());
                let hint = match best {
                    Some(b) => format!("did you mean `#{b}`? Cross-references use a section's id"),
                    None => "cross-references use a section's id, e.g. [retention](#retention)"
                        .to_string(),
                };
                let d = Diagnostic::error(
                    Code::DanglingReference,
                    format!("cross-reference to unknown section `#{id}`"),
                );
                self.report(d.hint(hint), start, len);
            }
            LinkTarget::Mail(addr) if !crate::model::values::is_email(&addr) => {
                let d = Diagnostic::error(
                    Code::InvalidEmail,
                    format!("mailto link `{url}` has no valid address"),
                )
                .hint("write the whole address, e.g. mailto:privacy@example.com");
                self.report(d, start, len);
            }
            LinkTarget::Refused => {
                let d = Diagnostic::error(
                    Code::UnsafeLink,
                    format!("link to `{url}` is not allowed"),
                )
                .hint("links may use https, http or mailto, or point to a section as #section-id");
                self.report(d, start, len);
            }
            _ => {}
        }
    }

    /// A link's text must say where it leads.
    fn link_end(&mut self) {
        let Some((start, label)) = self.link_stack.pop() else {
            return;
        };
        let label = label.trim().to_lowercase();
        if label.is_empty() || VAGUE_LINK_TEXTS.contains(&label.trim_end_matches('.')) {
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
                self.report(d, offset, name.chars().count() + 3);
            }
        }
    }
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

/// Checks plain text outside links for prompts that promise a link.
fn check_text(
    file: &str,
    text: &str,
    start: usize,
    body: &str,
    at: &dyn Fn(usize) -> Pos,
    out: &mut Vec<Diagnostic>,
) {
    // Event text can be unescaped; locate it in the body to keep offsets right
    // (when it is not there verbatim, an offset into it means nothing in the
    // body: point at the event's start).
    let base = body
        .get(start..)
        .and_then(|rest| rest.find(text))
        .map(|i| start + i);
    // ASCII lower-casing keeps byte offsets (the prompts are ASCII); full
    // lower-casing can change a character's length ('ẞ' → 'ß').
    let lower = text.to_ascii_lowercase();
    for prompt in DANGLING_PROMPTS {
        if let Some(i) = lower.find(prompt) {
            out.push(
                Diagnostic::error(Code::DanglingPrompt, format!("\"{}\" is not a link", text.get(i..i + prompt.len()).unwrap_or(prompt)))
                    .at(file, at(base.map_or(start, |b| b + i)))
                    .spanning(prompt.chars().count())
                    .hint("make it a link that names its target, e.g. [change your cookie settings](https://...)"),
            );
        }
    }
}
