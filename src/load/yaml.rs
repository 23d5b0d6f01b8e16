//! Parsing one YAML file into a model type, turning serde-saphyr's errors into
//! diagnostics a legal writer can act on.

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, suggest};
use crate::model::Pos;
use crate::model::values::take_problems;
use serde::Deserialize;
use serde_saphyr::{Budget, Error, options};

/// Limits of one YAML file, far above any real statement and far below what
/// hurts (README "Limits"): an alias bomb or a pathological nesting is
/// refused in milliseconds, and no file expands past a few times its size.
pub const MAX_DEPTH: usize = 32;
pub const MAX_ALIASES: usize = 1_000;
/// Values (keys, list items, texts) in one file: 200,000 table rows of a
/// dozen values each fit.
pub const MAX_VALUES: usize = 5_000_000;
/// Text in one file, aliases expanded: as much as the largest file vellum reads.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;
/// Text an anchor may hold: aliases repeat it, so it bounds what they add.
pub const MAX_ANCHOR_BYTES: usize = 64 * 1024;

pub(super) fn yaml_options() -> serde_saphyr::Options {
    let mut budget = Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_aliases = MAX_ALIASES;
    budget.max_anchors = MAX_ALIASES;
    budget.max_nodes = MAX_VALUES;
    budget.max_events = 4 * MAX_VALUES;
    budget.max_recorded_anchor_bytes = MAX_ANCHOR_BYTES;
    budget.max_total_scalar_bytes = MAX_TEXT_BYTES;
    budget.max_reader_input_bytes = Some(MAX_TEXT_BYTES);
    budget.max_documents = 1;
    let mut opts = options! {
        budget: Some(budget),
        with_snippet: false,
    };
    // Each replayed event costs about 2.5 µs: 100 000 made every alias bomb
    // take a quarter of a second, and a few of them in one site over a second.
    opts.alias_limits.max_total_replayed_events = 10_000;
    opts.alias_limits.max_replay_stack_depth = 16;
    opts
}

/// Parses `text` (from `file`) as `T`. Values that did not parse (an invalid
/// e-mail address, an unknown role) are reported with their positions and
/// the rest of the file still loads; structural errors are reported and read
/// past (see [`super::recover`]), so one run shows every problem of a file.
pub fn parse_yaml<T>(file: &str, text: &str, what: &str) -> (Option<T>, Vec<Diagnostic>)
where
    T: for<'de> Deserialize<'de>,
{
    let recovered = super::recover::parse_recovering::<T>(file, text, what);
    (recovered.value, recovered.diagnostics)
}

/// The problems with values recorded during the last parse of `text`.
pub(super) fn value_problems(file: &str, text: &str) -> Vec<Diagnostic> {
    let problems = take_problems();
    let lines: Vec<&str> = if problems.is_empty() {
        Vec::new()
    } else {
        text.lines().collect()
    };
    problems
        .into_iter()
        .map(|(pos, problem, len)| {
            let pos = pos.unwrap_or_default();
            let message = match key_at(&lines, pos) {
                Some(key) => format!("{key}: {}", problem.message),
                None => problem.message,
            };
            Diagnostic::error(problem.code, message)
                .at(file, pos)
                .spanning(len)
                .maybe_hint(problem.hint)
        })
        .collect()
}

/// The key a value at `pos` is written under (`privacy` in `  privacy: x@`),
/// so a message can name the field as the writer sees it.
fn key_at<'a>(lines: &[&'a str], pos: Pos) -> Option<&'a str> {
    let line = lines.get(usize::try_from(pos.line).ok()?.checked_sub(1)?)?;
    let before: String = line
        .chars()
        .take(usize::try_from(pos.col).ok()?.saturating_sub(1))
        .collect();
    let key = before.trim_end().strip_suffix(':')?.trim_start();
    let key = key.strip_prefix("- ").unwrap_or(key).trim();
    let key_len = key.len();
    (key_len > 0
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
    .then(|| line.trim_start().trim_start_matches("- ").get(..key_len))
    .flatten()
}

pub(super) fn is_resource_error(err: &Error) -> bool {
    matches!(
        err.without_snippet(),
        Error::Budget { .. }
            | Error::AliasReplayLimitExceeded { .. }
            | Error::AliasExpansionLimitExceeded { .. }
            | Error::AliasReplayStackDepthExceeded { .. }
            | Error::AliasReplayCounterOverflow { .. }
            | Error::AliasError { .. }
    )
}

