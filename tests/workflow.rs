//! The translator's workflow end to end: what changed since a translation
//! was confirmed (a word-level diff in `i18n status`, in `check` and in the
//! review file a translator opens in an editor), confirming on purpose, and
//! a content mistake that gives one finding instead of a cascade.

mod common;
use common::Site;
use serde_json::Value;

fn diagnostics(site: &Site) -> Vec<Value> {
    site.run(&["check", "--format", "json"]).diagnostics()
}

fn summary(d: &Value) -> String {
    format!(
        "{} {} {}:{}:{} | {}",
        d["severity"].as_str().unwrap(),
        d["code"].as_str().unwrap(),
        d["file"].as_str().unwrap_or("-"),
        d["line"],
        d["column"],
        d["message"].as_str().unwrap()
    )
}

#[test]
fn two_changed_words_of_a_long_paragraph_are_shown() {
    let site = Site::example();
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "to handle those",
        "to manage those",
    );
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "runs a cloud",
        "operates a cloud",
    );
    assert_eq!(site.run(&["i18n", "sync"]).code, 0);

    // `i18n status` shows the two words, old and new.
    let status = site.run(&["i18n", "status"]);
    assert!(
        status
            .stdout
            .contains("  stale: section-who-we-are-body\n      changed: "),
        "{}",
        status.stdout
    );
    assert!(
        status.stdout.contains("[-runs-]{+operates+}"),
        "{}",
        status.stdout
    );
    assert!(
        status.stdout.contains("[-handle-]{+manage+}"),
        "{}",
        status.stdout
    );
    let json: Value =
        serde_json::from_str(&site.run(&["i18n", "status", "--format", "json"]).stdout).unwrap();
    let change = &json[0]["changes"][0];
    assert_eq!(change["id"], "section-who-we-are-body");
    assert_eq!(change["reason"], "source-changed");
    assert_eq!(
        change["diff"]["removed"],
        serde_json::json!(["runs", "handle"])
    );
    assert_eq!(
        change["diff"]["added"],
        serde_json::json!(["operates", "manage"])
    );

    // A translator who only opens files sees them beside the translations.
    let line = 1 + site
        .read("locales/nl/content.ftl")
        .lines()
        .position(|l| l.starts_with("section-who-we-are-body ="))
        .unwrap();
    let review = site.read("locales/nl/review.ftl");
    assert!(
        review.contains("## Changed in en since confirmed (1)"),
        "{review}"
    );
    assert!(
        review.contains(&format!(
            "# section-who-we-are-body (locales/nl/content.ftl:{line})"
        )),
        "{review}"
    );
    assert!(
        review.contains("[-runs-]{+operates+}") && review.contains("[-handle-]{+manage+}"),
        "{review}"
    );
    assert!(
        review.contains("#     message, voice call, e-mail, video and popular messaging apps, and to manage those\n"),
        "{review}"
    );
    // It is valid Fluent that defines nothing.
    assert!(
        review.lines().all(|l| l.is_empty() || l.starts_with('#')),
        "{review}"
    );

    // `check` says it too, at the translation.
    let stale: Vec<Value> = diagnostics(&site)
        .into_iter()
        .filter(|d| d["code"] == "stale-translation")
        .collect();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0]["file"], "locales/nl/content.ftl");
    assert_eq!(stale[0]["line"], line);
    let hint = stale[0]["hint"].as_str().unwrap();
    assert!(hint.starts_with("the en text changed: … "), "{hint}");
    assert!(hint.contains("[-handle-]{+manage+}"), "{hint}");
}

#[test]
fn confirm_without_ids_refuses_what_was_not_looked_at() {
    let site = Site::example();
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "runs a cloud",
        "operates a cloud",
    );
    let run = site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[usage]: nothing confirmed: in `nl`, 1 changed in the source since confirmed (section-who-we-are-body)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`--all` confirms every translation as it is"),
        "{}",
        run.stderr
    );
    // By id, or all at once on purpose.
    let by_id = site.run(&["i18n", "confirm", "nl", "section-who-we-are-body"]);
    assert_eq!(by_id.code, 0, "{}", by_id.stderr);
    site.edit(
        "content/sections/01-who-we-are.yaml",
        "operates a cloud",
        "runs a cloud",
    );
    let all = site.run(&["i18n", "confirm", "nl", "--all"]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    // Every message of the source, the one not looked at included.
    let messages = site
        .read("locales/en/content.ftl")
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" ="))
        .count();
    assert!(
        all.stderr
            .starts_with(&format!("confirmed {messages} translations in nl")),
        "{}",
        all.stderr
    );
    // A missing translation stops it too.
    site.edit(
        "locales/nl/content.ftl",
        "notice-title = Privacyverklaring\n",
        "",
    );
    let run = site.run(&["i18n", "confirm", "nl"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("1 not translated (notice-title)"),
        "{}",
        run.stderr
    );
}

