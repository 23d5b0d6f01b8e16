//! `TODO` markers: what `vellum init` and `vellum i18n add` leave for the
//! writer and the translator to fill in. Each one is a warning at its line and
//! column until it is gone, so a draft builds and previews, and a publishing
//! job that denies warnings (`--strict`, `--deny-warnings`) refuses it.

use crate::diagnostics::{Code, Diagnostic};
use crate::site::SiteFiles;
use crate::translate::ftl::GENERATED_HEADER;

/// The folders a writer edits. The generated source-language `.ftl` repeats
/// the YAML's text, so its markers are reported once, in the YAML.
const EDITED: [&str; 4] = ["content/", "locales/", "templates/", "theme/"];

/// The marker: upper case, a word of its own ("TODO:" or "TODO "), so the
/// Spanish and Portuguese word "todo" in prose is never one.
const MARKER: &str = "TODO";

/// How much of the marker's line the message quotes.
const QUOTED_CHARS: usize = 80;

/// Reports every `TODO` marker in the site's text files.
pub fn check_todos(site: &SiteFiles, out: &mut Vec<Diagnostic>) {
    for dir in EDITED {
        for (rel, bytes) in site.under(dir) {
            // What is not a text file, or is generated, is passed over before
            // its bytes are read: a translation's fingerprints
            // (`translated-from.json`) run to hundreds of kilobytes.
            if !is_text(rel) || bytes.starts_with(GENERATED_HEADER.as_bytes()) {
                continue;
            }
            let Ok(text) = std::str::from_utf8(bytes) else {
                continue;
            };
            // Most files have no marker: one search over the file spares
            // walking its lines.
            if !text.contains(MARKER) {
                continue;
            }
            let file = format!("{dir}{rel}");
            for (index, line) in text.lines().enumerate() {
                for col in markers(line) {
                    out.push(todo_diagnostic(&file, index + 1, line, col));
                }
            }
        }
    }
}

fn is_text(rel: &str) -> bool {
    [".yaml", ".yml", ".ftl", ".html", ".css", ".md"]
        .iter()
        .any(|ext| rel.ends_with(ext))
}

/// Byte offsets of the markers in a line.
fn markers(line: &str) -> Vec<usize> {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    line.match_indices(MARKER)
        .map(|(at, _)| at)
        .filter(|&at| {
            !word(line[..at].chars().next_back()) && !word(line[at + MARKER.len()..].chars().next())
        })
        .collect()
}

fn todo_diagnostic(file: &str, line_no: usize, line: &str, at: usize) -> Diagnostic {
    let rest = line[at + MARKER.len()..]
        .trim_start_matches([':', ' ', '-', '\t'])
        .trim_end();
    let mut said: String = rest.chars().take(QUOTED_CHARS).collect();
    if rest.chars().count() > QUOTED_CHARS {
        said.push('…');
    }
    let message = if said.is_empty() {
        "left to do here".to_string()
    } else {
        format!("left to do: {said}")
    };
    let col = line[..at].chars().count() + 1;
    Diagnostic::warning(Code::Todo, message)
        .at(
            file,
            crate::diagnostics::Pos::new(
                u32::try_from(line_no).unwrap_or(u32::MAX),
                u32::try_from(col).unwrap_or(u32::MAX),
            ),
        )
        .spanning(MARKER.len())
        .hint("do what the note says, then delete the TODO marker (publishing with --strict or --deny-warnings refuses a notice that still has one)")
}

#[cfg(test)]
mod tests {
    use super::markers;

    #[test]
    fn markers_are_whole_upper_case_words() {
        assert_eq!(markers("title: x  # TODO: your title"), vec![12]);
        assert_eq!(markers("TODO"), vec![0]);
        assert_eq!(
            markers("todo, TODOS, XTODO, TODO_1 and Todo"),
            Vec::<usize>::new()
        );
        assert_eq!(markers("(TODO) and TODO."), vec![1, 11]);
    }
}
