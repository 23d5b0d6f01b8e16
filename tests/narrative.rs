//! The narrative check through the CLI: planted contradictions between prose
//! and rules, in English and in the Dutch translation, each caught with the
//! right language, file, line and column.

mod common;
use common::Site;

/// Error and warning diagnostics of `vellum check --format json`, as
/// "code [lang] file:line:col message" lines.
fn findings(site: &Site) -> Vec<String> {
    let run = site.run(&["check", "--format", "json"]);
    run.diagnostics()
        .iter()
        .map(|d| {
            format!(
                "{} [{}] {}:{}:{} {}",
                d["code"].as_str().unwrap(),
                d["language"].as_str().unwrap_or("-"),
                d["file"].as_str().unwrap_or("-"),
                d["line"],
                d["column"],
                d["message"].as_str().unwrap()
            )
        })
        .collect()
}

/// Runs `vellum durations --lang LANG` on `text`.
fn durations(site: &Site, lang: &str, text: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_vellum"))
        .args(["durations", "--lang", lang])
        .current_dir(site.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_bilingual_fixture_agrees_with_its_rules() {
    assert_eq!(findings(&Site::bilingual()), Vec::<String>::new());
}

#[test]
fn wrong_period_in_english_prose() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/02-retention.yaml",
        "for six (6) months",
        "for twelve (12) months",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl", "--all"]);
    assert_eq!(
        findings(&site),
        [
            "unstated-rule [en] content/sections/02-retention.yaml:3:9 section `retention` binds rule `sms-traffic` but never states its period (P6M)",
            "period-contradiction [en] content/sections/02-retention.yaml:5:38 \"twelve (12) months\" contradicts rule sms-traffic (P6M, P2Y)",
        ]
    );
}

#[test]
fn wrong_period_only_in_the_dutch_translation() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "gedurende zes (6) maanden",
        "gedurende twaalf (12) maanden",
    );
    site.run(&["i18n", "confirm", "nl", "--all"]);
    assert_eq!(
        findings(&site),
        [
            "unstated-rule [nl] locales/nl/content.ftl:8:1 section `retention` binds rule `sms-traffic` but never states its period (P6M)",
            "period-contradiction [nl] locales/nl/content.ftl:9:54 \"twaalf (12) maanden\" contradicts rule sms-traffic (P6M, P2Y)",
        ]
    );
}

#[test]
fn number_word_and_numeral_disagree() {
    let site = Site::bilingual();
    site.edit(
        "locales/nl/content.ftl",
        "gedurende zes (6) maanden",
        "gedurende zes (7) maanden",
    );
    site.run(&["i18n", "confirm", "nl", "--all"]);
    assert_eq!(
        findings(&site),
        [
            "numeral-mismatch [nl] locales/nl/content.ftl:9:54 \"zes (7) maanden\": the number in words and the numeral disagree"
        ]
    );
}

#[test]
fn a_bound_rule_never_stated() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/02-retention.yaml",
        " for six (6) months, or up to two (2) years where telecom law requires it.",
        " for a while.",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl", "--all"]);
    let found = findings(&site);
    assert_eq!(
        found,
        [
            "unstated-rule [en] content/sections/02-retention.yaml:3:9 section `retention` binds rule `sms-traffic` but never states its period (P6M)",
            "unstated-rule [en] content/sections/02-retention.yaml:3:9 section `retention` binds rule `sms-traffic` but never states its upper bound (P2Y)",
            // "For a while" is no period at all (issue 14).
            "vague-retention [en] content/sections/02-retention.yaml:5:34 \"for a while\" states no retention period, in prose that narrates retention rules",
        ]
    );
}

#[test]
fn rule_changed_while_the_translation_keeps_the_old_figure() {
    let site = Site::bilingual();
    // Legal shortens the period and updates the English prose; Dutch lags behind.
    site.edit("content/data/retention.yaml", "period: P6M", "period: P3M");
    site.edit(
        "content/sections/02-retention.yaml",
        "for six (6) months",
        "for three (3) months",
    );
    site.run(&["i18n", "sync"]);
    let found = findings(&site);
    assert_eq!(
        found,
        [
            "unstated-rule [nl] locales/nl/content.ftl:8:1 section `retention` binds rule `sms-traffic` but never states its period (P3M)",
            "stale-translation [nl] locales/nl/content.ftl:8:1 the translation of `section-retention-body` may be out of date: its source text changed after it was translated",
            "period-contradiction [nl] locales/nl/content.ftl:9:54 \"zes (6) maanden\" contradicts rule sms-traffic (P3M, P2Y)",
        ]
    );
}

