//! Versions: what `vellum release` froze in `versions/<label>/`, read back,
//! verified and ordered; and what changed between two of them.
//!
//! A released version is a folder the site commits (see `release/`): the
//! pages as published in every language, the exports, the stylesheet and a
//! snapshot of the content for changelogs, with `release.json` naming the
//! SHA-256 of each. The build renders those files as they are, so an old
//! version looks as it did when it was in force, whatever vellum's model or
//! theme has become since; and it refuses a frozen file that was edited.

pub mod changelog;
pub mod diff;
pub mod digest;
pub mod format;

use crate::diagnostics::{Code, Diagnostic, Pos, Sources};
use crate::model::Notice;
use crate::site::SiteFiles;
use format::{RELEASE_FORMAT, ReleaseManifest, SNAPSHOT_FORMAT, Snapshot};

/// The folder of released versions, relative to the site root.
pub const VERSIONS_DIR: &str = "versions";
/// Inside a version's folder: the manifest, written last.
pub const MANIFEST: &str = "release.json";
pub const SNAPSHOT: &str = "snapshot.json";

/// A page of a released version: `pages/<lang>.html`.
pub fn page_file(lang: &str) -> String {
    format!("pages/{lang}.html")
}

/// The JSON-LD export of a released version: `exports/<lang>.jsonld`.
pub fn jsonld_file(lang: &str) -> String {
    format!("exports/{lang}.jsonld")
}

/// The retention export of a released version.
pub const RETENTION_FILE: &str = "exports/retention.json";
/// The model export of a released version.
pub const NOTICE_FILE: &str = "exports/notice.json";

/// One released version.
#[derive(Debug, Clone)]
pub struct Frozen {
    pub manifest: ReleaseManifest,
    pub snapshot: Snapshot,
}

impl Frozen {
    pub fn label(&self) -> &str {
        &self.manifest.version
    }

    /// `versions/<label>/`.
    pub fn dir(&self) -> String {
        format!("{VERSIONS_DIR}/{}/", self.manifest.version)
    }

    /// A file of the version, by its path inside the version's folder.
    pub fn file<'a>(&self, site: &'a SiteFiles, rel: &str) -> Option<&'a [u8]> {
        site.bytes(&format!("{}{rel}", self.dir()))
    }
}

/// Every released version that reads and verifies, oldest first.
#[derive(Debug, Clone, Default)]
pub struct Archive {
    pub frozen: Vec<Frozen>,
}

impl Archive {
    /// Reads `versions/`, reporting each folder that is not a sound release.
    pub fn read(site: &SiteFiles, sources: &mut Sources, out: &mut Vec<Diagnostic>) -> Archive {
        let mut frozen: Vec<Frozen> = site
            .entries(VERSIONS_DIR)
            .into_iter()
            .filter(|e| e.is_dir)
            .filter_map(|e| read_version(site, &e.name, sources, out))
            .collect();
        frozen.sort_by(|a, b| {
            (&a.manifest.effective_date, a.label()).cmp(&(&b.manifest.effective_date, b.label()))
        });
        for pair in frozen.windows(2) {
            if pair[0].manifest.effective_date == pair[1].manifest.effective_date {
                let file = format!("{}{MANIFEST}", pair[1].dir());
                let pos = key_pos(sources.get(&file).unwrap_or_default(), "effective_date");
                out.push(
                    Diagnostic::error(
                        Code::VersionOrder,
                        format!(
                            "versions {} and {} both take effect on {}: a reader cannot tell which one is in force",
                            pair[0].label(),
                            pair[1].label(),
                            pair[0].manifest.effective_date
                        ),
                    )
                    .at(file, pos)
                    .hint("each version takes effect on a later day than the one before it; remove the version released by mistake (git rm -r) and release it again with a later effective_date"),
                );
            }
        }
        Archive { frozen }
    }

    pub fn find(&self, label: &str) -> Option<&Frozen> {
        self.frozen.iter().find(|f| f.label() == label)
    }

