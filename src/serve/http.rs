//! Answering requests from the in-memory site: only GET and HEAD, paths
//! resolved strictly inside the output tree, a 404 page for the rest.

use crate::render::OutputTree;

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
    let path = target.split(['?', '#']).next().unwrap_or("");
    let Some(decoded) = percent_decode(path) else {
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
            .map(|p| (p.to_string(), Vec::new()))
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
}
