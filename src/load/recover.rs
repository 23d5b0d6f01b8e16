//! Reading a YAML file past its structural errors, so one run reports every
//! problem of a file and a mistake in one entry does not take its neighbours
//! (or their ids) down with it.
//!
//! serde stops at the first error and leaves the YAML parser mid-stream, so
//! an error cannot be skipped in place. Instead the file's text is repaired
//! and parsed again, each repair keeping every other line and column where it
//! was (positions in later findings stay true):
//!
//! - a misspelt key whose likely spelling is another key of the mapping
//!   (`titel:` for `title:`) is read as that key, when it is no longer than
//!   the misspelling (padded with spaces before the colon);
//! - any other unknown key, a duplicate key, or a value of the wrong type is
//!   blanked with everything nested under it;
//! - an entry that still cannot be read (a required key is missing) is
//!   blanked as a whole list item: the item is left out and its id recorded,
//!   so references to it are not reported as unknown.
//!
//! Each repair costs one more parse of the file, so at most
//! [`MAX_RECOVERIES`] are made.

use super::yaml::{is_resource_error, located_diagnostic, yaml_options};
use crate::diagnostics::{Diagnostic, suggest};
use crate::model::values::take_problems;
use serde::Deserialize;
use serde_saphyr::Error;

/// Repairs made in one file before vellum gives up on it.
pub const MAX_RECOVERIES: usize = 100;

/// What reading a file produced.
#[derive(Clone)]
pub struct Recovered<T> {
    /// `None` when the file could not be read at all.
    pub value: Option<T>,
    pub diagnostics: Vec<Diagnostic>,
    /// Ids of list items that were left out.
    pub dropped: Vec<String>,
    /// An item without a readable id was left out: any id might have been its.
    pub dropped_unnamed: bool,
    /// The id at the top of a file that could not be read at all (a section).
    pub failed_id: Option<String>,
    /// Ids of list items read with a value blanked: their own checks would
    /// judge what is left, a cascade of the error already reported.
    pub repaired: Vec<String>,
}

/// The text being repaired, line by line.
struct Doc {
    lines: Vec<String>,
}

/// A key read under another name, undone when the mapping has that key already.
struct Rename {
    line: usize,
    col: usize,
    original: String,
    to: String,
}

/// Parses `text` as `T`, repairing what stops serde, and reports every problem.
pub fn parse_recovering<T>(file: &str, text: &str, what: &str) -> Recovered<T>
where
    T: for<'de> Deserialize<'de>,
{
    let mut doc = Doc {
        lines: text.split('\n').map(str::to_string).collect(),
    };
    let mut out = Recovered {
        value: None,
        diagnostics: Vec::new(),
        dropped: Vec::new(),
        dropped_unnamed: false,
        failed_id: None,
        repaired: Vec::new(),
    };
    let mut state = State::default();
    for attempt in 0..=MAX_RECOVERIES {
        let current = doc.lines.join("\n");
        let _ = take_problems();
        let parsed = serde_saphyr::from_str_with_options::<T>(&current, yaml_options());
        for d in super::yaml::value_problems(file, &current) {
            if !out.diagnostics.contains(&d) {
                out.diagnostics.push(d);
            }
        }
        let err = match parsed {
            Ok(value) => {
                out.value = Some(value);
                return out;
            }
            Err(e) => e,
        };
        if attempt == 0 && hides_resource_error(&current) {
            out.diagnostics
                .push(located_diagnostic(file, what, &resource_error(&current)));
            return out;
        }
        if attempt == MAX_RECOVERIES || !state.repair(&mut doc, &err, file, what, &mut out) {
            out.failed_id = doc.top_level_id();
            return out;
        }
    }
    out
}

/// A type error can hide an alias bomb or absurd nesting further down, which
/// the typed parse never reached; an untyped parse under the same budget
/// tells which, so the writer learns the real problem.
fn hides_resource_error(text: &str) -> bool {
    serde_saphyr::from_str_with_options::<serde_json::Value>(text, yaml_options())
        .err()
        .is_some_and(|e| is_resource_error(&e))
}

