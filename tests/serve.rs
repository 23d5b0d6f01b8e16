//! `vellum serve` end to end: a real server on an ephemeral port over a copy of
//! the example, edited while a page listens for reload events. Every wait is
//! on a line the server logs or on the event stream, never on a fixed sleep.

mod common;
use common::Site;
use std::cell::RefCell;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// How long any single wait may take before the test fails. Generous: tests
/// run in parallel, with debug builds, on small machines.
const PATIENCE: Duration = Duration::from_secs(60);

/// The bound on live-reload streams that the README documents.
const MAX_EVENT_STREAMS: usize = 32;

/// A running `vellum serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    log: Receiver<String>,
    /// Every line read from `log` so far.
    seen: RefCell<Vec<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Waits for the next log line that matches, and returns it.
    fn wait_for(&self, what: &str, matches: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let Ok(line) = self.log.recv_timeout(left) else {
                panic!(
                    "no log line for {what}; the log:\n{:#?}",
                    self.seen.borrow()
                );
            };
            self.seen.borrow_mut().push(line.clone());
            if matches(&line) {
                return line;
            }
        }
    }

    /// Waits until a rebuild serves a page of `path` that passes `check`.
    fn wait_for_page(&self, path: &str, what: &str, check: impl Fn(&str) -> bool) -> String {
        loop {
            self.wait_for(what, |l| l.starts_with("rebuilt in "));
            let (status, page) = get(self.port, path);
            if status == 200 && check(&page) {
                return page;
            }
        }
    }

    /// Every line logged so far.
    fn lines(&self) -> Vec<String> {
        let mut seen = self.seen.borrow_mut();
        seen.extend(self.log.try_iter());
        seen.clone()
    }
}

fn vellum() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vellum"))
}

/// Starts `command` in the site and collects its stderr lines.
fn start(site: &Site, mut command: Command) -> (Child, Receiver<String>) {
    let mut child = command
        .current_dir(site.path())
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start vellum serve");
    let stderr = child.stderr.take().expect("stderr is piped");
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

fn serve_on(port: &str) -> Command {
    let mut command = vellum();
    command.args(["serve", "--port", port]);
    command
}

/// Starts the server and waits until it says it is ready.
fn serve_with(site: &Site, command: Command) -> Server {
    let (child, log) = start(site, command);
    let mut server = Server {
        child,
        port: 0,
        log,
        seen: RefCell::default(),
    };
    let line = server.wait_for("the address", |l| {
        l.starts_with("serving http://127.0.0.1:")
    });
    let port = line
        .trim_start_matches("serving http://127.0.0.1:")
        .split('/')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("a port number");
    server.port = port;
    server
}

fn serve(site: &Site) -> Server {
    serve_with(site, serve_on("0"))
}

/// A response: status, head (status line and headers), body.
struct Response {
    status: u16,
    head: String,
    body: String,
}

/// Sends `raw` and reads the whole response.
fn exchange(port: u16, raw: &[u8]) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    stream.write_all(raw).expect("send the request");
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("read the response");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    Response {
        status: head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0),
        head: head.to_string(),
        body: body.to_string(),
    }
}

/// A minimal HTTP/1.1 client: status and body.
fn request(port: u16, method: &str, path: &str) -> (u16, String) {
    let raw = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    let response = exchange(port, raw.as_bytes());
    (response.status, response.body)
}

fn get(port: u16, path: &str) -> (u16, String) {
    request(port, "GET", path)
}

/// Opens a reload event stream and reads up to its `retry:` preamble: from
/// then on the server sends it every reload.
fn open_stream(port: u16) -> BufReader<TcpStream> {
    open_stream_of(port, None)
}

/// [`open_stream`] for the page at `page`, as the reload script opens it.
fn open_stream_of(port: u16, page: Option<&str>) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    let query = page.map_or(String::new(), |p| {
        format!("?page={}", p.replace('/', "%2F"))
    });
    write!(
        stream,
        "GET /__vellum/events{query} HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .expect("send");
    let mut reader = BufReader::new(stream);
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        let read = reader.read_line(&mut line).expect("read the event stream");
        assert!(read > 0, "the event stream ended early: {head:#?}");
        if line.starts_with("retry: ") {
            return reader;
        }
        head.push(line);
    }
}

