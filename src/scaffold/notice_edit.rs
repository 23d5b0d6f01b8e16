//! Adding a language to `content/notice.yaml` without rewriting the writer's
//! YAML: one insertion next to the last language, in the style the list is
//! written in, and only when parsing the result gives exactly the old list
//! plus the new language. Anything else is left to the writer.

use crate::load::parse_yaml;
use crate::model::NoticeMeta;

/// The notice text with `lang` appended to `languages:`, or `None` when the
/// list is written in a way one insertion cannot extend safely (a flow list
/// over several lines, comments or anchors in the way, ...).
pub fn with_language(text: &str, meta: &NoticeMeta, lang: &str) -> Option<String> {
    let last = meta.languages.last()?;
    let line_no = usize::try_from(last.pos.line).ok()?.checked_sub(1)?;
    let line_start = line_offset(text, line_no)?;
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let line = text[line_start..line_end].trim_end_matches('\r');
    let col = usize::try_from(last.pos.col).ok()?.checked_sub(1)?;
    let at = line.char_indices().nth(col).map(|(i, _)| i)?;
    let token_len = token_len(&line[at..], last.text())?;
    let after = &line[at + token_len..];
    let edited = if after.trim_start().starts_with(']') {
        // `languages: [en, nl]`: the new tag goes inside the brackets.
        let insert_at = line_start + at + token_len;
        format!("{}, {lang}{}", &text[..insert_at], &text[insert_at..])
    } else if line[..at].trim_start() == "- " || line[..at].trim_end().ends_with('-') {
        // A block list: a new `- lang` line under the last one, same indent.
        let dash = line.find('-')?;
        let newline = if text[..line_end].ends_with('\r') || text[line_end..].starts_with("\r\n") {
            "\r\n"
        } else {
            "\n"
        };
        let new_line = format!("{}- {lang}", &line[..dash]);
        match text.get(line_end..line_end + 1) {
            Some("\n") => format!(
                "{}{new_line}{newline}{}",
                &text[..=line_end],
                &text[line_end + 1..]
            ),
            _ => format!("{}{newline}{new_line}{newline}", &text[..line_end]),
        }
    } else {
        return None;
    };
    same_list_plus(meta, &edited, lang).then_some(edited)
}

/// The byte offset where 0-based line `n` starts.
fn line_offset(text: &str, n: usize) -> Option<usize> {
    if n == 0 {
        return Some(0);
    }
    text.match_indices('\n').nth(n - 1).map(|(i, _)| i + 1)
}

/// The length of the scalar at the start of `rest`, quoted or plain, when it
/// is `value`.
fn token_len(rest: &str, value: &str) -> Option<usize> {
    for quote in ['"', '\''] {
        if let Some(inner) = rest.strip_prefix(quote) {
            return inner
                .strip_prefix(value)
                .filter(|r| r.starts_with(quote))
                .map(|_| value.len() + 2);
        }
    }
    rest.starts_with(value).then_some(value.len())
}

fn tags(meta: &NoticeMeta) -> Vec<String> {
    meta.languages
        .iter()
        .map(|l| l.text().to_string())
        .collect()
}

fn same_list_plus(before: &NoticeMeta, edited: &str, lang: &str) -> bool {
    let (after, problems) = parse_yaml::<NoticeMeta>("content/notice.yaml", edited, "notice.yaml");
    let Some(after) = after else { return false };
    let mut want = tags(before);
    want.push(lang.to_string());
    problems.iter().all(|d| !d.is_error()) && tags(&after) == want
}

/// The `languages:` line a writer can paste, for when vellum did not edit.
pub fn suggested_line(meta: &NoticeMeta, lang: &str) -> String {
    let mut all = tags(meta);
    all.push(lang.to_string());
    format!("languages: [{}]", all.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTICE: &str = "title: T\nversion: \"1\"\neffective_date: \"2026-01-01\"\n{LANGS}base_url: https://example.com/\norganisation:\n  legal_name: X\n  headquarters: hq\n  website: https://example.com/\n  contacts:\n    privacy: p@example.com\nsupervisory_authority:\n  name: A\n  country: nl\n  website: https://example.com/\n";

    /// The `languages` part of the test notice after adding `de`.
    fn edit(langs: &str) -> Option<String> {
        let text = NOTICE.replace("{LANGS}", langs);
        let (meta, _) = parse_yaml::<NoticeMeta>("content/notice.yaml", &text, "notice.yaml");
        let edited = with_language(&text, &meta.expect("the test notice parses"), "de")?;
        let (start, end) = (edited.find("languages")?, edited.find("base_url")?);
        Some(edited[start..end].to_string())
    }

    #[test]
    fn a_flow_list_gets_the_language_inside_its_brackets() {
        assert_eq!(
            edit("languages: [en, nl] # source first\n").as_deref(),
            Some("languages: [en, nl, de] # source first\n")
        );
        assert_eq!(
            edit("languages: [\"en\"]\n").as_deref(),
            Some("languages: [\"en\", de]\n")
        );
    }

    #[test]
    fn a_block_list_gets_a_line_in_the_same_style() {
        assert_eq!(
            edit("languages:\n    - en\n    - nl\n").as_deref(),
            Some("languages:\n    - en\n    - nl\n    - de\n")
        );
    }

    #[test]
    fn a_flow_list_over_several_lines_is_extended_after_its_last_item() {
        assert_eq!(
            edit("languages: [en,\n  nl]\n").as_deref(),
            Some("languages: [en,\n  nl, de]\n")
        );
    }

    #[test]
    fn a_list_one_insertion_cannot_extend_is_left_to_the_writer() {
        // The closing bracket on a line of its own, and a trailing comma.
        assert_eq!(edit("languages: [\n  en\n  ]\n"), None);
        assert_eq!(edit("languages: [en, nl,]\n"), None);
    }
}
