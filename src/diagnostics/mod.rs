//! Diagnostics: one type for every problem vellum finds, rendered for people
//! (rustc-style snippets), for tools (JSON) and for GitHub Actions annotations.

mod codes;
pub mod lines;
pub mod plain;
mod render;
pub mod scalar;
pub mod suggest;

pub use codes::{Class, Code};
pub use render::{Format, printable, render_report, with_path_prefix};

use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column inside a source file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub fn new(line: u32, col: u32) -> Self {
        Pos { line, col }
    }
}

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable kebab-case code scripts can match on (`unknown-key`, `dangling-reference`).
    pub code: Code,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// How many characters from the column the problem spans (0 = the word there).
    #[serde(skip)]
    pub len: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The language of the page the problem was found in, for translation checks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Diagnostic {
    fn new(severity: Severity, code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            file: None,
            line: None,
            column: None,
            len: 0,
            hint: None,
            language: None,
        }
    }

    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn at(mut self, file: impl Into<String>, pos: Pos) -> Self {
        self.file = Some(file.into());
        if pos.line > 0 {
            self.line = Some(pos.line);
            self.column = Some(pos.col.max(1));
        }
        self
    }

    pub fn spanning(mut self, chars: usize) -> Self {
        self.len = chars;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn maybe_hint(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    pub fn in_language(mut self, lang: impl Into<String>) -> Self {
        self.language = Some(lang.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col`, or as much of it as is known.
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        Some(match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            _ => file.clone(),
        })
    }
}

/// One line: `file:line:col: error[code]: message (help: hint)`, for logs.
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(location) = self.location() {
            write!(f, "{location}: ")?;
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}[{}]: {}", self.code, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " (help: {hint})")?;
        }
        Ok(())
    }
}

/// A file's text as diagnostics quote it: owned, or held by what was parsed
/// from it (a Fluent resource keeps its source), so it is not held twice.
pub trait SourceText: Send + Sync {
    fn text(&self) -> &str;
}

impl SourceText for String {
    fn text(&self) -> &str {
        self
    }
}

impl std::fmt::Debug for dyn SourceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SourceText({} bytes)", self.text().len())
    }
}

/// The text of every file diagnostics may point into, keyed by the path shown
/// to the user (relative to the site root), so snippets can quote the line.
#[derive(Debug, Default)]
pub struct Sources {
    /// Shared, so that a copy (what `vellum serve` keeps of a language's
    /// files between rebuilds) costs no copy of the texts.
    files: BTreeMap<String, std::sync::Arc<dyn SourceText>>,
    /// Where each line starts, per file, so a line is found quickly however
    /// large the file. Indexed when a diagnostic first quotes the file: most
    /// files read (every translation, every vocabulary) are never quoted.
    line_starts: BTreeMap<String, std::sync::Arc<std::sync::OnceLock<lines::LineIndex>>>,
    /// Alignments of scalars with their files, built once per scalar: a long
    /// section with many findings is walked once, not once per finding.
    scalars: std::sync::Mutex<ScalarMaps>,
}

type ScalarMaps =
    std::collections::HashMap<(String, Pos, usize), Option<std::sync::Arc<scalar::ScalarMap>>>;

impl Clone for Sources {
    fn clone(&self) -> Self {
        Sources {
            files: self.files.clone(),
            line_starts: self.line_starts.clone(),
            scalars: std::sync::Mutex::default(),
        }
    }
}

impl Sources {
    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.insert_shared(path, std::sync::Arc::new(text.into()));
    }

    /// Adds a file whose text something else holds too.
    pub fn insert_shared(&mut self, path: impl Into<String>, text: std::sync::Arc<dyn SourceText>) {
        let path = path.into();
        self.line_starts
            .insert(path.clone(), std::sync::Arc::default());
        self.files.insert(path, text);
    }

    /// Where each line of a file starts, indexed on first use.
    fn line_index(&self, path: &str) -> Option<&lines::LineIndex> {
        let text = self.files.get(path)?;
        let index = self.line_starts.get(path)?;
        Some(index.get_or_init(|| lines::LineIndex::new(text.text())))
    }

    /// Adds every file of `other` (files already present are replaced).
    pub fn extend(&mut self, other: Sources) {
        self.files.extend(other.files);
        self.line_starts.extend(other.line_starts);
    }

    /// Lets go of the files no diagnostic points into, and keeps only the
    /// text of the others, not what else shares it (a parsed Fluent file
    /// holds its syntax tree beside its text).
    pub fn keep_quoted<'d>(&mut self, diagnostics: impl IntoIterator<Item = &'d Diagnostic>) {
        let quoted: std::collections::BTreeSet<&str> = diagnostics
            .into_iter()
            .filter_map(|d| d.file.as_deref())
            .collect();
        self.files.retain(|path, _| quoted.contains(path.as_str()));
        self.line_starts
            .retain(|path, _| quoted.contains(path.as_str()));
        for text in self.files.values_mut() {
            *text = std::sync::Arc::new(text.text().to_string());
        }
    }

    /// The 0-based line `index` of a file, without its line break.
    fn nth_line(&self, path: &str, index: usize) -> Option<&str> {
        let text = self.get(path)?;
        let line = text.get(self.line_index(path)?.line(text, index)?)?;
        Some(line.strip_suffix('\r').unwrap_or(line))
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(|t| t.text())
    }

    /// The 1-based line of a file, without its line break.
    pub fn line(&self, path: &str, line: u32) -> Option<&str> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        self.nth_line(path, index)
    }

    /// Where a byte offset inside a scalar's value lies in its file. YAML strips
    /// indentation and quotes, so the value is not a slice of the file; the line
    /// holding the offset is searched for from the scalar's own line onwards.
    pub fn pos_in_scalar(&self, path: &str, scalar: Pos, value: &str, offset: usize) -> Pos {
        let offset = offset.min(value.len());
        if let Some(pos) = self
            .scalar_map(path, scalar, value)
            .and_then(|m| m.pos(value, offset))
        {
            return pos;
        }
        let line_start = value[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = value[offset..]
            .find('\n')
            .map_or(value.len(), |i| offset + i);
        let value_line = &value[line_start..line_end];
        if self.get(path).is_none() {
            return scalar;
        }
        let lines_before = value[..line_start].matches('\n').count();
        // Line k of a block scalar sits k lines below the line after its
        // indicator; folded or plain scalars may be rewrapped, so search onwards.
        let start = usize::try_from(scalar.line.max(1)).unwrap_or(1) - 1 + lines_before;
        for i in start..start + lines_before + 64 {
            let Some(file_line) = self.nth_line(path, i) else {
                break;
            };
            if let Some(at) = find_line(file_line, value_line) {
                let col_bytes = at + (offset - line_start);
                let col = file_line
                    .get(..col_bytes.min(file_line.len()))
                    .map_or(0, |s| s.chars().count());
                return Pos::new(
                    u32::try_from(i + 1).unwrap_or(u32::MAX),
                    u32::try_from(col + 1).unwrap_or(u32::MAX),
                );
            }
        }
        scalar
    }
}

impl Sources {
    /// The alignment of a YAML scalar with its file, built on first use.
    fn scalar_map(
        &self,
        path: &str,
        at: Pos,
        value: &str,
    ) -> Option<std::sync::Arc<scalar::ScalarMap>> {
        if !(path.ends_with(".yaml") || path.ends_with(".yml")) {
            return None;
        }
        let key = (path.to_string(), at, value.len());
        let mut cache = self.scalars.lock().ok()?;
        cache
            .entry(key)
            .or_insert_with(|| {
                let file = self.files.get(path)?;
                let index = usize::try_from(at.line.checked_sub(1)?).ok()?;
                let line_start = self.line_index(path)?.start(index)?;
                scalar::ScalarMap::build(file.text(), line_start, at, value)
                    .map(std::sync::Arc::new)
            })
            .clone()
    }
}

fn find_line(file_line: &str, value_line: &str) -> Option<usize> {
    if value_line.trim().is_empty() {
        return None;
    }
    // Preparing a search for a whole long line costs its length, for every
    // diagnostic on it: find a short prefix, then confirm the line there. A
    // line written as it is in the file (block scalars) matches at the first
    // occurrence; one that is not (quoted, folded) falls back to the scalar.
    let mut cut = value_line.len().min(64);
    while !value_line.is_char_boundary(cut) {
        cut -= 1;
    }
    let at = file_line.find(&value_line[..cut])?;
    file_line[at..].starts_with(value_line).then_some(at)
}

/// Counts errors and warnings and decides the exit code.
pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (errors, diags.len() - errors)
}

/// Orders diagnostics by file and position so output is stable across runs.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
    });
}
