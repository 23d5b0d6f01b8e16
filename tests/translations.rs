//! Every prose check in every language: each defect class planted in the
//! Dutch translation (tests/fixtures/bilingual/locales/nl/content.ftl) is
//! found at the translator's own line and column, with the same code as in
//! the YAML; link targets are compared with the source's; short texts,
//! UI strings and product members are checked and tracked like the rest.

mod common;
use common::Site;
use serde_json::Value;

const NL: &str = "locales/nl/content.ftl";

/// The one finding of `code`, as "file:line:col | message | hint".
fn finding(site: &Site, code: &str) -> String {
    let run = site.run(&["check", "--format", "json"]);
    let found: Vec<Value> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d["code"] == code)
        .collect();
    assert_eq!(found.len(), 1, "{code}: {:#?}", run.diagnostics());
    let d = &found[0];
    format!(
        "{}:{}:{} | {} | {}",
        d["file"].as_str().unwrap_or("-"),
        d["line"],
        d["column"],
        d["message"].as_str().unwrap_or(""),
        d["hint"].as_str().unwrap_or("")
    )
}

/// Every finding as "severity code file:line:col".
fn all(site: &Site) -> Vec<String> {
    site.run(&["check", "--format", "json"])
        .diagnostics()
        .iter()
        .map(|d| {
            format!(
                "{} {} {}:{}:{}",
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap(),
                d["file"].as_str().unwrap_or("-"),
                d["line"],
                d["column"]
            )
        })
        .collect()
}

fn dutch(from: &str, to: &str) -> Site {
    let site = Site::bilingual();
    site.edit(NL, from, to);
    site
}

const LINK: &str = "[hoofdstuk over bewaartermijnen](#retention)";

#[test]
fn a_cross_reference_to_an_unknown_section() {
    let site = dutch("(#retention)", "(#bewaren)");
    assert_eq!(
        finding(&site, "dangling-reference"),
        "locales/nl/content.ftl:6:51 | cross-reference to unknown section `#bewaren` | the en text links to `#retention` here; cross-references use a section's id, e.g. [retention](#retention)"
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "an error, as in the YAML");
}

#[test]
fn a_link_with_a_refused_scheme() {
    let site = dutch("(#retention)", "(javascript:alert(1))");
    assert_eq!(
        finding(&site, "unsafe-link"),
        "locales/nl/content.ftl:6:51 | link to `javascript:alert(1)` is not allowed | the en text links to `#retention` here; links may use https, http or mailto, or point to a section as #section-id"
    );
}

#[test]
fn a_mailto_link_without_a_valid_address() {
    let site = dutch("<privacy@example.com>", "[ons](mailto:privacy@example)");
    assert_eq!(
        finding(&site, "invalid-email"),
        "locales/nl/content.ftl:13:37 | mailto link `mailto:privacy@example` has no valid address | the en text links to `privacy@example.com` here; write the whole address, e.g. mailto:privacy@example.com"
    );
}

#[test]
fn an_image() {
    let site = dutch(
        "<privacy@example.com>.",
        "<privacy@example.com>. ![logo](https://example.com/l.png)",
    );
    assert_eq!(
        finding(&site, "image-in-prose"),
        "locales/nl/content.ftl:13:60 | images are not allowed in prose | an image loaded from elsewhere tells that site who reads the statement; describe it in words"
    );
}

#[test]
fn raw_html() {
    let site = dutch(
        "<privacy@example.com>.",
        "<privacy@example.com>. <b>Snel</b>",
    );
    assert_eq!(
        finding(&site, "raw-html"),
        "locales/nl/content.ftl:13:60 | raw HTML in prose is shown as text | write Markdown instead: **bold**, *italic*, [text](https://...)"
    );
}

#[test]
fn a_footnote_mark_without_definition() {
    let site = dutch("verkeersgegevens[^traffic]", "verkeersgegevens[^verkeer]");
    assert_eq!(
        finding(&site, "undefined-footnote"),
        "locales/nl/content.ftl:9:33 | footnote mark [^verkeer] has no definition | add a line `[^verkeer]: ...` at the end of the same text"
    );
}

#[test]
fn vague_link_text() {
    let site = dutch(LINK, "[hier](#retention)");
    assert_eq!(
        finding(&site, "vague-link-text"),
        "locales/nl/content.ftl:6:51 | link text \"hier\" does not say where it leads | name the target in the link text, e.g. [our cookie settings](https://...)"
    );
}

