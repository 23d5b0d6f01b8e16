//! Real statements fit the model (issue 13), through the CLI: the structure
//! legal documents have (a preamble, numbers the document fixes, unnumbered
//! annexes, run-in headings, blocks inside the prose), tables with real
//! cells, retention rules as lawyers write them, and the diagnostics a writer
//! gets when one of them is wrong.

mod common;
use common::Site;

/// "severity code file:line:col | message | hint" for each finding of `check`,
/// but for stale translations: the tests edit the source text on purpose, and
/// staleness has tests of its own (tests/i18n.rs).
fn report(site: &Site) -> Vec<String> {
    let run = site.run(&["check", "--format", "json"]);
    run.diagnostics()
        .iter()
        .filter(|d| d["code"] != "stale-translation")
        .map(|d| {
            let at = match (d["line"].as_u64(), d["column"].as_u64()) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", d["file"].as_str().unwrap_or("-")),
                _ => d["file"].as_str().unwrap_or("-").to_string(),
            };
            let lang = d["language"]
                .as_str()
                .map(|l| format!("[{l}] "))
                .unwrap_or_default();
            format!(
                "{} {} {lang}{at} | {} | {}",
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap(),
                d["message"].as_str().unwrap(),
                d["hint"].as_str().unwrap_or("-")
            )
        })
        .collect()
}

/// The text between two markers of a page, which must both be there.
fn between<'a>(page: &'a str, from: &str, to: &str) -> &'a str {
    let start = page.find(from).unwrap_or_else(|| panic!("no {from:?}")) + from.len();
    let end = page[start..]
        .find(to)
        .unwrap_or_else(|| panic!("no {to:?} after {from:?}"));
    &page[start..start + end]
}