    /// Checks the current content against the released versions: a label
    /// released with other content, and a version dated before one released.
    pub fn check_current(&self, site: &SiteFiles, notice: &Notice) -> Vec<Diagnostic> {
        let label = notice.meta.version.as_str();
        let date = notice.meta.effective_date.text();
        let file = notice.meta_file.as_str();
        if let Some(frozen) = self.find(label) {
            if frozen.manifest.content_hash == digest::content_hash(site) {
                return Vec::new();
            }
            return vec![
                Diagnostic::warning(
                    Code::ReleasedVersionChanged,
                    format!(
                        "version {label} was released ({}) and content/ or the translations have changed since",
                        frozen.dir()
                    ),
                )
                .at(file, notice.meta.version.pos)
                .hint("raise `version` (and `effective_date`) for the changed text, and run `vellum release` when you publish it; the released version stays as it was"),
            ];
        }
        self.frozen
            .iter()
            .filter(|f| f.manifest.effective_date.as_str() >= date)
            .take(1)
            .map(|f| {
                Diagnostic::error(
                    Code::VersionOrder,
                    format!(
                        "version {label} takes effect on {date}, but version {} was released to take effect on {}",
                        f.label(),
                        f.manifest.effective_date
                    ),
                )
                .at(file, notice.meta.effective_date.pos)
                .hint(format!(
                    "a new version takes effect after the versions released before it: give it an effective_date after {}",
                    f.manifest.effective_date
                ))
            })
            .collect()
    }
}

/// Whether a version label can name a folder and a web address: letters,
/// digits, `.`, `-` and `_`, starting with a letter or digit, with at least
/// one digit (so it never collides with the `changes` page), at most 32
/// characters, and no file extension vellum writes (`.html`, `.xml`, `.json`).
pub fn valid_label(label: &str) -> bool {
    let chars_ok = label
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    let first_ok = label
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    let lower = label.to_ascii_lowercase();
    chars_ok
        && first_ok
        && label.len() <= 32
        && label.chars().any(|c| c.is_ascii_digit())
        && ![".html", ".xml", ".json", ".jsonld", ".css"]
            .iter()
            .any(|ext| lower.ends_with(ext))
}

/// Reads and verifies one version folder; `None` (with a diagnostic) when it
/// cannot be used.
fn read_version(
    site: &SiteFiles,
    label: &str,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Option<Frozen> {
    let dir = format!("{VERSIONS_DIR}/{label}/");
    let manifest_file = format!("{dir}{MANIFEST}");
    let Some(text) = read_text(site, &manifest_file, sources, out) else {
        if site.under(&dir).next().is_some() {
            out.push(
                Diagnostic::warning(
                    Code::IncompleteRelease,
                    format!("{dir} has no {MANIFEST}: it is not a released version and is not published"),
                )
                .in_file(dir.trim_end_matches('/'))
                .hint("an interrupted `vellum release` leaves such a folder: run `vellum release` again to finish it, or remove the folder"),
            );
        }
        return None;
    };
    let manifest: ReleaseManifest = parse(&manifest_file, &text, RELEASE_FORMAT, out)?;
    if manifest.version != label {
        out.push(
            Diagnostic::error(
                Code::InvalidRelease,
                format!(
                    "{manifest_file} is the release of version {}, but its folder is named {label}",
                    manifest.version
                ),
            )
            .at(&manifest_file, key_pos(&text, "version"))
            .hint("a version's folder is named after its label; move the folder back to versions/<label>/"),
        );
        return None;
    }
    if !verify_files(site, &dir, &manifest, &text, out) {
        return None;
    }
    let snapshot_file = format!("{dir}{SNAPSHOT}");
    let text = read_text(site, &snapshot_file, sources, out)?;
    let snapshot: Snapshot = parse(&snapshot_file, &text, SNAPSHOT_FORMAT, out)?;
    Some(Frozen { manifest, snapshot })
}

fn read_text(
    site: &SiteFiles,
    rel: &str,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Option<String> {
    match site.text(rel)? {
        Ok(text) => {
            sources.insert(rel, text);
            Some(text.to_string())
        }
        Err(d) => {
            out.push(d);
            None
        }
    }
}

/// Parses a frozen JSON file whose `format` must be `expected`.
fn parse<T: serde::de::DeserializeOwned>(
    rel: &str,
    text: &str,
    expected: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<T> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.push(json_error(rel, &e));
            return None;
        }
    };
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != expected {
        let (family, _) = expected.split_once('/').unwrap_or((expected, ""));
        let newer = format.starts_with(&format!("{family}/"));
        out.push(
            Diagnostic::error(
                Code::InvalidRelease,
                format!("{rel} has format `{format}`; this vellum reads `{expected}`"),
            )
            .at(rel, key_pos(text, "format"))
            .hint(if newer {
                "the version was released with a newer vellum: build the site with that vellum or a newer one"
            } else {
                "this is not a file `vellum release` wrote; restore the folder from version control"
            }),
        );
        return None;
    }
    match serde_json::from_value(value) {
        Ok(v) => Some(v),
        Err(e) => {
            out.push(
                Diagnostic::error(Code::InvalidRelease, format!("{rel} cannot be read: {e}"))
                    .at(rel, Pos::new(1, 1))
                    .hint("released files are written by `vellum release` and never edited; restore the folder from version control"),
            );
            None
        }
    }
}

