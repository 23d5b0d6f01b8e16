//! A readable word-level diff of prose: changed paragraphs only, each with
//! its removed and added words, the words around them kept.
//!
//! Paragraphs are matched first (a paragraph moved or inserted should not
//! turn its neighbours into a jumble of single-word edits), then the words of
//! each changed pair. A pair that shares less than half its words reads
//! better as "this paragraph, replaced by that one" than as a word diff.

use serde::Serialize;
use similar::{Algorithm, ChangeTag, DiffOp, TextDiff};

/// A run of words in a changed paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// Below this share of words in common, a changed paragraph is shown as
/// removed and replaced rather than word by word.
const MIN_RATIO: f32 = 0.5;
/// Paragraphs longer than this are compared whole: a word diff of a very
/// long paragraph costs more than it tells.
const MAX_WORDS: usize = 5_000;

/// The changed paragraphs between two texts (paragraphs on lines of their
/// own), in order; unchanged paragraphs are left out.
pub fn prose_diff(old: &str, new: &str) -> Vec<Vec<Piece>> {
    let old: Vec<&str> = paragraphs(old);
    let new: Vec<&str> = paragraphs(new);
    let mut out = Vec::new();
    for op in similar::capture_diff_slices(Algorithm::Patience, &old, &new) {
        match op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for p in &old[old_index..old_index + old_len] {
                    out.push(vec![Piece::Removed((*p).to_string())]);
                }
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for p in &new[new_index..new_index + new_len] {
                    out.push(vec![Piece::Added((*p).to_string())]);
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let olds = &old[old_index..old_index + old_len];
                let news = &new[new_index..new_index + new_len];
                for i in 0..old_len.max(new_len) {
                    match (olds.get(i), news.get(i)) {
                        (Some(o), Some(n)) => out.extend(paragraph_diff(o, n)),
                        (Some(o), None) => out.push(vec![Piece::Removed((*o).to_string())]),
                        (None, Some(n)) => out.push(vec![Piece::Added((*n).to_string())]),
                        (None, None) => {}
                    }
                }
            }
        }
    }
    out
}

fn paragraphs(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// One changed paragraph, word by word, or whole when little is shared.
fn paragraph_diff(old: &str, new: &str) -> Vec<Vec<Piece>> {
    let long = old
        .split_whitespace()
        .count()
        .max(new.split_whitespace().count())
        > MAX_WORDS;
    let diff = (!long).then(|| {
        TextDiff::configure()
            .algorithm(Algorithm::Patience)
            .diff_words(old, new)
    });
    match diff {
        Some(diff) if diff.ratio() >= MIN_RATIO => {
            let changes: Vec<(ChangeTag, &str)> = diff
                .iter_all_changes()
                .map(|c| (c.tag(), c.value()))
                .collect();
            vec![pieces(&changes)]
        }
        _ => vec![
            vec![Piece::Removed(old.to_string())],
            vec![Piece::Added(new.to_string())],
        ],
    }
}

/// Groups word changes into runs: within each run of changes the removed
/// words come before the added ones, and a space alone between two changes
/// joins them, so "<del>two</del> <del>years</del>" reads as one edit.
fn pieces(changes: &[(ChangeTag, &str)]) -> Vec<Piece> {
    let mut out = Vec::new();
    let (mut removed, mut added) = (String::new(), String::new());
    let mut i = 0;
    while i < changes.len() {
        let (tag, value) = changes[i];
        match tag {
            ChangeTag::Delete => removed.push_str(value),
            ChangeTag::Insert => added.push_str(value),
            ChangeTag::Equal => {
                let between_changes = value.trim().is_empty()
                    && (!removed.is_empty() || !added.is_empty())
                    && changes[i + 1..]
                        .first()
                        .is_some_and(|(t, _)| *t != ChangeTag::Equal);
                if between_changes {
                    removed.push_str(value);
                    added.push_str(value);
                } else {
                    flush(&mut out, &mut removed, &mut added);
                    push_same(&mut out, value);
                }
            }
        }
        i += 1;
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

fn flush(out: &mut Vec<Piece>, removed: &mut String, added: &mut String) {
    if !removed.is_empty() {
        out.push(Piece::Removed(std::mem::take(removed)));
    }
    if !added.is_empty() {
        out.push(Piece::Added(std::mem::take(added)));
    }
}

fn push_same(out: &mut Vec<Piece>, value: &str) {
    if let Some(Piece::Same(s)) = out.last_mut() {
        s.push_str(value);
    } else {
        out.push(Piece::Same(value.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Piece::*;

    fn s(t: &str) -> String {
        t.to_string()
    }

    #[test]
    fn a_changed_word_is_shown_in_its_sentence() {
        let d = prose_diff(
            "We keep tickets for two years.\nWe never sell data.",
            "We keep tickets for three years.\nWe never sell data.",
        );
        assert_eq!(
            d,
            vec![vec![
                Same(s("We keep tickets for ")),
                Removed(s("two")),
                Added(s("three")),
                Same(s(" years.")),
            ]]
        );
    }

    #[test]
    fn adjacent_changed_words_form_one_edit() {
        let d = prose_diff("Kept for two years here.", "Kept for six months here.");
        assert_eq!(
            d[0],
            vec![
                Same(s("Kept for ")),
                Removed(s("two years")),
                Added(s("six months")),
                Same(s(" here.")),
            ]
        );
    }

    #[test]
    fn inserted_and_removed_paragraphs_are_whole() {
        let d = prose_diff("A.\nB is old.\nC.", "A.\nC.\nD is new.");
        assert_eq!(
            d,
            vec![vec![Removed(s("B is old."))], vec![Added(s("D is new."))]]
        );
    }

    #[test]
    fn a_rewritten_paragraph_is_replaced_not_shredded() {
        let d = prose_diff(
            "We store everything in Amsterdam.",
            "Our processors host the platform in several countries.",
        );
        assert_eq!(
            d,
            vec![
                vec![Removed(s("We store everything in Amsterdam."))],
                vec![Added(s(
                    "Our processors host the platform in several countries."
                ))],
            ]
        );
    }

    #[test]
    fn identical_texts_have_no_changes() {
        assert!(prose_diff("Same.\n\nText.", "Same.\nText.").is_empty());
    }
}