#[test]
fn the_statement_fixture_is_clean_in_both_languages() {
    let site = Site::statement();
    assert_eq!(report(&site), Vec::<String>::new());
    let run = site.run(&["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = site.run(&["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_preamble_has_no_heading_and_does_not_shift_the_numbers() {
    let site = Site::statement();
    site.run(&["build"]);
    for lang in ["en", "nl"] {
        let page = site.read(&format!("public/{lang}/index.html"));
        let preamble = between(&page, "<section id=\"preamble\"", "</section>");
        assert!(!preamble.contains("<h2"), "[{lang}] {preamble}");
        assert!(
            !preamble.contains("aria-labelledby"),
            "[{lang}] nothing labels it"
        );
        let toc = between(&page, "<nav class=\"toc\"", "</nav>");
        assert!(!toc.contains("#preamble"), "[{lang}] {toc}");
        assert!(page.contains("<h2 id=\"introduction-heading\"><span class=\"num\">1</span>"));
        assert!(page.contains("<h2 id=\"retention-heading\"><span class=\"num\">2</span>"));
    }
}

#[test]
fn a_fixed_number_is_kept_and_the_next_sections_count_on_from_it() {
    let site = Site::statement();
    site.run(&["build"]);
    let page = site.read("public/en/index.html");
    let numbers: Vec<&str> = ["marketing", "support", "services", "requests", "contact"]
        .iter()
        .map(|id| between(&page, &format!("id=\"{id}-heading\""), "</span>"))
        .map(|h| h.rsplit('>').next().unwrap())
        .collect();
    assert_eq!(numbers, ["2.1", "2.5", "2.6", "2.7", "2.8"]);
    // An annex that the document leaves unnumbered, and its subsection.
    let annex = between(&page, "<section id=\"annex\"", "</section>");
    assert!(
        annex.contains("<h2 id=\"annex-heading\">Annex: cookies</h2>"),
        "{annex}"
    );
    assert!(page.contains("<h3 id=\"annex-choices-heading\">Your choices</h3>"));
    let toc = between(&page, "<nav class=\"toc\"", "</nav>");
    assert!(
        toc.contains("<a href=\"#annex\">Annex: cookies</a>"),
        "{toc}"
    );
}

#[test]
fn run_in_headings_open_their_first_paragraph() {
    let site = Site::statement();
    site.run(&["build"]);
    let page = site.read("public/nl/index.html");
    assert!(
        page.contains("<h3 id=\"marketing-heading\" class=\"run-in\"><span class=\"num\">2.1</span> Marketinggegevens.</h3>\n<p>Wij bewaren"),
        "{}",
        between(&page, "<section id=\"marketing\"", "</section>")
    );
    let css = site.read("public/static/style.css");
    assert!(
        css.contains(".run-in + p { display: inline; }"),
        "the theme sets it inline"
    );
}

/// The block stands where its marker is, in every language: the marker is
/// no part of any translatable text.
#[test]
fn a_block_stands_where_its_marker_is_in_every_language() {
    let site = Site::statement();
    site.run(&["build"]);
    for (lang, before, after) in [
        ("en", "group companies listed here:", "Where it says"),
        (
            "nl",
            "groepsmaatschappijen die hier staan:",
            "Waar \"wij\" staat",
        ),
    ] {
        let page = site.read(&format!("public/{lang}/index.html"));
        let middle = between(&page, before, after);
        assert!(
            middle.contains("<ul class=\"affiliates\">"),
            "[{lang}] {middle}"
        );
        // Footnotes are numbered and defined across the parts of a body.
        let retention = between(
            &page,
            "<section id=\"retention\"",
            "<section id=\"marketing\"",
        );
        let table = retention
            .find("<table class=\"data-table retention\">")
            .unwrap();
        assert!(
            retention[..table].contains("href=\"#fn-retention-traffic\""),
            "[{lang}]"
        );
        assert!(
            retention[table..].contains("id=\"fn-retention-traffic\""),
            "[{lang}]"
        );
    }
    let source = site.read("locales/en/content.ftl");
    assert!(
        !source.contains("{{block"),
        "markers never reach translators"
    );
    assert!(source.contains("section-preamble-body-after-affiliates = Where it says"));
}

#[test]
fn table_rows_hold_groups_free_cells_optional_items_and_notes() {
    let site = Site::statement();
    site.run(&["build"]);
    let page = site.read("public/nl/index.html");
    let channels = between(&page, "<tr id=\"product-channels\">", "</tr>");
    // Members as written: no prefix the writer did not ask for.
    assert!(
        channels.contains("<span class=\"members\">Channel One, Channel Two</span>"),
        "{channels}"
    );
    assert!(
        channels.contains("<p class=\"group-label\">Van de eindgebruiker</p>"),
        "{channels}"
    );
    assert!(
        channels.contains(
            "Profielnaam <strong>of</strong> bijnaam <span class=\"optional\">(optioneel)</span>"
        ),
        "{channels}"
    );
    let numbers = between(&page, "<tr id=\"product-numbers\">", "</tr>");
    assert!(
        numbers.contains(
            "<p class=\"row-note\">Via deze dienst gaan geen gegevens van eindgebruikers.</p>"
        ),
        "{numbers}"
    );
    let affiliates = between(&page, "<ul class=\"affiliates\">", "</ul>");
    assert!(
        affiliates.contains("<strong>Example Messaging Inc.</strong>, Verenigde Staten</li>"),
        "no address needed: {affiliates}"
    );
    assert!(
        affiliates.contains("<strong>Example Messaging GmbH</strong>, Berlin, Duitsland"),
        "{affiliates}"
    );
}

#[test]
fn the_retention_table_says_how_each_period_is_meant() {
    let site = Site::statement();
    site.run(&["build"]);
    let en = site.read("public/en/index.html");
    let marketing = between(&en, "<tr id=\"rule-marketing\">", "</tr>");
    assert!(
        marketing.contains(">up to 12 months after your last interaction with us</td>"),
        "{marketing}"
    );
    assert!(
        marketing.contains(">when you withdraw your consent or when you opt out</td>"),
        "{marketing}"
    );
    let nl = site.read("public/nl/index.html");
    let services = between(&nl, "<tr id=\"rule-services\">", "</tr>");
    assert!(
        services.contains(
            ">tot het einde van de overeenkomst of tot het einde van de dienstverlening</td>"
        ),
        "{services}"
    );
    assert!(nl.contains(">2 jaar nadat het ticket is opgelost</td>"));
    assert!(nl.contains("<span class=\"lifespan\">Bewaartermijn: tot de browser wordt gesloten of tot u uitlogt</span>"));
}

#[test]
fn retention_json_carries_qualifiers_starts_and_every_end() {
    let site = Site::statement();
    site.run(&["build"]);
    let doc: serde_json::Value = serde_json::from_str(&site.read("public/retention.json")).unwrap();
    assert_eq!(doc["format"], "vellum-retention/2");
    let rule = |id: &str| {
        doc["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        rule("marketing")["period"],
        serde_json::json!({"iso": "P12M", "ends": [], "qualifier": "up-to", "start": "last-interaction"})
    );
    assert_eq!(
        rule("marketing")["ends_early"],
        serde_json::json!(["consent-withdrawn", "opt-out"])
    );
    assert_eq!(
        rule("services")["period"],
        serde_json::json!({"iso": null, "ends": ["end-of-contract", "end-of-services"], "qualifier": "exactly", "start": null})
    );
    let fact = &doc["facts"][0];
    assert_eq!(fact["period"]["qualifier"], "within");
    assert_eq!(fact["period"]["start"], "request-received");
    assert_eq!(
        fact["extension"],
        serde_json::json!({"iso": "P2M", "condition": "When requests are complex or numerous."})
    );
    assert_eq!(
        doc["cookie_categories"][0]["lifespan"],
        serde_json::json!({"iso": null, "ends": ["browser-session", "logout"]})
    );
    let notice: serde_json::Value = serde_json::from_str(&site.read("public/notice.json")).unwrap();
    assert_eq!(notice["format"], "vellum-notice/2");
    assert_eq!(notice["notice"]["data"]["affiliates"][0]["country"], "us");
}

#[test]
fn prose_at_least_for_an_up_to_rule_is_a_located_error() {
    let site = Site::statement();
    site.edit(
        "content/sections/02-retention.yaml",
        "for up to twelve (12) months after",
        "for at least twelve (12) months after",
    );
    site.edit(
        "locales/nl/content.ftl",
        "maximaal twaalf (12) maanden na",
        "ten minste twaalf (12) maanden na",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(
        report(&site),
        [
            "error qualifier-mismatch [en] content/sections/02-retention.yaml:18:34 | \"at least twelve (12) months after your last interaction with us\" states a minimum, but the rule states a maximum | write \"up to\" (or \"no longer than\", \"within\"), or change the rule's `qualifier`",
            "error qualifier-mismatch [nl] locales/nl/content.ftl:18:56 | \"ten minste twaalf (12) maanden na uw laatste interactie met ons\" states a minimum, but the rule states a maximum | write \"up to\" (or \"no longer than\", \"within\"), or change the rule's `qualifier`",
        ]
    );
}

#[test]
fn a_qualifier_the_rule_does_not_state_is_a_warning() {
    let site = Site::statement();
    site.edit(
        "content/sections/02-retention.yaml",
        "for up to twelve (12) months after",
        "for twelve (12) months after",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(
        report(&site),
        [
            "warning qualifier-mismatch [en] content/sections/02-retention.yaml:18:34 | \"twelve (12) months after your last interaction with us\" states an exact period, but the rule states a maximum | write \"up to\" (or \"no longer than\", \"within\"), or change the rule's `qualifier`"
        ]
    );
}

#[test]
fn a_start_the_rule_does_not_have_is_located() {
    let site = Site::statement();
    site.edit(
        "locales/nl/content.ftl",
        "twee (2) jaar nadat het ticket is opgelost",
        "twee (2) jaar na ontvangst van uw verzoek",
    );
    site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(
        report(&site),
        [
            "error start-mismatch [nl] locales/nl/content.ftl:20:51 | \"twee (2) jaar na ontvangst van uw verzoek\" counts from `request-received`, but the rule counts from `ticket-resolved` | correct the prose, or the rule's `start` if the prose is right"
        ]
    );
    // A rule without a start: the prose says more than the rule.
    site.edit(
        "content/data/retention.yaml",
        "  start: ticket-resolved\n",
        "",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl"]);
    let found = report(&site);
    assert!(
        found.contains(&"warning start-mismatch [en] content/sections/02-retention.yaml:25:35 | \"two (2) years after the ticket was resolved\" counts from `ticket-resolved`, but the rule does not say when its period starts | add `start: ticket-resolved` to the rule, so that the table and retention.json say it too".to_string()),
        "{found:#?}"
    );
}

#[test]
fn an_early_end_the_rule_does_not_have_is_a_contradiction() {
    let site = Site::statement();
    site.edit(
        "content/sections/02-retention.yaml",
        "We keep support tickets for two (2) years after the ticket was resolved.",
        "We keep support tickets for two (2) years after the ticket was resolved, or until you close your account.",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(
        report(&site),
        [
            "error period-contradiction [en] content/sections/02-retention.yaml:25:35 | \"two (2) years after the ticket was resolved, or until you close your account\" ends with `account-closed`, which the rule does not say | add `account-closed` to the rule (`ends_early`, or an alternative of `period`), or correct the prose"
        ]
    );
}

#[test]
fn an_unstated_alternative_end_is_an_error() {
    let site = Site::statement();
    site.edit(
        "content/sections/02-retention.yaml",
        " or of our providing the services to you.",
        ".",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(
        report(&site),
        [
            "error unstated-rule [en] content/sections/02-retention.yaml:28:13 | section `services` binds rule `services` but never states its period (end-of-services) | state it in the prose, e.g. with the placeable { $services }, or remove `services` from `rules:`"
        ]
    );
}

#[test]
fn numbers_that_do_not_go_up_are_errors() {
    let site = Site::statement();
    site.edit(
        "content/sections/02-retention.yaml",
        "    title: Other services\n",
        "    title: Other services\n    number: 3\n",
    );
    assert_eq!(
        report(&site),
        [
            "error section-number content/sections/02-retention.yaml:28:13 | section `services` is numbered 3, which does not come after 5 | numbers go up within a level; give it a number after 5, or remove `number` to count on automatically"
        ]
    );
}

#[test]
fn a_number_or_run_in_heading_needs_a_title() {
    let site = Site::statement();
    site.edit(
        "content/sections/00-preamble.yaml",
        "id: preamble\n",
        "id: preamble\nnumber: 1\nheading: run-in\n",
    );
    assert_eq!(
        report(&site),
        [
            "error section-number content/sections/00-preamble.yaml:2:9 | section `preamble` has a number but has no title | remove `number`, or make the section numbered (with a title)",
            "error section-number content/sections/00-preamble.yaml:3:10 | section `preamble` has `heading: run-in` but no title | a section without a title has no heading to carry it; add a `title`, or remove the key",
        ]
    );
    let site = Site::statement();
    site.edit(
        "content/sections/03-annex.yaml",
        "numbered: false\n",
        "numbered: false\nnumber: 4\n",
    );
    assert_eq!(
        report(&site),
        [
            "error section-number content/sections/03-annex.yaml:4:9 | section `annex` has a number but is `numbered: false` | remove `number`, or make the section numbered (with a title)"
        ]
    );
}

#[test]
fn an_unknown_or_repeated_block_marker_is_located() {
    let site = Site::statement();
    site.edit(
        "content/sections/00-preamble.yaml",
        "{{block: affiliates}}",
        "{{block: afiliates}}",
    );
    site.run(&["i18n", "sync"]);
    let found = report(&site);
    assert_eq!(
        found[0],
        "error invalid-value content/sections/00-preamble.yaml:5:3 | block `afiliates` in section `preamble` is not one of the blocks | did you mean `affiliates`?",
        "{found:#?}"
    );
    let site = Site::statement();
    site.edit(
        "content/sections/02-retention.yaml",
        "rules: [sms-traffic]\n",
        "rules: [sms-traffic]\nblocks: [retention-table]\n",
    );
    assert_eq!(
        report(&site),
        [
            "error duplicate-block content/sections/02-retention.yaml:4:10 | block `retention-table` appears twice in section `retention` | a block appears once per section, at a `{{block: name}}` marker in the body or in `blocks:`; remove one"
        ]
    );
}

#[test]
fn table_cells_that_cannot_be_shown_are_errors() {
    let site = Site::statement();
    site.write(
        "content/data/products.yaml",
        "- id: a\n  name: A\n  items:\n    - category: traffic-data\n      text: Both\n    - optional: true\n  groups:\n    - label: Empty\n- id: b\n  name: B\n  categories: []\n",
    );
    site.run(&["i18n", "sync"]);
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        found,
        [
            "error invalid-value content/data/products.yaml:5:13 | an item of product `a` has both `category` and `text` | an item is either a data category (`category: id`) or a free text (`text: ...`); make two items",
            "error empty-value content/data/products.yaml:6:7 | an item of product `a` has neither `category` nor `text` | write `category: <id>` or `text: ...` for each item",
            "error empty-value content/data/products.yaml:8:14 | a group of product `a` lists no data | list the group's data under `categories:` or `items:`, or remove the group",
            "error empty-value content/data/products.yaml:9:7 | product `b` lists no data categories | list the ids of the data categories the product processes under `categories:` (or `items:`), or write a `note:` that says why the row has none",
        ]
    );
}

#[test]
fn retention_values_that_make_no_sense_are_errors() {
    let site = Site::statement();
    site.write(
        "content/data/retention.yaml",
        "- id: a\n  data: A\n  period: [P1Y, P2Y, end-of-contract, end-of-contract]\n- id: b\n  data: B\n  period: end-of-contract\n  qualifier: up-to\n  start: collection\n- id: c\n  data: C\n  period: P1Y\n  qualifier: under\n- id: d\n  data: D\n  period: End of contract\n",
    );
    site.write(
        "content/sections/02-retention.yaml",
        "id: retention\ntitle: Retention\n",
    );
    site.run(&["i18n", "sync"]);
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error") && !l.contains("source-file-stale"))
        .collect();
    assert_eq!(
        found,
        [
            "error invalid-value content/data/retention.yaml:3:17 | rule `a` has two lengths among its alternatives | a period has one length; the other alternatives are events that end it (`[P30D, agreed-period]`); an upper bound goes in `max`",
            "error invalid-value content/data/retention.yaml:3:39 | rule `a` lists `end-of-contract` twice | list each alternative once",
            "error invalid-value content/data/retention.yaml:7:14 | rule `b`: `qualifier: up-to` needs a length in `period` | a qualifier says how a length is meant (up to six months); remove it, or give the period a length",
            "error invalid-value content/data/retention.yaml:8:10 | rule `b`: `start` needs a length in `period` | `start` says when a length begins to count (two years after the ticket is resolved); a period that lasts until an event has no start",
            "error invalid-value content/data/retention.yaml:12:14 | rule `c`: `under` describes an age, not a retention period | use `up-to` for a maximum or `at-least` for a minimum",
            "error invalid-duration content/data/retention.yaml:15:11 | period: `End of contract` is neither an ISO-8601 duration (like P6M or P2Y) nor an event id | did you mean the event `end-of-contract`?",
        ]
    );
}

#[test]
fn an_event_without_words_is_named_per_language_with_a_did_you_mean() {
    let site = Site::statement();
    site.edit(
        "content/data/retention.yaml",
        "  start: ticket-resolved",
        "  start: ticket-solved",
    );
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.contains("unknown-event"))
        .collect();
    assert_eq!(
        found,
        [
            "error unknown-event [en] content/data/retention.yaml:16:10 | event `ticket-solved` has no words in `en` (the message `event-ticket-solved-after`) | did you mean the built-in event `ticket-resolved`? Otherwise add `event-ticket-solved-after = after ...` to locales/en/*.ftl, and its phrases to locales/en/periods.yaml so that prose stating it is recognized",
            "error unknown-event [nl] content/data/retention.yaml:16:10 | event `ticket-solved` has no words in `nl` (the message `event-ticket-solved-after`) | did you mean the built-in event `ticket-resolved`? Otherwise add `event-ticket-solved-after = after ...` to locales/nl/*.ftl, and its phrases to locales/nl/periods.yaml so that prose stating it is recognized",
        ]
    );
}

/// An event of the site's own: its words in each language make it usable,
/// rendered and recognized, with no code.
#[test]
fn a_site_defines_its_own_event_in_its_locale_files() {
    let site = Site::statement();
    site.edit(
        "content/data/retention.yaml",
        "  start: ticket-resolved",
        "  start: project-completed",
    );
    site.edit(
        "content/sections/02-retention.yaml",
        "two (2) years after the ticket was resolved",
        "two (2) years after the project is completed",
    );
    site.edit(
        "locales/nl/content.ftl",
        "twee (2) jaar nadat het ticket is opgelost",
        "twee (2) jaar nadat het project is afgerond",
    );
    site.write(
        "locales/en/events.ftl",
        "event-project-completed-after = after the project is completed\n",
    );
    site.write(
        "locales/nl/events.ftl",
        "event-project-completed-after = nadat het project is afgerond\n",
    );
    for (lang, clause) in [
        ("en", "<the> project (is|has been|was) completed"),
        ("nl", "<de> project (is|wordt) afgerond"),
    ] {
        let theirs = std::fs::read_to_string(
            common::repo().join(format!("theme/locales/{lang}/periods.yaml")),
        )
        .unwrap();
        site.write(
            &format!("locales/{lang}/periods.yaml"),
            &theirs.replace(
                "events:\n",
                &format!("events:\n  project-completed:\n    clause: [\"{clause}\"]\n"),
            ),
        );
    }
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(report(&site), Vec::<String>::new());
    site.run(&["build"]);
    assert!(
        site.read("public/nl/index.html")
            .contains(">2 jaar nadat het project is afgerond</td>")
    );
}

#[test]
fn a_fact_that_is_an_age_takes_no_qualifier() {
    let site = Site::statement();
    let facts = site.read("content/data/facts.yaml");
    site.write(
        "content/data/facts.yaml",
        &format!(
            "{facts}- id: minimum-age\n  name: Minimum age\n  age: 16\n  qualifier: at-least\n"
        ),
    );
    site.run(&["i18n", "sync"]);
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        found,
        [
            "error invalid-fact content/data/facts.yaml:12:14 | fact `minimum-age` is an age and takes no `qualifier` | remove `qualifier`; prose may state the age 16 from either side (\"at least\", \"under\")"
        ]
    );
}

#[test]
fn a_pattern_that_does_not_read_is_located_in_its_vocabulary() {
    let site = Site::statement();
    let theirs =
        std::fs::read_to_string(common::repo().join("theme/locales/en/periods.yaml")).unwrap();
    site.write(
        "locales/en/periods.yaml",
        &theirs.replace("    - until {clause}\n", "    - until (you {clause}\n"),
    );
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.contains("invalid-vocabulary"))
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("error invalid-vocabulary [en] locales/en/periods.yaml:"),
        "{found:#?}"
    );
    assert!(
        found[0].contains(
            "| pattern `until (you {clause}`: `(` is never closed with `)` | patterns are words"
        ),
        "{found:#?}"
    );
}

/// Languages whose period vocabularies are the same text share one
/// compilation; a problem in it is still reported for each file and language.
#[test]
fn a_pattern_that_does_not_read_is_reported_in_every_copy_of_its_vocabulary() {
    let site = Site::statement();
    assert_eq!(site.run(&["i18n", "add", "de"]).code, 0);
    let theirs =
        std::fs::read_to_string(common::repo().join("theme/locales/en/periods.yaml")).unwrap();
    let broken = theirs.replace("    - until {clause}\n", "    - until (you {clause}\n");
    site.write("locales/en/periods.yaml", &broken);
    site.write("locales/de/periods.yaml", &broken);
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.contains("invalid-vocabulary"))
        .map(|l| l.split(" | ").next().unwrap_or_default().to_string())
        .collect();
    let line = broken
        .lines()
        .position(|l| l == "    - until (you {clause}")
        .expect("the broken pattern")
        + 1;
    let mut expected = [
        format!("error invalid-vocabulary [de] locales/de/periods.yaml:{line}:7"),
        format!("error invalid-vocabulary [en] locales/en/periods.yaml:{line}:7"),
    ];
    let mut found = found;
    found.sort();
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn an_affiliate_refers_to_a_country_and_an_office_that_exist() {
    let site = Site::statement();
    site.edit(
        "content/data/affiliates.yaml",
        "  country: us\n",
        "  country: usa\n",
    );
    site.edit(
        "content/data/affiliates.yaml",
        "  office: berlin\n",
        "  office: berlinn\n",
    );
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        found,
        [
            "error dangling-reference content/data/affiliates.yaml:3:12 | affiliate `example-us` refers to unknown country `usa` | did you mean `us`? (country ids are defined in content/data/countries.yaml)",
            "error dangling-reference content/data/affiliates.yaml:8:11 | affiliate `example-de` refers to unknown office `berlinn` | did you mean `berlin`? (office ids are defined in content/data/offices.yaml)",
        ]
    );
}

#[test]
fn section_numbers_and_heading_styles_are_read_once() {
    let site = Site::statement();
    site.edit(
        "content/sections/03-annex.yaml",
        "numbered: false\n",
        "number: 3.1\nheading: inline\n",
    );
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        found,
        [
            "error invalid-value content/sections/03-annex.yaml:3:9 | number: `3.1` is not a section number | write the number this section has at its level: 7 (for 7, or 3.7 inside section 3), or 7a for a section inserted after 7",
            "error invalid-value content/sections/03-annex.yaml:4:10 | heading: `inline` is not a heading style (block or run-in) | expected one of `block`, `run-in`",
        ]
    );
    let site = Site::statement();
    site.edit(
        "content/sections/03-annex.yaml",
        "    title: Your choices\n",
        "    title: Your choices\n    number: 2\n",
    );
    assert_eq!(
        report(&site),
        [
            "error section-number content/sections/03-annex.yaml:10:13 | section `annex-choices` has `number` inside a section without numbers | the subsections of an unnumbered section are unnumbered too; remove the key, or number the enclosing section"
        ]
    );
    let site = Site::statement();
    site.edit(
        "content/sections/00-preamble.yaml",
        "id: preamble\n",
        "id: preamble\nnumbered: true\n",
    );
    assert_eq!(
        report(&site),
        [
            "error section-number content/sections/00-preamble.yaml:2:11 | section `preamble` has `numbered: true` but no title | a section without a title has no heading to carry it; add a `title`, or remove the key"
        ]
    );
}

#[test]
fn an_event_id_is_kebab_case() {
    let site = Site::statement();
    site.edit(
        "content/data/retention.yaml",
        "  start: ticket-resolved",
        "  start: Ticket resolved",
    );
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        found,
        [
            "error invalid-value content/data/retention.yaml:16:10 | start: `Ticket resolved` is not an event id | did you mean the event `ticket-resolved`?"
        ]
    );
}

#[test]
fn a_cookie_category_lifespan_ends_with_a_session_not_a_contract() {
    let site = Site::statement();
    site.edit(
        "content/data/cookie-categories.yaml",
        "[browser-session, logout]",
        "[browser-session, end-of-contract]",
    );
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        found,
        [
            "error invalid-duration content/data/cookie-categories.yaml:5:31 | the lifespan of cookie category `necessary` must be a duration or one of browser-session, logout, consent-withdrawn, not `end-of-contract` | write an ISO-8601 duration such as P13M, or browser-session for a session cookie"
        ]
    );
}

#[test]
fn an_unstated_extension_is_a_warning() {
    let site = Site::statement();
    site.edit(
        "content/sections/02-retention.yaml",
        " When requests are complex or numerous, we extend this by two (2) further months.",
        "",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(
        report(&site),
        [
            "warning unstated-rule [en] content/sections/02-retention.yaml:33:13 | section `requests` binds fact `response-deadline` but never states its extension (P2M) | state it in the prose, e.g. with the placeable { $response-deadline-extension }, or remove `response-deadline` from `rules:`"
        ]
    );
}

#[test]
fn a_category_twice_in_one_row_is_an_error() {
    let site = Site::statement();
    site.edit(
        "content/data/products.yaml",
        "categories: [traffic-data, message-content]",
        "categories: [traffic-data, message-content]\n  items:\n    - category: traffic-data",
    );
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        found,
        [
            "error duplicate-id content/data/products.yaml:5:17 | product `sms` lists data category `traffic-data` twice | name each category once per row or group; remove the repeat"
        ]
    );
}