#[test]
fn a_prompt_that_is_not_a_link() {
    let site = dutch(
        "namens haar klanten.",
        "namens haar klanten. Klik hier voor de tarieven.",
    );
    assert_eq!(
        finding(&site, "dangling-prompt"),
        "locales/nl/content.ftl:5:73 | \"Klik hier\" is not a link | make it a link that names its target, e.g. [change your cookie settings](https://...)"
    );
}

#[test]
fn here_at_the_end_of_a_sentence_points_nowhere() {
    let site = dutch(&format!("in het {LINK}."), "hier.");
    assert_eq!(
        finding(&site, "dangling-prompt"),
        "locales/nl/content.ftl:6:44 | \"hier\" ends a sentence but is not a link; it points nowhere | name what is meant and link it, e.g. \"our [offices](#offices)\", or remove the word"
    );
    // The link the source has is gone too.
    assert_eq!(
        finding(&site, "link-target-mismatch"),
        "locales/nl/content.ftl:5:5 | drops the link to `#retention` that the en text has | keep every link of the source: [text](#retention)"
    );
}

#[test]
fn an_address_without_its_domain() {
    let site = dutch(
        "<privacy@example.com>",
        "<privacy@example.com> of privacy@example",
    );
    assert_eq!(
        finding(&site, "invalid-email"),
        "locales/nl/content.ftl:13:62 | `privacy@example` is not a complete e-mail address | write the whole address with its domain, e.g. privacy@example.com"
    );
}

#[test]
fn an_address_hidden_from_robots() {
    for (hidden, col) in [
        ("privacy[at]example.com", 62),
        ("privacy (apenstaartje) example [punt] com", 62),
    ] {
        let site = dutch(
            "<privacy@example.com>.",
            &format!("<privacy@example.com> of {hidden}."),
        );
        assert_eq!(
            finding(&site, "obfuscated-email"),
            format!(
                "locales/nl/content.ftl:13:{col} | `{hidden}` is an e-mail address written so that people cannot copy it | write the address as it is and link it, e.g. [privacy@example.com](mailto:privacy@example.com); a published notice must give an address that works"
            )
        );
    }
}

#[test]
fn a_section_named_by_a_title_it_does_not_have() {
    let site = dutch(
        "namens haar klanten.",
        "namens haar klanten. Zie het hoofdstuk \"Bewaartermijnen\".",
    );
    assert_eq!(
        finding(&site, "unknown-section-title"),
        "locales/nl/content.ftl:5:92 | \"Bewaartermijnen\" is not the title of a section | name a section by its title as it is written, or better, link it: [title](#section-id)"
    );
    // The English title, left untranslated.
    let site = dutch(
        "namens haar klanten.",
        "namens haar klanten. Zie het hoofdstuk \"How long we keep data\".",
    );
    assert_eq!(
        finding(&site, "unknown-section-title"),
        "locales/nl/content.ftl:5:92 | \"How long we keep data\" is not the title of a section | that is the en title of section `retention`; write its nl title \"Hoe lang wij gegevens bewaren\", or better, link it: [..](#retention)"
    );
    // Its own title is fine.
    let site = dutch(
        "namens haar klanten.",
        "namens haar klanten. Zie het hoofdstuk \"Hoe lang wij gegevens bewaren\".",
    );
    assert!(
        !all(&site)
            .iter()
            .any(|f| f.contains("unknown-section-title"))
    );
}

#[test]
fn a_link_target_changed_to_another_valid_one() {
    let site = dutch("(#retention)", "(#contact)");
    assert_eq!(
        finding(&site, "link-target-mismatch"),
        "locales/nl/content.ftl:6:51 | links to `#contact` where the en text links to `#retention` | a translation links where its source links; if the en target is right, use it here too"
    );
    assert_eq!(site.run(&["check"]).code, 0, "a valid target is a warning");
    assert_eq!(site.run(&["check", "--deny-warnings"]).code, 1);
}

#[test]
fn a_link_the_source_does_not_have() {
    let site = dutch(
        "<privacy@example.com>.",
        "<privacy@example.com> of [onze site](https://www.example.com).",
    );
    assert_eq!(
        finding(&site, "link-target-mismatch"),
        "locales/nl/content.ftl:13:62 | adds a link to `https://www.example.com`, which the en text does not have | a translation links where its source links; if the en target is right, use it here too"
    );
}

