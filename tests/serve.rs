//! `vellum serve` end to end: a real server on an ephemeral port over a copy of
//! the example, edited while a page listens for reload events.

mod common;
use common::Site;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// A running `vellum serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    log: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &Site, port: &str) -> (Child, Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vellum"))
        .args(["serve", "--port", port])
        .current_dir(site.path())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start vellum serve");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

fn serve(site: &Site) -> Server {
    let (child, log) = start(site, "0");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let line = log
            .recv_timeout(deadline - std::time::Instant::now())
            .expect("the server announces its address");
        if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
            let port = rest.split('/').next().unwrap().parse().unwrap();
            return Server { child, port, log };
        }
    }
}

/// A minimal HTTP/1.1 client: status and body.
fn request(port: u16, method: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn get(port: u16, path: &str) -> (u16, String) {
    request(port, "GET", path)
}

/// Opens the reload event stream; each received event name arrives on the channel.
fn listen(port: u16) -> Receiver<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET /__vellum/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(event) = line.strip_prefix("event: ")
                && tx.send(event.to_string()).is_err()
            {
                break;
            }
        }
    });
    rx
}

fn await_reload(events: &Receiver<String>) {
    let event = events
        .recv_timeout(Duration::from_secs(30))
        .expect("a reload event after the edit");
    assert_eq!(event, "reload");
}

#[test]
fn edits_reload_errors_overlay_and_recovery() {
    let site = Site::example();
    let server = serve(&site);
    let port = server.port;

    let (status, page) = get(port, "/en/");
    assert_eq!(status, 200);
    assert!(
        page.contains("<h2 id=\"who-we-are-heading\"><span class=\"num\">1</span> Who we are</h2>")
    );
    assert!(
        page.contains("id=\"vellum-live-reload\""),
        "serve injects the reload script"
    );
    assert!(!page.contains("vellum-overlay"));

    // An edit shows up after a reload event.
    let events = listen(port);
    std::thread::sleep(Duration::from_millis(300));
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: Who we are",
        "title: About Kestrel",
    );
    await_reload(&events);
    let (_, page) = get(port, "/en/");
    assert!(
        page.contains("<span class=\"num\">1</span> About Kestrel</h2>"),
        "the new title is served"
    );

    // Broken YAML: the last good page stays, with the error over it.
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: About Kestrel",
        "title: About: Kestrel",
    );
    await_reload(&events);
    let (status, page) = get(port, "/en/");
    assert_eq!(status, 200);
    assert!(
        page.contains("About Kestrel</h2>"),
        "the last good build is still served"
    );
    assert!(page.contains("id=\"vellum-overlay\""), "{page}");
    assert!(
        page.contains("<code>content/sections/01-who-we-are.yaml:3:13</code>"),
        "the overlay names the location"
    );
    assert!(page.contains("mapping values are not allowed in this context"));
    let (_, nl) = get(port, "/nl/");
    assert!(
        nl.contains("id=\"vellum-overlay\""),
        "every page shows the overlay"
    );

    // Fixed: the overlay goes away.
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: About: Kestrel",
        "title: About Kestrel again",
    );
    await_reload(&events);
    let (_, page) = get(port, "/en/");
    assert!(page.contains("About Kestrel again</h2>"));
    assert!(!page.contains("vellum-overlay"));

    // The server is still alive and says what it did.
    let log: Vec<String> = server.log.try_iter().collect();
    assert!(
        log.iter().any(|l| l.starts_with("build failed in ")
            && l.contains("content/sections/01-who-we-are.yaml")),
        "{log:#?}"
    );
    assert!(log.iter().any(|l| l.starts_with("rebuilt in ")), "{log:#?}");
}

#[test]
fn requests_stay_inside_the_site() {
    let site = Site::example();
    let server = serve(&site);
    let port = server.port;
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E%2FCargo.toml",
        "/en/..%2f..%2fCargo.toml",
        "/en/%2e%2e/%2e%2e/content/notice.yaml",
        "/..%5c..%5cCargo.toml",
        "/content/notice.yaml",
        "/nope",
    ] {
        let (status, body) = get(port, path);
        assert_eq!(status, 404, "{path}");
        assert!(body.contains("<h1>Not found</h1>"), "{path}");
    }
    assert_eq!(get(port, "/en").0, 301);
    assert_eq!(get(port, "/static/style.css").0, 200);
    assert_eq!(request(port, "POST", "/en/").0, 405);
    assert_eq!(request(port, "DELETE", "/en/").0, 405);
    let (status, body) = request(port, "HEAD", "/en/");
    assert_eq!(status, 200);
    assert!(body.is_empty());
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let site = Site::minimal();
    let server = serve(&site);
    let (mut second, log) = start(&site, &server.port.to_string());
    let status = second.wait().unwrap();
    assert_eq!(status.code(), Some(2));
    let lines: Vec<String> = log.iter().collect();
    assert!(
        lines.iter().any(|l| l == &format!("error: port {} on 127.0.0.1 is already in use; stop the other server or pass --port N", server.port)),
        "{lines:#?}"
    );
}

#[test]
fn a_stylesheet_change_is_swapped_in_without_a_rebuild() {
    let site = Site::example();
    let server = serve(&site);
    let events = listen(server.port);
    std::thread::sleep(Duration::from_millis(300));
    let css = site.read("theme/static/style.css");
    site.write(
        "theme/static/style.css",
        &format!("{css}\n.vellum-test {{ color: red; }}\n"),
    );
    await_reload(&events);
    let (_, served) = get(server.port, "/static/style.css");
    assert!(served.contains(".vellum-test { color: red; }"));
    let log: Vec<String> = server.log.try_iter().collect();
    assert!(
        log.iter()
            .any(|l| l.starts_with("refreshed in ") && l.ends_with("theme/static/style.css")),
        "{log:#?}"
    );
}
