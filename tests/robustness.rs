//! Bad input of any kind gets diagnostics, never a panic: arbitrary text in a
//! section file, a data file and a translation, through the library API.

mod common;
use common::Site;
use proptest::prelude::*;

/// Text made of the pieces YAML, Markdown and Fluent are built from, so the
/// parsers see plausible-but-broken input rather than only random bytes.
fn yamlish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "id: ",
        "title: ",
        "body: |\n  ",
        "rules: [",
        "]",
        "- ",
        "  ",
        "\n",
        ": ",
        "&a ",
        "*a",
        "{ $",
        "}",
        "{",
        "[^x]",
        "[link](#x)",
        "six (6) months",
        "zes (7) maanden",
        "\"",
        "'",
        "#",
        "\t",
        "é",
        "P6M",
        "---\n",
        "!!str ",
        "<b>",
        "%",
        "subsections:\n  - ",
        "= ",
        "    .",
        "*[other]",
        "\u{0}",
        "𝔘",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// The diagnostics of a site whose `rel` holds `text`, and whether `text`
/// alone parses as a `T` without a problem (the oracle for "invalid").
fn analyse_with<T: for<'de> serde::Deserialize<'de>>(
    rel: &str,
    text: &str,
) -> (bool, Vec<vellum::diagnostics::Diagnostic>) {
    let site = Site::bilingual();
    site.write(rel, text);
    let (parsed, problems) = vellum::load::parse_yaml::<T>(rel, text, "a test file");
    let valid = parsed.is_some() && problems.is_empty();
    (valid, vellum::analyse(site.path()).diagnostics)
}

/// At least one diagnostic names `rel` with a line: the writer is told where.
fn located_in(diags: &[vellum::diagnostics::Diagnostic], rel: &str) -> bool {
    diags
        .iter()
        .any(|d| d.file.as_deref() == Some(rel) && d.line.is_some())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn invalid_section_text_gets_a_located_diagnostic(text in yamlish()) {
        let rel = "content/sections/01-introduction.yaml";
        let (valid, diags) = analyse_with::<vellum::model::Section>(rel, &text);
        let blank = text.trim().is_empty() || text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if !valid && !blank {
            prop_assert!(located_in(&diags, rel), "no located diagnostic for {text:?}: {diags:?}");
        }
    }

    #[test]
    fn invalid_data_text_gets_a_located_diagnostic(text in yamlish()) {
        let rel = "content/data/retention.yaml";
        let (valid, diags) = analyse_with::<Vec<vellum::model::RetentionRule>>(rel, &text);
        let blank = text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if !valid && !blank {
            prop_assert!(located_in(&diags, rel), "no located diagnostic for {text:?}: {diags:?}");
        }
    }

    #[test]
    fn any_translation_text_renders_or_is_reported(text in yamlish()) {
        let site = Site::bilingual();
        site.write("locales/nl/content.ftl", &text);
        let (analysis, tree) = vellum::render(site.path(), false, false);
        // Either a page comes out, or an error says why; never a panic, never
        // a silent nothing.
        prop_assert!(tree.is_some() || analysis.has_errors(), "{:?}", analysis.diagnostics);
        // A Fluent syntax error in the translation is located in it.
        if fluent_syntax::parser::parse_runtime(text.as_str()).is_err() {
            prop_assert!(located_in(&analysis.diagnostics, "locales/nl/content.ftl"), "{:?}", analysis.diagnostics);
        }
    }
}

/// Found by the fuzzer (tests/fuzz.rs): the Fluent parser recurses once per
/// nested placeable, so a few hundred nested selectors overflowed the stack and
/// aborted vellum. Such a file is now refused with a diagnostic, unparsed.
#[test]
fn deeply_nested_fluent_is_refused_not_a_crash() {
    let site = Site::bilingual();
    let depth = 3000;
    let nested = format!(
        "section-introduction-title = {}x{}\n",
        "{ $x ->\n *[a] ".repeat(depth),
        "\n}".repeat(depth)
    );
    site.write("locales/nl/content.ftl", &nested);
    let analysis = vellum::analyse(site.path());
    let refused: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "fluent-too-complex")
        .collect();
    assert_eq!(refused.len(), 1, "{:#?}", analysis.diagnostics);
    assert_eq!(refused[0].file.as_deref(), Some("locales/nl/content.ftl"));
    assert_eq!(refused[0].line, Some(33));
    // `i18n status` reads translations on its own path; it must not crash either.
    let status = site.run(&["i18n", "status"]);
    assert!(status.code == 0 || status.code == 1, "{}", status.stderr);
}

