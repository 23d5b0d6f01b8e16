//! Cross-references on paper. A link cannot be followed on a printed page, and
//! Chromium does not support CSS `target-counter()` in print, so each link to
//! a section carries the section's number as `data-number`, which the print
//! stylesheet shows after the link text ("your rights (§ 11)"). On screen
//! nothing changes.

use std::collections::HashMap;

/// Adds ` data-number="N"` to every `href="#id"` link inside `<main>` whose
/// target is a numbered section. Linear in the size of the page.
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
    // Where each number goes, first: the page is half a megabyte in each
    // language, and a buffer that grows copies it again for every doubling.
    let mut inserts: Vec<(usize, &str)> = Vec::new();
    const MARK: &str = "href=\"#";
    let mark = memchr::memmem::Finder::new(MARK);
    let mut at = start;
    while let Some(found) = mark.find(&html.as_bytes()[at..]) {
        let id_start = at + found + MARK.len();
        let Some(end) = html[id_start..].find('"') else {
            break;
        };
        let after_link = id_start + end + 1;
        if let Some(number) = numbers.get(&html[id_start..id_start + end]) {
            inserts.push((after_link, number));
        }
        at = after_link;
    }
    const BEFORE: &str = " data-number=\"";
    let added: usize = inserts
        .iter()
        .map(|(_, n)| BEFORE.len() + n.len() + 1)
        .sum();
    let mut out = String::with_capacity(html.len() + added);
    let mut copied = 0;
    for (at, number) in inserts {
        out.push_str(&html[copied..at]);
        // Section numbers are digits and dots; nothing to escape.
        out.push_str(BEFORE);
        out.push_str(number);
        out.push('"');
        copied = at;
    }
    out.push_str(&html[copied..]);
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
