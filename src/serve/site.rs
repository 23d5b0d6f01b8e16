//! The site as served: the last good build in memory and, while the latest
//! rebuild fails, the overlay listing its errors. Rebuilds replace it; requests
//! read it.

use super::http::{self, Resolved, Response};
use super::live;
use crate::Analysis;
use crate::diagnostics::{Code, Diagnostic, Format, render_report};
use crate::render::{OutputFile, OutputTree};
use live::Hub;
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
    /// The site's languages, as of the last rebuild that loaded the model.
    languages: Vec<String>,
}

/// The files of the languages rebuilt first, served ahead of the full
/// rebuild, and the files of the last good build they replaced.
struct EarlyFiles {
    langs: Vec<String>,
    replaced: Vec<(String, OutputFile)>,
}

impl EarlyFiles {
    /// Serves the last good build's files of these languages again.
    fn restore(self, tree: &mut OutputTree) {
        for lang in &self.langs {
            for rel in language_paths(tree, &format!("{lang}/")) {
                tree.remove(&rel);
            }
        }
        tree.extend(self.replaced);
    }
}

/// The paths in `tree` under `prefix` (a language's folder).
fn language_paths(tree: &OutputTree, prefix: &str) -> Vec<String> {
    tree.range(prefix.to_string()..)
        .take_while(|(rel, _)| rel.starts_with(prefix))
        .map(|(rel, _)| rel.clone())
        .collect()
}

