//! Content in one language, with the source language as the fallback: a
//! missing translation shows the source text, marked with the source language
//! so screen readers pronounce it right.

use super::Catalog;
use crate::render::markdown::{render_inline, render_markdown};
use fluent_bundle::FluentArgs;

pub struct Localizer<'a> {
    pub lang: &'a str,
    pub catalog: &'a Catalog,
    pub source_lang: &'a str,
    pub source: &'a Catalog,
    /// Values for placeables (facts), already in this language.
    pub args: &'a FluentArgs<'a>,
    /// Plain texts already formatted: a category or country name recurs in
    /// hundreds of table rows.
    pub plain_cache: std::cell::RefCell<std::collections::HashMap<String, String>>,
}

/// A text and whether it had to fall back to the source language.
pub struct Localized {
    pub text: String,
    pub fallback: bool,
}

impl Localizer<'_> {
    pub fn lookup(&self, id: &str) -> Option<Localized> {
        if let Some(text) = self.catalog.format_with(id, self.args) {
            return Some(Localized {
                text,
                fallback: false,
            });
        }
        self.source
            .format_with(id, self.args)
            .map(|text| Localized {
                text,
                fallback: self.lang != self.source_lang,
            })
    }

    /// Plain text, for attributes and `<title>`.
    pub fn plain(&self, id: &str, default: &str) -> String {
        self.lookup(id)
            .map_or_else(|| default.to_string(), |l| l.text)
    }

    /// Plain text as HTML, wrapped in a `lang` span when it fell back.
    pub fn plain_html(&self, id: &str, default: &str) -> String {
        if let Some(html) = self.plain_cache.borrow().get(id) {
            return html.clone();
        }
        let html = self.plain_html_uncached(id, default);
        self.plain_cache
            .borrow_mut()
            .insert(id.to_string(), html.clone());
        html
    }

    fn plain_html_uncached(&self, id: &str, default: &str) -> String {
        match self.lookup(id) {
            Some(l) if l.fallback => format!(
                "<span lang=\"{}\">{}</span>",
                self.source_lang,
                escape_html(&l.text)
            ),
            Some(l) => escape_html(&l.text),
            None => escape_html(default),
        }
    }

    /// Markdown rendered as blocks (a section body).
    pub fn markdown_block(&self, id: &str, section_id: &str, heading_level: u8) -> String {
        match self.lookup(id) {
            Some(l) if l.fallback => format!(
                "<div lang=\"{}\">\n{}</div>\n",
                self.source_lang,
                render_markdown(&l.text, section_id, heading_level)
            ),
            Some(l) => render_markdown(&l.text, section_id, heading_level),
            None => String::new(),
        }
    }

    /// Markdown rendered inline (a table cell, a description).
    pub fn markdown_inline(&self, id: &str, section_id: &str) -> Option<String> {
        let l = self.lookup(id)?;
        let html = render_inline(&l.text, section_id);
        Some(if l.fallback {
            format!("<span lang=\"{}\">{html}</span>", self.source_lang)
        } else {
            html
        })
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
