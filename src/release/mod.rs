//! Stage 6, on demand: `vellum release` freezes the version in `content/`
//! into `versions/<label>/`, the folder the site commits.
//!
//! What it freezes is what the build publishes for the version: each
//! language's page (rendered, not yet placed, with its stylesheet pointed at
//! the copy frozen beside it), the exports, the theme's static files, and a
//! snapshot of the content for changelogs; `release.json`, written last,
//! names each file's SHA-256. A label is released once: releasing it again
//! is a no-op when the content is the same and an error when it is not, and
//! vellum never replaces a file of a released version. Files are written
//! under `site::owned`'s rules: inside the site, never through a link, each
//! atomically.

use crate::Analysis;
use crate::diagnostics::{Code, Diagnostic};
use crate::render::placement::ROOT_TOKEN;
use crate::render::{Inputs, LiveVersion};
use crate::site::owned::write_owned_file;
use crate::versions::format::{RELEASE_FORMAT, ReleaseManifest};
use crate::versions::{self, MANIFEST, SNAPSHOT, VERSIONS_DIR, digest};
use std::collections::BTreeMap;
use std::path::Path;

/// What `vellum release` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Released {
    /// The version was frozen into `versions/<label>/`: how many files.
    Written { label: String, files: usize },
    /// The label was already released with the same content.
    Unchanged { label: String },
}

/// Releases the version in `content/` of the site at `root`. The analysis
/// comes back with the diagnostics that stopped the release (a finding in
/// the site, or a refusal).
pub fn release(root: &Path, strict: bool) -> (Analysis, Result<Released, Vec<Diagnostic>>) {
    let mut analysis = crate::analyse(root);
    let result = run(root, &mut analysis, strict);
    (analysis, result)
}

fn run(root: &Path, analysis: &mut Analysis, strict: bool) -> Result<Released, Vec<Diagnostic>> {
    let Some(notice) = analysis.notice.as_ref() else {
        return Err(Vec::new());
    };
    let label = notice.meta.version.as_str().to_string();
    let file = notice.meta_file.clone();
    if !versions::valid_label(&label) {
        return Err(vec![
            Diagnostic::error(
                Code::InvalidVersionLabel,
                format!("version `{label}` cannot name a folder and a web address"),
            )
            .at(&file, notice.meta.version.pos)
            .hint("use letters, digits, `.`, `-` and `_`, with at least one digit and at most 32 characters, e.g. `4.1` or `2026-05`"),
        ]);
    }
    if let Some(frozen) = analysis.archive.find(&label) {
        if frozen.manifest.content_hash == digest::content_hash(&analysis.site) {
            return Ok(Released::Unchanged { label });
        }
        return Err(vec![
            Diagnostic::error(
                Code::VersionReleased,
                format!("version {label} is already released ({}), with other content", frozen.dir()),
            )
            .at(&file, notice.meta.version.pos)
            .hint("a released version is never rewritten: raise `version` (and `effective_date`) for the changed text, then release that"),
        ]);
    }
    let blocked = analysis.has_errors() || (strict && !analysis.diagnostics.is_empty());
    if blocked {
        return Err(Vec::new());
    }
    let (Some(notice), Some(theme)) = (&analysis.notice, &analysis.theme) else {
        return Err(Vec::new());
    };
    let inputs = Inputs {
        reuse: None,
        site: &analysis.site,
        notice,
        theme,
        catalogs: &analysis.catalogs,
        vocabularies: &analysis.vocabularies,
        facts: &analysis.facts,
        archive: &analysis.archive,
        content_hash: analysis.content_hash.as_deref(),
        focus: crate::Focus::All,
    };
    let live = crate::render::render_release(&inputs, &mut analysis.sources)?;
    let files = frozen_files(&live, theme, &label);
    let dir = format!("{VERSIONS_DIR}/{label}/");
    refuse_leftovers(&analysis.site, &dir, &files)?;
    // The files and the manifest.
    let count = files.len() + 1;
    write_version(root, &dir, &live, files)?;
    Ok(Released::Written {
        label,
        files: count,
    })
}