/// Whether `lang`'s folder holds the same pages, byte for byte, in both
/// trees. Pages are what reload; the other files (the JSON-LD exports)
/// carry the content hash, which is computed only when a file asks for it.
fn same_language_pages(a: &OutputTree, b: &OutputTree, lang: &str) -> bool {
    let prefix = format!("{lang}/");
    let pages = |tree: &OutputTree| {
        language_paths(tree, &prefix)
            .into_iter()
            .filter(|rel| rel.ends_with(".html"))
            .collect::<Vec<_>>()
    };
    let (left, right) = (pages(a), pages(b));
    left == right && left.iter().all(|rel| a[rel].bytes() == b[rel].bytes())
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
    /// happened, and tells the open pages to reload.
    ///
    /// When pages are open in some of the site's languages but not all, those
    /// languages are checked and rendered first and their pages reload at
    /// once: a writer's save changes every language's inputs, and the full
    /// rebuild of a large site takes a second or more. The full rebuild then
    /// reuses their findings and pages (the memo), and reloads the other
    /// pages, and these again only if their files changed after all.
    pub fn rebuild(&self, what: &str, changed: &[String], started: Instant, hub: &Hub) {
        let first = self.first_languages(hub, changed);
        let early = first
            .as_deref()
            .and_then(|langs| self.rebuild_first(langs, what, started, hub));
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
        if let Some(notice) = &analysis.notice {
            served.languages = notice
                .language_tags()
                .iter()
                .map(|l| l.to_string())
                .collect();
        }
        match tree {
            Some(tree) => {
                // An open page whose language's pages are the same (it
                // reloaded early, or the save was another language's) is
                // left alone, unless the overlay goes or the save may have
                // changed what every page links to (a template, a
                // stylesheet).
                let only_texts = changed
                    .iter()
                    .all(|rel| rel.starts_with("content/") || rel.starts_with("locales/"));
                let unchanged: Vec<String> = match (only_texts, &served.overlay) {
                    (true, None) => hub
                        .open_folders()
                        .into_iter()
                        .filter(|lang| served.languages.contains(lang))
                        .filter(|lang| same_language_pages(&served.tree, &tree, lang))
                        .collect(),
                    _ => Vec::new(),
                };
                served.tree = tree;
                served.overlay = None;
                drop(served);
                eprintln!("rebuilt in {ms} ms: {what}{timings}");
                hub.broadcast_to("reload", |folder| {
                    folder.is_none_or(|f| !unchanged.iter().any(|l| l == f))
                });
            }
            None => {
                // The last good build is served whole: the early pages go.
                if let Some(early) = early {
                    early.restore(&mut served.tree);
                }
                let errors = analysis.diagnostics.iter().filter(|d| d.is_error()).count();
                let cx = live::OverlayContext {
                    sources: &analysis.sources,
                    root: &self.root,
                    editor: self.editor.as_ref(),
                };
                served.overlay = Some(live::overlay_html(&analysis.diagnostics, &cx));
                drop(served);
                eprintln!(
                    "build failed in {ms} ms with {errors} error{}: {what} (still serving the last good build){timings}",
                    if errors == 1 { "" } else { "s" }
                );
                hub.broadcast("reload");
            }
        }
    }

    /// The languages of the open pages, when they are some of the site's
    /// languages but not all, and the last rebuild succeeded (an overlay
    /// stays until a full rebuild shows whether the errors are gone). Not
    /// when every file saved is a translation's own (`locales/<lang>/` of a
    /// language other than the source, but its data files, which others
    /// read): the full rebuild then redoes that language alone.
    fn first_languages(&self, hub: &Hub, changed: &[String]) -> Option<Vec<String>> {
        let open = hub.open_folders();
        let served = self.served.read().unwrap_or_else(PoisonError::into_inner);
        let first: Vec<String> = served
            .languages
            .iter()
            .filter(|lang| open.contains(*lang))
            .cloned()
            .collect();
        let some = !first.is_empty() && first.len() < served.languages.len();
        let source = served.languages.first();
        let own = |rel: &String| {
            let lang = rel.strip_prefix("locales/").and_then(|r| r.split_once('/'));
            lang.is_some_and(|(lang, file)| {
                source.is_some_and(|s| s != lang)
                    && !crate::translate::LANGUAGE_DATA.contains(&file)
            })
        };
        let needed = !changed.iter().all(own);
        (some && needed && served.overlay.is_none()).then_some(first)
    }

    /// Checks and renders the languages `langs` alone and, when they have no
    /// errors, serves their new files and reloads their pages. Returns what
    /// it replaced, for the full rebuild to put back should it fail.
    fn rebuild_first(
        &self,
        langs: &[String],
        what: &str,
        started: Instant,
        hub: &Hub,
    ) -> Option<EarlyFiles> {
        // The full rebuild brings the generated source file up to date when
        // that is all that is wrong; the pages do not read the file.
        let focus = crate::Focus::Only(langs);
        let (analysis, tree) =
            crate::check_and_render(&self.root, &self.memo, focus, fixed_by_sync);
        let tree = tree?;
        let mut served = self.served.write().unwrap_or_else(PoisonError::into_inner);
        // A language whose pages are the same is left alone (the save
        // changed another language).
        let changed: Vec<&String> = langs
            .iter()
            .filter(|lang| !same_language_pages(&served.tree, &tree, lang))
            .collect();
        let mut early = EarlyFiles {
            langs: changed.iter().map(|l| l.to_string()).collect(),
            replaced: Vec::new(),
        };
        for lang in &changed {
            let prefix = format!("{lang}/");
            for rel in language_paths(&served.tree, &prefix) {
                if let Some(file) = served.tree.remove(&rel) {
                    early.replaced.push((rel, file));
                }
            }
            for rel in language_paths(&tree, &prefix) {
                served.tree.insert(rel.clone(), tree[&rel].clone());
            }
        }
        drop(served);
        let timings = if self.timings {
            format!(" (timings: {})", analysis.timings)
        } else {
            String::new()
        };
        eprintln!(
            "rebuilt {} first in {} ms: {what}{timings}; the other languages follow",
            langs.join(", "),
            started.elapsed().as_millis()
        );
        hub.broadcast_to("reload", |folder| {
            folder.is_some_and(|f| changed.iter().any(|l| *l == f))
        });
        Some(early)
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
    // The pages are rendered beside the checks, and kept only if the checks
    // find no error but the generated file being out of date.
    let (mut analysis, mut tree) =
        crate::check_and_render(root, memo, crate::Focus::All, fixed_by_sync);
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
            Err(d) => {
                eprintln!("cannot update the source file: {d}");
                tree = None;
            }
        }
    }
    (analysis, tree)
}

fn fixed_by_sync(d: &Diagnostic) -> bool {
    FIXED_BY_SYNC.contains(&d.code)
}
