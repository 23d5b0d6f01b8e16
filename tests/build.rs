//! `vellum build`: what lands in public/, that it is deterministic, and that a
//! failed build never touches an existing public/.

mod common;
use common::Site;

#[test]
fn example_builds_into_public() {
    let site = Site::example();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("into "), "{}", run.stderr);
    let files = common::files(&site.path().join("public"));
    for f in [
        "en/index.html",
        "index.html",
        "sitemap.xml",
        "retention.json",
        "notice.json",
        "static/style.css",
    ] {
        assert!(
            files.contains_key(f),
            "missing {f}: {:?}",
            files.keys().collect::<Vec<_>>()
        );
    }
    let html = site.read("public/en/index.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("<a class=\"skip-link\" href=\"#main\">"));
    assert!(
        !html.contains("vellum-live-reload"),
        "the reload script is for serve only"
    );
    assert!(
        html.contains("In force from 18 May 2026"),
        "effective date in words"
    );
    // Every section of every file is an anchor, listed in the table of
    // contents when it has a title (a preamble has none).
    let notice: serde_json::Value = serde_json::from_str(&site.read("public/notice.json")).unwrap();
    let mut ids = Vec::new();
    fn collect(s: &serde_json::Value, ids: &mut Vec<(String, bool)>) {
        ids.push((
            s["id"].as_str().unwrap().to_string(),
            s["title"].is_string(),
        ));
        for sub in s["subsections"].as_array().into_iter().flatten() {
            collect(sub, ids);
        }
    }
    for s in notice["notice"]["sections"].as_array().unwrap() {
        collect(s, &mut ids);
    }
    assert!(ids.len() >= 15, "about 15 sections or more: {ids:?}");
    for (id, titled) in &ids {
        assert!(
            html.contains(&format!("<section id=\"{id}\"")),
            "no anchor for {id}"
        );
        assert_eq!(
            html.contains(&format!("<a href=\"#{id}\">")),
            *titled,
            "contents entry for {id}"
        );
    }
    // Data tables have real header cells and the product table its footnotes.
    assert!(html.contains("<caption id=\"end-user-data-products-caption\">Personal data of end users per product</caption>"));
    assert!(html.matches("<th scope=\"col\">").count() >= 10);
    assert!(html.contains("<th scope=\"row\">"));
    assert!(
        html.contains("id=\"end-user-data-note-1\""),
        "footnote definitions under the product table"
    );
    assert!(html.matches("<address>").count() >= 7, "office addresses");
}

#[test]
fn builds_are_byte_identical() {
    let site = Site::example();
    assert_eq!(site.run(&["build", "--out", "one"]).code, 0);
    assert_eq!(site.run(&["build", "--out", "two"]).code, 0);
    assert_same_files(&site.path().join("one"), &site.path().join("two"));
}

/// The same files under both folders, byte for byte (and some files at all).
fn assert_same_files(one: &std::path::Path, two: &std::path::Path) {
    let (one, two) = (common::files(one), common::files(two));
    assert!(!one.is_empty());
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        two.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &one {
        assert!(
            bytes == &two[name],
            "{name} differs:\n{}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn out_is_relative_to_the_working_directory_and_defaults_to_root_public() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    assert!(site.path().join("public/en/index.html").is_file());
}

#[test]
fn broken_template_leaves_public_untouched() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    let before = common::files(&site.path().join("public"));
    site.write("templates/page.html", "<html>{{ title }\n");
    site.edit(
        "content/sections/01-introduction.yaml",
        "Introduction",
        "Changed introduction",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("error[template]"), "{}", run.stderr);
    assert!(
        run.stderr.contains(" --> templates/page.html:1:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("public left unchanged"),
        "{}",
        run.stderr
    );
    assert_eq!(common::files(&site.path().join("public")), before);
}

#[test]
fn undefined_template_variable_is_an_error_with_location() {
    let site = Site::minimal();
    site.write(
        "templates/blocks/offices.html",
        "<ul>\n{{ no_such_thing }}\n</ul>\n",
    );
    let run = site.run(&["build", "--format", "json"]);
    assert_eq!(run.code, 1);
    let d = &run.diagnostics()[0];
    assert_eq!(d["code"], "template");
    assert_eq!(d["file"], "templates/blocks/offices.html");
    assert_eq!(d["line"], 2);
}

#[test]
fn check_errors_leave_public_untouched() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    let before = common::files(&site.path().join("public"));
    site.edit(
        "content/data/products.yaml",
        "[traffic-data, message-content]",
        "[traffic-data, nonsense]",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(common::files(&site.path().join("public")), before);
}

#[test]
fn site_templates_override_the_theme() {
    let site = Site::minimal();
    site.write(
        "templates/blocks/offices.html",
        "<p class=\"custom-offices\">{{ offices | length }} offices</p>\n",
    );
    assert_eq!(site.run(&["build"]).code, 0);
    let html = site.read("public/en/index.html");
    assert!(
        html.contains("<p class=\"custom-offices\">1 offices</p>"),
        "{html}"
    );
}

#[test]
fn untrusted_prose_is_escaped_and_unsafe_links_dropped() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "for its customers.",
        "for its <script>alert(1)</script> customers. [Run](javascript:alert(2)) [ok](https://example.com/x?a=1&b=2)",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "javascript: links are errors");
    site.edit(
        "content/sections/01-introduction.yaml",
        "[Run](javascript:alert(2))",
        "Run",
    );
    assert_eq!(site.run(&["build"]).code, 0);
    let html = site.read("public/en/index.html");
    assert!(!html.contains("<script>alert"), "raw HTML escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("href=\"https://example.com/x?a=1&amp;b=2\""));
}

