//! Stage 6: `vellum serve`, the live preview. Builds in memory, serves on
//! 127.0.0.1, rebuilds on every save and reloads open pages; a failed rebuild
//! keeps the last good site on screen with the errors shown over it.

pub mod http;
pub mod live;

use crate::diagnostics::{Diagnostic, Format, Sources, render_report};
use crate::render::OutputTree;
use live::Hub;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use std::collections::BTreeSet;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response, Server};

/// The port `vellum serve` uses unless told otherwise.
pub const DEFAULT_PORT: u16 = 4747;

/// Saves usually arrive as several events within a few milliseconds (write,
/// rename, metadata); this gathers them into one rebuild.
const DEBOUNCE: Duration = Duration::from_millis(25);

pub struct ServeOptions {
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
}

/// The site as served: the last good tree and, if the latest rebuild failed,
/// its overlay.
#[derive(Default)]
struct Served {
    tree: OutputTree,
    overlay: Option<String>,
}

/// Runs the preview until the process is stopped.
pub fn serve(root: &Path, options: &ServeOptions) -> Result<(), String> {
    // Events carry absolute paths; so must the root, to name what changed.
    let root = root
        .canonicalize()
        .map_err(|e| format!("cannot open {}: {e}", root.display()))?;
    let state = Arc::new(RwLock::new(Served::default()));
    let hub = Hub::default();
    let started = Instant::now();
    rebuild(&root, &state, &hub, "initial build", started);

    let addr = SocketAddr::new(options.bind, options.port);
    let server = Server::http(addr).map_err(|e| {
        if e.to_string().contains("in use") {
            format!(
                "port {} on {} is already in use; stop the other server or pass --port N",
                options.port, options.bind
            )
        } else {
            format!("cannot listen on {addr}: {e}")
        }
    })?;
    let actual = server.server_addr().to_ip().map_or(addr, |a| a);
    let url = format!("http://{actual}/");
    eprintln!("serving {url} (watching content/, locales/, templates/, theme/; Ctrl-C stops)");
    if options.open {
        open_browser(&url);
    }

    let watcher_state = Arc::clone(&state);
    let watcher_hub = hub.clone();
    let watch_root = root.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer = notify_debouncer_full::new_debouncer(DEBOUNCE, None, tx)
        .map_err(|e| format!("cannot watch files: {e}"))?;
    for dir in ["content", "locales", "templates", "theme"] {
        let path = root.join(dir);
        if path.is_dir() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
        }
    }
    std::thread::spawn(move || {
        for result in rx {
            let Ok(events) = result else { continue };
            let changed: BTreeSet<PathBuf> = events
                .iter()
                .filter(|e| {
                    matches!(
                        e.event.kind,
                        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
                    )
                })
                .flat_map(|e| e.event.paths.iter().cloned())
                .filter(|p| !is_editor_noise(p) && !is_generated(p))
                .collect();
            if changed.is_empty() {
                continue;
            }
            let started = Instant::now();
            let names: Vec<String> = changed
                .iter()
                .map(|p| {
                    p.strip_prefix(&watch_root)
                        .unwrap_or(p)
                        .to_string_lossy()
                        .into_owned()
                })
                .collect();
            if names.iter().all(|n| n.starts_with("theme/static/")) {
                refresh_static(&watch_root, &watcher_state, &watcher_hub, &names, started);
            } else {
                rebuild(
                    &watch_root,
                    &watcher_state,
                    &watcher_hub,
                    &names.join(", "),
                    started,
                );
            }
        }
        drop(debouncer);
    });

    for request in server.incoming_requests() {
        let state = Arc::clone(&state);
        let hub = hub.clone();
        if request.url().split('?').next() == Some(live::EVENTS_PATH) {
            std::thread::spawn(move || hub.stream(request.into_writer()));
        } else {
            respond(request, &state);
        }
    }
    Ok(())
}

/// The generated source-language file, which a rebuild itself writes.
fn is_generated(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n == crate::translate::ftl::CONTENT_FILE)
        && std::fs::read_to_string(path)
            .is_ok_and(|t| t.starts_with(crate::translate::ftl::GENERATED_HEADER))
}

/// Temporary and backup files editors write next to the real one.
fn is_editor_noise(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
}

