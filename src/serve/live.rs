//! Live reload: the script injected into pages in serve mode (never in `vellum
//! build` output), the server-sent-events hub that tells open pages to reload,
//! and the overlay that shows the diagnostics of a failed rebuild.

use crate::diagnostics::Diagnostic;
use crate::prose::escape_html;
use std::io::Write;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

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

/// The overlay listing a failed rebuild's errors, newest build first.
pub fn overlay_html(diags: &[Diagnostic]) -> String {
    let mut items = String::new();
    for d in diags.iter().filter(|d| d.is_error()) {
        let location = d.location().unwrap_or_default();
        let hint = d
            .hint
            .as_deref()
            .map(|h| format!("<p class=\"hint\">help: {}</p>", escape_html(h)))
            .unwrap_or_default();
        let lang = d
            .language
            .as_deref()
            .map(|l| format!("[{}] ", escape_html(l)))
            .unwrap_or_default();
        items.push_str(&format!(
            "<li><code>{}</code><p>{lang}{}</p>{hint}</li>",
            escape_html(&location),
            escape_html(&d.message)
        ));
    }
    format!(
        r#"<div id="vellum-overlay" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff5f5;color:#5c0b0b;border-top:4px solid #b00020;padding:1rem 1.5rem;font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.2)">
<strong>vellum: the last change does not build. This page is the last good build.</strong>
<ul style="margin:.5rem 0 0;padding-left:1.2rem">{items}</ul>
</div>
"#
    )
}

/// The open event streams.
#[derive(Clone, Default)]
pub struct Hub {
    clients: Arc<Mutex<Vec<Sender<&'static str>>>>,
}

impl Hub {
    /// Tells every open page to reload; forgets pages that went away.
    pub fn broadcast(&self, event: &'static str) {
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|c| c.send(event).is_ok());
        }
    }

    fn subscribe(&self) -> Receiver<&'static str> {
        let (tx, rx) = channel();
        if let Ok(mut clients) = self.clients.lock() {
            clients.push(tx);
        }
        rx
    }

    /// Serves one event stream until the page goes away.
    pub fn stream(&self, mut writer: Box<dyn Write + Send>) {
        let events = self.subscribe();
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n";
        if writer
            .write_all(head.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
        loop {
            let chunk = match events.recv_timeout(Duration::from_secs(15)) {
                Ok(event) => format!("event: {event}\ndata: {event}\n\n"),
                // A comment line keeps proxies and the browser from timing out,
                // and finds out when the page has gone away.
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
            };
            if writer
                .write_all(chunk.as_bytes())
                .and_then(|()| writer.flush())
                .is_err()
            {
                return;
            }
        }
    }
}
