//! Block markers: a paragraph of its own that reads `{{block: retention-table}}`
//! places a data block at that point of a section's prose. The marker is not
//! prose: a body is split at its markers into parts, each translated as its
//! own message, so the block stands at the same place in every language and
//! no translator can move or drop it.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::ops::Range;

/// A block marker found in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The block's name as written.
    pub name: String,
    /// Byte range of the marker paragraph in the body.
    pub range: Range<usize>,
}

/// A stretch of prose between markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    /// The marker right before this part; `None` for the first part.
    pub after: Option<&'a Marker>,
    /// The prose, without the blank lines around it.
    pub text: &'a str,
    /// Byte offset of `text` in the body.
    pub offset: usize,
}

/// Writes a marker the way vellum joins parts back together.
pub fn marker_text(name: &str) -> String {
    format!("{{{{block: {name}}}}}")
}

/// The block name of a marker paragraph, if `text` is one.
pub fn parse_marker(text: &str) -> Option<&str> {
    let inner = text.trim().strip_prefix("{{")?.strip_suffix("}}")?.trim();
    let name = inner
        .strip_prefix("block")?
        .trim_start()
        .strip_prefix(':')?
        .trim();
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(name)
}

/// Every marker paragraph at the top level of `body` (not inside a list, a
/// quote or a code block), in order.
pub fn find_markers(body: &str) -> Vec<Marker> {
    let mut markers = Vec::new();
    let mut depth = 0usize;
    let mut paragraph: Option<usize> = None;
    for (event, range) in
        Parser::new_ext(body, super::markdown::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Paragraph) if depth == 0 => {
                paragraph = Some(range.start);
                depth += 1;
            }
            Event::End(TagEnd::Paragraph) if depth == 1 && paragraph.is_some() => {
                depth -= 1;
                let start = paragraph.take().unwrap_or(range.start);
                let span = start..range.end;
                if let Some(name) = parse_marker(&body[span.clone()]) {
                    markers.push(Marker {
                        name: name.to_string(),
                        range: span,
                    });
                }
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    markers
}

/// The parts of `body` between its markers, in order. The first part may be
/// empty (a body that opens with a block); later parts may be too.
pub fn split<'a>(body: &'a str, markers: &'a [Marker]) -> Vec<Part<'a>> {
    let mut parts = Vec::with_capacity(markers.len() + 1);
    let mut from = 0;
    let mut after = None;
    for m in markers.iter().chain(std::iter::once(&Marker {
        name: String::new(),
        range: body.len()..body.len(),
    })) {
        let raw = &body[from..m.range.start];
        let trimmed_start = raw.len() - raw.trim_start().len();
        parts.push(Part {
            after,
            text: raw.trim(),
            offset: from + trimmed_start,
        });
        from = m.range.end;
        after = markers.iter().find(|x| x.range == m.range);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_paragraph_splits_the_body() {
        let body = "First.\n\n{{block: retention-table}}\n\nSecond.\n";
        let markers = find_markers(body);
        assert_eq!(markers.len(), 1);
        assert_eq!(markers[0].name, "retention-table");
        let parts = split(body, &markers);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].text, "First.");
        assert_eq!(parts[1].text, "Second.");
        assert_eq!(&body[parts[1].offset..parts[1].offset + 7], "Second.");
        assert_eq!(
            parts[1].after.map(|m| m.name.as_str()),
            Some("retention-table")
        );
    }

    #[test]
    fn spacing_inside_the_marker_is_free_but_its_place_is_not() {
        assert_eq!(parse_marker("{{ block : offices }}"), Some("offices"));
        assert_eq!(parse_marker("{{block: offices}} and more"), None);
        // Inside a list or a code block, the words are prose.
        let body =
            "- {{block: offices}}\n\n```\n{{block: offices}}\n```\n\nSee {{block: offices}}.";
        assert!(find_markers(body).is_empty());
    }
}
