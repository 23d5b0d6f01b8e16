//! The overlay `vellum serve` lays over every page while the latest change
//! does not build, written for the legal writer in front of the preview: the
//! one problem to fix first, where it is (the lines of the file, a link that
//! opens it in their editor), the value in words ("6 months", not "P6M"), and
//! what to do. Problems that often follow from the first wait, folded, below
//! it; the whole overlay folds away to look at the page, and stays folded
//! across reloads.

use crate::diagnostics::{Diagnostic, Sources};
use crate::prose::escape_html;
use std::path::Path;

/// Which editor a location opens in: `vellum serve --editor NAME` with a
/// known name, or a URL template with `{path}`, `{line}` and `{column}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    template: String,
}

/// URL schemes of common editors, by the name `--editor` takes.
const EDITORS: [(&str, &str); 7] = [
    ("vscode", "vscode://file{path}:{line}:{column}"),
    ("vscodium", "vscodium://file{path}:{line}:{column}"),
    ("cursor", "cursor://file{path}:{line}:{column}"),
    ("zed", "zed://file{path}:{line}:{column}"),
    (
        "idea",
        "idea://open?file={path}&line={line}&column={column}",
    ),
    (
        "sublime",
        "subl://open?url=file://{path}&line={line}&column={column}",
    ),
    (
        "textmate",
        "txmt://open?url=file://{path}&line={line}&column={column}",
    ),
];

impl Editor {
    /// An editor by name, or a template of its own.
    pub fn parse(text: &str) -> Result<Editor, String> {
        if let Some((_, template)) = EDITORS.iter().find(|(name, _)| *name == text) {
            return Ok(Editor {
                template: (*template).to_string(),
            });
        }
        if text.contains("{path}") && text.contains("://") {
            return Ok(Editor {
                template: text.to_string(),
            });
        }
        let names: Vec<&str> = EDITORS.iter().map(|(n, _)| *n).collect();
        Err(format!(
            "unknown editor `{text}`: use one of {}, or a URL with {{path}}, {{line}} and {{column}} (e.g. \"myeditor://open?{{path}}:{{line}}\")",
            names.join(", ")
        ))
    }

    /// The link that opens `path` (absolute) at a line and column.
    pub fn link(&self, path: &Path, line: u32, column: u32) -> String {
        // `{path}` always starts with `/`, also for a Windows path (C:/...).
        let mut path = path.to_string_lossy().replace('\\', "/");
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        // Enough escaping for a path inside a URL; `/` and `:` stay readable.
        let encoded: String = path
            .chars()
            .map(|c| match c {
                ' ' => "%20".to_string(),
                '#' => "%23".to_string(),
                '?' => "%3F".to_string(),
                '%' => "%25".to_string(),
                '&' => "%26".to_string(),
                c => c.to_string(),
            })
            .collect();
        self.template
            .replace("{path}", &encoded)
            .replace("{line}", &line.to_string())
            .replace("{column}", &column.to_string())
    }
}

/// What the overlay needs besides the diagnostics.
pub struct OverlayContext<'a> {
    pub sources: &'a Sources,
    /// The site's absolute root, for editor links.
    pub root: &'a Path,
    pub editor: Option<&'a Editor>,
}

