//! HTTP/1.1 as far as the preview needs it: reading one request head within
//! fixed size limits, writing one response, and resolving a request path to a
//! file of the in-memory site (only inside it; a 404 page for the rest).

use crate::render::OutputTree;
use std::io::{self, BufRead, Read, Write};

/// The longest request line (method, target, version and line end) read;
/// a longer one gets `414`. Browsers send far shorter ones; the bound keeps a
/// hostile client from making the server buffer an endless URL.
pub const MAX_REQUEST_LINE: usize = 8 * 1024;
/// The largest header block after the request line (blank line included);
/// a larger one gets `431`.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// The most header lines read; more get `431`.
pub const MAX_HEADERS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    /// Any other method: answered with `405`.
    Other,
}

/// A request head; the preview needs nothing from the headers.
#[derive(Debug, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub target: String,
}

/// Why no request was read.
#[derive(Debug)]
pub enum ReadError {
    /// Answer with this status (`400`, `414` or `431`) and close.
    Reject(u16),
    /// The client went away, stalled past the deadline or failed: close
    /// without an answer.
    Gone,
}

/// Reads a request line and its headers, within the limits above.
pub fn read_request(reader: &mut impl BufRead) -> Result<Request, ReadError> {
    let (line, _) = read_line(reader, MAX_REQUEST_LINE)?.ok_or(ReadError::Reject(414))?;
    let request = parse_request_line(&line).ok_or(ReadError::Reject(400))?;
    let mut header_bytes = 0;
    let mut headers = 0;
    loop {
        let left = MAX_HEADER_BYTES - header_bytes;
        let (line, used) = read_line(reader, left)?.ok_or(ReadError::Reject(431))?;
        header_bytes += used;
        if line.is_empty() {
            return Ok(request);
        }
        headers += 1;
        if headers > MAX_HEADERS {
            return Err(ReadError::Reject(431));
        }
        if !line.contains(&b':') {
            return Err(ReadError::Reject(400));
        }
    }
}

/// One line of at most `limit` bytes with its line end (LF or CRLF), and the
/// bytes it took; `None` when the line is longer.
fn read_line(
    reader: &mut impl BufRead,
    limit: usize,
) -> Result<Option<(Vec<u8>, usize)>, ReadError> {
    let mut line = Vec::new();
    let used = reader
        .by_ref()
        .take(limit as u64)
        .read_until(b'\n', &mut line)
        .map_err(|_| ReadError::Gone)?;
    if line.last() != Some(&b'\n') {
        // Either the limit was reached or the client closed mid-line.
        return if used == limit {
            Ok(None)
        } else {
            Err(ReadError::Gone)
        };
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some((line, used)))
}

fn parse_request_line(line: &[u8]) -> Option<Request> {
    let text = std::str::from_utf8(line).ok()?;
    let mut parts = text.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || target.is_empty() || !version.starts_with("HTTP/1.") {
        return None;
    }
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        "" => return None,
        _ => Method::Other,
    };
    Some(Request {
        method,
        target: target.to_string(),
    })
}

/// One response; every response closes its connection.
pub struct Response {
    pub status: u16,
    content_type: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &'static str, body: Vec<u8>) -> Response {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body,
        }
    }

    /// A short plain-text answer, for errors and refusals.
    pub fn text(status: u16, body: &str) -> Response {
        Response::new(
            status,
            "text/plain; charset=utf-8",
            body.as_bytes().to_vec(),
        )
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }

    /// Writes the response; without the body for HEAD, whose Content-Length
    /// still says what GET would send.
    pub fn write_to(&self, out: &mut impl Write, head_only: bool) -> io::Result<()> {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len()
        );
        if let Ok(date) = jiff::fmt::rfc2822::DateTimePrinter::new()
            .timestamp_to_rfc9110_string(&jiff::Timestamp::now())
        {
            head.push_str(&format!("Date: {date}\r\n"));
        }
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        out.write_all(head.as_bytes())?;
        if !head_only {
            out.write_all(&self.body)?;
        }
        out.flush()
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// The answer to a request that could not be read.
pub fn rejection(status: u16) -> Response {
    let text = match status {
        414 => format!("the request line is longer than {MAX_REQUEST_LINE} bytes\n"),
        431 => format!(
            "the request headers are larger than {MAX_HEADER_BYTES} bytes or more than {MAX_HEADERS} lines\n"
        ),
        _ => "the request is not valid HTTP/1.1\n".to_string(),
    };
    Response::text(status, &text)
}

