//! Prose as Fluent pattern source: escaping Markdown so it stays one valid
//! message whatever its lines start with, finding `{ $placeable }`s, and the
//! fingerprint that tells a translator the source changed.

use std::collections::BTreeSet;

/// Turns prose as written in YAML into the source of a Fluent pattern.
/// `{ $fact-id }` stays a placeable; every other brace becomes a literal.
/// Fluent reads a continuation line that starts with `[`, `*` or `.` as a
/// variant or attribute and silently cuts the message there, so those are
/// escaped (`{"["}`) wherever a line could start with them: at the start of a
/// word. A translator who re-wraps the text only breaks lines between words,
/// so no re-wrapping can turn a safe line into a broken one.
pub fn escape_pattern(text: &str) -> String {
    escape(text, |before| before.is_none_or(|c| c == ' ' || c == '\t'))
}

/// The escaping of files generated before escapes stopped depending on line
/// wrapping (only at line starts): confirmations recorded then hold a
/// fingerprint of this form.
fn escape_pattern_v1(text: &str) -> String {
    escape(text, |before| before.is_none())
}

/// Escapes `text`, with `[`, `*` and `.` escaped where `at_risk(previous
/// character on the line)` says a line could start there.
fn escape(text: &str, at_risk: impl Fn(Option<char>) -> bool) -> String {
    let text = text.trim_end();
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim_end();
        let indent = line.len() - line.trim_start().len();
        out.push_str(&line[..indent]);
        let rest = &line[indent..];
        let mut chars = rest.char_indices().peekable();
        let mut before: Option<char> = None;
        while let Some((at, c)) = chars.next() {
            if c == '{' {
                if let Some(len) = placeable_len(&rest[at..]) {
                    out.push_str(&rest[at..at + len]);
                    while chars.peek().is_some_and(|(j, _)| *j < at + len) {
                        chars.next();
                    }
                    before = Some('}');
                    continue;
                }
                out.push_str("{\"{\"}");
            } else if c == '}' {
                out.push_str("{\"}\"}");
            } else if (c == '[' || c == '*' || c == '.') && at_risk(before) {
                out.push_str(&format!("{{\"{c}\"}}"));
            } else {
                out.push(c);
            }
            before = Some(c);
        }
    }
    out
}

/// A source text as it is compared and fingerprinted: lines without
/// trailing spaces, no trailing blank lines. Escaping is left out, so a
/// change in how vellum escapes never makes a translation stale.
pub fn canonical_text(text: &str) -> String {
    text.trim_end()
        .split('\n')
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The fingerprint a confirmation recorded before vellum kept source texts
/// (`translated-from.json` with plain strings): of the pattern as escaped then.
pub fn legacy_fingerprint(text: &str) -> String {
    fingerprint(&escape_pattern_v1(text))
}

/// Length of a `{ $identifier }` placeable at the start of `s`, if there is one.
pub fn placeable_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('{')?;
    // Fluent allows only spaces here: a tab or U+2028 would make the kept
    // placeable invalid Fluent.
    let trimmed = inner.trim_start_matches(' ');
    let name_part = trimmed.strip_prefix('$')?;
    let name_len = name_part
        .char_indices()
        .take_while(|(i, c)| {
            if *i == 0 {
                c.is_ascii_alphabetic()
            } else {
                c.is_ascii_alphanumeric() || *c == '-' || *c == '_'
            }
        })
        .count();
    if name_len == 0 {
        return None;
    }
    let after = name_part[name_len..].trim_start_matches(' ');
    after.starts_with('}').then(|| s.len() - after.len() + 1)
}

