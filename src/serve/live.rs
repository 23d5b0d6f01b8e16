//! Live reload: the script injected into pages in serve mode (never in `vellum
//! build` output), the server-sent-events hub that tells open pages to reload,
//! and the overlay that shows the diagnostics of a failed rebuild.

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
  var events = new EventSource("/__vellum/events");
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
    open: Vec<TcpStream>,
    last_write: Instant,
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

    /// Starts an event stream on `stream`, or gives the stream back when the
    /// hub is full (the caller answers `503`).
    pub fn join(&self, mut stream: TcpStream) -> Result<(), TcpStream> {
        let mut streams = self.lock();
        streams.open.retain(is_open);
        if streams.open.len() >= self.limit {
            return Err(stream);
        }
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n";
        if stream.write_all(head.as_bytes()).is_ok() && stream.set_nonblocking(true).is_ok() {
            streams.open.push(stream);
        }
        Ok(())
    }

    /// Tells every open page to reload; forgets pages that went away.
    pub fn broadcast(&self, event: &str) {
        let chunk = format!("event: {event}\ndata: {event}\n\n");
        let mut streams = self.lock();
        streams
            .open
            .retain_mut(|s| s.write_all(chunk.as_bytes()).is_ok());
        streams.last_write = Instant::now();
    }

    /// Drops closed streams, and sends a keep-alive when all were quiet long
    /// enough.
    fn tend(&self) {
        let mut streams = self.lock();
        streams.open.retain(is_open);
        if streams.last_write.elapsed() >= KEEP_ALIVE_EVERY {
            streams
                .open
                .retain_mut(|s| s.write_all(b": keep-alive\n\n").is_ok());
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
