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

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn any_section_text_gives_diagnostics_not_a_panic(text in yamlish()) {
        let site = Site::bilingual();
        site.write("content/sections/01-introduction.yaml", &text);
        let analysis = vellum::analyse(site.path());
        // Either it happens to be valid, or something is reported.
        prop_assert!(analysis.notice.is_some());
    }

    #[test]
    fn any_data_text_gives_diagnostics_not_a_panic(text in yamlish()) {
        let site = Site::bilingual();
        site.write("content/data/retention.yaml", &text);
        let _ = vellum::analyse(site.path());
    }

    #[test]
    fn any_translation_text_gives_diagnostics_not_a_panic(text in yamlish()) {
        let site = Site::bilingual();
        site.write("locales/nl/content.ftl", &text);
        let (analysis, _) = vellum::render(site.path(), false, false);
        prop_assert!(analysis.notice.is_some());
    }
}
