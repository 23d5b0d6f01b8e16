//! Markdown to HTML for prose from YAML and Fluent, which is untrusted: raw HTML
//! becomes text, links are limited to safe schemes, ids are namespaced per section.

use super::Html;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use std::collections::BTreeMap;

/// The Markdown dialect of prose: CommonMark plus tables, footnotes and strikethrough.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// Where a link in prose goes, as far as safety is concerned.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// `#section-id`: a cross-reference within the statement.
    Anchor(String),
    /// `mailto:address`.
    Mail(String),
    /// An `http` or `https` URL.
    Web(String),
    /// Anything else (`javascript:`, `data:`, relative paths): rendered as plain text.
    Refused,
}

pub fn classify_link(url: &str) -> LinkTarget {
    let trimmed = url.trim();
    if let Some(id) = trimmed.strip_prefix('#') {
        return LinkTarget::Anchor(id.to_string());
    }
    let lower = trimmed.to_ascii_lowercase();
    if let Some(addr) = lower.strip_prefix("mailto:") {
        let addr = addr.split('?').next().unwrap_or("");
        return LinkTarget::Mail(addr.to_string());
    }
    // An autolink `<name@example.com>` arrives without its scheme.
    if !lower.contains(':') && !lower.contains('/') && lower.contains('@') {
        return LinkTarget::Mail(lower);
    }
    if (lower.starts_with("https://") || lower.starts_with("http://")) && trimmed.len() > 8 {
        return LinkTarget::Web(trimmed.to_string());
    }
    LinkTarget::Refused
}

/// Renders `text` as the body of section `section_id`, whose heading has level
/// `heading_level` (headings inside the prose nest below it).
pub fn render_markdown(text: &str, section_id: &str, heading_level: u8) -> Html {
    let mut events = Events::new(section_id, heading_level, &[], text.len());
    for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        events.push(event, range);
    }
    events.finish()
}

/// What separates the rendered parts of a body in the joined HTML: a comment,
/// which no escaped text can contain.
const PART_BREAK: &str = "<!--vellum-part-->";

/// Renders the parts of a body (the prose between its block markers) as one
/// document, so that footnotes are numbered, and may be defined, across
/// parts; returns each part's HTML. Should the parts not read back as
/// separate (a code fence left open swallows what follows), each is rendered
/// on its own.
pub fn render_parts(parts: &[&str], section_id: &str, heading_level: u8) -> Vec<Html> {
    let separator = "\n\n{{block: vellum-part}}\n\n";
    let joined = parts.join(separator);
    let mut breaks = Vec::new();
    let mut at = 0;
    for part in &parts[..parts.len().saturating_sub(1)] {
        at += part.len();
        breaks.push(at + 2..at + separator.len() - 2);
        at += separator.len();
    }
    let mut events = Events::new(section_id, heading_level, &breaks, joined.len());
    for (event, range) in Parser::new_ext(&joined, markdown_options()).into_offset_iter() {
        events.push(event, range);
    }
    let html = events.finish();
    // One part has no breaks to split at: its HTML is the document's.
    if parts.len() == 1 {
        return vec![html];
    }
    let html = html.into_string();
    let mut split = Vec::with_capacity(parts.len());
    let mut start = 0;
    for at in memchr::memmem::find_iter(html.as_bytes(), PART_BREAK) {
        split.push(&html[start..at]);
        start = at + PART_BREAK.len();
    }
    split.push(&html[start..]);
    if split.len() == parts.len() {
        return split
            .into_iter()
            .map(|h| Html::trusted(h.to_string()))
            .collect();
    }
    parts
        .iter()
        .map(|p| render_markdown(p, section_id, heading_level))
        .collect()
}

/// Markdown events made safe and namespaced, as they are read.
struct Events<'a> {
    section_id: &'a str,
    heading_level: u8,
    /// Byte ranges of the paragraphs that separate parts.
    breaks: &'a [std::ops::Range<usize>],
    in_break: bool,
    footnotes: BTreeMap<String, usize>,
    refused_links: Vec<bool>,
    out: Vec<Event<'a>>,
}