#[test]
fn titles_are_escaped_by_the_templates() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "title: Introduction",
        "title: \"Intro <em>x</em> & more\"",
    );
    assert_eq!(site.run(&["build"]).code, 0);
    let html = site.read("public/en/index.html");
    assert!(
        html.contains("Intro &lt;em&gt;x&lt;&#x2F;em&gt; &amp; more")
            || html.contains("Intro &lt;em&gt;x&lt;/em&gt; &amp; more"),
        "{html}"
    );
}

#[test]
fn minify_shrinks_pages_and_keeps_content() {
    let site = Site::example();
    assert_eq!(site.run(&["build", "--out", "plain"]).code, 0);
    assert_eq!(site.run(&["build", "--minify", "--out", "small"]).code, 0);
    let plain = site.read("plain/en/index.html");
    let small = site.read("small/en/index.html");
    assert!(
        small.len() < plain.len() * 95 / 100,
        "{} vs {}",
        small.len(),
        plain.len()
    );
    assert!(small.contains("In force from 18 May 2026"));
    assert!(small.contains("lang=en") || small.contains("lang=\"en\""));
    // What shrinks is markup the parser implies, not what the reader sees.
    for implied in ["</li>", "</td>", "</dd>", "lang=\""] {
        assert!(plain.contains(implied), "{implied}");
        assert!(
            !small.contains(implied),
            "the minified page keeps {implied}"
        );
    }
    for lang in ["en", "nl"] {
        let plain = site.read(&format!("plain/{lang}/index.html"));
        let small = site.read(&format!("small/{lang}/index.html"));
        assert_eq!(text_of(&small), text_of(&plain), "{lang}");
    }
}

/// The characters of a page outside its tags, white space left out.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag && !c.is_whitespace() => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn retention_json_lists_rules_with_iso_periods_and_events() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    let doc: serde_json::Value = serde_json::from_str(&site.read("public/retention.json")).unwrap();
    assert_eq!(doc["format"], "vellum-retention/2");
    assert_eq!(doc["effective_date"], "2026-05-18");
    let rule = &doc["rules"][0];
    assert_eq!(rule["id"], "sms-traffic");
    assert_eq!(
        rule["period"],
        serde_json::json!({"iso": "P6M", "ends": [], "qualifier": "exactly", "start": null})
    );
    assert_eq!(rule["max"], "P2Y");
    assert_eq!(rule["ends_early"], serde_json::json!([]));
    assert_eq!(rule["categories"], serde_json::json!(["traffic-data"]));
}

#[test]
fn sitemap_lists_each_language_with_alternates() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    let xml = site.read("public/sitemap.xml");
    assert!(
        xml.contains("<loc>https://privacy.example.com/en/</loc>"),
        "{xml}"
    );
    assert!(xml.contains("<lastmod>2026-05-18</lastmod>"));
    assert!(xml.contains("hreflang=\"x-default\" href=\"https://privacy.example.com/en/\""));
}

#[test]
fn rendered_minimal_page_matches_the_reviewed_snapshot() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    insta::assert_snapshot!("minimal_en_page", site.read("public/en/index.html"));
}

#[test]
fn sections_are_ordered_by_their_number_not_alphabetically() {
    let site = Site::minimal();
    std::fs::rename(
        site.path().join("content/sections/01-introduction.yaml"),
        site.path().join("content/sections/10-introduction.yaml"),
    )
    .unwrap();
    std::fs::rename(
        site.path().join("content/sections/02-retention.yaml"),
        site.path().join("content/sections/9-retention.yaml"),
    )
    .unwrap();
    assert_eq!(site.run(&["build"]).code, 0);
    let html = site.read("public/en/index.html");
    let retention = html.find("<section id=\"retention\"").unwrap();
    let introduction = html.find("<section id=\"introduction\"").unwrap();
    assert!(retention < introduction, "9 comes before 10");
    assert!(
        html.contains("<span class=\"num\">2</span> Introduction"),
        "numbers follow the order, not the file prefix"
    );
}

