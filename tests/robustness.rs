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
