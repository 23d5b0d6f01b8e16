//! Parsing one YAML file into a model type, turning serde-saphyr's errors into
//! diagnostics a legal writer can act on.

use crate::diagnostics::{Diagnostic, suggest};
use crate::model::Pos;
use serde::Deserialize;
use serde_saphyr::{Budget, Error, options};

/// Limits far above any real statement and far below what hurts: a YAML alias
/// bomb or a pathological nesting is refused in milliseconds.
fn yaml_options() -> serde_saphyr::Options {
    let mut budget = Budget::default();
    budget.max_depth = 32;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_nodes = 200_000;
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

/// Parses `text` (from `file`) as `T`; on failure, one diagnostic with the location.
pub fn parse_yaml<T>(file: &str, text: &str, what: &str) -> Result<T, Diagnostic>
where
    T: for<'de> Deserialize<'de>,
{
    serde_saphyr::from_str_with_options::<T>(text, yaml_options()).map_err(|typed| {
        // A type error can hide an alias bomb or absurd nesting further down, which
        // the typed parse never reached; an untyped parse under the same budget
        // tells which, so the writer learns the real problem.
        match serde_saphyr::from_str_with_options::<serde_json::Value>(text, yaml_options()) {
            Err(untyped) if is_resource_error(&untyped) => yaml_diagnostic(file, what, &untyped),
            _ => yaml_diagnostic(file, what, &typed),
        }
    })
}

fn is_resource_error(err: &Error) -> bool {
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

fn yaml_diagnostic(file: &str, what: &str, err: &Error) -> Diagnostic {
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
            Diagnostic::error("unknown-key", format!("unknown key `{field}` in {what}"))
                .spanning(field.chars().count())
                .maybe_hint(suggest::did_you_mean(field, expected).map(|h| {
                    format!("{h} (keys are case-sensitive; remove the key if it is not needed)")
                }))
        }
        Error::SerdeMissingField { field, .. } => {
            Diagnostic::error("missing-key", format!("{what} is missing the required key `{field}`"))
                .hint(format!("add `{field}:` with a value"))
        }
        Error::DuplicateMappingKey { key, .. } => {
            let what_key = key.as_deref().map_or("a key".to_string(), |k| format!("the key `{k}`"));
            Diagnostic::error("duplicate-key", format!("{what}: {what_key} is written twice"))
                .hint("a key may appear once per mapping; remove or merge the repeated one")
        }
        Error::Budget { breach, .. } => {
            let problem = match breach {
                serde_saphyr::budget::BudgetBreach::Depth { .. } => "is nested deeper than 32 levels".to_string(),
                serde_saphyr::budget::BudgetBreach::Aliases { .. } => "uses more than 1000 aliases".to_string(),
                serde_saphyr::budget::BudgetBreach::Anchors { .. } => "defines more than 1000 anchors".to_string(),
                other => format!("is too large to read safely ({other:?})"),
            };
            Diagnostic::error("yaml-too-complex", format!("{file} {problem}"))
                .hint("vellum refuses YAML alias bombs and absurd nesting; write the values out plainly")
        }
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. }
        | Error::AliasError { .. } => Diagnostic::error(
            "yaml-too-complex",
            format!("{file} expands YAML aliases too many times"),
        )
        .hint("vellum refuses YAML alias bombs; write the values out instead of using `*alias`"),
        Error::NullIntoString { .. } => Diagnostic::error("wrong-type", format!("{what}: a value is empty where text is expected"))
            .hint("write the text after the colon, or remove the key if it is optional"),
        Error::SerdeInvalidType { .. } | Error::SerdeInvalidValue { .. } | Error::SerdeInvalidLength { .. } => {
            Diagnostic::error("wrong-type", format!("{what}: {}", first_line(err)))
                .hint("check the value's type: text, a number, true/false, a list (`- item`) or a mapping (`key: value`)")
        }
        Error::Unexpected { expected, .. } => {
            let (wanted, example) = match *expected {
                e if e.contains("sequence") => ("a list", "`[a, b]` or lines starting with `- `"),
                e if e.contains("mapping") => ("a mapping", "indented `key: value` lines"),
                e if e.contains("string") || e.contains("scalar") => ("a single value", "text, a number or true/false"),
                _ => ("another kind of value", "the value the key documents"),
            };
            Diagnostic::error("wrong-type", format!("{what}: expected {wanted} here"))
                .hint(format!("write {example}"))
        }
        Error::Eof { .. } => Diagnostic::error("empty-file", format!("{file} is empty"))
            .hint(format!("write {what} here, or delete the file")),
        _ => Diagnostic::error("yaml-syntax", format!("invalid YAML: {}", first_line(err)))
            .hint("check indentation (spaces, not tabs), colons after keys, and quotes around text containing `: ` or `#`"),
    };
    diag.at(file, pos)
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
