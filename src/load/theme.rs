//! The theme: templates, static files, UI strings and language data. The
//! default theme is built into vellum; a site's own `theme/` folder overrides
//! it file by file, so a site keeps only the files it changes.

use crate::site::SiteFiles;
use std::collections::BTreeMap;

include!(concat!(env!("OUT_DIR"), "/embedded_theme.rs"));

/// How the built-in theme's files are named in messages.
pub const BUILT_IN_LABEL: &str = "(built-in theme)/";

/// One theme file and where it came from.
#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub bytes: Vec<u8>,
    /// True when the site's `theme/` folder provides it.
    pub from_site: bool,
}

/// Theme files by path inside the theme (`templates/page.html`, `static/style.css`).
#[derive(Debug, Clone)]
pub struct Theme {
    pub files: BTreeMap<String, ThemeFile>,
}

impl Theme {
    /// The built-in theme with the site's `theme/` files laid over it.
    pub fn load(site: &SiteFiles) -> Theme {
        let mut theme = Theme::built_in();
        for (rel, bytes) in site.under("theme/") {
            theme.files.insert(
                rel.to_string(),
                ThemeFile {
                    bytes: bytes.to_vec(),
                    from_site: true,
                },
            );
        }
        theme
    }

    pub fn built_in() -> Theme {
        let files = EMBEDDED_THEME
            .iter()
            .map(|(p, b)| {
                (
                    (*p).to_string(),
                    ThemeFile {
                        bytes: b.to_vec(),
                        from_site: false,
                    },
                )
            })
            .collect();
        Theme { files }
    }

    /// A theme file's bytes.
    pub fn get(&self, rel: &str) -> Option<&[u8]> {
        self.files.get(rel).map(|f| f.bytes.as_slice())
    }

    /// How a theme file is named in messages: `theme/…` for the site's own,
    /// `(built-in theme)/…` for vellum's.
    pub fn display_path(&self, rel: &str) -> String {
        match self.files.get(rel) {
            Some(f) if f.from_site => format!("theme/{rel}"),
            _ => format!("{BUILT_IN_LABEL}{rel}"),
        }
    }

    /// Files under `prefix` (e.g. `templates/`), with the prefix removed.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files.iter().filter_map(move |(p, f)| {
            p.strip_prefix(prefix)
                .map(|rest| (rest, f.bytes.as_slice()))
        })
    }

    /// The built-in files, for `vellum theme eject`.
    pub fn built_in_files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
        EMBEDDED_THEME.iter().copied()
    }
}
