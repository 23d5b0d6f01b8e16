//! Renders diagnostics in the three formats CI and people read.

use super::{Diagnostic, Severity, Sources, count};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write as _;

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-style snippets with the offending line and a hint.
    Human,
    /// One JSON document with every diagnostic and the totals.
    Json,
    /// GitHub Actions workflow commands (`::error file=...`).
    Github,
}

/// Renders every diagnostic plus a closing summary line (human format only).
pub fn render_report(
    diags: &[Diagnostic],
    sources: &Sources,
    format: Format,
    styled: bool,
) -> String {
    // Content can carry terminal escapes (ESC, BEL), C1 controls or bidi
    // overrides; none of them may reach a terminal or a CI log as is.
    let diags: Vec<Diagnostic> = diags.iter().map(printable_diagnostic).collect();
    match format {
        Format::Human => render_human(&diags, sources, styled),
        Format::Json => render_json(&diags),
        Format::Github => render_github(&diags),
    }
}

fn printable_diagnostic(d: &Diagnostic) -> Diagnostic {
    Diagnostic {
        message: printable(&d.message),
        hint: d.hint.as_deref().map(printable),
        file: d.file.as_deref().map(printable),
        language: d.language.as_deref().map(printable),
        ..d.clone()
    }
}

/// Replaces each control or bidi-override character with one visible
/// stand-in (U+2400 control pictures, else U+FFFD), so columns stay right.
pub fn printable(text: &str) -> String {
    if !text.chars().any(needs_picture) {
        return text.to_string();
    }
    text.chars()
        .map(|c| match c {
            _ if !needs_picture(c) => c,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            _ => '\u{fffd}',
        })
        .collect()
}

fn needs_picture(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

fn render_human(diags: &[Diagnostic], sources: &Sources, styled: bool) -> String {
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags {
        out.push_str(&renderer.render(&groups(d, sources)));
        out.push_str("\n\n");
    }
    let (errors, warnings) = count(diags);
    if errors + warnings > 0 {
        let _ = writeln!(out, "{}", summary(errors, warnings));
    }
    out
}

/// "2 errors, 1 warning".
pub fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

fn groups<'a>(d: &'a Diagnostic, sources: &'a Sources) -> Vec<Group<'a>> {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = match &d.language {
        Some(lang) => format!("[{lang}] {}", d.message),
        None => d.message.clone(),
    };
    let mut group = Group::with_title(level.primary_title(title).id(d.code.as_str()));
    let line_text = match (&d.file, d.line) {
        (Some(f), Some(l)) => sources.line(f, l).map(printable),
        _ => None,
    };
    match (&d.file, d.line, line_text) {
        (Some(file), Some(line), Some(text)) => {
            let span = underline(&text, d.column.unwrap_or(1), d.len);
            let snippet = Snippet::source(text)
                .line_start(usize::try_from(line).unwrap_or(1))
                .path(file.as_str())
                .annotation(AnnotationKind::Primary.span(span));
            group = group.element(snippet);
        }
        _ => {
            if let Some(location) = d.location() {
                group = group.element(Level::NOTE.message(format!("in {location}")));
            }
        }
    }
    if let Some(hint) = &d.hint {
        group = group.element(Level::HELP.message(hint.as_str()));
    }
    vec![group]
}

/// The byte range to underline: `len` characters from the 1-based column, or the
/// word starting there.
fn underline(text: &str, column: u32, len: usize) -> std::ops::Range<usize> {
    let col = usize::try_from(column.max(1)).unwrap_or(1) - 1;
    let start = text.char_indices().nth(col).map_or(text.len(), |(i, _)| i);
    let rest = &text[start..];
    let end = if len > 0 {
        rest.char_indices()
            .nth(len)
            .map_or(text.len(), |(i, _)| start + i)
    } else {
        let word = rest
            .find(|c: char| c.is_whitespace() || c == ':' || c == ',' || c == ']')
            .unwrap_or(rest.len());
        start + word.max(rest.chars().next().map_or(0, char::len_utf8))
    };
    start..end.max(start)
}

fn render_json(diags: &[Diagnostic]) -> String {
    let (errors, warnings) = count(diags);
    let doc = serde_json::json!({
        "diagnostics": diags,
        "errors": errors,
        "warnings": warnings,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// The diagnostics with `prefix` put before every file path: GitHub attaches
/// an annotation to a file named relative to the repository's root, and a
/// site may be a folder of a larger repository (`privacy/content/...`).
pub fn with_path_prefix(diags: &[Diagnostic], prefix: &str) -> Vec<Diagnostic> {
    let prefix = prefix.trim_matches('/');
    diags
        .iter()
        .map(|d| Diagnostic {
            file: d.file.as_ref().map(|f| match prefix {
                "" => f.clone(),
                p => format!("{p}/{f}"),
            }),
            ..d.clone()
        })
        .collect()
}

fn render_github(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = Vec::new();
        if let Some(f) = &d.file {
            props.push(format!("file={}", escape_property(f)));
        }
        if let Some(l) = d.line {
            props.push(format!("line={l}"));
        }
        if let Some(c) = d.column {
            props.push(format!("col={c}"));
        }
        props.push(format!("title={}", escape_property(d.code.as_str())));
        let mut message = match &d.language {
            Some(lang) => format!("[{lang}] {}", d.message),
            None => d.message.clone(),
        };
        if let Some(h) = &d.hint {
            message.push_str(" (hint: ");
            message.push_str(h);
            message.push(')');
        }
        let _ = writeln!(
            out,
            "::{kind} {}::{}",
            props.join(","),
            escape_data(&message)
        );
    }
    out
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