fn resource_error(text: &str) -> Error {
    match serde_saphyr::from_str_with_options::<serde_json::Value>(text, yaml_options()) {
        Err(e) => e,
        Ok(_) => Error::Message {
            msg: "the file is too complex".to_string(),
            location: serde_saphyr::Location::UNKNOWN,
        },
    }
}

#[derive(Default)]
struct State {
    /// Keys left out of a mapping (blanked or read as another key): a
    /// "missing key" that follows is their consequence, already reported.
    left_out: Vec<String>,
    rename: Option<Rename>,
}

impl State {
    /// Repairs what stopped the parse; false when nothing more can be done.
    fn repair<T>(
        &mut self,
        doc: &mut Doc,
        err: &Error,
        file: &str,
        what: &str,
        out: &mut Recovered<T>,
    ) -> bool {
        let plain = err.without_snippet();
        let Some((line, col)) = plain
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .filter(|(l, c)| *l > 0 && *c > 0)
        else {
            out.diagnostics.push(located_diagnostic(file, what, err));
            return false;
        };
        let (line, col) = (line - 1, col - 1);
        let diagnostic = located_diagnostic(file, what, err);
        let mut report = true;
        let mut diagnostic = diagnostic;
        let repaired = match plain {
            Error::SerdeUnknownField {
                field, expected, ..
            } => self.unknown_key(doc, line, col, field, expected, &mut diagnostic),
            Error::DuplicateMappingKey { key, .. } => {
                if let Some(undone) = self.undo_rename(doc, key.as_deref()) {
                    // The key was read as one the mapping already has: blank
                    // it instead, and say so in the finding already made.
                    if let Some(d) = out
                        .diagnostics
                        .iter_mut()
                        .rev()
                        .find(|d| d.line == Some(undone.line as u32 + 1))
                    {
                        d.hint = Some(format!(
                            "did you mean `{}`? The mapping has that key already; remove one of them",
                            undone.to
                        ));
                    }
                    self.left_out.push(undone.to.clone());
                    return doc.blank_entry(undone.line, undone.col);
                }
                doc.blank_entry(line, col)
            }
            Error::SerdeMissingField { field, .. } => {
                report = !self.left_out.iter().any(|k| k == field);
                self.drop_item(doc, line, out)
            }
            _ => {
                let key = doc.key_before(line, col);
                match key {
                    Some((key, key_col)) => {
                        self.left_out.push(key);
                        if let Some(id) =
                            doc.item_at(line).and_then(|(s, e, d)| doc.item_id(s, e, d))
                        {
                            out.repaired.push(id);
                        }
                        doc.blank_entry(line, key_col)
                    }
                    None => self.drop_item(doc, line, out),
                }
            }
        };
        if report {
            out.diagnostics.push(diagnostic);
        }
        repaired
    }

    fn unknown_key(
        &mut self,
        doc: &mut Doc,
        line: usize,
        col: usize,
        field: &str,
        expected: &[&str],
        diagnostic: &mut Diagnostic,
    ) -> bool {
        let best = suggest::closest(field, expected.iter().copied());
        if let Some(best) = best.filter(|b| b.len() <= field.len())
            && doc.rename(line, col, field, best)
        {
            self.rename = Some(Rename {
                line,
                col,
                original: field.to_string(),
                to: best.to_string(),
            });
            diagnostic.hint = Some(format!(
                "did you mean `{best}`? (keys are case-sensitive; it was read as `{best}` to check the rest of the site)"
            ));
            return true;
        }
        self.left_out.push(field.to_string());
        doc.blank_entry(line, col)
    }

    fn undo_rename(&mut self, doc: &mut Doc, key: Option<&str>) -> Option<Rename> {
        let rename = self.rename.take()?;
        if key.is_some_and(|k| k != rename.to) {
            self.rename = Some(rename);
            return None;
        }
        doc.rename(rename.line, rename.col, &rename.to, &rename.original);
        Some(rename)
    }

