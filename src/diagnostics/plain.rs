//! Plain words for people who write notices, not software: what a YAML
//! parser's message means for the line in front of them.

/// A YAML parser's message in words a writer can act on, with what to do;
/// `None` for a message without a plain version (it is shown as it is).
pub fn yaml_syntax(raw: &str) -> Option<(&'static str, &'static str)> {
    let table: [(&str, &str, &str); 8] = [
        (
            "mapping values are not allowed",
            "a colon and a space (`: `) here would start a new key, but a key cannot start in the middle of a value",
            "put the whole value in double quotes (title: \"About: our company\"), or move the key to a line of its own",
        ),
        (
            "tab",
            "a tab character is used for indentation",
            "indent with spaces only (two per level); tabs are not allowed in YAML indentation",
        ),
        (
            "found character that cannot start any token",
            "this line starts with a character YAML does not allow there (often a tab, `@` or a backtick)",
            "indent with spaces, and put a value that starts with @, ` or % in double quotes",
        ),
        (
            "could not find expected ':'",
            "a key on this line or the one above has no colon after it",
            "write `key: value`, with a colon and a space after the key",
        ),
        (
            "did not find expected key",
            "the indentation here does not match the lines above it",
            "line the key up with the other keys of its group, using spaces",
        ),
        (
            "did not find expected '-'",
            "a list item here is not indented like the items above it",
            "start every item of a list with `- ` at the same indentation",
        ),
        (
            "unexpected end of",
            "the file ends in the middle of a value (a quote or a bracket is not closed)",
            "close the quote (\") or the bracket (] or }) that this value opened",
        ),
        (
            "did not find expected node content",
            "a value is missing where YAML expects one",
            "write the value after the colon or the `- `, or remove the empty line or dash",
        ),
    ];
    table
        .iter()
        .find(|(needle, _, _)| raw.contains(needle))
        .map(|(_, message, hint)| (*message, *hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colon_in_a_value_is_explained() {
        let (message, hint) =
            yaml_syntax("mapping values are not allowed in this context").unwrap();
        assert!(message.contains("colon"), "{message}");
        assert!(hint.contains("double quotes"), "{hint}");
    }
}
