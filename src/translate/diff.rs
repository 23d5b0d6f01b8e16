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

/// How many pairs of words the changed middles of two texts may form for a
/// word-by-word diff. Myers' algorithm takes time in proportion to the
/// texts' length times the words changed: a 0.25 MB section that replaced a
/// paragraph took 13 s, a 1 MB one three minutes. Past this, the middle is
/// shown as replaced whole, which for a rewrite that large is what it is.
const MAX_WORD_PAIRS: usize = 2_000 * 2_000;

/// The word-level difference from `old` to `new`.
pub fn word_diff(old: &str, new: &str) -> WordDiff {
    let runs = match rewritten_middle(old, new) {
        Some(runs) => runs,
        None => word_runs(old, new),
    };
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

/// Runs of the same tag, word by word, with line breaks shown as spaces.
fn word_runs(old: &str, new: &str) -> Vec<(ChangeTag, String)> {
    let diff = TextDiff::from_words(old, new);
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let value = change.value().replace(['\n', '\r'], " ");
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(&value),
            _ => runs.push((change.tag(), value)),
        }
    }
    runs
}

/// The runs of a change too large to diff word by word (see
/// [`MAX_WORD_PAIRS`]): the words both texts start and end with kept, the
/// middle removed and added whole. `None` for a change small enough.
fn rewritten_middle(old: &str, new: &str) -> Option<Vec<(ChangeTag, String)>> {
    let (old, new): (Vec<&str>, Vec<&str>) = (
        old.split_whitespace().collect(),
        new.split_whitespace().collect(),
    );
    let start = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let end = old[start..]
        .iter()
        .rev()
        .zip(new[start..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (removed, added) = (&old[start..old.len() - end], &new[start..new.len() - end]);
    if removed.len().saturating_mul(added.len()) <= MAX_WORD_PAIRS {
        return None;
    }
    let text = |words: &[&str]| format!(" {} ", words.join(" "));
    let runs = [
        (ChangeTag::Equal, &old[..start]),
        (ChangeTag::Delete, removed),
        (ChangeTag::Insert, added),
        (ChangeTag::Equal, &old[old.len() - end..]),
    ];
    Some(
        runs.into_iter()
            .filter(|(_, words)| !words.is_empty())
            .map(|(tag, words)| (tag, text(words)))
            .collect(),
    )
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

    /// A paragraph replaced by a text of 40,000 words is shown as replaced
    /// whole, between the words both keep (a word-by-word diff of it took
    /// 13 s); a long text with one word changed is still diffed word by word.
    #[test]
    fn a_rewrite_too_large_to_diff_word_by_word_is_shown_whole() {
        let words = |n: usize, tag: &str| -> String {
            (0..n)
                .map(|i| format!("{tag}{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let old = format!("Intro words. {} Closing words.", words(2_500, "old"));
        let new = format!("Intro words. {} Closing words.", words(40_000, "new"));
        let d = word_diff(&old, &new);
        assert_eq!(d.removed, [words(2_500, "old")]);
        assert_eq!(d.added, [words(40_000, "new")]);
        assert!(
            d.inline.starts_with("Intro words. [-old0 old1 "),
            "{}",
            &d.inline[..60]
        );
        assert!(d.inline.ends_with("new39999+} Closing words."));

        let long = words(40_000, "w");
        let d = word_diff(&long, &long.replace("w20000", "changed"));
        assert_eq!(
            (d.removed, d.added),
            (vec!["w20000".to_string()], vec!["changed".to_string()])
        );
        assert_eq!(
            d.inline,
            "… w19994 w19995 w19996 w19997 w19998 w19999 [-w20000-]{+changed+} w20001 w20002 w20003 w20004 w20005 w20006 …"
        );
    }
}