#[test]
fn a_period_in_a_section_without_rules_warns_and_binding_silences_it() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/01-introduction.yaml",
        "for its customers.",
        "for its customers and keeps traffic data for six (6) months.",
    );
    site.run(&["i18n", "sync"]);
    let run = site.run(&["check", "--format", "json"]);
    let d: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d["code"] == "unbound-period")
        .collect();
    assert_eq!(d.len(), 1, "{:#?}", run.diagnostics());
    assert_eq!(d[0]["severity"], "warning");
    assert_eq!(
        d[0]["message"],
        "\"six (6) months\" (P6M) is stated in section `introduction`, which binds no rule"
    );
    assert_eq!(
        d[0]["hint"],
        "this matches `sms-traffic`; bind it with `rules: [sms-traffic]` in section `introduction`"
    );
    site.edit(
        "content/sections/01-introduction.yaml",
        "title: Introduction",
        "title: Introduction\nrules: [sms-traffic]",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert!(
        !run.diagnostics()
            .iter()
            .any(|d| d["code"] == "unbound-period"),
        "{:#?}",
        run.diagnostics()
    );
}

/// Rewrites the retention sentence, in English and Dutch, with placeables.
fn use_placeables(site: &Site) {
    site.edit(
        "content/sections/02-retention.yaml",
        "for six (6) months, or up to two (2) years",
        "for { $sms-traffic }, or up to { $sms-traffic-max }",
    );
    site.edit(
        "locales/nl/content.ftl",
        "gedurende zes (6) maanden, of maximaal twee (2) jaar",
        "gedurende { $sms-traffic }, of maximaal { $sms-traffic-max }",
    );
    site.run(&["i18n", "sync"]);
    site.run(&["i18n", "confirm", "nl", "--all"]);
}

#[test]
fn placeables_render_per_language_and_count_as_stated() {
    let site = Site::bilingual();
    use_placeables(&site);
    assert_eq!(findings(&site), Vec::<String>::new());
    assert_eq!(site.run(&["build"]).code, 0);
    assert!(
        site.read("public/en/index.html")
            .contains("for six (6) months, or up to two (2) years where")
    );
    assert!(
        site.read("public/nl/index.html")
            .contains("gedurende zes (6) maanden, of maximaal twee (2) jaar als")
    );
    // The numerals style writes figures only.
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\nstyle: numerals",
    );
    assert_eq!(site.run(&["build"]).code, 0);
    assert!(
        site.read("public/en/index.html")
            .contains("for 6 months, or up to 2 years where")
    );
}

#[test]
fn unknown_placeable_is_an_error_with_location() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/02-retention.yaml",
        "for six (6) months",
        "for { $sms-trafic }",
    );
    site.run(&["i18n", "sync"]);
    let run = site.run(&["check", "--format", "json"]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "unknown-placeable")
        .expect("unknown placeable");
    assert_eq!(d["message"], "unknown placeable { $sms-trafic }");
    assert_eq!(d["file"], "content/sections/02-retention.yaml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(5), Some(38))
    );
    assert!(
        d["hint"]
            .as_str()
            .unwrap()
            .starts_with("did you mean { $sms-traffic }?")
    );
}

#[test]
fn cookie_purpose_contradicting_its_lifespan() {
    let site = Site::bilingual();
    site.write(
        "content/data/cookie-categories.yaml",
        "- id: necessary\n  name: Strictly necessary\n  without_consent: true\n",
    );
    site.write(
        "content/data/cookies.yaml",
        "- id: session\n  name: sid\n  provider: Example\n  category: necessary\n  party: first\n  lifespan: P30D\n  purpose: Keeps you signed in for ninety (90) days.\n",
    );
    let run = site.run(&["check", "--format", "json"]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "period-contradiction")
        .expect("contradiction");
    assert_eq!(
        d["message"],
        "\"ninety (90) days\" contradicts cookie session (P30D)"
    );
    assert_eq!(d["file"], "content/data/cookies.yaml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(7), Some(36))
    );
}

#[test]
fn durations_command_prints_json_lines() {
    let site = Site::bilingual();
    let output = durations(
        &site,
        "nl",
        "Wij bewaren dit zes (7) maanden, tot 18 mei 2022, of tot u uw toestemming intrekt.",
    );
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "{\"early_end\":null,\"end\":31,\"ends\":[],\"event\":null,\"iso\":\"P6M\",\"numeral_mismatch\":true,\"qualifier\":null,\"start\":16,\"start_event\":null,\"text\":\"zes (7) maanden\"}\n\
         {\"early_end\":null,\"end\":81,\"ends\":[\"consent-withdrawn\"],\"event\":\"consent-withdrawn\",\"iso\":null,\"numeral_mismatch\":false,\"qualifier\":null,\"start\":53,\"start_event\":null,\"text\":\"tot u uw toestemming intrekt\"}\n"
    );
}