/// Found by the fuzzer: lower-casing 'ẞ' shortens it by a byte, so the offset
/// of a "click here" found in the lower-cased text fell inside a character of
/// the original and the position lookup panicked.
#[test]
fn prompt_after_a_character_that_shrinks_when_lower_cased() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "Example Messaging",
        "ẞẞ Click here: Example Messaging",
    );
    let analysis = vellum::analyse(site.path());
    let prompt = analysis
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "dangling-prompt")
        .unwrap_or_else(|| panic!("{:#?}", analysis.diagnostics));
    assert_eq!((prompt.line, prompt.column), (Some(4), Some(6)));
}

/// Found by the fuzzer: each diagnostic on a long line searched for the whole
/// line, so thousands of images on one long line took seconds (quadratic):
/// 14 s here in a debug build before the fix, 0.4 s after.
#[test]
fn many_diagnostics_on_one_long_line_stay_fast() {
    let site = Site::minimal();
    let images = "![i](x) ".repeat(14_000);
    site.edit(
        "content/sections/01-introduction.yaml",
        "Example Messaging",
        &images,
    );
    let clock = std::time::Instant::now();
    let analysis = vellum::analyse(site.path());
    let images = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "image-in-prose");
    assert_eq!(images.count(), 14_000);
    assert!(clock.elapsed().as_secs() < 4, "took {:?}", clock.elapsed());
}

/// Found by the fuzzer: fluent-syntax 0.12 panics on a `\u` escape cut short
/// by a non-ASCII character (it slices inside the character for its error
/// message). vellum refuses such a file before parsing it.
#[test]
fn cut_unicode_escape_in_fluent_is_an_error_not_a_panic() {
    let site = Site::bilingual();
    site.write(
        "locales/nl/content.ftl",
        "notice-title = Privacy\nsection-introduction-title = { \"\\u00é\" }\n",
    );
    let analysis = vellum::analyse(site.path());
    let syntax: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "fluent-syntax")
        .collect();
    assert_eq!(syntax.len(), 1, "{:#?}", analysis.diagnostics);
    assert_eq!(
        syntax[0].location().as_deref(),
        Some("locales/nl/content.ftl:2:33")
    );
    let status = site.run(&["i18n", "status"]);
    assert!(status.code == 0 || status.code == 1, "{}", status.stderr);
}

/// Found by the fuzzer: a code span turns its line break into a space, so its
/// text is not found verbatim in the prose, and the offset of "click here" in
/// it, added to the span's start, fell inside the '€' and panicked.
#[test]
fn prompt_in_a_code_span_across_lines() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "Example Messaging",
        "Type ```€\n  click here``` to start. Example Messaging",
    );
    let analysis = vellum::analyse(site.path());
    // Text in a code span is code, not prose: it raises no "click here"; and
    // nothing here may panic or point outside the file.
    assert!(
        !analysis
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "dangling-prompt"),
        "{:#?}",
        analysis.diagnostics
    );
    for d in &analysis.diagnostics {
        if d.file.as_deref() == Some("content/sections/01-introduction.yaml") {
            assert!(d.line.is_some_and(|l| (1..=8).contains(&l)), "{d}");
        }
    }
}

/// Found by the fuzzer: each alias bomb was expanded to 100 000 events before
/// it was refused, a quarter of a second apiece in a release build, so a small
/// site with a few of them took over a second (19 s here in a debug build for
/// six before the expansion limit went down to 10 000 events, 1.5 s after).
#[test]
fn several_alias_bombs_are_refused_quickly() {
    let site = Site::minimal();
    let bomb = std::fs::read_to_string(
        common::repo().join("tests/fixtures/invalid/billion-laughs/content/data/countries.yaml"),
    )
    .expect("the billion-laughs fixture");
    for n in 3..9 {
        site.write(&format!("content/sections/0{n}-bomb.yaml"), &bomb);
    }
    let clock = std::time::Instant::now();
    let analysis = vellum::analyse(site.path());
    let refused = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "yaml-too-complex");
    assert_eq!(refused.count(), 6, "{:#?}", analysis.diagnostics);
    assert!(clock.elapsed().as_secs() < 8, "took {:?}", clock.elapsed());
}

/// Found by the fuzzer: when a long line of prose is not in the file verbatim
/// (here a quoted scalar with an escape), every diagnostic on it searched
/// nearby file lines for the whole line: 7.9 s here in a debug build before
/// the fix, 0.4 s after.
#[test]
fn many_diagnostics_on_a_quoted_line_stay_fast() {
    let site = Site::minimal();
    let images = "![i](x) ".repeat(14_000);
    site.write(
        "content/sections/01-introduction.yaml",
        &format!("id: introduction\ntitle: Introduction\nbody: \"{images} \\\" quoted\"\n"),
    );
    let clock = std::time::Instant::now();
    let analysis = vellum::analyse(site.path());
    let images = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "image-in-prose");
    assert_eq!(images.count(), 14_000, "{:#?}", &analysis.diagnostics[..3]);
    assert!(clock.elapsed().as_secs() < 4, "took {:?}", clock.elapsed());
}