/// The overlay for a failed rebuild: its errors, the first fully.
pub fn overlay_html(diags: &[Diagnostic], cx: &OverlayContext<'_>) -> String {
    let mut errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.is_error()).collect();
    // The cause before its consequences: a file that does not parse hides
    // its ids, which then look missing elsewhere.
    errors.sort_by_key(|d| rank(d.code.as_str()));
    let Some((first, rest)) = errors.split_first() else {
        return String::new();
    };
    let count = errors.len();
    let more = if rest.is_empty() {
        String::new()
    } else {
        let items: String = rest
            .iter()
            .map(|d| format!("<li>{}</li>", problem(d, cx, false)))
            .collect();
        format!(
            "<details style=\"margin-top:.75rem\"><summary style=\"cursor:pointer\">{} more problem{} (often caused by the first; fix that one, then look again)</summary><ol style=\"margin:.5rem 0 0;padding-left:1.4rem\">{items}</ol></details>",
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        )
    };
    format!(
        r#"<div id="vellum-overlay" role="alert" lang="en" style="position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;z-index:2147483647;background:#fff8f6;color:#3d0a0a;border-top:4px solid #b00020;padding:.75rem 1.25rem 1rem;font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.2)">
<details id="vellum-overlay-body" open><summary style="cursor:pointer;font-weight:600">Your last change does not build ({count} problem{plural}). This page shows the last version that did. <span style="font-weight:normal;color:#6b2a2a">(click to hide or show)</span></summary>
<div style="margin-top:.5rem">{primary}{more}</div>
</details>
<script>(function () {{
  // Folded stays folded while the writer works, across reloads.
  var d = document.getElementById("vellum-overlay-body");
  if (sessionStorage.getItem("vellum-overlay-folded") === "1") d.open = false;
  d.addEventListener("toggle", function () {{ sessionStorage.setItem("vellum-overlay-folded", d.open ? "0" : "1"); }});
}})();</script>
</div>
"#,
        plural = if count == 1 { "" } else { "s" },
        primary = problem(first, cx, true),
    )
}

/// Lower comes first: what stops a file from being read, then its shape,
/// then values, then what refers across files, then everything else.
fn rank(code: &str) -> u8 {
    match code {
        "yaml-syntax" | "fluent-syntax" | "invalid-utf8" | "empty-file" | "yaml-too-complex"
        | "file-too-large" | "not-a-regular-file" | "link-outside-site" | "no-content"
        | "missing-file" | "template" => 0,
        "missing-key" | "unknown-key" | "wrong-type" | "duplicate-key" | "unknown-data-file"
        | "section-file-name" | "no-sections" | "no-languages" => 1,
        c if c.starts_with("invalid-") || c == "duplicate-id" || c == "empty-value" => 2,
        "dangling-reference" | "dangling-prompt" | "broken-link" | "unknown-placeable" => 3,
        _ => 4,
    }
}

/// One problem: where (linked to the editor), what in plain words, the lines
/// of the file (for the first problem), and what to do.
fn problem(d: &Diagnostic, cx: &OverlayContext<'_>, full: bool) -> String {
    let lang = d
        .language
        .as_deref()
        .map(|l| format!("In the {} text: ", escape_html(l)))
        .unwrap_or_default();
    let mut out = format!(
        "<p style=\"margin:.25rem 0\">{}<strong>{lang}{}</strong></p>",
        location(d, cx),
        plain(&d.message)
    );
    if full {
        out.push_str(&excerpt(d, cx.sources));
    }
    if let Some(h) = &d.hint {
        out.push_str(&format!(
            "<p style=\"margin:.25rem 0\">What to do: {}</p>",
            plain(h)
        ));
    }
    out
}

/// "content/data/retention.yaml, line 3, column 11", a link when an editor is set.
fn location(d: &Diagnostic, cx: &OverlayContext<'_>) -> String {
    let Some(file) = &d.file else {
        return String::new();
    };
    let text = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{file}, line {l}, column {c}"),
        (Some(l), None) => format!("{file}, line {l}"),
        _ => file.clone(),
    };
    let shown = format!(
        "<code style=\"font-size:.92em\">{}</code>",
        escape_html(&text)
    );
    // Files of the built-in theme are not on disk to open.
    let editable = !file.starts_with(crate::load::theme::BUILT_IN_LABEL);
    match cx.editor.filter(|_| editable) {
        Some(editor) => format!(
            "<a href=\"{}\" style=\"color:#8a1020\" title=\"open in your editor\">{shown}</a><br>",
            escape_html(&editor.link(
                &cx.root.join(file),
                d.line.unwrap_or(1),
                d.column.unwrap_or(1)
            ))
        ),
        None => format!("{shown}<br>"),
    }
}