#[test]
fn old_confirmations_still_hold() {
    // The bilingual fixture's translated-from.json holds fingerprints only,
    // as vellum wrote them before it kept the source texts.
    let site = Site::bilingual();
    assert!(
        site.read("locales/nl/translated-from.json")
            .contains("\"notice-title\": \"")
    );
    let run = site.run(&["i18n", "status"]);
    assert!(run.stdout.contains(" 0 stale,"), "{}", run.stdout);
    site.edit(
        "content/notice.yaml",
        "title: Privacy Statement",
        "title: Privacy Notice",
    );
    site.run(&["i18n", "sync"]);
    let run = site.run(&["i18n", "status"]);
    assert!(
        run.stdout.contains(
            "stale: notice-title (source changed; confirmed before vellum kept source texts)"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_misspelt_title_gives_exactly_one_error() {
    let site = Site::example();
    site.edit(
        "content/sections/09-retention.yaml",
        "title: How long we keep your data",
        "titel: How long we keep your data",
    );
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    assert_eq!(
        found,
        [
            "error unknown-key content/sections/09-retention.yaml:3:1 | unknown key `titel` in a section"
        ]
    );
    let d = &diagnostics(&site)[0];
    assert_eq!(
        d["hint"],
        "did you mean `title`? (keys are case-sensitive; it was read as `title` to check the rest of the site)"
    );
}

#[test]
fn every_problem_of_a_file_in_one_run() {
    let site = Site::example();
    let file = "content/sections/09-retention.yaml";
    site.edit(
        file,
        "title: How long we keep your data",
        "titel: How long we keep your data",
    );
    site.edit(
        file,
        "blocks: [retention-timeline, retention-table]",
        "blocks: [retention-timeline, retention-tabel]",
    );
    site.edit(
        file,
        "\n    title: Communications data",
        "\n    heading: sideways\n    title: Communications data",
    );
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    // Each mistake once; the subsection with a wrong value is read without
    // it, its id and texts kept, so nothing refers to an "unknown section",
    // the source file is not "stale" and no Dutch translation is "obsolete".
    assert_eq!(
        found,
        [
            "error unknown-key content/sections/09-retention.yaml:3:1 | unknown key `titel` in a section",
            "error invalid-value content/sections/09-retention.yaml:4:30 | block `retention-tabel` is not one of the allowed values",
            "error invalid-value content/sections/09-retention.yaml:25:14 | heading: `sideways` is not a heading style (block or run-in)",
        ]
    );
}

#[test]
fn a_data_entry_that_cannot_be_read_takes_nothing_else_down() {
    let site = Site::example();
    site.edit(
        "content/data/data-categories.yaml",
        "  name: Identifiers\n",
        "  name: [Identifiers]\n",
    );
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    // Products refer to `identifiers`, the Dutch file translates it: neither
    // is reported, only the entry itself.
    assert_eq!(
        found,
        [
            "error wrong-type content/data/data-categories.yaml:3:9 | a data category: expected a single value here"
        ]
    );
}

#[test]
fn an_unreadable_section_file_is_reported_once() {
    let site = Site::bilingual();
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "id: retention\ntitle: X\n").unwrap();
    let file = site.path().join("content/sections/02-retention.yaml");
    std::fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(outside.path(), &file).unwrap();
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("error link-outside-site content/sections/02-retention.yaml"),
        "{found:#?}"
    );
}

#[test]
fn the_site_s_own_ui_strings_are_tracked_like_content() {
    let site = Site::bilingual();
    site.write(
        "locales/en/site.ftl",
        "products-caption = Personal data per product and service\n",
    );
    let missing: Vec<Value> = diagnostics(&site)
        .into_iter()
        .filter(|d| d["code"] == "missing-translation")
        .collect();
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0]["file"], "locales/en/site.ftl");
    assert_eq!(
        missing[0]["message"],
        "the site overrides `products-caption` in en but not in nl; the nl page shows the theme's own text"
    );
    site.write(
        "locales/nl/site.ftl",
        "products-caption = Persoonsgegevens per product en dienst\n",
    );
    assert_eq!(
        site.run(&["i18n", "confirm", "nl", "products-caption"])
            .code,
        0
    );
    assert!(diagnostics(&site).is_empty(), "{:#?}", diagnostics(&site));
    site.write(
        "locales/en/site.ftl",
        "products-caption = Personal data per product and per service\n",
    );
    let stale: Vec<Value> = diagnostics(&site)
        .into_iter()
        .filter(|d| d["code"] == "stale-translation")
        .collect();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0]["file"], "locales/nl/site.ftl");
    assert!(stale[0]["hint"].as_str().unwrap().contains("{+per+}"));
}

