//! Defects found while restructuring the model (issue "one declaration per
//! kind"), each reproduced through the CLI or the library and fixed.

mod common;
use common::Site;
use std::io::{Read, Write};
use std::process::{Command, Stdio};

#[test]
fn a_period_too_long_to_compare_is_a_located_error() {
    let site = Site::bilingual();
    // 357,913,942 years times 12 months overflows 32 bits and used to wrap to
    // eight months, so "eight (8) months" in prose passed.
    site.edit(
        "content/data/retention.yaml",
        "period: P6M",
        "period: P357913942Y",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "invalid-duration")
        .expect("an invalid-duration diagnostic");
    assert_eq!(d["file"], "content/data/retention.yaml");
    assert_eq!(d["line"], 4);
    assert_eq!(
        d["message"],
        "period: `P357913942Y` is longer than 1000 years, too long to be a real period"
    );
}

/// Runs vellum with `args`, reads one line of its output and closes the pipe.
fn read_one_line_then_close(site: &Site, args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vellum"))
        .arg("--root")
        .arg(site.path())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start vellum");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    let _ = stdout.read(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    (status.code().unwrap_or(-1), stderr)
}

#[test]
fn a_closed_pipe_is_a_quiet_success() {
    let site = Site::minimal();
    // Far more than a pipe holds, so vellum is still writing when `head` leaves.
    let text = "We keep it for six (6) months. ".repeat(20_000);
    let (code, stderr) = read_one_line_then_close(&site, &["durations", "--lang", "en"], &text);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

/// Languages whose confirmations are the same text share one reading; a
/// corrupt copy is still reported in every file it is in.
#[test]
fn the_same_corrupt_fingerprint_file_is_reported_for_each_language() {
    let site = Site::bilingual();
    assert_eq!(site.run(&["i18n", "add", "de"]).code, 0);
    let text = site.read("locales/nl/translated-from.json");
    let corrupt = &text[..text.len() / 2];
    site.write("locales/nl/translated-from.json", corrupt);
    site.write("locales/de/translated-from.json", corrupt);
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let mut found: Vec<(String, String)> = run
        .diagnostics()
        .iter()
        .filter(|d| d["code"] == "corrupt-fingerprints")
        .map(|d| (d["language"].to_string(), d["file"].to_string()))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            (
                "\"de\"".to_string(),
                "\"locales/de/translated-from.json\"".to_string()
            ),
            (
                "\"nl\"".to_string(),
                "\"locales/nl/translated-from.json\"".to_string()
            ),
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn a_corrupt_fingerprint_file_is_reported_where_it_breaks() {
    let site = Site::bilingual();
    let path = "locales/nl/translated-from.json";
    let text = site.read(path);
    site.write(path, &text[..text.len() / 2]);
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let diags = run.diagnostics();
    let corrupt: Vec<_> = diags
        .iter()
        .filter(|d| d["code"] == "corrupt-fingerprints")
        .collect();
    assert_eq!(corrupt.len(), 1, "{}", run.stdout);
    assert_eq!(corrupt[0]["file"], path);
    assert!(corrupt[0]["line"].as_u64().unwrap() > 1, "{}", run.stdout);
    assert!(
        corrupt[0]["hint"]
            .as_str()
            .unwrap()
            .contains("git checkout -- locales/nl/translated-from.json"),
        "{}",
        run.stdout
    );
    // No flood of "never confirmed" warnings on top of it.
    assert!(
        !diags.iter().any(|d| d["code"] == "stale-translation"),
        "{}",
        run.stdout
    );
    // And `confirm` refuses to replace the file with a fresh one.
    let run = site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(site.read(path), text[..text.len() / 2]);
}

#[test]
fn a_theme_folder_overrides_file_by_file() {
    let site = Site::bilingual();
    site.write("theme/static/extra.css", "body { margin: 0 }\n");
    site.write(
        "theme/templates/blocks/offices.html",
        "<p class=\"my-offices\">{{ offices | length }} offices</p>\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("missing-ui-strings"), "{}", run.stderr);
    assert_eq!(site.read("public/static/extra.css"), "body { margin: 0 }\n");
    // The built-in stylesheet, templates and UI strings are still there.
    assert!(site.path().join("public/static/style.css").is_file());
    let nl = site.read("public/nl/index.html");
    assert!(nl.contains("<p class=\"my-offices\">1 offices</p>"), "{nl}");
    assert!(
        nl.contains("class=\"toc\""),
        "the built-in page template is kept"
    );
}

#[test]
fn theme_eject_writes_built_in_files_without_replacing_the_sites() {
    let site = Site::minimal();
    let run = site.run(&["theme", "eject", "templates/page.html", "locales/en/ui.ftl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("theme/templates/page.html")
            .contains("<!DOCTYPE html>")
    );
    site.write("theme/templates/page.html", "my own page\n");
    let run = site.run(&["theme", "eject", "templates/page.html"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("theme/templates/page.html already exists; vellum did not replace it"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("theme/templates/page.html"), "my own page\n");
    let run = site.run(&["theme", "eject", "templates/nope.html"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("the built-in theme has no file `templates/nope.html`")
    );
}

#[test]
fn fluent_formatting_errors_are_reported_not_dropped() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "section-introduction-title = Inleiding",
        "section-introduction-title = { -merk } Inleiding",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "fluent-format")
        .expect("a fluent-format diagnostic");
    assert_eq!(d["file"], "locales/nl/content.ftl");
    assert_eq!(d["language"], "nl");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .starts_with("message `section-introduction-title` does not format:"),
        "{d}"
    );
}

#[test]
fn every_field_of_every_kind_is_escaped() {
    let site = Site::example();
    let evil = "<script>alert(1)</script>\\\" onmouseover=\\\"x";
    // Every plain text of every data file and of notice.yaml becomes hostile.
    for rel in walk(&site.path().join("content")) {
        let text = site.read(&rel);
        let hostile: String = text
            .lines()
            .map(|l| match l.split_once(": ") {
                Some((key, value))
                    if is_text_key(key.trim_start_matches("- ").trim())
                        && !value.starts_with(['|', '>', '[']) =>
                {
                    format!(
                        "{key}: \"{evil} {}\"",
                        value.trim_matches('"').replace('"', "\\\"")
                    )
                }
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        site.write(&rel, &(hostile + "\n"));
    }
    assert_eq!(site.run(&["i18n", "sync"]).code, 0);
    let (analysis, tree) = vellum::render(site.path(), false, false);
    let tree = tree.unwrap_or_else(|| panic!("{:?}", analysis.diagnostics));
    for lang in ["en", "nl"] {
        let page = String::from_utf8(tree[&format!("{lang}/index.html")].bytes().to_vec()).unwrap();
        assert!(
            !page.contains("<script>alert"),
            "[{lang}] unescaped <script>"
        );
        assert!(
            !page.contains("\" onmouseover=\""),
            "[{lang}] attribute injection"
        );
        assert!(
            page.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
                || page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "[{lang}] the text is shown escaped"
        );
    }
}

fn is_text_key(key: &str) -> bool {
    matches!(
        key,
        "name"
            | "title"
            | "data"
            | "entity"
            | "city"
            | "region"
            | "postal_code"
            | "provider"
            | "legal_name"
            | "trade_name"
            | "registration"
            | "article"
            | "version"
    )
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir.parent().unwrap())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}
