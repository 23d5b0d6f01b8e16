//! The Markdown prose: links that go somewhere allowed, cross-references to
//! sections that exist, footnote marks with definitions, no raw HTML.

use crate::diagnostics::{Diagnostic, Sources};
use crate::model::*;
use crate::render::markdown::{LinkTarget, classify_link, markdown_options};
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
        .map(|(_, s)| s.id.value.as_str())
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
    let body = text.value.as_str();
    let at = |offset: usize| sources.pos_in_scalar(file, text.pos, body, offset);
    let parser = Parser::new_ext(body, markdown_options()).into_offset_iter();
    let mut defined = BTreeSet::new();
    let mut link_stack: Vec<(usize, String)> = Vec::new();
    for (event, range) in parser {
        match event {
            Md::Start(Tag::Link { dest_url, .. }) => {
                let url = dest_url.to_string();
                match classify_link(&url) {
                    LinkTarget::Anchor(id) => {
                        if !section_ids.contains(id.as_str()) {
                            let best = crate::diagnostics::suggest::closest(&id, section_ids.iter().copied());
                            out.push(
                                Diagnostic::error("dangling-reference", format!("cross-reference to unknown section `#{id}`"))
                                    .at(file, at(range.start))
                                    .spanning(range.len().min(80))
                                    .hint(match best {
                                        Some(b) => format!("did you mean `#{b}`? Cross-references use a section's id"),
                                        None => "cross-references use a section's id, e.g. [retention](#retention)".to_string(),
                                    }),
                            );
                        }
                    }
                    LinkTarget::Mail(addr) => {
                        if !crate::check::values::is_email(&addr) {
                            out.push(
                                Diagnostic::error("invalid-email", format!("mailto link `{url}` has no valid address"))
                                    .at(file, at(range.start))
                                    .spanning(range.len().min(80))
                                    .hint("write the whole address, e.g. mailto:privacy@example.com"),
                            );
                        }
                    }
                    LinkTarget::Web(_) => {}
                    LinkTarget::Refused => out.push(
                        Diagnostic::error("unsafe-link", format!("link to `{url}` is not allowed"))
                            .at(file, at(range.start))
                            .spanning(range.len().min(80))
                            .hint("links may use https, http or mailto, or point to a section as #section-id"),
                    ),
                }
                link_stack.push((range.start, String::new()));
            }
            Md::End(TagEnd::Link) => {
                if let Some((start, label)) = link_stack.pop() {
                    let label = label.trim().to_lowercase();
                    if label.is_empty() || VAGUE_LINK_TEXTS.contains(&label.trim_end_matches('.')) {
                        out.push(
                            Diagnostic::warning("vague-link-text", format!("link text \"{label}\" does not say where it leads"))
                                .at(file, at(start))
                                .hint("name the target in the link text, e.g. [our cookie settings](https://...)"),
                        );
                    }
                }
            }
            Md::Start(Tag::Image { .. }) => out.push(
                Diagnostic::error("image-in-prose", "images are not allowed in prose")
                    .at(file, at(range.start))
                    .spanning(range.len().min(80))
                    .hint("an image loaded from elsewhere tells that site who reads the statement; describe it in words"),
            ),
            Md::Start(Tag::FootnoteDefinition(name)) => {
                defined.insert(name.to_string());
            }
            Md::Html(html) | Md::InlineHtml(html) if !html.trim_start().starts_with("</") => out.push(
                Diagnostic::warning("raw-html", "raw HTML in prose is shown as text")
                    .at(file, at(range.start))
                    .spanning(html.trim_end().chars().count().min(80))
                    .hint("write Markdown instead: **bold**, *italic*, [text](https://...)"),
            ),
            Md::Text(t) | Md::Code(t) => {
                if let Some((_, label)) = link_stack.last_mut() {
                    label.push_str(&t);
                } else {
                    check_text(file, &t, range.start, body, &at, out);
                }
            }
            _ => {}
        }
    }
    for (name, offset) in footnote_marks(body) {
        if !defined.contains(&name) {
            out.push(
                Diagnostic::error(
                    "undefined-footnote",
                    format!("footnote mark [^{name}] has no definition"),
                )
                .at(file, at(offset))
                .spanning(name.chars().count() + 3)
                .hint(format!(
                    "add a line `[^{name}]: ...` at the end of the same text"
                )),
            );
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
                Diagnostic::error("dangling-prompt", format!("\"{}\" is not a link", text.get(i..i + prompt.len()).unwrap_or(prompt)))
                    .at(file, at(base.map_or(start, |b| b + i)))
                    .spanning(prompt.chars().count())
                    .hint("make it a link that names its target, e.g. [change your cookie settings](https://...)"),
            );
        }
    }
}
