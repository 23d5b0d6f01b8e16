//! HTML as a type. Text from YAML and Fluent is untrusted: it stays a plain
//! `String` until it reaches a template, where Tera escapes it. Only markup
//! vellum made itself (rendered Markdown, a `lang` span around a fallback)
//! is [`Html`], which templates receive as already-safe text.

use serde::{Serialize, Serializer};
use std::fmt;

/// Markup vellum produced from escaped text; safe to print as is.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Html(String);

impl Html {
    /// Plain text, escaped.
    pub fn text(text: &str) -> Html {
        Html(escape_html(text))
    }

    /// Markup built by vellum from escaped parts. Callers guarantee that
    /// every piece of content inside `markup` was escaped or rendered by
    /// [`crate::prose::markdown`].
    pub fn trusted(markup: String) -> Html {
        Html(markup)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Html {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// In a Tera context an `Html` value is a safe string that autoescaping
/// leaves alone; everywhere else (JSON) it is an ordinary string.
impl Serialize for Html {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        tera::Value::safe_string(&self.0).serialize(serializer)
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