/// Opens the reload event stream; each received event name arrives on the channel.
fn listen(port: u16) -> Receiver<String> {
    listen_as(port, None)
}

/// [`listen`] as the page at `page` does.
fn listen_as(port: u16, page: Option<&str>) -> Receiver<String> {
    let stream = open_stream_of(port, page);
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in stream.lines().map_while(Result::ok) {
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
        .recv_timeout(PATIENCE)
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
        page.contains("content/sections/01-who-we-are.yaml, line 3, column 13"),
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
    let log = server.lines();
    assert!(
        log.iter().any(|l| l.starts_with("build failed in ")
            && l.contains("content/sections/01-who-we-are.yaml")),
        "{log:#?}"
    );
    assert!(log.iter().any(|l| l.starts_with("rebuilt in ")), "{log:#?}");
}

/// A writer's save changes every language's inputs (issue 15): the language
/// of the open page is checked and rendered first and its page reloads at
/// once; a page outside the language folders (the chooser) reloads when the
/// whole site is rebuilt, and the early page does not reload a second time.
/// A page reloads only when its language's pages changed.
#[test]
fn the_open_pages_language_is_rebuilt_and_reloaded_first() {
    let site = Site::example();
    let server = serve(&site);
    let port = server.port;
    let en = listen_as(port, Some("/en/"));
    let chooser = listen_as(port, Some("/"));
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: Who we are",
        "title: About Kestrel",
    );
    await_reload(&en);
    let (_, page) = get(port, "/en/");
    assert!(
        page.contains("<span class=\"num\">1</span> About Kestrel</h2>"),
        "the early reload serves the new page"
    );
    let first = server.wait_for("the early rebuild", |l| {
        l.starts_with("rebuilt en first in ")
    });
    assert!(
        first.ends_with(": content/sections/01-who-we-are.yaml; the other languages follow"),
        "{first}"
    );
    await_reload(&chooser);
    server.wait_for("the whole rebuild", |l| l.starts_with("rebuilt in "));
    assert!(
        en.recv_timeout(Duration::from_millis(500)).is_err(),
        "the early page reloads once: the whole rebuild did not change it"
    );
    // A translator's save is Dutch alone: nothing goes first, and the
    // English page, which it does not change, does not reload.
    site.edit(
        "locales/nl/content.ftl",
        "section-who-we-are-title = Wie wij zijn",
        "section-who-we-are-title = Over Kestrel",
    );
    await_reload(&chooser);
    let (_, nl) = get(port, "/nl/");
    assert!(
        nl.contains("Over Kestrel</h2>"),
        "the Dutch page is rebuilt"
    );
    assert!(
        en.recv_timeout(Duration::from_millis(500)).is_err(),
        "a Dutch save does not reload the English page"
    );
    let lines = server.lines();
    let firsts = lines
        .iter()
        .filter(|l| l.starts_with("rebuilt en first"))
        .count();
    assert_eq!(firsts, 1, "{lines:#?}");
}