impl<'a> Events<'a> {
    /// Events of `text_len` bytes of Markdown.
    fn new(
        section_id: &'a str,
        heading_level: u8,
        breaks: &'a [std::ops::Range<usize>],
        text_len: usize,
    ) -> Self {
        Events {
            section_id,
            heading_level,
            breaks,
            in_break: false,
            footnotes: BTreeMap::new(),
            refused_links: Vec::new(),
            // About an event in twenty bytes of prose: room from the start.
            out: Vec::with_capacity(text_len / 20 + 4),
        }
    }

    fn footnote(&mut self, name: &str) -> (usize, String) {
        let next = self.footnotes.len() + 1;
        let n = *self.footnotes.entry(name.to_string()).or_insert(next);
        (n, slug(name))
    }

    fn push(&mut self, event: Event<'a>, range: std::ops::Range<usize>) {
        if let Event::Start(Tag::Paragraph) = event
            && self.breaks.iter().any(|b| b.start == range.start)
        {
            self.in_break = true;
            self.out.push(Event::Html(CowStr::from(PART_BREAK)));
            return;
        }
        if self.in_break {
            self.in_break = !matches!(event, Event::End(TagEnd::Paragraph));
            return;
        }
        if let Some(e) = self.map(event) {
            self.out.push(e);
        }
    }

    fn map(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        let (section_id, level) = (self.section_id, self.heading_level);
        match event {
            Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe = !matches!(classify_link(&dest_url), LinkTarget::Refused);
                self.refused_links.push(!safe);
                safe.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link) => {
                let refused = self.refused_links.pop().unwrap_or(false);
                (!refused).then_some(Event::End(TagEnd::Link))
            }
            // Images are refused (they would let a third party see every reader);
            // their alt text stays as words.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            Event::Start(Tag::Heading {
                level: h,
                classes,
                attrs,
                ..
            }) => Some(Event::Start(Tag::Heading {
                level: shift_heading(h, level),
                id: None,
                classes,
                attrs,
            })),
            Event::End(TagEnd::Heading(h)) => {
                Some(Event::End(TagEnd::Heading(shift_heading(h, level))))
            }
            Event::FootnoteReference(name) => {
                let (n, slug) = self.footnote(&name);
                Some(Event::Html(CowStr::from(format!(
                    "<sup class=\"footnote-ref\"><a href=\"#fn-{section_id}-{slug}\" id=\"fnref-{section_id}-{slug}\">{n}</a></sup>"
                ))))
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let (n, slug) = self.footnote(&name);
                Some(Event::Html(CowStr::from(format!(
                    "<div class=\"footnote\" id=\"fn-{section_id}-{slug}\"><span class=\"footnote-label\">{n}</span>"
                ))))
            }
            Event::End(TagEnd::FootnoteDefinition) => Some(Event::Html(CowStr::from("</div>\n"))),
            other => Some(other),
        }
    }

    fn finish(self) -> Html {
        let mut out = String::new();
        html::push_html(&mut out, self.out.into_iter());
        // pulldown-cmark escapes text; raw HTML was turned into text above.
        Html::trusted(out)
    }
}

fn shift_heading(level: HeadingLevel, base: u8) -> HeadingLevel {
    let n = (level as u8).saturating_add(base).min(6);
    HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H6)
}

/// A footnote name reduced to characters safe in an id.
fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Renders a short text (a table cell, a description) without the paragraph
/// wrapper when it is a single paragraph.
pub fn render_inline(text: &str, section_id: &str) -> Html {
    if is_plain_line(text) {
        return Html::trusted(text.to_string());
    }
    render_inline_parsed(text, section_id)
}

