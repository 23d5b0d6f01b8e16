//! Multilingual sites: Fluent translations, fallbacks, the translator's
//! workflow (sync, status, confirm) and untranslated-text detection.

mod common;
use common::Site;
use std::collections::BTreeSet;

fn anchors(html: &str) -> BTreeSet<String> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_string)
        .collect()
}

fn codes(run: &common::Run) -> Vec<String> {
    run.diagnostics()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn both_languages_build_with_alternates_and_identical_anchors() {
    let site = Site::bilingual();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let en = site.read("public/en/index.html");
    let nl = site.read("public/nl/index.html");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(nl.contains("<html lang=\"nl\">"));
    for page in [&en, &nl] {
        assert!(page.contains(
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://privacy.example.com/en/\">"
        ));
        assert!(page.contains(
            "<link rel=\"alternate\" hreflang=\"nl\" href=\"https://privacy.example.com/nl/\">"
        ));
    }
    assert_eq!(
        anchors(&en),
        anchors(&nl),
        "deep links must work in every language"
    );
    assert!(en.contains("In force from 18 May 2026"), "English date");
    assert!(nl.contains("18 mei 2026"), "Dutch date");
    assert!(nl.contains("<h1>Privacyverklaring</h1>"));
    assert!(nl.contains("zes (6) maanden"));
    // The switcher links to the same page in the other language, named in that language.
    assert!(
        nl.contains(
            "<a href=\"../en/index.html\" hreflang=\"en\" lang=\"en\" data-keep-anchor>English</a>"
        ),
        "{nl}"
    );
    let sitemap = site.read("public/sitemap.xml");
    assert_eq!(sitemap.matches("<url>").count(), 2);
    assert_eq!(sitemap.matches("hreflang=\"nl\"").count(), 2);
    let chooser = site.read("public/index.html");
    assert!(chooser.contains("href=\"nl/index.html\""));
    assert!(chooser.contains("Privacyverklaring"));
}

#[test]
fn default_language_chooses_the_chooser_default() {
    let site = Site::bilingual();
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\ndefault_language: nl",
    );
    assert_eq!(site.run(&["build"]).code, 0);
    let chooser = site.read("public/index.html");
    assert!(chooser.contains("<html lang=\"nl\">"));
    assert!(chooser.contains("<link rel=\"canonical\" href=\"https://privacy.example.com/nl/\">"));
}

#[test]
fn missing_translation_falls_back_marked_and_warns() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "section-contact-body = Schrijf naar <privacy@example.com>.\n",
        "",
    );
    let run = site.run(&["build", "--format", "json"]);
    assert_eq!(
        run.code, 0,
        "a missing translation is a warning: {}",
        run.stdout
    );
    let d = &run.diagnostics()[0];
    assert_eq!(d["code"], "missing-translation");
    assert_eq!(d["language"], "nl");
    assert_eq!(
        d["message"],
        "`section-contact-body` is not translated; the page shows the en text"
    );
    assert_eq!(d["file"], "content/sections/02-retention.yaml");
    assert_eq!(
        d["hint"],
        "add `section-contact-body = ...` to locales/nl/content.ftl"
    );
    let nl = site.read("public/nl/index.html");
    assert!(
        nl.contains("<div lang=\"en\">\n<p>Write to <a href=\"mailto:privacy@example.com\">"),
        "{nl}"
    );

    let strict = site.run(&["build", "--strict"]);
    assert_eq!(strict.code, 1, "--strict makes it an error");
    assert!(
        strict.stderr.contains("warning[missing-translation]: [nl]"),
        "{}",
        strict.stderr
    );
}

#[test]
fn changed_source_makes_the_translation_stale() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/02-retention.yaml",
        "title: How long we keep data",
        "title: How long we keep your data",
    );
    assert_eq!(site.run(&["i18n", "sync"]).code, 0);
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(codes(&run), ["stale-translation"]);
    let d = &run.diagnostics()[0];
    assert_eq!(d["file"], "locales/nl/content.ftl");
    assert_eq!(d["line"], 7);
    assert_eq!(
        d["message"],
        "the translation of `section-retention-title` may be out of date: its source text changed after it was translated"
    );
    let status = site.run(&["i18n", "status", "--format", "json"]);
    let report = status.json();
    assert_eq!(report[0]["language"], "nl");
    assert_eq!(
        report[0]["stale"],
        serde_json::json!(["section-retention-title"])
    );
    // The translator updates the text and confirms it.
    site.edit(
        "locales/nl/content.ftl",
        "Hoe lang wij gegevens bewaren\n",
        "Hoe lang wij uw gegevens bewaren\n",
    );
    assert_eq!(
        site.run(&["i18n", "confirm", "nl", "section-retention-title"])
            .code,
        0
    );
    assert!(codes(&site.run(&["check", "--format", "json"])).is_empty());
}