#[test]
fn a_site_overrides_theme_ui_strings() {
    let site = Site::minimal();
    site.write("locales/en/ui.ftl", "contents = On this page\n");
    assert_eq!(site.run(&["build"]).code, 0);
    let html = site.read("public/en/index.html");
    assert!(html.contains("<h2 id=\"toc-heading\">On this page</h2>"));
    assert!(
        html.contains("Skip to the statement"),
        "other theme strings stay"
    );
}

/// A build checks each language as soon as its catalog is loaded, then keeps
/// only what rendering reads; it must report what `vellum check` reports, in
/// every language, each finding quoting its line: those of a language's own
/// checks, and a `TODO` in a translation, which the model-wide checks find.
#[test]
fn a_build_reports_what_check_reports() {
    let site = Site::example();
    let cases: [(&str, &str, &str); 4] = [
        // Only the model-wide `TODO` check quotes this file.
        (
            "locales/nl/content.ftl",
            "\n",
            "\n# TODO: let legal read this once more\n",
        ),
        // A period in Dutch prose that contradicts its rule.
        (
            "locales/nl/content.ftl",
            "zes (6) maanden",
            "negen (9) maanden",
        ),
        // A message in English in the Dutch file.
        (
            "locales/nl/ui.ftl",
            "\n",
            "\nextra-note = Read this before you agree\n",
        ),
        // A Fluent syntax error.
        ("locales/nl/ui.ftl", "\n", "\nbroken = { unclosed\n"),
    ];
    for (rel, from, to) in cases {
        let original = site.read(rel);
        site.write(rel, &original.replacen(from, to, 1));
        let check = site.run(&["check"]);
        let build = site.run(&["build", "--out", "out"]);
        let report = |stderr: &str| {
            stderr
                .lines()
                .filter(|l| !l.starts_with("built ") && !l.starts_with("build failed"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(
            check.stderr.contains(" --> locales/nl/"),
            "{}",
            check.stderr
        );
        assert_eq!(report(&build.stderr), report(&check.stderr), "{to:?}");
        site.write(rel, &original);
    }
}

/// vellum writes the default theme's products, cookies and sub-processors
/// tables itself; the same templates with one byte more go through Tera.
/// Both must give the same files, on rows that use every part of a table and
/// on text that needs escaping.
#[test]
fn built_in_tables_match_their_templates_byte_for_byte() {
    let example = Site::example();
    example.edit(
        "content/data/cookies.yaml",
        "provider: Kestrel",
        "provider: \"Kestrel <Ops> & 'Sons' \\\"Ltd\\\"\"",
    );
    example.edit(
        "content/data/subprocessors.yaml",
        "name: Northwind Cloud Hosting B.V.",
        "name: \"Northwind <Cloud> & 'Hosting' B.V.\"",
    );
    // A column's name labels every cell of its column: escaped there too.
    let ui = example.read("locales/en/ui.ftl");
    example.write(
        "locales/en/ui.ftl",
        &format!("{ui}\ncol-cookie-provider = Provider & <\"host\">\n"),
    );
    // Groups, members, optional items, free text, row notes and footnotes.
    let statement = Site::statement();
    for site in [&example, &statement] {
        let built_in = site.run(&["build", "--out", "built-in"]);
        assert_eq!(built_in.code, 0, "{}", built_in.stderr);
        for block in ["products-table", "cookies-table", "subprocessors-table"] {
            let rel = format!("templates/blocks/{block}.html");
            let default = std::fs::read_to_string(common::repo().join("theme").join(&rel))
                .expect("the default theme has the table");
            site.write(&rel, &format!("{default}{{# rendered by Tera #}}"));
        }
        let tera = site.run(&["build", "--out", "tera"]);
        assert_eq!(tera.code, 0, "{}", tera.stderr);
        assert_same_files(&site.path().join("built-in"), &site.path().join("tera"));
    }
    let page = example.read("built-in/en/index.html");
    assert!(page.contains("Northwind &lt;Cloud&gt; &amp; &#39;Hosting&#39; B.V."));
    assert!(page.contains("data-label=\"Provider &amp; &lt;&quot;host&quot;&gt;\""));
    let page = statement.read("built-in/en/index.html");
    for part in [
        "class=\"group-label\"",
        "class=\"members\"",
        "class=\"optional\"",
        "class=\"row-note\"",
    ] {
        assert!(page.contains(part), "the statement's table shows {part}");
    }
}