/// A page served early goes back to the last good build when the whole
/// rebuild fails: here the writer's new title has a placeable that the Dutch
/// translation lacks, an error in Dutch alone.
#[test]
fn a_whole_rebuild_that_fails_takes_the_early_page_back() {
    let site = Site::example();
    let server = serve(&site);
    let port = server.port;
    let en = listen_as(port, Some("/en/"));
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: Who we are",
        "title: Who we are, at least { $minimum-age }",
    );
    await_reload(&en);
    server.wait_for("the early rebuild", |l| {
        l.starts_with("rebuilt en first in ")
    });
    await_reload(&en);
    let failed = server.wait_for("the failure", |l| l.starts_with("build failed in "));
    assert!(
        failed.contains("still serving the last good build"),
        "{failed}"
    );
    let (_, page) = get(port, "/en/");
    assert!(
        page.contains("<span class=\"num\">1</span> Who we are</h2>"),
        "the last good page is served again"
    );
    assert!(page.contains("id=\"vellum-overlay\""), "{page}");
    assert!(
        page.contains("drops { $minimum-age }"),
        "the overlay says what is wrong in Dutch"
    );
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
    let redirect = exchange(port, b"GET /en HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assert_eq!(redirect.status, 301);
    assert!(
        redirect.head.contains("\r\nLocation: /en/"),
        "{}",
        redirect.head
    );
    assert_eq!(get(port, "/static/style.css").0, 200);
    for method in ["POST", "DELETE", "PUT"] {
        let raw =
            format!("{method} /en/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc");
        let refused = exchange(port, raw.as_bytes());
        assert_eq!(refused.status, 405, "{method}");
        assert!(
            refused.head.contains("\r\nAllow: GET, HEAD"),
            "{}",
            refused.head
        );
    }

    let (_, page) = get(port, "/en/");
    let head = exchange(port, b"HEAD /en/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert!(
        head.head
            .contains(&format!("\r\nContent-Length: {}", page.len())),
        "HEAD says how long the page is: {}",
        head.head
    );
    assert!(head.head.contains("\r\nCache-Control: no-store"));
    assert!(
        head.head
            .contains("\r\nContent-Type: text/html; charset=utf-8")
    );
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let site = Site::minimal();
    let server = serve(&site);
    let (mut second, log) = start(&site, serve_on(&server.port.to_string()));
    let status = second.wait().expect("the second server ends");
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
    let css = site.read("theme/static/style.css");
    site.write(
        "theme/static/style.css",
        &format!("{css}\n.vellum-test {{ color: red; }}\n"),
    );
    await_reload(&events);
    let (_, served) = get(server.port, "/static/style.css");
    assert!(served.contains(".vellum-test { color: red; }"));
    // Waited for, not read at once: the log line may reach this test a little
    // after the reload event does.
    server.wait_for("the refresh line", |l| {
        l.starts_with("refreshed in ") && l.ends_with("theme/static/style.css")
    });
}

#[test]
fn timings_name_the_time_of_each_stage_of_every_rebuild() {
    let site = Site::example();
    let mut command = serve_on("0");
    command.arg("--timings");
    let server = serve_with(&site, command);
    let stages = |line: &str| {
        let (_, timings) = line.split_once(" (timings: ").expect("timings on the line");
        timings
            .trim_end_matches(')')
            .split(", ")
            .map(|stage| stage.split(' ').next().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
    };
    // The initial build's line comes before the server says it serves.
    let first = server
        .lines()
        .into_iter()
        .find(|l| l.starts_with("rebuilt in ") && l.contains(": initial build (timings: "))
        .expect("the initial build's line");
    assert_eq!(
        stages(&first),
        ["load", "translate", "check", "render", "write"]
    );
    let events = listen(server.port);
    let nl = site.read("locales/nl/content.ftl");
    site.write("locales/nl/content.ftl", &format!("{nl}\n"));
    await_reload(&events);
    let saved = server.wait_for("the rebuild", |l| {
        l.starts_with("rebuilt in ") && l.contains("locales/nl/content.ftl (timings: ")
    });
    assert_eq!(stages(&saved).len(), 5, "{saved}");
}

/// Defect 1 of issue 10: running out of file descriptors ended the accept
/// loop for good. Now the server logs the error once, waits, and goes on.
#[test]
fn running_out_of_file_descriptors_is_survived() {
    let site = Site::minimal();
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -n 64 && exec \"$0\" serve --port 0")
        .arg(env!("CARGO_BIN_EXE_vellum"));
    let server = serve_with(&site, command);

    // More half-open connections than the server may hold open: the kernel
    // completes them all (the listen backlog), the server accepts until it
    // runs out of descriptors.
    let held: Vec<TcpStream> = (0..150)
        .filter_map(|_| {
            TcpStream::connect_timeout(&([127, 0, 0, 1], server.port).into(), PATIENCE).ok()
        })
        .collect();
    assert!(held.len() > 64, "only {} connections opened", held.len());
    let line = server.wait_for("the accept error", |l| {
        l.starts_with("cannot accept a connection: ")
    });
    assert!(line.contains("Too many open files"), "{line}");

    drop(held);
    let (status, page) = get(server.port, "/en/");
    assert_eq!(status, 200, "the server answers again");
    assert!(page.contains("</html>"));
    let errors = server
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("cannot accept"))
        .count();
    assert!(
        errors <= 3,
        "accept errors are rate-limited: {errors} lines"
    );
}

