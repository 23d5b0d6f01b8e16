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
    let mut footnote_numbers: BTreeMap<String, usize> = BTreeMap::new();
    let mut number_of = |name: &str| {
        let next = footnote_numbers.len() + 1;
        *footnote_numbers.entry(name.to_string()).or_insert(next)
    };
    let mut refused_links = Vec::new();
    let mut events = Vec::new();
    for event in Parser::new_ext(text, markdown_options()) {
        let mapped = match event {
            Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe = !matches!(classify_link(&dest_url), LinkTarget::Refused);
                refused_links.push(!safe);
                safe.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link) => {
                let refused = refused_links.pop().unwrap_or(false);
                (!refused).then_some(Event::End(TagEnd::Link))
            }
            // Images are refused (they would let a third party see every reader);
            // their alt text stays as words.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let shifted = shift_heading(level, heading_level);
                Some(Event::Start(Tag::Heading {
                    level: shifted,
                    id: None,
                    classes,
                    attrs,
                }))
            }
            Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(shift_heading(
                level,
                heading_level,
            )))),
            Event::FootnoteReference(name) => {
                let n = number_of(&name);
                let slug = slug(&name);
                Some(Event::Html(CowStr::from(format!(
                    "<sup class=\"footnote-ref\"><a href=\"#fn-{section_id}-{slug}\" id=\"fnref-{section_id}-{slug}\">{n}</a></sup>"
                ))))
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let n = number_of(&name);
                let slug = slug(&name);
                Some(Event::Html(CowStr::from(format!(
                    "<div class=\"footnote\" id=\"fn-{section_id}-{slug}\"><span class=\"footnote-label\">{n}</span>"
                ))))
            }
            Event::End(TagEnd::FootnoteDefinition) => Some(Event::Html(CowStr::from("</div>\n"))),
            other => Some(other),
        };
        if let Some(e) = mapped {
            events.push(e);
        }
    }
    let mut out = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    // pulldown-cmark escapes text; raw HTML was turned into text above.
    Html::trusted(out)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn images_keep_only_their_words() {
        let html = render_markdown("![a tracking pixel](https://tracker.example/p.gif)", "s", 2)
            .into_string();
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("a tracking pixel"), "{html}");
    }
}
