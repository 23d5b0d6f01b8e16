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
    push_escaped_html(&mut out, text);
    out
}

/// [`escape_html`] onto the end of `out`.
pub fn push_escaped_html(out: &mut String, text: &str) {
    escaped_pieces(text, |piece| out.push_str(piece));
}

/// [`escape_html`] for Tera's autoescaping, with the same entities as
/// Tera's own. Tera's writes each byte through `dyn Write` on its own,
/// which was 3% of a large site's build; this writes the runs between the
/// characters it escapes whole.
pub fn write_escaped_html(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut result = Ok(());
    escaped_pieces(text, |piece| {
        if result.is_ok() {
            result = out.write_all(piece.as_bytes());
        }
    });
    result
}

/// `text` in pieces, the five characters that mean something in HTML as
/// their entities.
fn escaped_pieces(text: &str, mut piece: impl FnMut(&str)) {
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        piece(&text[start..i]);
        piece(entity);
        start = i + 1;
    }
    piece(&text[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_matches_teras_own() {
        for text in [
            "",
            "plain",
            "<a href=\"x\">Tom & 'Jerry'</a>",
            "&&<<>>\"\"''",
            "één € 😀 <é>",
            "ends with &",
            "'starts",
        ] {
            let mut ours = Vec::new();
            write_escaped_html(text, &mut ours).unwrap();
            let mut teras = Vec::new();
            tera::escape_html(text, &mut teras).unwrap();
            assert_eq!(ours, teras, "{text}");
            assert_eq!(escape_html(text).as_bytes(), teras, "{text}");
        }
    }
}