#[test]
fn oversized_requests_are_refused_and_the_server_goes_on() {
    let site = Site::minimal();
    let server = serve(&site);
    let port = server.port;

    let long_url = format!(
        "GET /{} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "a".repeat(16 * 1024)
    );
    let refused = exchange(port, long_url.as_bytes());
    assert_eq!(refused.status, 414, "{}", refused.head);

    let big_header = format!(
        "GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\n\r\n",
        "b".repeat(17 * 1024)
    );
    assert_eq!(exchange(port, big_header.as_bytes()).status, 431);

    let many: String = (0..101).map(|i| format!("X-{i}: 1\r\n")).collect();
    let many_headers = format!("GET /en/ HTTP/1.1\r\nHost: localhost\r\n{many}\r\n");
    assert_eq!(exchange(port, many_headers.as_bytes()).status, 431);

    let (status, page) = get(port, "/en/");
    assert_eq!(status, 200, "the server still answers");
    assert!(page.contains("</html>"));
}

/// Defect 2 of issue 10: `git checkout` deletes and recreates `content/`;
/// the watch must follow the new folder.
#[test]
fn a_replaced_content_folder_is_watched_again() {
    let site = Site::example();
    let server = serve(&site);
    let saved = tempfile::tempdir().expect("temp dir");
    common::copy_tree(&site.path().join("content"), saved.path());

    std::fs::remove_dir_all(site.path().join("content")).expect("remove content/");
    server.wait_for("the failed build without content/", |l| {
        l.starts_with("build failed in ")
    });

    common::copy_tree(saved.path(), &site.path().join("content"));
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: Who we are",
        "title: About Kestrel",
    );
    let page = server.wait_for_page("/en/", "the recreated content/", |p| {
        p.contains("About Kestrel</h2>")
    });
    assert!(!page.contains("vellum-overlay"), "the overlay is gone");

    // Edits inside the new folder are noticed too.
    let events = listen(server.port);
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: About Kestrel",
        "title: About Kestrel again",
    );
    await_reload(&events);
    server.wait_for_page("/en/", "an edit in the recreated content/", |p| {
        p.contains("About Kestrel again</h2>")
    });
}

/// Editors that save by writing a temporary file and renaming it over the
/// real one (JetBrains' "safe write", Emacs): the rename alone is the save,
/// one rebuild of that file, and the temporary file is never taken for an
/// input.
#[test]
fn a_save_renamed_into_place_rebuilds_that_file_once() {
    let site = Site::example();
    let server = serve(&site);
    let events = listen(server.port);
    let rel = "content/sections/01-who-we-are.yaml";
    let temporary = format!("{rel}___jb_tmp___");
    let text = site
        .read(rel)
        .replace("title: Who we are", "title: About Kestrel");
    site.write(&temporary, &text);
    std::fs::rename(site.path().join(&temporary), site.path().join(rel))
        .expect("the temporary file renamed over the section");
    await_reload(&events);
    server.wait_for_page("/en/", "the renamed save", |p| {
        p.contains("About Kestrel</h2>")
    });
    let rebuilds: Vec<String> = server
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("rebuilt in ") && !l.contains("initial build"))
        .collect();
    assert_eq!(rebuilds.len(), 1, "{rebuilds:#?}");
    assert!(
        rebuilds[0].ends_with(&format!(": {rel}")),
        "the rebuild names the section alone: {rebuilds:#?}"
    );
}

