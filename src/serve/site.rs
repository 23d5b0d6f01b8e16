//! The site as served: the last good build in memory and, while the latest
//! rebuild fails, the overlay listing its errors. Rebuilds replace it; requests
//! read it.

use super::http::{self, Resolved, Response};
use super::live;
use crate::Analysis;
use crate::diagnostics::{Code, Diagnostic, Format, render_report};
use crate::render::OutputTree;
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock};
use std::time::Instant;

/// The diagnostics that `vellum i18n sync` resolves by writing the generated
/// source-language file.
const FIXED_BY_SYNC: [Code; 2] = [Code::SourceFileStale, Code::SourceFileMissing];

pub struct Site {
    root: PathBuf,
    editor: Option<live::Editor>,
    /// Print the stages' times with each rebuild's line.
    timings: bool,
    served: RwLock<Served>,
    /// What the last rebuilds computed per language, for the next.
    memo: crate::site::memo::Memo,
}

#[derive(Default)]
struct Served {
    tree: OutputTree,
    overlay: Option<String>,
}

impl Site {
    /// `root` is absolute: file events name absolute paths.
    pub fn new(root: PathBuf, editor: Option<live::Editor>, timings: bool) -> Site {
        Site {
            root,
            editor,
            timings,
            served: RwLock::default(),
            memo: crate::site::memo::Memo::default(),
        }
    }

    /// A full check and render; on failure the last good tree stays and the
    /// overlay shows why. Prints the diagnostics and one line saying what
    /// happened.
    pub fn rebuild(&self, what: &str, started: Instant) {
        let (analysis, tree) = build(&self.root, &self.memo);
        if !analysis.diagnostics.is_empty() {
            anstream::eprint!(
                "{}",
                render_report(
                    &analysis.diagnostics,
                    &analysis.sources,
                    Format::Human,
                    false
                )
            );
        }
        let ms = started.elapsed().as_millis();
        let timings = if self.timings {
            format!(" (timings: {})", analysis.timings)
        } else {
            String::new()
        };
        let mut served = self.served.write().unwrap_or_else(PoisonError::into_inner);
        match tree {
            Some(tree) => {
                served.tree = tree;
                served.overlay = None;
                eprintln!("rebuilt in {ms} ms: {what}{timings}");
            }
            None => {
                let errors = analysis.diagnostics.iter().filter(|d| d.is_error()).count();
                let cx = live::OverlayContext {
                    sources: &analysis.sources,
                    root: &self.root,
                    editor: self.editor.as_ref(),
                };
                served.overlay = Some(live::overlay_html(&analysis.diagnostics, &cx));
                eprintln!(
                    "build failed in {ms} ms with {errors} error{}: {what} (still serving the last good build){timings}",
                    if errors == 1 { "" } else { "s" }
                );
            }
        }
    }

    /// A stylesheet or other static change needs no re-render: swap the
    /// files (`names` are relative to the root, all under `theme/static/`).
    pub fn refresh_static(&self, names: &[String], started: Instant) {
        let mut served = self.served.write().unwrap_or_else(PoisonError::into_inner);
        for name in names {
            let rel = name.trim_start_matches("theme/");
            match crate::site::files::read_one(&self.root, name) {
                Ok(Some(bytes)) => served.tree.insert(rel.to_string(), bytes.into()),
                Ok(None) => served.tree.remove(rel),
                Err(d) => {
                    eprintln!("{d}");
                    served.tree.remove(rel)
                }
            };
        }
        drop(served);
        eprintln!(
            "refreshed in {} ms: {}",
            started.elapsed().as_millis(),
            names.join(", ")
        );
    }

    /// The answer to a GET or HEAD of `target`: a file with the reload script
    /// (and overlay) injected into pages, a redirect, or the 404 page.
    pub fn answer(&self, target: &str) -> Response {
        let served = self.served.read().unwrap_or_else(PoisonError::into_inner);
        let overlay = served.overlay.as_deref();
        match http::resolve(&served.tree, target) {
            Resolved::File(path) => {
                let bytes = served
                    .tree
                    .get(&path)
                    .map(|file| file.bytes())
                    .unwrap_or_default();
                let body = if path.ends_with(".html") {
                    live::inject(&bytes, overlay)
                } else {
                    bytes.into_owned()
                };
                Response::new(200, http::content_type(&path), body)
            }
            Resolved::Redirect(to) => Response::text(301, "").with_header("Location", to),
            Resolved::NotFound => Response::new(
                404,
                "text/html; charset=utf-8",
                live::inject(http::NOT_FOUND_PAGE.as_bytes(), overlay),
            ),
        }
    }
}

/// Checks and renders the site, keeping the generated source-language file
/// in step as `vellum i18n sync` would, so translators see a writer's edit at
/// once. The file is written only when being out of date is the build's only
/// error: a failed build (a typo that drops a section, say) must never shrink
/// the committed file.
fn build(root: &Path, memo: &crate::site::memo::Memo) -> (Analysis, Option<OutputTree>) {
    let mut analysis = crate::analyse_with(root, Some(memo));
    let mut errors = analysis
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .peekable();
    let only_out_of_date = errors.peek().is_some() && errors.all(fixed_by_sync);
    if let (true, Some(notice)) = (only_out_of_date, &analysis.notice) {
        match crate::translate::status::sync_source_file(root, notice) {
            Ok((rel, wrote)) => {
                if wrote {
                    eprintln!("updated {rel}");
                }
                // The source-language catalog is built from the generated
                // text, never from the file on disk (`translate::load_catalog`),
                // so the analysis after the sync differs only by the findings
                // the sync resolved: drop them rather than analysing again.
                analysis.diagnostics.retain(|d| !fixed_by_sync(d));
            }
            Err(d) => eprintln!("cannot update the source file: {d}"),
        }
    }
    crate::render_analysis_with(analysis, false, false, Some(memo))
}

fn fixed_by_sync(d: &Diagnostic) -> bool {
    FIXED_BY_SYNC.contains(&d.code)
}