#[test]
fn source_file_out_of_date_fails_check() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/01-introduction.yaml",
        "title: Introduction",
        "title: About us",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "source-file-stale")
        .expect("stale source file");
    assert_eq!(
        d["message"],
        "locales/en/content.ftl is out of date with content/"
    );
    assert_eq!(
        d["hint"],
        "run `vellum i18n sync` and commit the result, so translators see the current source"
    );
    let sync = site.run(&["i18n", "sync"]);
    assert_eq!(
        sync.stderr,
        "wrote locales/en/content.ftl\nwrote locales/nl/review.ftl\n"
    );
    assert!(
        site.read("locales/en/content.ftl")
            .contains("section-introduction-title = About us\n")
    );
    assert_eq!(
        site.run(&["i18n", "sync"]).stderr,
        "locales/en/content.ftl is up to date\nlocales/nl/review.ftl is up to date\n"
    );
}

#[test]
fn dropped_and_invented_placeables_are_errors() {
    let site = Site::bilingual();
    site.edit(
        "content/data/retention.yaml",
        "reason: Needed for billing and for complaints about delivery.",
        "reason: Needed for { $sms-traffic-max }.",
    );
    assert_eq!(site.run(&["i18n", "sync"]).code, 0);
    site.edit(
        "locales/nl/content.ftl",
        "rule-sms-traffic-reason = Nodig voor de facturering en voor klachten over de aflevering.",
        "rule-sms-traffic-reason = Nodig voor { $sms-trafic-max }.",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "placeable-mismatch")
        .expect("mismatch");
    assert_eq!(
        d["message"],
        "the translation of `rule-sms-traffic-reason` drops { $sms-traffic-max } and invents { $sms-trafic-max }"
    );
    assert_eq!(d["file"], "locales/nl/content.ftl");
    assert_eq!(d["line"], 29);
    assert_eq!(d["language"], "nl");
}

#[test]
fn broken_fluent_is_located_not_dropped() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "section-contact-title = Contact\n",
        "section-contact-title = Contact { \n",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "fluent-syntax")
        .expect("syntax error");
    assert_eq!(d["file"], "locales/nl/content.ftl");
    assert_eq!(d["line"], 12);
    assert_eq!(d["language"], "nl");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .starts_with("invalid Fluent: "),
        "{d}"
    );
    // The snippet quotes the translator's line: the text the Fluent parser
    // holds is the one the diagnostics show.
    let human = site.run(&["check"]);
    let shown = format!("{}{}", human.stdout, human.stderr);
    assert!(
        shown.contains("--> locales/nl/content.ftl:12:1")
            && shown.contains("12 | section-contact-title = Contact { "),
        "{shown}"
    );
}

#[test]
fn continuation_lines_that_fluent_would_cut_are_escaped() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/01-introduction.yaml",
        "  Read how long",
        "  * a list item\n  [a link](https://example.com) at a line start\n  ...an ellipsis\n  Braces {like this}\n\n  Read how long",
    );
    assert_eq!(site.run(&["i18n", "sync"]).code, 0);
    let ftl = site.read("locales/en/content.ftl");
    assert!(ftl.contains("    {\"*\"} a list item\n    {\"[\"}a link](https://example.com) at a line start\n    {\".\"}..an ellipsis\n    Braces {\"{\"}like this{\"}\"}\n"), "{ftl}");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let en = site.read("public/en/index.html");
    assert!(en.contains("<li>a list item"), "{en}");
    assert!(en.contains("<a href=\"https://example.com\">a link</a> at a line start"));
    assert!(en.contains("...an ellipsis"));
    assert!(en.contains("Braces {like this}"));
    assert!(
        en.contains("Read how long"),
        "nothing after the escaped lines is cut"
    );
}

