//! Live reload: the script injected into pages in serve mode (never in `vellum
//! build` output), the server-sent-events hub that tells open pages to reload,
//! and the overlay that shows the diagnostics of a failed rebuild.

use std::collections::BTreeSet;
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// The path pages listen on for reload events.
pub const EVENTS_PATH: &str = "/__vellum/events";

/// Reloads the page on a `reload` event and restores the scroll position
/// afterwards; the section anchor survives a reload by itself.
const RELOAD_SCRIPT: &str = r#"<script id="vellum-live-reload">
(function () {
  var key = "vellum-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, +saved); });
  }
  var events = new EventSource("/__vellum/events?page=" + encodeURIComponent(location.pathname));
  events.addEventListener("reload", function () {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
})();
</script>
"#;

/// Adds the reload script, and the error overlay when the last rebuild failed.
pub fn inject(html: &[u8], overlay: Option<&str>) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let mut extra = String::from(RELOAD_SCRIPT);
    if let Some(o) = overlay {
        extra.push_str(o);
    }
    let at = text.rfind("</body>").unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + extra.len());
    out.push_str(&text[..at]);
    out.push_str(&extra);
    out.push_str(&text[at..]);
    out.into_bytes()
}

pub use super::overlay::{Editor, OverlayContext, overlay_html};

/// How often open streams are checked for pages that went away, so their
/// slots free up quickly (a reload closes one stream and opens another).
const TEND_EVERY: Duration = Duration::from_secs(1);
/// How often a quiet stream gets a comment line: it keeps proxies and the
/// browser from timing out, and finds streams whose page has gone away.
const KEEP_ALIVE_EVERY: Duration = Duration::from_secs(15);

/// The open event streams, at most `limit` of them. One thread tends them
/// all; writes never block (a page that stops reading is dropped, and its
/// `EventSource` reconnects after the `retry:` delay).
#[derive(Clone)]
pub struct Hub {
    streams: Arc<Mutex<Streams>>,
    limit: usize,
}

struct Streams {
    open: Vec<Listener>,
    last_write: Instant,
}

/// An open page's event stream, and the first folder of the page's path
/// (`en` for `/en/versions/`), which names its language when it has one.
struct Listener {
    stream: TcpStream,
    folder: Option<String>,
}

impl Listener {
    fn send(&mut self, chunk: &[u8]) -> bool {
        self.stream.write_all(chunk).is_ok()
    }
}

/// The first folder of a page's path: `/nl/versions/` → `nl`; `None` for a
/// page at the root (the language chooser).
pub fn page_folder(page: &str) -> Option<String> {
    let path = super::http::path_of(page);
    let (folder, _) = path.trim_start_matches('/').split_once('/')?;
    (!folder.is_empty()).then(|| folder.to_string())
}

impl Hub {
    /// A hub for at most `limit` streams, with its tending thread running.
    pub fn start(limit: usize) -> std::io::Result<Hub> {
        let hub = Hub {
            streams: Arc::new(Mutex::new(Streams {
                open: Vec::new(),
                last_write: Instant::now(),
            })),
            limit,
        };
        let tended = hub.clone();
        std::thread::Builder::new()
            .name("vellum-events".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(TEND_EVERY);
                    tended.tend();
                }
            })?;
        Ok(hub)
    }

    fn lock(&self) -> MutexGuard<'_, Streams> {
        // A panic elsewhere leaves nothing half-done in a list of streams.
        self.streams.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts an event stream on `stream` for the page at `page` (its path,
    /// when the page said), or gives the stream back when the hub is full
    /// (the caller answers `503`).
    pub fn join(&self, mut stream: TcpStream, page: Option<&str>) -> Result<(), TcpStream> {
        let mut streams = self.lock();
        streams.open.retain(|l| is_open(&l.stream));
        if streams.open.len() >= self.limit {
            return Err(stream);
        }
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n";
        if stream.write_all(head.as_bytes()).is_ok() && stream.set_nonblocking(true).is_ok() {
            streams.open.push(Listener {
                stream,
                folder: page.and_then(page_folder),
            });
        }
        Ok(())
    }

    /// Tells every open page to reload; forgets pages that went away.
    pub fn broadcast(&self, event: &str) {
        self.broadcast_to(event, |_| true);
    }

    /// Tells the open pages whose first folder passes `to` (see
    /// [`page_folder`]) to reload.
    pub fn broadcast_to(&self, event: &str, to: impl Fn(Option<&str>) -> bool) {
        let chunk = format!("event: {event}\ndata: {event}\n\n");
        let mut streams = self.lock();
        streams
            .open
            .retain_mut(|l| !to(l.folder.as_deref()) || l.send(chunk.as_bytes()));
        streams.last_write = Instant::now();
    }

    /// The first folders of the open pages' paths.
    pub fn open_folders(&self) -> BTreeSet<String> {
        let mut streams = self.lock();
        streams.open.retain(|l| is_open(&l.stream));
        streams
            .open
            .iter()
            .filter_map(|l| l.folder.clone())
            .collect()
    }

    /// Drops closed streams, and sends a keep-alive when all were quiet long
    /// enough.
    fn tend(&self) {
        let mut streams = self.lock();
        streams.open.retain(|l| is_open(&l.stream));
        if streams.last_write.elapsed() >= KEEP_ALIVE_EVERY {
            streams.open.retain_mut(|l| l.send(b": keep-alive\n\n"));
            streams.last_write = Instant::now();
        }
    }
}

/// Whether the page behind a (non-blocking) stream is still there: a closed
/// connection reads as end of file. Anything the page sends is discarded.
fn is_open(stream: &TcpStream) -> bool {
    let mut buf = [0; 512];
    match (&*stream).read(&mut buf) {
        Ok(0) => false,
        Ok(_) => true,
        Err(e) => e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted,
    }
}

#[cfg(test)]
mod tests {
    use super::page_folder;
    use crate::serve::http::query_value;

    #[test]
    fn an_open_page_is_known_by_its_first_folder() {
        let folder = |target: &str| query_value(target, "page").and_then(|p| page_folder(&p));
        assert_eq!(
            folder("/__vellum/events?page=%2Fnl%2F").as_deref(),
            Some("nl")
        );
        assert_eq!(
            folder("/__vellum/events?x=1&page=%2Fpt-BR%2Fversions%2F4.1%2F").as_deref(),
            Some("pt-BR")
        );
        // The chooser at the root, a file at the root, no page, a bad escape.
        for target in [
            "/__vellum/events?page=%2F",
            "/__vellum/events?page=%2Findex.html",
            "/__vellum/events",
            "/__vellum/events?page=%2",
        ] {
            assert_eq!(folder(target), None, "{target}");
        }
    }
}