fn render_inline_parsed(text: &str, section_id: &str) -> Html {
    let html = render_markdown(text, section_id, 6);
    let trimmed = html.as_str().trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => Html::trusted(inner.to_string()),
        _ => html,
    }
}

/// True when Markdown gives `text` back as it is, inside one paragraph: one
/// line that starts with a letter and holds only letters, digits, single
/// spaces and punctuation that is neither Markdown nor HTML syntax. Most
/// descriptions in a table are such a line, and a page has thousands of
/// them in every language: they skip the parser, when rendered and when
/// checked (`check::prose`).
pub fn is_plain_line(text: &str) -> bool {
    // One pass: a table's every cell in every language comes here, so ASCII
    // (most of any Dutch or English text) is judged by byte, from a table.
    let mut chars = text.chars();
    if !chars.next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let rest = chars.as_str();
    let bytes = rest.as_bytes();
    let mut after_space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let plain = if b.is_ascii() {
            i += 1;
            match PLAIN_ASCII[usize::from(b)] {
                Ascii::Space => {
                    if after_space {
                        return false;
                    }
                    after_space = true;
                    continue;
                }
                Ascii::Plain => true,
                Ascii::Syntax => false,
            }
        } else {
            // `i` is at a character's first byte: ASCII bytes are whole characters.
            let Some(c) = rest[i..].chars().next() else {
                return false;
            };
            i += c.len_utf8();
            c.is_alphanumeric()
        };
        if !plain {
            return false;
        }
        after_space = false;
    }
    !after_space
}

#[derive(Clone, Copy)]
enum Ascii {
    Space,
    Plain,
    Syntax,
}