fn json_error(rel: &str, e: &serde_json::Error) -> Diagnostic {
    let line = u32::try_from(e.line()).unwrap_or(u32::MAX);
    let col = u32::try_from(e.column()).unwrap_or(u32::MAX);
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    Diagnostic::error(Code::InvalidRelease, format!("{rel} is not valid JSON: {message}"))
        .at(rel, Pos::new(line, col))
        .hint("released files are written by `vellum release` and never edited; restore the folder from version control (git checkout -- versions/)")
}

/// Every file the manifest lists is there with its digest, and nothing else
/// is. A missing or changed file is reported at its digest in the manifest,
/// an added one at the file.
fn verify_files(
    site: &SiteFiles,
    dir: &str,
    manifest: &ReleaseManifest,
    manifest_text: &str,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let before = out.len();
    let manifest_file = format!("{dir}{MANIFEST}");
    let hint = "a released version is never edited: restore it from version control (git checkout -- versions/), and put changes in a new version";
    for (rel, expected) in &manifest.files {
        let path = format!("{dir}{rel}");
        match site.bytes(&path) {
            None => out.push(
                Diagnostic::error(
                    Code::FrozenFileChanged,
                    format!("{path} of released version {} is missing", manifest.version),
                )
                .at(&manifest_file, key_pos(manifest_text, rel))
                .hint(hint),
            ),
            Some(bytes) if digest::sha256(bytes) != *expected => out.push(
                Diagnostic::error(
                    Code::FrozenFileChanged,
                    format!(
                        "{path} was changed after version {} was released",
                        manifest.version
                    ),
                )
                .at(&manifest_file, key_pos(manifest_text, rel))
                .hint(hint),
            ),
            Some(_) => {}
        }
    }
    for (rel, _) in site.under(dir) {
        if rel != MANIFEST && !manifest.files.contains_key(rel) {
            out.push(
                Diagnostic::error(
                    Code::FrozenFileChanged,
                    format!(
                        "{dir}{rel} was added to released version {}",
                        manifest.version
                    ),
                )
                .at(format!("{dir}{rel}"), Pos::new(1, 1))
                .hint(hint),
            );
        }
    }
    out.len() == before
}

/// The position of `"key"` in a JSON text, for messages about its value.
pub fn key_pos(text: &str, key: &str) -> Pos {
    text.find(&format!("\"{key}\""))
        .map_or(Pos::new(1, 1), |at| {
            crate::diagnostics::lines::pos_of(text, at)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_make_safe_folders() {
        for ok in ["4.1", "2026-05", "v3", "4.0.1-rc1", "2024_2"] {
            assert!(valid_label(ok), "{ok}");
        }
        for bad in [
            "",
            "..",
            "../4",
            "4/1",
            "changes",
            "index.html",
            "4.xml",
            "-1",
            ".4",
            "4 1",
            "ü1",
        ] {
            assert!(!valid_label(bad), "{bad}");
        }
    }
}
