//! The theme: templates, static files and UI strings. A site's own `theme/`
//! folder replaces the default theme built into vellum.

use std::collections::BTreeMap;
use std::path::Path;
use walkdir::WalkDir;

include!(concat!(env!("OUT_DIR"), "/embedded_theme.rs"));

/// Theme files by path inside the theme (`templates/page.html`, `static/style.css`).
pub struct Theme {
    /// How paths are shown in diagnostics: `theme/` or `(built-in theme)/`.
    pub label: String,
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// The site's `theme/` folder if it has one, else the built-in default.
    pub fn load(root: &Path) -> std::io::Result<Theme> {
        let dir = root.join("theme");
        if dir.is_dir() {
            return Ok(Theme {
                label: "theme/".to_string(),
                files: read_tree(&dir)?,
            });
        }
        Ok(Theme::built_in())
    }

    pub fn built_in() -> Theme {
        let files = EMBEDDED_THEME
            .iter()
            .map(|(p, b)| ((*p).to_string(), b.to_vec()))
            .collect();
        Theme {
            label: "(built-in theme)/".to_string(),
            files,
        }
    }

    /// Files under `prefix` (e.g. `templates/`), with the prefix removed.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files
            .iter()
            .filter_map(move |(p, b)| p.strip_prefix(prefix).map(|rest| (rest, b.as_slice())))
    }
}

/// Every file under `dir`, keyed by its `/`-separated path relative to `dir`.
pub fn read_tree(dir: &Path) -> std::io::Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(std::io::Error::other)?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(dir)
            .map_err(std::io::Error::other)?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel.split('/').any(|p| p.starts_with('.')) {
            continue;
        }
        files.insert(rel, std::fs::read(entry.path())?);
    }
    Ok(files)
}