pub(super) fn located_diagnostic(file: &str, what: &str, err: &Error) -> Diagnostic {
    let err = err.without_snippet();
    let pos = err
        .location()
        .map(|l| {
            Pos::new(
                u32::try_from(l.line()).unwrap_or(u32::MAX),
                u32::try_from(l.column()).unwrap_or(u32::MAX),
            )
        })
        .unwrap_or_default();
    let diag = match err {
        Error::SerdeUnknownField { field, expected, .. } => {
            Diagnostic::error(Code::UnknownKey, format!("unknown key `{field}` in {what}"))
                .spanning(field.chars().count())
                .maybe_hint(suggest::did_you_mean(field, expected).map(|h| {
                    format!("{h} (keys are case-sensitive; remove the key if it is not needed)")
                }))
        }
        Error::SerdeMissingField { field, .. } => {
            Diagnostic::error(Code::MissingKey, format!("{what} is missing the required key `{field}`"))
                .hint(format!("add `{field}:` with a value"))
        }
        Error::DuplicateMappingKey { key, .. } => {
            let what_key = key.as_deref().map_or("a key".to_string(), |k| format!("the key `{k}`"));
            Diagnostic::error(Code::DuplicateKey, format!("{what}: {what_key} is written twice"))
                .hint("a key may appear once per mapping; remove or merge the repeated one")
        }
        Error::Budget { breach, .. } => {
            Diagnostic::error(Code::YamlTooComplex, format!("{file} {}", budget_problem(breach)))
                .hint("vellum refuses YAML alias bombs, absurd nesting and files too large to read safely; write the values out plainly, or split the file")
        }
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. }
        | Error::AliasError { .. } => Diagnostic::error(
            Code::YamlTooComplex,
            format!("{file} expands YAML aliases too many times"),
        )
        .hint("vellum refuses YAML alias bombs; write the values out instead of using `*alias`"),
        Error::NullIntoString { .. } => Diagnostic::error(Code::WrongType, format!("{what}: a value is empty where text is expected"))
            .hint("write the text after the colon, or remove the key if it is optional"),
        Error::SerdeInvalidType { .. } | Error::SerdeInvalidValue { .. } | Error::SerdeInvalidLength { .. } => {
            Diagnostic::error(Code::WrongType, format!("{what}: {}", first_line(err)))
                .hint("check the value's type: text, a number, true/false, a list (`- item`) or a mapping (`key: value`)")
        }
        Error::Unexpected { expected, .. } => {
            let (wanted, example) = match *expected {
                e if e.contains("sequence") => ("a list", "`[a, b]` or lines starting with `- `"),
                e if e.contains("mapping") => ("a mapping", "indented `key: value` lines"),
                e if e.contains("string") || e.contains("scalar") => ("a single value", "text, a number or true/false"),
                _ => ("another kind of value", "the value the key documents"),
            };
            Diagnostic::error(Code::WrongType, format!("{what}: expected {wanted} here"))
                .hint(format!("write {example}"))
        }
        Error::Eof { .. } => Diagnostic::error(Code::EmptyFile, format!("{file} is empty"))
            .hint(format!("write {what} here, or delete the file")),
        _ => {
            let raw = first_line(err);
            match crate::diagnostics::plain::yaml_syntax(&raw) {
                // Plain words first; the parser's own words stay for searching.
                Some((plain, hint)) => Diagnostic::error(Code::YamlSyntax, format!("invalid YAML: {plain} ({raw})")).hint(hint),
                None => Diagnostic::error(Code::YamlSyntax, format!("invalid YAML: {raw}"))
                    .hint("check indentation (spaces, not tabs), colons after keys, and quotes around text containing `: ` or `#`"),
            }
        }
    };
    diag.at(file, pos)
}

/// A budget breach in words a writer can act on.
fn budget_problem(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach as B;
    let n = |v: usize| thousands(v);
    match breach {
        B::Depth { .. } => {
            format!("is nested deeper than {MAX_DEPTH} levels; the limit is {MAX_DEPTH}")
        }
        B::Aliases { .. } => format!(
            "uses more than {} aliases (`*name`); the limit is {}",
            n(MAX_ALIASES),
            n(MAX_ALIASES)
        ),
        B::Anchors { .. } => format!(
            "defines more than {} anchors (`&name`); the limit is {}",
            n(MAX_ALIASES),
            n(MAX_ALIASES)
        ),
        B::Nodes { .. } | B::Events { .. } => format!(
            "has more than {} values (keys, list items and texts); the limit is {}",
            n(MAX_VALUES),
            n(MAX_VALUES)
        ),
        B::RecordedAnchorBytes { .. } | B::RecordedAnchorEvents { .. } => format!(
            "repeats a large anchored value with aliases; an anchor may hold at most {} KB of text",
            MAX_ANCHOR_BYTES / 1024
        ),
        B::ScalarBytes { total_scalar_bytes } => format!(
            "holds {} of text once aliases are expanded, more than vellum reads from one file",
            crate::site::files::megabytes(*total_scalar_bytes as u64)
        ),
        B::Documents { .. } => {
            "holds more than one YAML document (`---`); write one document per file".to_string()
        }
        other => format!("is too large or too complex to read safely ({other:?})"),
    }
}

/// 200000 → "200,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The message without the location suffix serde-saphyr appends.
fn first_line(err: &Error) -> String {
    let text = err.to_string();
    let line = text.lines().next().unwrap_or("").trim();
    match line.rfind(" at line ") {
        Some(i) => line[..i].to_string(),
        None => line.to_string(),
    }
}