    /// Leaves out the list item holding `line`, recording its id.
    fn drop_item<T>(&mut self, doc: &mut Doc, line: usize, out: &mut Recovered<T>) -> bool {
        let Some((start, end, dash)) = doc.item_at(line) else {
            return false;
        };
        match doc.item_id(start, end, dash) {
            Some(id) => out.dropped.push(id),
            None => out.dropped_unnamed = true,
        }
        doc.blank_item(start, end, dash);
        self.left_out.clear();
        true
    }
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

fn is_item(line: &str) -> bool {
    let t = line.trim_start_matches(' ');
    t == "-" || t.starts_with("- ") || t.starts_with("-\t")
}

impl Doc {
    /// Byte offset of character column `col` on `line`.
    fn byte_col(&self, line: usize, col: usize) -> Option<usize> {
        let text = self.lines.get(line)?;
        text.char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .nth(col)
    }

    /// Writes `to` (padded with spaces) over the key `from` at (line, col).
    fn rename(&mut self, line: usize, col: usize, from: &str, to: &str) -> bool {
        let Some(at) = self.byte_col(line, col) else {
            return false;
        };
        let text = &mut self.lines[line];
        if !text[at..].starts_with(from) || to.len() > from.len() {
            return false;
        }
        let padded = format!("{to}{}", " ".repeat(from.len() - to.len()));
        text.replace_range(at..at + from.len(), &padded);
        true
    }

    /// The `key:` a value at (line, col) is written under, on the same line.
    fn key_before(&self, line: usize, col: usize) -> Option<(String, usize)> {
        let text = self.lines.get(line)?;
        let at = self.byte_col(line, col)?;
        let before = &text[..at];
        let colon = before
            .rfind(": ")
            .or_else(|| before.trim_end().strip_suffix(':').map(|b| b.len()))?;
        let start = before[..colon]
            .rfind([' ', '-', '{', ','])
            .map_or(0, |i| i + 1);
        let key = before[start..colon].trim();
        (!key.is_empty()).then(|| (key.to_string(), before[..start].chars().count()))
    }

    /// Blanks the entry whose key starts at (line, col) and everything nested
    /// under it. A `- ` before the key stays, so the list keeps its item.
    fn blank_entry(&mut self, line: usize, col: usize) -> bool {
        let Some(at) = self.byte_col(line, col) else {
            return false;
        };
        let prefix = self.lines[line][..at].to_string();
        if prefix.contains(['{', '[']) {
            return false;
        }
        self.lines[line] = if prefix.trim().is_empty() {
            String::new()
        } else {
            prefix
        };
        let mut end = line + 1;
        while end < self.lines.len()
            && (is_blank(&self.lines[end]) || indent(&self.lines[end]) > col)
        {
            end += 1;
        }
        // Trailing blank lines and comments belong to what follows.
        while end > line + 1 && is_blank(&self.lines[end - 1]) {
            end -= 1;
        }
        for l in &mut self.lines[line + 1..end] {
            l.clear();
        }
        true
    }

    /// The innermost list item holding `line`: (first line, end, dash column).
    fn item_at(&self, line: usize) -> Option<(usize, usize, usize)> {
        let mut limit = self.lines.get(line).map(|l| indent(l) + 1)?;
        let mut start = None;
        for i in (0..=line).rev() {
            let text = &self.lines[i];
            if is_blank(text) || indent(text) >= limit {
                continue;
            }
            if is_item(text) {
                start = Some(i);
                break;
            }
            limit = indent(text);
        }
        let start = start?;
        let dash = indent(&self.lines[start]);
        let mut end = start + 1;
        while end < self.lines.len()
            && (is_blank(&self.lines[end]) || indent(&self.lines[end]) > dash)
        {
            end += 1;
        }
        Some((start, end, dash))
    }