#[test]
fn product_members_are_messages() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "product-channels-member-channel-two = Channel Two\n",
        "product-channels-member-channel-two = Kanaal Twee\n",
    );
    assert_eq!(
        site.run(&[
            "i18n",
            "confirm",
            "nl",
            "product-channels-member-channel-two"
        ])
        .code,
        0
    );
    assert_eq!(site.run(&["build"]).code, 0);
    assert!(
        site.read("public/nl/index.html")
            .contains("<span class=\"members\">Channel One, Kanaal Twee</span>")
    );
    let source = site.read("locales/en/content.ftl");
    assert!(
        source.contains("product-channels-member-channel-one = Channel One\n"),
        "{source}"
    );
}

#[test]
fn the_generated_file_escapes_every_word_that_could_start_a_line() {
    let site = Site::bilingual();
    site.run(&["i18n", "sync"]);
    let source = site.read("locales/en/content.ftl");
    // Mid-line, where re-wrapping could move it to a line start.
    assert!(
        source.contains("keep data in the {\"[\"}retention section](#retention)."),
        "{source}"
    );
    // Not inside a word, where no re-wrap can move it.
    assert!(source.contains("traffic data[^traffic] for"), "{source}");
}

#[test]
fn comments_and_terms_give_translators_context() {
    let site = Site::example();
    let source = site.read("locales/en/content.ftl");
    assert!(
        source.contains("-organisation = Kestrel Communications B.V.\n"),
        "{source}"
    );
    assert!(
        source.contains("# The heading of section 9 (#retention).\nsection-retention-title = "),
        "{source}"
    );
    assert!(
        source.contains("# Keep as written: { $response-deadline } (P1M of `response-deadline`); vellum writes the value in each language.\n"),
        "{source}"
    );
    assert!(
        source.contains("Names, not translated: Kestrel Communications B.V. ({ -organisation })"),
        "{source}"
    );
    // A translator may write a name as its term.
    site.edit(
        "locales/nl/content.ftl",
        "section-who-we-are-title = Wie wij zijn",
        "section-who-we-are-title = Wie { -trade-name } is",
    );
    site.run(&["i18n", "confirm", "nl", "section-who-we-are-title"]);
    assert_eq!(site.run(&["build"]).code, 0);
    assert!(site.read("public/nl/index.html").contains("Wie Kestrel is"));
}

#[test]
fn entity_names_used_in_a_text_become_terms() {
    let site = Site::example();
    // A sub-processor and a cookie named in a text, and a name whose first
    // word appears only inside another word.
    site.edit(
        "content/sections/00-preamble.yaml",
        "  replaces every earlier version.",
        "  replaces every earlier version. Northwind Cloud Hosting B.V. hosts it, the kc_session\n  cookie keeps you signed in, and XFjordvault Backup AS is not a name here.",
    );
    site.run(&["i18n", "sync"]);
    let source = site.read("locales/en/content.ftl");
    assert!(
        source.contains("-subprocessor-northwind-cloud = Northwind Cloud Hosting B.V.\n"),
        "{source}"
    );
    assert!(
        source.contains("-cookie-kc-session = kc_session\n"),
        "{source}"
    );
    assert!(!source.contains("= Fjordvault Backup AS\n"), "{source}");
    // The names the edited text holds are listed in its comment.
    assert!(
        source.contains("Names, not translated: Northwind Cloud Hosting B.V. ({ -subprocessor-northwind-cloud }), Kestrel Communications B.V. ({ -organisation }), kc_session ({ -cookie-kc-session })."),
        "{source}"
    );
}

