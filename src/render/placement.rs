//! Where a page stands in the output. Every page of the statement is
//! rendered once with two placeholders, the way up to the site root and the
//! folder below the language's, and a slot for the version status; placing
//! it fills them in. So the same rendering serves as the current notice
//! (`/en/`), as its permalink (`/en/versions/4.1/`), and, frozen by `vellum
//! release`, as an earlier version years later: a frozen page is placed, not
//! rendered again.

/// Stands for the relative way up to the site root (`../`, `../../../`).
pub const ROOT_TOKEN: &str = "@vellum-root@";
/// Stands for the page's folder below the language's: empty for the current
/// notice, `versions/<label>/` for a permalink.
pub const HERE_TOKEN: &str = "@vellum-here@";
/// Where the version status (not in force, takes effect on ...) goes. A
/// frozen page keeps the slot, since its status changes with every release.
pub const STATUS_SLOT: &str = "<!-- vellum:version-status -->";

/// A place for a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The way up to the site root.
    pub root: String,
    /// The folder below the language's, with a trailing slash, or empty.
    pub here: String,
}

impl Placement {
    /// `/<lang>/index.html`: the notice in force.
    pub fn main() -> Placement {
        Placement {
            root: "../".to_string(),
            here: String::new(),
        }
    }

    /// `/<lang>/versions/<label>/index.html`: a version's permalink.
    pub fn permalink(label: &str) -> Placement {
        Placement {
            root: "../../../".to_string(),
            here: format!("versions/{label}/"),
        }
    }

    /// The page's path in the output, for `lang`.
    pub fn path(&self, lang: &str) -> String {
        format!("{lang}/{}index.html", self.here)
    }
}

/// The page at `placement`, with `status` (HTML, which may use the tokens) in
/// its slot. A page without the slot (a site's own `page.html` that predates
/// it) gets the status at the start of `<main>`, or else of `<body>`.
pub fn place(page: &str, placement: &Placement, status: &str) -> String {
    // One pass into a buffer of the final size: a large site places
    // hundreds of pages of half a megabyte each.
    let (before, after) = match memchr::memmem::find(page.as_bytes(), STATUS_SLOT.as_bytes()) {
        Some(at) => (&page[..at], &page[at + STATUS_SLOT.len()..]),
        None if status.is_empty() => (page, ""),
        None => page.split_at(status_position(page, &["<main", "<body"])),
    };
    let mut out = String::with_capacity(before.len() + status.len() + after.len());
    for part in [before, status, after] {
        fill_tokens(part, placement, &mut out);
    }
    out
}

/// Appends `text` to `out` with the tokens replaced by the placement's ways.
fn fill_tokens(text: &str, placement: &Placement, out: &mut String) {
    let token = memchr::memmem::Finder::new("@vellum-");
    let mut rest = text;
    while let Some(at) = token.find(rest.as_bytes()) {
        let tail = &rest[at..];
        let (way, len) = if tail.starts_with(ROOT_TOKEN) {
            (placement.root.as_str(), ROOT_TOKEN.len())
        } else if tail.starts_with(HERE_TOKEN) {
            (placement.here.as_str(), HERE_TOKEN.len())
        } else {
            ("@vellum-", "@vellum-".len())
        };
        out.push_str(&rest[..at]);
        out.push_str(way);
        rest = &rest[at + len..];
    }
    out.push_str(rest);
}

/// Just after the first of `tags` that opens in `page`, else its start.
fn status_position(page: &str, tags: &[&str]) -> usize {
    tags.iter()
        .find_map(|tag| {
            let start = page.find(tag)?;
            Some(start + page[start..].find('>')? + 1)
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placing_fills_the_tokens_and_the_slot() {
        let page = format!(
            "<link href=\"{ROOT_TOKEN}static/style.css\"><a href=\"{ROOT_TOKEN}nl/{HERE_TOKEN}index.html\">nl</a>{STATUS_SLOT}<main>"
        );
        assert_eq!(
            place(&page, &Placement::main(), ""),
            "<link href=\"../static/style.css\"><a href=\"../nl/index.html\">nl</a><main>"
        );
        assert_eq!(
            place(&page, &Placement::permalink("4.0"), "<p>old</p>"),
            "<link href=\"../../../static/style.css\"><a href=\"../../../nl/versions/4.0/index.html\">nl</a><p>old</p><main>"
        );
        assert_eq!(
            Placement::permalink("4.0").path("nl"),
            "nl/versions/4.0/index.html"
        );
    }

    #[test]
    fn tokens_in_the_status_are_filled_and_other_text_is_kept() {
        let page = format!("a@vellum-x {ROOT_TOKEN}{STATUS_SLOT}{HERE_TOKEN}{STATUS_SLOT}@vellum-");
        assert_eq!(
            place(
                &page,
                &Placement::permalink("1"),
                &format!("[{ROOT_TOKEN}]")
            ),
            format!("a@vellum-x ../../../[../../../]versions/1/{STATUS_SLOT}@vellum-")
        );
        assert_eq!(
            place("<p>x</p>", &Placement::main(), "<b>s</b>"),
            "<b>s</b><p>x</p>"
        );
    }

    #[test]
    fn a_page_without_the_slot_gets_the_status_in_main() {
        assert_eq!(
            place("<body><main id=\"m\"><h1>", &Placement::main(), "<p>s</p>"),
            "<body><main id=\"m\"><p>s</p><h1>"
        );
    }
}