/// A full check and render; on failure the last good tree stays. The
/// generated source-language file is kept in step first, as `vellum i18n sync`
/// would, so a writer's edit shows at once and translators see it too.
fn rebuild(root: &Path, state: &RwLock<Served>, hub: &Hub, what: &str, started: Instant) {
    sync_source_file(root);
    let (analysis, tree) = crate::render(root, false, false);
    print_diagnostics(&analysis.diagnostics, &analysis.sources);
    let ms = started.elapsed().as_millis();
    let Ok(mut served) = state.write() else {
        return;
    };
    match tree {
        Some(tree) => {
            served.tree = tree;
            served.overlay = None;
            eprintln!("rebuilt in {ms} ms: {what}");
        }
        None => {
            let errors = analysis.diagnostics.iter().filter(|d| d.is_error()).count();
            served.overlay = Some(live::overlay_html(&analysis.diagnostics));
            eprintln!(
                "build failed in {ms} ms with {errors} error{}: {what} (still serving the last good build)",
                if errors == 1 { "" } else { "s" }
            );
        }
    }
    drop(served);
    hub.broadcast("reload");
}

fn sync_source_file(root: &Path) {
    let (site, _) = crate::site::SiteFiles::read(root);
    let loaded = crate::load::load_site(&site);
    let Some(notice) = loaded.notice else { return };
    let rel = format!(
        "locales/{}/{}",
        notice.source_language(),
        crate::translate::ftl::CONTENT_FILE
    );
    if !notice.translation_languages().is_empty() || root.join(&rel).exists() {
        match crate::translate::status::sync_source_file(root, &notice) {
            Ok((rel, true)) => eprintln!("updated {rel}"),
            Ok(_) => {}
            Err(e) => eprintln!("cannot update {rel}: {e}"),
        }
    }
}

/// A stylesheet or other static change needs no re-render: swap the files.
fn refresh_static(
    root: &Path,
    state: &RwLock<Served>,
    hub: &Hub,
    names: &[String],
    started: Instant,
) {
    let Ok(mut served) = state.write() else {
        return;
    };
    for name in names {
        let rel = name.trim_start_matches("theme/");
        match std::fs::read(root.join(name)) {
            Ok(bytes) => served.tree.insert(rel.to_string(), bytes),
            Err(_) => served.tree.remove(rel),
        };
    }
    drop(served);
    eprintln!(
        "refreshed in {} ms: {}",
        started.elapsed().as_millis(),
        names.join(", ")
    );
    hub.broadcast("reload");
}

fn print_diagnostics(diags: &[Diagnostic], sources: &Sources) {
    if !diags.is_empty() {
        anstream::eprint!("{}", render_report(diags, sources, Format::Human, false));
    }
}

fn respond(request: Request, state: &RwLock<Served>) {
    let head = *request.method() == Method::Head;
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response = Response::from_string("only GET and HEAD are served\n")
            .with_status_code(405)
            .with_header(header("Allow", "GET, HEAD"));
        let _ = request.respond(response);
        return;
    }
    let Ok(served) = state.read() else { return };
    let (status, body, kind, location) = match http::resolve(&served.tree, request.url()) {
        http::Resolved::File(path) => {
            let bytes = &served.tree[&path];
            let body = if path.ends_with(".html") {
                live::inject(bytes, served.overlay.as_deref())
            } else {
                bytes.clone()
            };
            (200, body, http::content_type(&path), None)
        }
        http::Resolved::Redirect(to) => (301, Vec::new(), "text/plain; charset=utf-8", Some(to)),
        http::Resolved::NotFound => (
            404,
            live::inject(http::NOT_FOUND_PAGE.as_bytes(), served.overlay.as_deref()),
            "text/html; charset=utf-8",
            None,
        ),
    };
    drop(served);
    let length = body.len();
    let mut response = Response::from_data(if head { Vec::new() } else { body })
        .with_status_code(status)
        .with_header(header("Content-Type", kind))
        .with_header(header("Cache-Control", "no-store"));
    if head {
        response = response.with_header(header("Content-Length", &length.to_string()));
    }
    if let Some(to) = location {
        response = response.with_header(header("Location", &to));
    }
    let _ = request.respond(response);
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|()| {
        Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).expect("a constant header is valid")
    })
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("could not start a browser; open {url} yourself");
    }
}