#[test]
fn register_words_of_the_other_form_are_reported_at_the_word() {
    let site = Site::bilingual();
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\nregister:\n  nl: formal",
    );
    site.edit("locales/nl/content.ftl", "leest u in het", "lees je in het");
    let found: Vec<Value> = diagnostics(&site)
        .into_iter()
        .filter(|d| d["code"] == "wrong-register")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        summary(&found[0]),
        "warning wrong-register locales/nl/content.ftl:6:41 | \"je\" addresses the reader informally; the `nl` edition is formal"
    );
    assert_eq!(
        found[0]["hint"],
        "write it in the formal form (u, uw, uzelf); `register: {nl: formal}` in content/notice.yaml sets the form of this edition"
    );
}

#[test]
fn without_a_declaration_the_form_used_least_is_reported() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "namens haar klanten.",
        "namens haar klanten, en uw gegevens en uw rechten.",
    );
    site.edit("locales/nl/content.ftl", "leest u in het", "lees je in het");
    let found: Vec<Value> = diagnostics(&site)
        .into_iter()
        .filter(|d| d["code"] == "wrong-register")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["line"], 6);
    // The count of formal words follows the fixture's text; the informal one is ours.
    let hint = found[0]["hint"].as_str().unwrap();
    assert!(
        hint.starts_with("this edition uses the formal form ")
            && hint.contains(" times and the informal one once"),
        "{hint}"
    );
    // English has one form of address: declaring one is pointless.
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\nregister:\n  en: formal",
    );
    let found: Vec<String> = diagnostics(&site)
        .iter()
        .filter(|d| d["code"] == "invalid-value")
        .map(summary)
        .collect();
    assert_eq!(
        found,
        [
            "warning invalid-value content/notice.yaml:6:7 | `en` has no forms of address to check; its `register` has no effect"
        ]
    );
}

#[test]
fn a_hand_written_review_file_is_never_replaced() {
    let site = Site::bilingual();
    site.write("locales/nl/review.ftl", "# my own notes\n");
    let run = site.run(&["i18n", "sync"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[write-refused]: locales/nl/review.ftl was not written by vellum; it was not replaced"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("locales/nl/review.ftl"), "# my own notes\n");
}

#[test]
fn a_site_s_own_word_lists_are_read_and_checked() {
    let site = Site::bilingual();
    // A site's prose.yaml replaces the theme's: "zie hier" is now a prompt.
    site.write(
        "locales/nl/prose.yaml",
        "links:\n  prompts: [zie hier]\n  vage: [x]\n",
    );
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    assert_eq!(
        found,
        ["error unknown-key locales/nl/prose.yaml:3:3 | unknown key `vage` in prose words"]
    );
    site.write("locales/nl/prose.yaml", "links:\n  prompts: [zie hier]\n");
    site.edit(
        "locales/nl/content.ftl",
        "namens haar klanten.",
        "namens haar klanten; zie hier.",
    );
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    assert_eq!(
        found,
        ["error dangling-prompt locales/nl/content.ftl:5:73 | \"zie hier\" is not a link"]
    );
}

#[test]
fn a_register_for_a_language_the_site_does_not_have() {
    let site = Site::bilingual();
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\nregister:\n  de: formal",
    );
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    assert_eq!(
        found,
        [
            "warning invalid-value content/notice.yaml:6:7 | `register` names `de`, which is not one of `languages:`"
        ]
    );
}

#[test]
fn an_unreadable_translation_file_is_reported_once() {
    let site = Site::bilingual();
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "notice-title = Privacyverklaring\n").unwrap();
    let file = site.path().join("locales/nl/content.ftl");
    std::fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(outside.path(), &file).unwrap();
    // Not twenty "missing translation" warnings on top of it.
    let found: Vec<String> = diagnostics(&site).iter().map(summary).collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("error link-outside-site locales/nl/content.ftl"),
        "{found:#?}"
    );
}
