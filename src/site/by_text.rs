//! What one build computes from a file's text, kept by the text: files that
//! are the same bytes (a regional language reading its main language's
//! file, translations that began as copies of one file, the confirmations
//! of languages that are all current) are parsed once, not once per
//! language.

use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// One text's result, once computed: `None` when it had problems.
type Cell<V> = Arc<OnceLock<Option<V>>>;

/// A text and its result.
type Entry<V> = (String, Cell<V>);

/// Results by the text they were computed from. Only a result without
/// problems is shared: a problem names the file and the language it was
/// found for, so every file with problems is read on its own.
pub struct SharedByText<V> {
    /// By a hash of each text's length and ends, then by the whole text:
    /// hashing whole files of a few hundred kilobytes cost more than the
    /// comparison that confirms a match.
    by_text: Mutex<HashMap<u64, Vec<Entry<V>>>>,
}

/// A hash of `text`'s length and of up to 256 bytes at either end.
fn sample_hash(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut h = crate::prose::hash::Fnv::default();
    h.write(&n.to_le_bytes());
    h.write(&bytes[..n.min(256)]);
    h.write(&bytes[n.saturating_sub(256)..]);
    h.finish()
}

impl<V> Default for SharedByText<V> {
    fn default() -> Self {
        SharedByText {
            by_text: Mutex::default(),
        }
    }
}

impl<V: Clone> SharedByText<V> {
    /// The result of `compute` for `text`: the one another caller computed
    /// from the same text, or this caller's own. `compute` fails with the
    /// problems it found. A caller that finds the text being computed
    /// waits for it, so `compute` must not wait on other callers' work.
    pub fn get_or_compute<E>(
        &self,
        text: &str,
        compute: impl Fn() -> Result<V, E>,
    ) -> Result<V, E> {
        let cell = {
            let mut by_text = self.by_text.lock().unwrap_or_else(PoisonError::into_inner);
            let alike = by_text.entry(sample_hash(text)).or_default();
            match alike.iter().find(|(t, _)| t == text) {
                Some((_, cell)) => Arc::clone(cell),
                None => {
                    let cell = Cell::default();
                    alike.push((text.to_string(), Arc::clone(&cell)));
                    cell
                }
            }
        };
        let mut own = None;
        let shared = cell.get_or_init(|| match compute() {
            Ok(value) => Some(value),
            Err(problems) => {
                own = Some(problems);
                None
            }
        });
        match (own, shared) {
            (Some(problems), _) => Err(problems),
            (None, Some(value)) => Ok(value.clone()),
            // Another caller found problems in this text: they are this
            // caller's too, found in its own file.
            (None, None) => compute(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_text_is_computed_once_and_a_problem_once_per_caller() {
        let shared = SharedByText::<Arc<String>>::default();
        let runs = AtomicUsize::new(0);
        let parse = |text: &str, caller: &str| {
            shared.get_or_compute(text, || {
                runs.fetch_add(1, Ordering::Relaxed);
                if text.contains('!') {
                    Err(format!("{caller}: bad"))
                } else {
                    Ok(Arc::new(text.to_uppercase()))
                }
            })
        };
        let a = parse("same", "a").unwrap();
        let b = parse("same", "b").unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(parse("other", "c").unwrap().as_str(), "OTHER");
        assert_eq!(runs.load(Ordering::Relaxed), 2);
        // Texts alike at both ends and in length are told apart.
        let middle = |c: char| format!("{}{c}{}", "x".repeat(300), "y".repeat(300));
        assert_eq!(
            parse(&middle('a'), "f").unwrap().as_str(),
            middle('a').to_uppercase()
        );
        assert_eq!(
            parse(&middle('b'), "g").unwrap().as_str(),
            middle('b').to_uppercase()
        );
        assert_eq!(runs.load(Ordering::Relaxed), 4);
        assert_eq!(parse("bad!", "d"), Err("d: bad".to_string()));
        assert_eq!(parse("bad!", "e"), Err("e: bad".to_string()));
        assert_eq!(runs.load(Ordering::Relaxed), 6);
    }
}
