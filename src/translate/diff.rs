//! What changed in a source text since a translation was confirmed, word by
//! word, as a translator reads it: `[-removed-]{+added+}` with a few words of
//! context around each change (the notation of `wdiff` and `git diff
//! --word-diff`).

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// Words of unchanged text shown on each side of a change.
const CONTEXT_WORDS: usize = 6;

/// A word-level difference between two texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordDiff {
    /// The changes with some context, on one line: `… keep it for
    /// [-six-]{+twelve+} months …`.
    pub inline: String,
    /// The removed words, each change's words joined.
    pub removed: Vec<String>,
    /// The added words.
    pub added: Vec<String>,
}

/// The word-level difference from `old` to `new`.
pub fn word_diff(old: &str, new: &str) -> WordDiff {
    let diff = TextDiff::from_words(old, new);
    // Runs of the same tag, with line breaks shown as spaces.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let value = change.value().replace(['\n', '\r'], " ");
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(&value),
            _ => runs.push((change.tag(), value)),
        }
    }
    let mut out = WordDiff {
        inline: String::new(),
        removed: Vec::new(),
        added: Vec::new(),
    };
    let last = runs.len().saturating_sub(1);
    for (i, (tag, text)) in runs.iter().enumerate() {
        match tag {
            ChangeTag::Equal => out.inline.push_str(&context(text, i == 0, i == last)),
            ChangeTag::Delete => {
                out.removed.push(text.trim().to_string());
                out.inline.push_str(&format!("[-{}-]", text.trim()));
            }
            ChangeTag::Insert => {
                out.added.push(text.trim().to_string());
                out.inline.push_str(&format!("{{+{}+}}", text.trim()));
            }
        }
    }
    out.inline = out.inline.split_whitespace().collect::<Vec<_>>().join(" ");
    out
}

/// Unchanged text shortened to a few words next to the changes around it.
fn context(text: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let keep_before = if first { 0 } else { CONTEXT_WORDS };
    let keep_after = if last { 0 } else { CONTEXT_WORDS };
    if words.len() <= keep_before + keep_after {
        return format!(" {} ", words.join(" "));
    }
    let mut out = String::from(" ");
    if keep_before > 0 {
        out.push_str(&words[..keep_before].join(" "));
    }
    out.push_str(" … ");
    if keep_after > 0 {
        out.push_str(&words[words.len() - keep_after..].join(" "));
    }
    out.push(' ');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_changed_words_in_a_long_text() {
        let old = "We keep the traffic data of text messages and calls for six months after \
                   the message was sent, and longer only where the law of the country \
                   requires it, which is set out per country below.";
        let new = old
            .replace("six months", "twelve months")
            .replace("of the country requires", "of the state requires");
        let d = word_diff(old, &new);
        assert_eq!(d.removed, ["six", "country"]);
        assert_eq!(d.added, ["twelve", "state"]);
        assert_eq!(
            d.inline,
            "… of text messages and calls for [-six-]{+twelve+} months after the message was \
             sent, … only where the law of the [-country-]{+state+} requires it, which is set out …"
        );
    }
}