/// Every file of the version but the manifest, by path inside its folder.
fn frozen_files(
    live: &LiveVersion,
    theme: &crate::load::theme::Theme,
    label: &str,
) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    // The page keeps the stylesheet it was published with.
    let from = format!("{ROOT_TOKEN}static/");
    let to = format!("{ROOT_TOKEN}{VERSIONS_DIR}/{label}/static/");
    for (lang, page) in &live.pages {
        files.insert(
            versions::page_file(lang),
            page.replace(&from, &to).into_bytes(),
        );
    }
    for (lang, jsonld) in &live.jsonld {
        files.insert(versions::jsonld_file(lang), jsonld.bytes().into_owned());
    }
    files.insert(
        versions::RETENTION_FILE.to_string(),
        live.retention_json.bytes().into_owned(),
    );
    files.insert(
        versions::NOTICE_FILE.to_string(),
        live.notice_json.bytes().into_owned(),
    );
    for (rel, bytes) in theme.under("static/") {
        files.insert(format!("static/{rel}"), bytes.to_vec());
    }
    let mut snapshot = serde_json::to_string_pretty(&live.snapshot).unwrap_or_default();
    snapshot.push('\n');
    files.insert(SNAPSHOT.to_string(), snapshot.into_bytes());
    files
}

/// A folder left by an interrupted release may hold files this release
/// would not write; they would make the version fail its check, so the
/// writer removes them (vellum removes nothing in a site).
fn refuse_leftovers(
    site: &crate::site::SiteFiles,
    dir: &str,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(), Vec<Diagnostic>> {
    let stray: Vec<String> = site
        .under(dir)
        .filter(|(rel, _)| !files.contains_key(*rel))
        .map(|(rel, _)| format!("{dir}{rel}"))
        .collect();
    if stray.is_empty() {
        return Ok(());
    }
    Err(vec![
        Diagnostic::error(
            Code::IncompleteRelease,
            format!("{dir} holds files this release would not write: {}", stray.join(", ")),
        )
        .in_file(dir.trim_end_matches('/'))
        .hint("they are left from an interrupted `vellum release`; remove the folder and release again"),
    ])
}

/// Writes the files, then the manifest that makes them a release.
fn write_version(
    root: &Path,
    dir: &str,
    live: &LiveVersion,
    files: BTreeMap<String, Vec<u8>>,
) -> Result<(), Vec<Diagnostic>> {
    let manifest_path = root.join(dir).join(MANIFEST);
    // Only a folder without a manifest (an interrupted release) has files to
    // replace; a released version's files are never replaced.
    let owned = |_: &[u8]| -> Result<(), Diagnostic> {
        if manifest_path.exists() {
            Err(
                Diagnostic::error(Code::WriteRefused, format!("{dir} is a released version"))
                    .in_file(dir.trim_end_matches('/')),
            )
        } else {
            Ok(())
        }
    };
    for (rel, bytes) in &files {
        write_owned_file(root, &format!("{dir}{rel}"), bytes, &owned).map_err(|d| vec![d])?;
    }
    let manifest = ReleaseManifest {
        format: RELEASE_FORMAT.to_string(),
        version: live.snapshot.version.clone(),
        effective_date: live.snapshot.effective_date.clone(),
        languages: {
            let source = &live.snapshot.source_language;
            let mut langs: Vec<String> = live.pages.keys().cloned().collect();
            langs.sort_by_key(|l| l != source);
            langs
        },
        content_hash: live.snapshot.content_hash.clone(),
        released_with: format!("vellum {}", env!("CARGO_PKG_VERSION")),
        files: files
            .iter()
            .map(|(rel, bytes)| (rel.clone(), digest::sha256(bytes)))
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    write_owned_file(root, &format!("{dir}{MANIFEST}"), text.as_bytes(), &owned)
        .map_err(|d| vec![d])?;
    Ok(())
}