    /// The item's `id:`, if it has one written plainly.
    fn item_id(&self, start: usize, end: usize, dash: usize) -> Option<String> {
        let first = self.lines[start][dash + 1..].trim_start();
        std::iter::once(first)
            .chain(
                self.lines[start + 1..end]
                    .iter()
                    .filter(|l| indent(l) == dash + 2)
                    .map(|l| l.trim_start()),
            )
            .find_map(|l| l.strip_prefix("id:"))
            .map(clean_value)
            .filter(|v| !v.is_empty())
    }

    /// The `id:` at the top of the file.
    fn top_level_id(&self) -> Option<String> {
        self.lines
            .iter()
            .find_map(|l| l.strip_prefix("id:"))
            .map(clean_value)
            .filter(|v| !v.is_empty())
    }

    /// Blanks an item; a list left without items becomes `[]`, which reads
    /// as the empty list its key allows (an empty key would read as null).
    fn blank_item(&mut self, start: usize, end: usize, dash: usize) {
        for l in &mut self.lines[start..end] {
            l.clear();
        }
        let sibling = |l: &String| !is_blank(l) && indent(l) == dash && is_item(l);
        let before = self.lines[..start]
            .iter()
            .rev()
            .take_while(|l| is_blank(l) || indent(l) >= dash)
            .any(sibling);
        let after = self.lines[end..]
            .iter()
            .take_while(|l| is_blank(l) || indent(l) >= dash)
            .any(sibling);
        if !before && !after {
            self.lines[start] = format!("{}[]", " ".repeat(dash));
        }
    }
}

fn clean_value(v: &str) -> String {
    let v = v.split(" #").next().unwrap_or("").trim();
    v.trim_matches(['"', '\'']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct S {
        id: String,
        title: String,
        #[serde(default)]
        subs: Vec<S>,
        #[serde(default)]
        #[allow(dead_code)] // read only to be type-checked
        n: Vec<u32>,
    }

    fn parse(text: &str) -> (Option<S>, Vec<String>, Vec<String>) {
        let r = parse_recovering::<S>("f.yaml", text, "a section");
        let found = r
            .diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{}:{} {}",
                    d.line.unwrap_or(0),
                    d.column.unwrap_or(0),
                    d.message
                )
            })
            .collect();
        (r.value, found, r.dropped)
    }

    #[test]
    fn a_misspelt_key_is_read_as_the_key_it_means() {
        let (value, found, _) = parse("id: a\ntitel: Hello\nsubs:\n  - id: b\n    title: B\n");
        let value = value.expect("recovered");
        assert_eq!(value.title, "Hello");
        assert_eq!(value.subs.len(), 1);
        assert_eq!(found, ["2:1 unknown key `titel` in a section"]);
    }

    #[test]
    fn every_problem_of_a_file_and_items_left_out() {
        let text = "id: a\ntitle: T\nbogus: 1\nsubs:\n  - id: b\n    n: [1]\n  - id: c\n    title: C\n    n: [x]\n";
        let (value, found, dropped) = parse(text);
        let value = value.expect("recovered");
        assert_eq!(value.subs.len(), 1, "{value:?}");
        assert_eq!(value.subs[0].id, "c");
        assert_eq!(dropped, ["b"]);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].starts_with("3:1 unknown key `bogus`"), "{found:?}");
        assert!(
            found[1].contains("missing the required key `title`"),
            "{found:?}"
        );
        assert!(found[2].starts_with("9:"), "{found:?}");
    }

    #[test]
    fn a_duplicate_after_a_rename_is_blanked_instead() {
        let (value, found, _) = parse("id: a\ntitle: T\ntitel: U\n");
        assert_eq!(value.expect("recovered").title, "T");
        assert_eq!(found, ["3:1 unknown key `titel` in a section"]);
    }

    #[test]
    fn the_last_item_left_out_leaves_an_empty_list() {
        let (value, _, dropped) = parse("id: a\ntitle: T\nsubs:\n  - id: b\n    n: [1]\n");
        assert!(value.expect("recovered").subs.is_empty());
        assert_eq!(dropped, ["b"]);
    }
}
