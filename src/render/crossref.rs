//! Cross-references on paper. A link cannot be followed on a printed page, and
//! Chromium does not support CSS `target-counter()` in print, so each link to
//! a section carries the section's number as `data-number`, which the print
//! stylesheet shows after the link text ("your rights (§ 11)"). On screen
//! nothing changes.

use std::collections::HashMap;

/// Adds ` data-number="N"` to every `href="#id"` link inside `<main>` whose
/// target is a numbered section. One pass over the page: linear in its size.
pub fn number_links<'a>(
    html: &str,
    sections: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    let numbers: HashMap<&str, &str> = sections
        .into_iter()
        .filter(|(_, number)| !number.is_empty())
        .collect();
    // The contents and the header link to sections too; only the text's own
    // references are printed.
    let start = memchr::memmem::find(html.as_bytes(), b"<main").unwrap_or(0);
    let (head, body) = html.split_at(start);
    let mut out = String::with_capacity(html.len() + 64);
    out.push_str(head);
    let mut rest = body;
    const MARK: &str = "href=\"#";
    let mark = memchr::memmem::Finder::new(MARK);
    while let Some(at) = mark.find(rest.as_bytes()) {
        let after = &rest[at + MARK.len()..];
        let Some(end) = after.find('"') else { break };
        let id = &after[..end];
        let upto = at + MARK.len() + end + 1;
        out.push_str(&rest[..upto]);
        if let Some(number) = numbers.get(id) {
            // Section numbers are digits and dots; nothing to escape.
            out.push_str(" data-number=\"");
            out.push_str(number);
            out.push('"');
        }
        rest = &rest[upto..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::number_links;

    #[test]
    fn links_to_sections_in_main_get_their_number() {
        let html = r##"<nav><a href="#rights">x</a></nav><main><p>See <a href="#rights">your rights</a>, <a href="#fn-a">1</a> and <a href="#sub">a part</a>.</p></main>"##;
        let out = number_links(html, [("rights", "11"), ("sub", "9.2"), ("unnumbered", "")]);
        assert_eq!(
            out,
            r##"<nav><a href="#rights">x</a></nav><main><p>See <a href="#rights" data-number="11">your rights</a>, <a href="#fn-a">1</a> and <a href="#sub" data-number="9.2">a part</a>.</p></main>"##
        );
    }

    #[test]
    fn a_page_without_links_is_unchanged() {
        let html = "<main><p>plain</p></main>";
        assert_eq!(number_links(html, [("a", "1")]), html);
    }
}