/// What each ASCII character is in a plain line: letters, digits and
/// punctuation that is neither Markdown nor HTML syntax are plain.
const PLAIN_ASCII: [Ascii; 128] = {
    let mut table = [Ascii::Syntax; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = Ascii::Plain;
        }
        b += 1;
    }
    let punctuation = b".,;:?()'%/-+";
    let mut k = 0;
    while k < punctuation.len() {
        table[punctuation[k] as usize] = Ascii::Plain;
        k += 1;
    }
    table[b' ' as usize] = Ascii::Space;
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-wise judgement is the character-wise rule it stands for, on
    /// ASCII, accented and non-Latin text alike.
    #[test]
    fn a_plain_line_is_judged_by_its_characters() {
        fn by_characters(text: &str) -> bool {
            let mut chars = text.chars();
            if !chars.next().is_some_and(char::is_alphabetic) {
                return false;
            }
            let mut after_space = false;
            for c in chars {
                if c == ' ' {
                    if after_space {
                        return false;
                    }
                    after_space = true;
                    continue;
                }
                after_space = false;
                let plain = c.is_alphanumeric() || ".,;:?()'%/-+".contains(c);
                if !plain {
                    return false;
                }
            }
            !after_space
        }
        let pieces = [
            "a", "Z", "é", "ß", "ĳ", "Ж", "数", "7", "²", " ", "\u{a0}", ".", "(", "+", "*", "_",
            "<", "&", "#", "`", "[", "!", "\t", "\n", "€", "’", "–", "e.g.", "Dé",
        ];
        let mut plain = 0;
        for text in super::super::generated_texts(&pieces, 0x9e37_79b9_7f4a_7c15, 8, 20_000) {
            assert_eq!(is_plain_line(&text), by_characters(&text), "{text:?}");
            plain += usize::from(by_characters(&text));
        }
        assert!(plain > 500, "only {plain} plain lines generated");
    }

    /// The short cut must give what the parser gives, for every line it takes.
    #[test]
    fn a_plain_line_renders_as_the_parser_renders_it() {
        let pieces = [
            "a",
            "Z",
            "é",
            "ß",
            "ĳ",
            "Ж",
            "λ",
            "数",
            "7",
            "²",
            " ",
            " ",
            ".",
            ",",
            ";",
            ":",
            "?",
            "(",
            ")",
            "'",
            "%",
            "/",
            "-",
            "+",
            "--",
            "---",
            "1.",
            "e.g.",
            "http://x.nl/a",
            "Don't",
            "www.example.com",
            "a-b",
            "x:y",
            "(1)",
            "A. ",
            "- ",
            "+ ",
        ];
        let mut taken = 0;
        for text in super::super::generated_texts(&pieces, 0x2545_f491_4f6c_dd1d, 12, 20_000) {
            if is_plain_line(&text) {
                taken += 1;
                assert_eq!(
                    render_inline(&text, "s").into_string(),
                    render_inline_parsed(&text, "s").into_string(),
                    "{text:?}"
                );
                assert_one_paragraph_of_text(&text);
            }
        }
        assert!(taken > 1_000, "only {taken} lines took the short cut");
        for text in [
            "- a", "1. a", "# a", "a  b", "a ", " a", "a\nb", "a *b*", "a & b", "<a>", "a_b_",
        ] {
            assert!(!is_plain_line(text), "{text:?}");
        }
    }

    /// What the prose check's short cut takes for granted: the parser reads
    /// a plain line as one paragraph of text events that are the line's own
    /// bytes, in order, end to end.
    fn assert_one_paragraph_of_text(text: &str) {
        let events: Vec<_> = Parser::new_ext(text, markdown_options())
            .into_offset_iter()
            .collect();
        let (first, rest) = events.split_first().expect("events");
        let (last, inner) = rest.split_last().expect("events");
        assert!(
            matches!(first.0, Event::Start(Tag::Paragraph)),
            "{text:?}: {events:?}"
        );
        assert!(
            matches!(last.0, Event::End(TagEnd::Paragraph)),
            "{text:?}: {events:?}"
        );
        let mut at = 0;
        for (event, range) in inner {
            let Event::Text(t) = event else {
                panic!("{text:?}: {events:?}");
            };
            assert_eq!((range.start, &text[range.clone()]), (at, &**t), "{text:?}");
            at = range.end;
        }
        assert_eq!(at, text.len(), "{text:?}: {events:?}");
    }

    #[test]
    fn raw_html_is_text() {
        let html =
            render_markdown("Hello <script>alert(1)</script> <b>x</b>", "s", 2).into_string();
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn unsafe_links_become_text() {
        let html = render_markdown(
            "[a](javascript:alert(1)) [b](https://example.com) [c](mailto:x@example.com)",
            "s",
            2,
        )
        .into_string();
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("href=\"https://example.com\""));
        assert!(html.contains("href=\"mailto:x@example.com\""));
    }

    #[test]
    fn footnotes_are_namespaced_by_section() {
        let html = render_markdown("Traffic[^t].\n\n[^t]: Data about a call.", "retention", 2)
            .into_string();
        assert!(html.contains("href=\"#fn-retention-t\""), "{html}");
        assert!(html.contains("id=\"fn-retention-t\""), "{html}");
    }

    #[test]
    fn parts_share_footnotes_and_come_back_separate() {
        let parts = render_parts(
            &["Traffic[^t].", "More.\n\n[^t]: Data about a call."],
            "s",
            2,
        );
        assert_eq!(parts.len(), 2);
        assert!(parts[0].as_str().contains("href=\"#fn-s-t\""), "{parts:?}");
        assert!(parts[1].as_str().contains("id=\"fn-s-t\""), "{parts:?}");
        assert!(!parts[0].as_str().contains("vellum-part"), "{parts:?}");
        // An open code fence cannot swallow the next part.
        let parts = render_parts(&["```\ncode", "After."], "s", 2);
        assert!(parts[1].as_str().contains("<p>After.</p>"), "{parts:?}");
    }

    #[test]
    fn images_keep_only_their_words() {
        let html = render_markdown("![a tracking pixel](https://tracker.example/p.gif)", "s", 2)
            .into_string();
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("a tracking pixel"), "{html}");
    }
}