/// What a lawyer's sentence says about its period: the qualifier, the event
/// it counts from, the early end, and several ends of one period.
#[test]
fn durations_shows_qualifier_start_and_events() {
    let site = Site::bilingual();
    let lines = |lang, text| {
        let output = durations(&site, lang, text);
        assert!(output.status.success());
        String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .collect::<Vec<_>>()
    };
    let en = lines(
        "en",
        "We keep it for up to twelve (12) months after your last interaction with us, or until you withdraw your consent.",
    );
    assert_eq!(en.len(), 1, "{en:#?}");
    assert_eq!(en[0]["iso"], "P12M");
    assert_eq!(en[0]["qualifier"], "up-to");
    assert_eq!(en[0]["start_event"], "last-interaction");
    assert_eq!(en[0]["early_end"], "consent-withdrawn");
    let nl = lines(
        "nl",
        "Wij bewaren dit gedurende de looptijd van ons contract met u of zolang wij de diensten aan u leveren.",
    );
    assert_eq!(nl.len(), 1, "{nl:#?}");
    assert_eq!(
        nl[0]["ends"],
        serde_json::json!(["end-of-contract", "end-of-services"])
    );
    assert_eq!(nl[0]["iso"], serde_json::Value::Null);
}

#[test]
fn durations_without_a_vocabulary_is_a_usage_error() {
    let site = Site::bilingual();
    let run = site.run(&["durations", "--lang", "fr"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: no period vocabulary for language `fr`"),
        "{}",
        run.stderr
    );
}

/// German added from locale files alone: a vocabulary, UI strings and the
/// translation. No code knows German; the recognizer, the fact placeables and
/// the check all work for it.
#[test]
fn a_third_language_from_data_alone() {
    let site = Site::bilingual();
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl, de]",
    );
    site.write(
        "locales/de/periods.yaml",
        "units:\n  years: [jahr, jahre, jahren]\n  months: [monat, monate, monaten]\n  weeks: [woche, wochen]\n  days: [tag, tage, tagen]\n\
         qualifiers:\n  up-to: [bis zu, höchstens, maximal]\n  at-least: [mindestens]\n  within: [innerhalb von, binnen]\n\
         joiners: [und]\n\
         events:\n  end-of-contract: [für die dauer des vertrags, bis zum ende des vertrags]\n\
         numbers:\n  1: [ein, eins, einen]\n  2: [zwei]\n  6: [sechs]\n  12: [zwölf]\n",
    );
    let en_ui = std::fs::read_to_string(common::repo().join("theme/locales/en/ui.ftl")).unwrap();
    let de_ui = en_ui
        .replace("language-name = English", "language-name = Deutsch")
        .replace(
            "[one] month\n   *[other] months",
            "[one] Monat\n   *[other] Monate",
        )
        .replace(
            "[one] year\n   *[other] years",
            "[one] Jahr\n   *[other] Jahre",
        )
        .replace(
            "list-and = { $head } and { $last }",
            "list-and = { $head } und { $last }",
        );
    site.write("locales/de/ui.ftl", &de_ui);
    // The source writes the period as placeables, so every language gets the figure from the rule.
    use_placeables(&site);
    let nl = site.read("locales/nl/content.ftl");
    let de = nl
        .replace(
            "Wij bewaren verkeersgegevens[^traffic] gedurende { $sms-traffic }, of maximaal { $sms-traffic-max } als de telecommunicatiewet dat vereist.",
            "Wir speichern Verkehrsdaten[^traffic] { $sms-traffic }, oder bis zu { $sms-traffic-max }, wenn das Telekommunikationsgesetz es verlangt.",
        );
    assert!(
        de.contains("Wir speichern"),
        "the Dutch sentence was found and replaced"
    );
    site.write("locales/de/content.ftl", &de);
    assert_eq!(site.run(&["i18n", "confirm", "de"]).code, 0);

    // The recognizer reads German from the data.
    let output = durations(
        &site,
        "de",
        "höchstens zwölf (12) Monate, für die Dauer des Vertrags",
    );
    let lines = String::from_utf8(output.stdout).unwrap();
    assert!(
        lines.contains("\"iso\":\"P12M\"") && lines.contains("\"qualifier\":\"up-to\""),
        "{lines}"
    );
    assert!(lines.contains("\"event\":\"end-of-contract\""), "{lines}");

    // The check holds German prose to the rules, and the placeable renders in German.
    let run = site.run(&["check", "--format", "json"]);
    let german: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d["language"] == "de" && d["severity"] == "error")
        .collect();
    assert!(german.is_empty(), "{german:#?}");
    assert_eq!(
        site.run(&["build"]).code,
        0,
        "{}",
        site.run(&["build"]).stderr
    );
    assert!(
        site.read("public/de/index.html")
            .contains("Wir speichern Verkehrsdaten")
    );
    assert!(
        site.read("public/de/index.html")
            .contains("sechs (6) Monate, oder bis zu zwei (2) Jahre")
    );

    site.edit(
        "locales/de/content.ftl",
        "oder bis zu { $sms-traffic-max }",
        "oder bis zu { $sms-traffic-max } (zwölf (12) Monate)",
    );
    site.run(&["i18n", "confirm", "de"]);
    let run = site.run(&["check", "--format", "json"]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "period-contradiction")
        .expect("German contradiction caught");
    assert_eq!(d["language"], "de");
    assert_eq!(d["file"], "locales/de/content.ftl");
    assert_eq!(
        d["message"],
        "\"zwölf (12) Monate\" contradicts rule sms-traffic (P6M, P2Y)"
    );
}