/// The variables (`$name`) a text uses, as written.
pub fn placeables_in(pattern: &str) -> BTreeSet<String> {
    placeables_at(pattern)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// Every `{ $name }` in a text with its byte offset: the one scanner for
/// placeables written in prose (the YAML source, or a formatted message,
/// where Fluent leaves an unknown variable as `{$name}`).
pub fn placeables_at(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find('{') {
        let at = from + i;
        match placeable_len(&text[at..]) {
            Some(len) => {
                let inner = text[at + 1..at + len - 1].trim();
                out.push((inner.trim_start_matches('$').to_string(), at));
                from = at + len;
            }
            None => from = at + 1,
        }
    }
    out
}

/// A short, stable fingerprint of a source text, stored beside a translation
/// to notice when the source changes (FNV-1a, 48 bits).
pub fn fingerprint(text: &str) -> String {
    let hash = crate::prose::hash::fnv1a(text.as_bytes());
    format!("{:012x}", hash & 0xffff_ffff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translate::ftl::write_message;

    /// The escaped text must parse as one message whose value formats back to
    /// the original prose (with placeables kept).
    fn round_trip(prose: &str) -> String {
        let mut file = String::new();
        write_message(&mut file, "m", &escape_pattern(prose));
        let res = fluent_bundle::FluentResource::try_new(file.clone())
            .unwrap_or_else(|(_, e)| panic!("{e:?}\n{file}"));
        let mut bundle = fluent_bundle::FluentBundle::<fluent_bundle::FluentResource>::default();
        bundle.set_use_isolating(false);
        bundle.add_resource(res).unwrap();
        let msg = bundle.get_message("m").unwrap();
        let mut errs = vec![];
        bundle
            .format_pattern(msg.value().unwrap(), None, &mut errs)
            .into_owned()
    }

    #[test]
    fn markdown_survives_fluent() {
        let cases = [
            "One line.",
            "Para one.\n\nPara two.",
            "* a star list\n* second",
            "[link](https://example.com) at the start",
            "...and an ellipsis start",
            "Braces { like this } and }{ odd ones",
            "- dash list\n  - nested item\n    continued",
            "Table:\n\n| a | b |\n|---|---|\n| 1 | 2 |",
            "Ends with spaces   \nhard break",
            "  1. indented first line? no, numbered",
            "[^1]: footnote definition at line start",
        ];
        for prose in cases {
            let expected: String = prose
                .lines()
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n");
            let got = round_trip(prose);
            let expected_trimmed = expected.trim_start();
            assert_eq!(got.trim_start(), expected_trimmed, "case {prose:?}");
        }
    }

    /// Re-wrapping the generated text between any two words keeps it one
    /// valid message with the same text.
    #[test]
    fn escapes_survive_rewrapping() {
        let prose = "See the [rights section](#rights) and *all* of .hidden files [^1] now";
        let pattern = escape_pattern(prose);
        let words: Vec<&str> = pattern.split(' ').collect();
        for cut in 1..words.len() {
            let rewrapped = format!("{}\n{}", words[..cut].join(" "), words[cut..].join(" "));
            let mut file = String::new();
            write_message(&mut file, "m", &rewrapped);
            let res = fluent_bundle::FluentResource::try_new(file.clone())
                .unwrap_or_else(|(_, e)| panic!("cut {cut}: {e:?}\n{file}"));
            let mut bundle =
                fluent_bundle::FluentBundle::<fluent_bundle::FluentResource>::default();
            bundle.add_resource(res).unwrap();
            let value = bundle.get_message("m").unwrap().value().unwrap();
            let text = bundle.format_pattern(value, None, &mut vec![]).into_owned();
            assert_eq!(text.replace('\n', " "), prose, "cut {cut}");
        }
    }

    #[test]
    fn placeables_stay_placeables() {
        assert_eq!(
            escape_pattern("kept { $sms-voice } here"),
            "kept { $sms-voice } here"
        );
        assert_eq!(
            escape_pattern("{$x} and { y }"),
            "{$x} and {\"{\"} y {\"}\"}"
        );
        assert_eq!(
            placeables_in("a { $one } b {$two-2} { three }")
                .into_iter()
                .collect::<Vec<_>>(),
            ["one", "two-2"]
        );
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint("abc"), fingerprint("abc"));
        assert_ne!(
            fingerprint("six (6) months"),
            fingerprint("twelve (12) months")
        );
        assert_eq!(fingerprint("").len(), 12);
    }
}