#[test]
fn the_same_classes_in_the_yaml() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/01-introduction.yaml",
        "for its customers.",
        "for its customers. Write to privacy[at]example.com or see the section \"Retention\"; our offices are listed here.",
    );
    let found = all(&site);
    for expected in [
        "error obfuscated-email content/sections/01-introduction.yaml:4:74",
        "warning unknown-section-title content/sections/01-introduction.yaml:4:117",
        "warning dangling-prompt content/sections/01-introduction.yaml:4:152",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected} in {found:#?}"
        );
    }
    // None of them is reported in Dutch: the translation does not have them.
    assert!(
        !found.iter().any(|f| f.contains(NL) && !f.contains("stale")),
        "{found:#?}"
    );
}

#[test]
fn an_english_heading_on_the_dutch_page() {
    let site = dutch(
        "section-retention-title = Hoe lang wij gegevens bewaren",
        "section-retention-title = How long we keep data",
    );
    assert_eq!(
        finding(&site, "wrong-language"),
        "locales/nl/content.ftl:7:27 | `section-retention-title` reads as `en`, not `nl` (en words: \"how\", \"long\", \"keep\"): \"How long we keep data\" | translate this text into `nl`; a copied source text is not a translation"
    );
}

/// Nine frequent words: lingua is only 0.82 sure this is English, so the
/// lexicons' word evidence decides, as for a short heading.
#[test]
fn an_english_heading_of_frequent_words_on_the_dutch_page() {
    let site = dutch(
        "section-retention-title = Hoe lang wij gegevens bewaren",
        "section-retention-title = Who we are and what we do for you",
    );
    assert_eq!(
        finding(&site, "wrong-language"),
        "locales/nl/content.ftl:7:27 | `section-retention-title` reads as `en`, not `nl` (en words: \"who\", \"are\", \"and\", \"what\", \"do\", \"for\", \"you\"): \"Who we are and what we do for ...\" | translate this text into `nl`; a copied source text is not a translation"
    );
}

#[test]
fn an_english_caption_override_on_the_dutch_page() {
    let site = Site::bilingual();
    site.write(
        "locales/nl/ui.ftl",
        "products-caption = Personal data per product\n",
    );
    assert_eq!(
        finding(&site, "wrong-language"),
        "locales/nl/ui.ftl:1:20 | `products-caption` reads as `en`, not `nl` (en words: \"personal\"): \"Personal data per product\" | write this UI string in `nl`"
    );
}

/// A build renders from compacted catalogs (plain messages kept as text, the
/// rest parsed again on their own): every message of every language of the
/// bundled example and the fixtures formats as it did, with no arguments
/// and with the language's facts, and the ids are the same.
#[test]
fn every_message_formats_the_same_once_its_catalog_is_compacted() {
    let sites = [
        Site::example(),
        Site::bilingual(),
        Site::statement(),
        Site::complete(),
    ];
    let mut messages = 0;
    for site in &sites {
        let full = vellum::analyse(site.path());
        let mut compacted = vellum::analyse(site.path());
        let notice = full.notice.as_ref().expect("the fixture loads");
        for (lang, catalog) in &mut compacted.catalogs {
            let catalog = std::sync::Arc::get_mut(catalog).expect("nothing else holds it");
            catalog.forget_positions();
            catalog.compact();
            let before = &full.catalogs[lang];
            let vocabulary = full.vocabularies.get(lang).map(|v| &**v);
            let facts = vellum::translate::facts::fact_values(notice, before, vocabulary);
            let args = vellum::translate::facts::args_of(&facts);
            let ids: Vec<&str> = before.ids().collect();
            assert_eq!(catalog.ids().collect::<Vec<_>>(), ids, "{lang}");
            for id in ids {
                assert_eq!(
                    catalog.format(id, &[]),
                    before.format(id, &[]),
                    "{lang} {id}"
                );
                assert_eq!(
                    catalog.format_with(id, &args),
                    before.format_with(id, &args),
                    "{lang} {id}"
                );
                messages += 1;
            }
        }
    }
    assert!(messages > 1000, "only {messages} messages compared");
}