/// Discards what a client still sends after an early answer, up to a bound,
/// so that closing does not reset the connection before it reads the answer.
pub fn drain(reader: &mut impl Read) {
    let _ = io::copy(&mut reader.take(64 * 1024), &mut io::sink());
}

/// What to answer a request path with.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file of the tree.
    File(String),
    /// A folder asked for without its slash: redirect to the slash form.
    Redirect(String),
    NotFound,
}

/// Maps a request target to a file of the tree. Percent-encoding is decoded
/// first and then `..`, `.`, backslashes and NUL are refused, so no encoding
/// trick can leave the tree (which is in memory anyway: there is no file
/// system path to escape to).
pub fn resolve(tree: &OutputTree, target: &str) -> Resolved {
    let Some(decoded) = percent_decode(path_of(target)) else {
        return Resolved::NotFound;
    };
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return Resolved::NotFound;
    }
    let segments: Vec<&str> = decoded[1..].split('/').collect();
    if segments.iter().any(|s| *s == ".." || *s == ".") {
        return Resolved::NotFound;
    }
    let rel = segments.join("/");
    if rel.is_empty() || rel.ends_with('/') {
        let index = format!("{rel}index.html");
        return if tree.contains_key(&index) {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if tree.contains_key(&rel) {
        return Resolved::File(rel);
    }
    if tree.contains_key(&format!("{rel}/index.html")) {
        return Resolved::Redirect(format!("/{rel}/"));
    }
    Resolved::NotFound
}

/// The path part of a request target.
pub fn path_of(target: &str) -> &str {
    target.split(['?', '#']).next().unwrap_or("")
}

/// The decoded value of the query parameter `name` of `target`, if present.
pub fn query_value(target: &str, name: &str) -> Option<String> {
    let query = target.split('#').next()?.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| percent_decode(value))?
    })
}

/// Decodes `%XX` escapes; `None` for malformed escapes or invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