#[test]
fn english_text_in_the_dutch_file_is_flagged() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "    Wij bewaren verkeersgegevens[^traffic] gedurende zes (6) maanden, of maximaal twee (2) jaar als de telecommunicatiewet dat vereist.",
        "    We keep the traffic data[^traffic] of every message for six (6) months after it was sent, or up to two (2) years.",
    );
    assert_eq!(site.run(&["i18n", "confirm", "nl"]).code, 0);
    let run = site.run(&["check", "--format", "json"]);
    let flagged: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d["code"] == "wrong-language")
        .collect();
    assert_eq!(flagged.len(), 1, "{:#?}", run.diagnostics());
    let d = &flagged[0];
    assert_eq!(d["language"], "nl");
    assert_eq!(d["file"], "locales/nl/content.ftl");
    assert_eq!(d["line"], 9);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .starts_with("`section-retention-body` reads as `en`, not `nl`"),
        "{d}"
    );
}

#[test]
fn short_names_and_addresses_raise_no_language_alarm() {
    let site = Site::bilingual();
    // English-looking product names and loanwords left as they are in Dutch.
    site.edit(
        "locales/nl/content.ftl",
        "product-channels-name = Berichtenkanalen",
        "product-channels-name = Messaging channels",
    );
    site.edit(
        "locales/nl/content.ftl",
        "section-contact-title = Contact",
        "section-contact-title = Contact en support",
    );
    assert_eq!(site.run(&["i18n", "confirm", "nl"]).code, 0);
    let run = site.run(&["check", "--format", "json"]);
    assert!(codes(&run).is_empty(), "{:#?}", run.diagnostics());
}

#[test]
fn status_reports_every_category() {
    let site = Site::bilingual();
    site.write("locales/nl/extra.ftl", "section-gone-title = Weg\n");
    site.edit(
        "locales/nl/content.ftl",
        "country-nl-name = Nederland\n",
        "",
    );
    let run = site.run(&["i18n", "status"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "nl: 19 messages: 18 translated, 1 missing, 0 stale, 1 obsolete, 0 placeable mismatches\n  missing: country-nl-name\n  obsolete: section-gone-title\n"
    );
}

#[test]
fn confirm_refuses_unknown_languages_and_ids() {
    let site = Site::bilingual();
    let run = site.run(&["i18n", "confirm", "de"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error[usage]: `de` is not a translation language of this notice\n |\n = help: name one of the languages after the first in `languages:` (content/notice.yaml)\n\n1 error, 0 warnings\n"
    );
    let run = site.run(&["i18n", "confirm", "nl", "section-nope-title"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error[usage]: `section-nope-title` is not a message of the source\n |\n = help: `vellum i18n status` lists the message ids\n\n1 error, 0 warnings\n"
    );
}

/// A regional language without word lists of its own (`nl-BE`) is checked with
/// its main language's: a prompt that promises a link is found in Belgian
/// Dutch as in Dutch.
#[test]
fn a_regional_language_gets_the_word_checks_of_its_main_language() {
    let site = Site::bilingual();
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl, nl-BE]",
    );
    for file in ["content.ftl", "review.ftl", "translated-from.json"] {
        site.write(
            &format!("locales/nl-BE/{file}"),
            &site.read(&format!("locales/nl/{file}")),
        );
    }
    let clean = site.run(&["check", "--format", "json"]);
    assert!(
        !codes(&clean).iter().any(|c| c == "dangling-prompt"),
        "{:#?}",
        clean.diagnostics()
    );
    for lang in ["nl", "nl-BE"] {
        site.edit(
            &format!("locales/{lang}/content.ftl"),
            "    Wij bewaren verkeersgegevens[^traffic]",
            "    Klik hier voor de termijnen. Wij bewaren verkeersgegevens[^traffic]",
        );
        assert_eq!(site.run(&["i18n", "confirm", lang]).code, 0);
    }
    let run = site.run(&["check", "--format", "json"]);
    let mut prompts: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d["code"] == "dangling-prompt")
        .map(|d| {
            (
                d["language"].as_str().unwrap_or_default().to_string(),
                d["file"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64(),
            )
        })
        .collect();
    prompts.sort();
    assert_eq!(
        prompts,
        [
            (
                "nl".to_string(),
                "locales/nl/content.ftl".to_string(),
                Some(9)
            ),
            (
                "nl-BE".to_string(),
                "locales/nl-BE/content.ftl".to_string(),
                Some(9)
            ),
        ],
        "{:#?}",
        run.diagnostics()
    );
}
