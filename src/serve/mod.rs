//! Stage 6: `vellum serve`, the live preview. Builds in memory, serves on
//! 127.0.0.1, rebuilds on every save and reloads open pages; a failed rebuild
//! keeps the last good site on screen with the errors shown over it.
//!
//! One idea per module: [`http`] reads requests and resolves paths,
//! `server` accepts connections and runs the bounded worker pool, [`live`]
//! holds the reload streams and the error overlay, `watch` follows the input
//! folders, `site` holds the served build and rebuilds it.

pub mod http;
pub mod live;
mod overlay;
mod server;
mod site;
mod watch;

use live::Hub;
use site::Site;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// The port `vellum serve` uses unless told otherwise.
pub const DEFAULT_PORT: u16 = 4747;

pub struct ServeOptions {
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    /// Where the error overlay's locations open (`--editor`).
    pub editor: Option<live::Editor>,
    /// Print each rebuild's time per stage (`--timings`).
    pub timings: bool,
}

/// Runs the preview until the process is stopped.
pub fn serve(root: &Path, options: &ServeOptions) -> Result<(), String> {
    // Events carry absolute paths; so must the root, to name what changed.
    let root = root
        .canonicalize()
        .map_err(|e| format!("cannot open {}: {e}", root.display()))?;
    let listener = server::bind(SocketAddr::new(options.bind, options.port))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("cannot read the listening address: {e}"))?;
    // Watching starts before the first build, so no save after it is missed.
    let watcher = watch::Watcher::start(&root)?;
    let site = Arc::new(Site::new(root, options.editor.clone(), options.timings));
    let hub = Hub::start(server::MAX_EVENT_STREAMS)
        .map_err(|e| format!("cannot start the live-reload thread: {e}"))?;
    site.rebuild("initial build", &[], Instant::now(), &hub);

    let (watched_site, watched_hub) = (Arc::clone(&site), hub.clone());
    std::thread::Builder::new()
        .name("vellum-watch".into())
        .spawn(move || {
            watcher.run(|changed, started| {
                if changed.iter().all(|n| n.starts_with("theme/static/")) {
                    watched_site.refresh_static(changed, started);
                    watched_hub.broadcast("reload");
                } else {
                    watched_site.rebuild(&changed.join(", "), changed, started, &watched_hub);
                }
            });
        })
        .map_err(|e| format!("cannot start the file watcher: {e}"))?;
    let pool = server::Pool::start(site, hub)?;

    // Scripts wait for this line: print it only once the listener, the
    // watcher and the workers all exist.
    let url = format!("http://{addr}/");
    eprintln!(
        "serving {url} (watching {}; Ctrl-C stops)",
        watch::INPUTS.map(|i| format!("{i}/")).join(", ")
    );
    if options.open {
        open_browser(&url);
    }
    pool.accept_forever(&listener);
    Ok(())
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