/// The lines around the problem, numbered, the problem's line marked and its
/// column underlined.
fn excerpt(d: &Diagnostic, sources: &Sources) -> String {
    let (Some(file), Some(line)) = (&d.file, d.line) else {
        return String::new();
    };
    let Some(text) = sources.line(file, line) else {
        return String::new();
    };
    let width = (line + 1).to_string().len();
    let mut out = String::new();
    for n in line.saturating_sub(1).max(1)..=line + 1 {
        let Some(l) = (if n == line {
            Some(text)
        } else {
            sources.line(file, n)
        }) else {
            continue;
        };
        let mark = if n == line { ">" } else { " " };
        out.push_str(&format!("{mark}{n:>width$} | {}\n", escape_html(l)));
        if n == line {
            let col = usize::try_from(d.column.unwrap_or(1)).unwrap_or(1).max(1);
            let len = d.len.max(1);
            out.push_str(&format!(
                "{} | {}{}\n",
                " ".repeat(width + 1),
                " ".repeat(col - 1),
                "^".repeat(len)
            ));
        }
    }
    format!(
        "<pre style=\"margin:.5rem 0;padding:.5rem .75rem;background:#fff;border:1px solid #e3c6c6;border-radius:4px;overflow:auto;font:13px/1.45 ui-monospace,monospace;color:#222\">{out}</pre>"
    )
}

/// A message for people: `code` spans set as code, ISO durations in words
/// (the ISO form kept as a tooltip).
fn plain(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        let words = durations_in_words(part);
        if i % 2 == 1 {
            out.push_str(&format!("<code>{words}</code>"));
        } else {
            out.push_str(&words);
        }
    }
    out
}

/// Escapes `text`, writing each ISO-8601 duration in it in words.
fn durations_in_words(text: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match duration_words(word) {
            Some(words) => out.push_str(&format!(
                "<span title=\"{}\">{}</span>",
                escape_html(word),
                escape_html(&words)
            )),
            None => out.push_str(&escape_html(word)),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push_str(&escape_html(&c.to_string()));
        }
    }
    flush(&mut word, &mut out);
    out
}

/// An ISO-8601 duration in English words ("1 year and 6 months"), or `None`
/// when `text` is not one.
pub fn duration_words(text: &str) -> Option<String> {
    if !text.starts_with('P') || text.len() < 3 {
        return None;
    }
    let d = crate::model::IsoDuration::parse(text).ok()?;
    let parts: Vec<String> = d
        .parts()
        .into_iter()
        .map(|(unit, n)| {
            let unit = if n == 1 {
                unit.trim_end_matches('s')
            } else {
                unit
            };
            format!("{n} {unit}")
        })
        .collect();
    match parts.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_words_keep_the_iso_form_as_a_tooltip() {
        assert_eq!(
            duration_words("P1Y6M").as_deref(),
            Some("1 year and 6 months")
        );
        assert_eq!(duration_words("PT30M").as_deref(), Some("30 minutes"));
        assert_eq!(duration_words("P6X"), None);
        assert_eq!(duration_words("Pages"), None);
        assert_eq!(
            plain("\"zes (7) maanden\" (P6M) in `rules`"),
            "&quot;zes (7) maanden&quot; (<span title=\"P6M\">6 months</span>) in <code>rules</code>"
        );
    }

    #[test]
    fn editors_open_the_file_at_its_line() {
        let path = Path::new("/home/legal/site/content/data/retention.yaml");
        let vscode = Editor::parse("vscode").unwrap();
        assert_eq!(
            vscode.link(path, 3, 11),
            "vscode://file/home/legal/site/content/data/retention.yaml:3:11"
        );
        let idea = Editor::parse("idea").unwrap();
        assert_eq!(
            idea.link(path, 3, 11),
            "idea://open?file=/home/legal/site/content/data/retention.yaml&line=3&column=11"
        );
        let own = Editor::parse("myed://o?f={path}&l={line}").unwrap();
        assert_eq!(
            own.link(Path::new("/a b/c.yaml"), 2, 1),
            "myed://o?f=/a%20b/c.yaml&l=2"
        );
        assert!(
            Editor::parse("notepad")
                .unwrap_err()
                .contains("vscode, vscodium")
        );
    }
}