pub const NOT_FOUND_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body><main><h1>Not found</h1><p>This address is not part of the site. <a href=\"/\">Go to the start page</a>.</p></main></body></html>\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> OutputTree {
        ["index.html", "en/index.html", "static/style.css"]
            .iter()
            .map(|p| (p.to_string(), Vec::new().into()))
            .collect()
    }

    #[test]
    fn resolves_inside_the_tree_only() {
        let t = tree();
        assert_eq!(resolve(&t, "/"), Resolved::File("index.html".into()));
        assert_eq!(resolve(&t, "/en/"), Resolved::File("en/index.html".into()));
        assert_eq!(
            resolve(&t, "/en/?x=1#top"),
            Resolved::File("en/index.html".into())
        );
        assert_eq!(resolve(&t, "/en"), Resolved::Redirect("/en/".into()));
        assert_eq!(
            resolve(&t, "/static/style.css"),
            Resolved::File("static/style.css".into())
        );
        for bad in [
            "/../Cargo.toml",
            "/en/../../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/%2E%2E%2FCargo.toml",
            "/en/%2e%2e/%2e%2e/etc/passwd",
            "/..%5c..%5cCargo.toml",
            "/static/%00",
            "/%zz",
            "/nope.html",
            "//etc/passwd",
            "/./en/index.html",
        ] {
            assert_eq!(resolve(&t, bad), Resolved::NotFound, "{bad}");
        }
    }

    fn read(raw: &[u8]) -> Result<Request, ReadError> {
        read_request(&mut io::BufReader::new(raw))
    }

    fn status(raw: &[u8]) -> Option<u16> {
        match read(raw) {
            Err(ReadError::Reject(status)) => Some(status),
            _ => None,
        }
    }

    /// A request line of exactly `len` bytes, CRLF included.
    fn request_line(len: usize) -> String {
        let path = "a".repeat(len - "GET / HTTP/1.1\r\n".len());
        format!("GET /{path} HTTP/1.1\r\n")
    }

    #[test]
    fn reads_a_request_head() {
        let request = read(b"GET /en/?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n").ok();
        assert_eq!(
            request,
            Some(Request {
                method: Method::Get,
                target: "/en/?x=1".into()
            })
        );
        let bare_lf = read(b"HEAD / HTTP/1.0\nHost: x\n\n").ok();
        assert_eq!(bare_lf.map(|r| r.method), Some(Method::Head));
        let post = read(b"POST / HTTP/1.1\r\n\r\n").ok();
        assert_eq!(post.map(|r| r.method), Some(Method::Other));
    }

    #[test]
    fn the_request_line_is_bounded() {
        let fits = request_line(MAX_REQUEST_LINE);
        assert_eq!(fits.len(), MAX_REQUEST_LINE);
        assert!(read(format!("{fits}\r\n").as_bytes()).is_ok());
        let over = request_line(MAX_REQUEST_LINE + 1);
        assert_eq!(status(format!("{over}\r\n").as_bytes()), Some(414));
        // The limit holds however much more is sent.
        let huge = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(1 << 20));
        assert_eq!(status(huge.as_bytes()), Some(414));
    }

    #[test]
    fn the_header_block_is_bounded() {
        let headers = |n: usize| -> String { (0..n).map(|i| format!("X-{i}: 1\r\n")).collect() };
        let hundred = format!("GET / HTTP/1.1\r\n{}\r\n", headers(MAX_HEADERS));
        assert!(read(hundred.as_bytes()).is_ok());
        let too_many = format!("GET / HTTP/1.1\r\n{}\r\n", headers(MAX_HEADERS + 1));
        assert_eq!(status(too_many.as_bytes()), Some(431));

        // One header filling the block exactly, blank line included.
        let value = "v".repeat(MAX_HEADER_BYTES - "X: \r\n\r\n".len());
        let exact = format!("GET / HTTP/1.1\r\nX: {value}\r\n\r\n");
        assert!(read(exact.as_bytes()).is_ok());
        let over = format!("GET / HTTP/1.1\r\nX: {value}v\r\n\r\n");
        assert_eq!(status(over.as_bytes()), Some(431));
    }

    #[test]
    fn malformed_or_cut_off_requests() {
        for bad in [
            &b"\r\n\r\n"[..],
            b"GET\r\n\r\n",
            b"GET /\r\n\r\n",
            b"GET / HTTP/1.1 extra\r\n\r\n",
            b"GET / SPDY/3\r\n\r\n",
            b"GET / HTTP/1.1\r\nno colon\r\n\r\n",
            b"GET /\xff HTTP/1.1\r\n\r\n",
        ] {
            assert_eq!(status(bad), Some(400), "{}", String::from_utf8_lossy(bad));
        }
        for cut in [&b""[..], b"GET / HT", b"GET / HTTP/1.1\r\nHost: x\r\n"] {
            assert!(matches!(read(cut), Err(ReadError::Gone)));
        }
    }

    #[test]
    fn responses_carry_length_and_no_store() {
        let response = Response::text(404, "gone\n").with_header("X-Test", "1");
        let mut out = Vec::new();
        assert!(response.write_to(&mut out, true).is_ok());
        let text = String::from_utf8_lossy(&out);
        assert!(text.starts_with("HTTP/1.1 404 Not Found\r\n"), "{text}");
        assert!(text.contains("Content-Length: 5\r\n"));
        assert!(text.contains("Cache-Control: no-store\r\n"));
        assert!(text.contains("X-Test: 1\r\n"));
        assert!(text.ends_with("\r\n\r\n"), "HEAD sends no body");
    }
}