/// Issue 11: a failed build must never rewrite the committed source file;
/// a good one keeps it in step, and serves what `vellum build` would.
#[test]
fn a_failed_build_leaves_the_source_file_alone() {
    let site = Site::example();
    let server = serve(&site);
    let ftl = "locales/en/content.ftl";
    let before = site.read(ftl);

    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: Who we are",
        "title: Who: we are",
    );
    server.wait_for("the failed build", |l| l.starts_with("build failed in "));
    assert_eq!(
        site.read(ftl),
        before,
        "{ftl} is untouched by a failed build"
    );
    assert!(
        !server.lines().iter().any(|l| l.starts_with("updated ")),
        "{:#?}",
        server.lines()
    );

    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: Who: we are",
        "title: About Kestrel",
    );
    let served = server.wait_for_page("/en/", "the fixed title", |p| {
        p.contains("About Kestrel</h2>")
    });
    assert!(
        server
            .lines()
            .iter()
            .any(|l| l == &format!("updated {ftl}")),
        "{:#?}",
        server.lines()
    );
    assert!(site.read(ftl).contains("About Kestrel"));

    // The served page is the page `vellum build` writes, plus the script.
    let out = tempfile::tempdir().expect("temp dir");
    let out_dir = out.path().join("public");
    let build = site.run(&["build", "--out", &out_dir.to_string_lossy()]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let built = std::fs::read_to_string(out_dir.join("en/index.html")).expect("built page");
    assert_eq!(without_reload_script(&served), built);
}

fn without_reload_script(page: &str) -> String {
    let start = page
        .find("<script id=\"vellum-live-reload\">")
        .expect("the reload script");
    let end = start + page[start..].find("</script>\n").expect("its end") + "</script>\n".len();
    format!("{}{}", &page[..start], &page[end..])
}

#[test]
fn event_streams_past_the_bound_get_503() {
    let site = Site::minimal();
    let server = serve(&site);
    let mut open: Vec<_> = (0..MAX_EVENT_STREAMS)
        .map(|_| open_stream(server.port))
        .collect();

    let raw = b"GET /__vellum/events HTTP/1.1\r\nHost: localhost\r\n\r\n";
    let refused = exchange(server.port, raw);
    assert_eq!(refused.status, 503, "{}", refused.head);
    assert!(
        refused.head.contains("\r\nRetry-After: "),
        "{}",
        refused.head
    );

    // A page that goes away frees its place.
    open.pop();
    let _again = open_stream(server.port);
}

#[test]
fn the_overlay_puts_the_cause_first_in_plain_words_with_its_lines_and_an_editor_link() {
    let site = Site::example();
    let mut command = serve_on("0");
    command.args(["--editor", "vscode"]);
    let server = serve_with(&site, command);
    let events = listen(server.port);

    // A rule that no longer matches its prose: the period in words.
    site.edit("content/data/retention.yaml", "max: P2Y", "max: P3Y");
    await_reload(&events);
    let (_, page) = get(server.port, "/en/");
    assert!(page.contains("id=\"vellum-overlay\""), "{page}");
    assert!(
        page.contains("(<span title=\"P2Y\">2 years</span>) matches none of the rules"),
        "the value in words: {page}"
    );

    // Now also a YAML mistake: it is the cause to fix first, shown with its
    // lines and a link that opens the file at the line in VS Code.
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "title: Who we are",
        "title: Who: we are",
    );
    await_reload(&events);
    let (_, page) = get(server.port, "/en/");
    let overlay = &page[page.find("id=\"vellum-overlay\"").expect("overlay")..];
    let first = overlay
        .find("mapping values are not allowed")
        .expect("the YAML problem");
    let second = overlay
        .find("matches none of the rules")
        .expect("the period problem");
    assert!(first < second, "the YAML problem comes first: {overlay}");
    assert!(
        overlay.contains("more problem"),
        "the rest is folded: {overlay}"
    );
    assert!(
        overlay.contains(">3 | title: Who: we are\n"),
        "the line itself: {overlay}"
    );
    let root = site.path().canonicalize().unwrap();
    let link = format!(
        "href=\"vscode://file{}/content/sections/01-who-we-are.yaml:3:11\"",
        root.display()
    );
    assert!(overlay.contains(&link), "{link} in {overlay}");
    assert!(
        overlay.contains("<details id=\"vellum-overlay-body\" open>"),
        "it folds"
    );
}

#[test]
fn an_unknown_editor_is_a_usage_error() {
    let site = Site::minimal();
    let output = vellum()
        .args(["--root"])
        .arg(site.path())
        .args(["serve", "--port", "0", "--editor", "notepad"])
        .output()
        .expect("run vellum");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown editor `notepad`: use one of vscode"),
        "{stderr}"
    );
}
