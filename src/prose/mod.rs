//! Prose, below every stage that reads it: the Markdown dialect and its link
//! policy (checks and rendering must agree on both), and HTML as a type.

pub mod hash;
pub mod html;
pub mod markdown;
pub mod markers;
pub mod phrases;

pub use html::{Html, escape_html};

/// `count` texts of 1 to `max_len` pieces each, drawn by a fixed xorshift
/// sequence from `seed`: the generated input of the short cuts' tests.
#[cfg(test)]
pub(crate) fn generated_texts(
    pieces: &[&str],
    seed: u64,
    max_len: usize,
    count: usize,
) -> Vec<String> {
    let mut state = seed;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % n as u64).unwrap_or(0)
    };
    (0..count)
        .map(|_| {
            let len = 1 + next(max_len);
            (0..len).map(|_| pieces[next(pieces.len())]).collect()
        })
        .collect()
}
