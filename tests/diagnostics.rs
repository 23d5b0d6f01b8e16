//! Every class of bad input gets one diagnostic with file:line:col, a message
//! and a hint; `vellum check` exits 1. One fixture per class under
//! tests/fixtures/invalid/, laid over tests/fixtures/minimal/.

mod common;
use common::Site;

/// Runs `vellum check --format json` on a fixture and returns its diagnostics.
fn diagnostics_of(case: &str) -> Vec<serde_json::Value> {
    let run = Site::invalid(case).run(&["check", "--format", "json"]);
    assert_eq!(
        run.code, 1,
        "{case}: expected exit 1\n{}{}",
        run.stdout, run.stderr
    );
    run.diagnostics()
}

/// Asserts that the fixture yields exactly one error with these fields.
fn assert_only(case: &str, code: &str, at: &str, message: &str, hint: &str) {
    let diags = diagnostics_of(case);
    assert_eq!(diags.len(), 1, "{case}: {diags:#?}");
    let d = &diags[0];
    let location = format!(
        "{}:{}:{}",
        d["file"].as_str().unwrap_or(""),
        d["line"],
        d["column"]
    );
    assert_eq!(d["severity"], "error", "{case}");
    assert_eq!(d["code"], code, "{case}");
    assert_eq!(location, at, "{case}");
    assert_eq!(d["message"], message, "{case}");
    assert_eq!(d["hint"], hint, "{case}");
}

#[test]
fn unknown_key_suggests_the_right_one() {
    assert_only(
        "unknown-key",
        "unknown-key",
        "content/sections/01-introduction.yaml:2:1",
        "unknown key `titel` in a section",
        "did you mean `title`? (keys are case-sensitive; it was read as `title` to check the rest of the site)",
    );
}

#[test]
fn wrong_type_says_what_was_expected() {
    assert_only(
        "wrong-type",
        "wrong-type",
        "content/data/products.yaml:3:15",
        "a product: expected a list here",
        "write `[a, b]` or lines starting with `- `",
    );
}

#[test]
fn yaml_syntax_error_points_at_the_colon() {
    assert_only(
        "yaml-syntax",
        "yaml-syntax",
        "content/sections/01-introduction.yaml:2:20",
        "invalid YAML: a colon and a space (`: `) here would start a new key, but a key cannot start in the middle of a value (mapping values are not allowed in this context)",
        "put the whole value in double quotes (title: \"About: our company\"), or move the key to a line of its own",
    );
}

#[test]
fn duplicate_id_names_the_first_one() {
    assert_only(
        "duplicate-id",
        "duplicate-id",
        "content/data/products.yaml:4:7",
        "product id `sms` is used twice",
        "ids must be unique; the first is at content/data/products.yaml:1:7",
    );
}

#[test]
fn purpose_with_unknown_legal_basis() {
    assert_only(
        "dangling-legal-basis",
        "dangling-reference",
        "content/data/purposes.yaml:3:16",
        "purpose `deliver-messages` refers to unknown legal basis `contrct`",
        "did you mean `contract`? (legal basis ids are defined in content/data/legal-bases.yaml)",
    );
}

#[test]
fn product_with_unknown_category() {
    assert_only(
        "dangling-category",
        "dangling-reference",
        "content/data/products.yaml:3:30",
        "product `sms` refers to unknown data category `messsage-content`",
        "did you mean `message-content`? (data category ids are defined in content/data/data-categories.yaml)",
    );
}

#[test]
fn section_binding_unknown_rule() {
    assert_only(
        "dangling-rule",
        "dangling-reference",
        "content/sections/02-retention.yaml:3:9",
        "section `retention` binds unknown rule `sms-trafic`",
        "did you mean `sms-traffic`? (rules are defined in content/data/retention.yaml, facts in content/data/facts.yaml)",
    );
}

#[test]
fn product_without_a_name() {
    assert_only(
        "product-without-name",
        "empty-value",
        "content/data/products.yaml:2:9",
        "the name of product `sms` is empty",
        "every row of the product table needs the product's name; write it, or remove the product",
    );
}

#[test]
fn footnote_mark_without_definition() {
    assert_only(
        "undefined-footnote",
        "undefined-footnote",
        "content/sections/02-retention.yaml:6:16",
        "footnote mark [^location] has no definition",
        "add a line `[^location]: ...` at the end of the same text",
    );
}

#[test]
fn email_without_domain() {
    assert_only(
        "invalid-email",
        "invalid-email",
        "content/notice.yaml:11:14",
        "privacy: `privacy@` is not a valid e-mail address",
        "the address has no domain: write it in full, e.g. privacy@example.com",
    );
}

#[test]
fn url_without_scheme() {
    assert_only(
        "invalid-url",
        "invalid-url",
        "content/notice.yaml:5:11",
        "base_url: `privacy.example.com` is not a valid web address",
        "add the scheme: https://privacy.example.com",
    );
}

#[test]
fn impossible_date() {
    let diags = diagnostics_of("invalid-date");
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["code"], "invalid-date");
    assert_eq!(
        diags[0]["message"],
        "effective_date: `2026-02-30` is not a valid date"
    );
    assert_eq!(
        (diags[0]["line"].as_u64(), diags[0]["column"].as_u64()),
        (Some(3), Some(17))
    );
    assert!(
        diags[0]["hint"]
            .as_str()
            .unwrap()
            .starts_with("write the date as YYYY-MM-DD")
    );
}

#[test]
fn malformed_duration() {
    assert_only(
        "invalid-duration",
        "invalid-duration",
        "content/data/retention.yaml:3:11",
        "period: `P6X`: unexpected `X`",
        "write an ISO-8601 duration: P6M is six months, P2Y two years, P30D thirty days, PT30M thirty minutes",
    );
}

#[test]
fn cross_reference_to_missing_section() {
    assert_only(
        "unknown-section-reference",
        "dangling-reference",
        "content/sections/01-introduction.yaml:5:37",
        "cross-reference to unknown section `#retension`",
        "did you mean `#retention`? Cross-references use a section's id",
    );
}

#[test]
fn alias_flood_is_refused() {
    assert_only(
        "alias-bomb",
        "yaml-too-complex",
        "content/data/countries.yaml:1002:3",
        "content/data/countries.yaml uses more than 1,000 aliases (`*name`); the limit is 1,000",
        "vellum refuses YAML alias bombs, absurd nesting and files too large to read safely; write the values out plainly, or split the file",
    );
}

#[test]
fn billion_laughs_is_refused_not_expanded() {
    assert_only(
        "billion-laughs",
        "yaml-too-complex",
        "content/data/countries.yaml:8:35",
        "content/data/countries.yaml expands YAML aliases too many times",
        "vellum refuses YAML alias bombs; write the values out instead of using `*alias`",
    );
}

#[test]
fn absurd_nesting_is_refused() {
    assert_only(
        "deep-nesting",
        "yaml-too-complex",
        "content/data/countries.yaml:3:38",
        "content/data/countries.yaml is nested deeper than 32 levels; the limit is 32",
        "vellum refuses YAML alias bombs, absurd nesting and files too large to read safely; write the values out plainly, or split the file",
    );
}

#[test]
fn unsafe_links_raw_html_and_dangling_prompts() {
    let diags = diagnostics_of("unsafe-link");
    let summary: Vec<String> = diags
        .iter()
        .map(|d| {
            format!(
                "{} {} {}:{} {}",
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap(),
                d["line"],
                d["column"],
                d["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            "warning raw-html 4:47 raw HTML in prose is shown as text",
            "error unsafe-link 5:7 link to `javascript:alert(1)` is not allowed",
            "warning vague-link-text 5:7 link text \"this\" does not say where it leads",
            "error dangling-prompt 5:38 \"click here\" is not a link",
        ]
    );
}

#[test]
fn every_problem_in_a_run_is_reported() {
    let diags = diagnostics_of("many-problems");
    let codes: Vec<(&str, u64)> = diags
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        codes,
        [
            ("empty-value", 2),
            ("dangling-reference", 3),
            ("invalid-id", 4),
            ("dangling-reference", 6)
        ]
    );
    let invalid_id = diags.iter().find(|d| d["code"] == "invalid-id").unwrap();
    assert_eq!(
        invalid_id["hint"],
        "use lower-case words joined by hyphens, e.g. `voice-calls`"
    );
}

#[test]
fn human_format_quotes_the_line_and_underlines_the_value() {
    let run = Site::invalid("dangling-category").run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error[dangling-reference]: product `sms` refers to unknown data category `messsage-content`
 --> content/data/products.yaml:3:30
  |
3 |   categories: [traffic-data, messsage-content]
  |                              ^^^^^^^^^^^^^^^^
  |
  = help: did you mean `message-content`? (data category ids are defined in content/data/data-categories.yaml)

1 error, 0 warnings
"
    );
}

#[test]
fn github_format_writes_annotations() {
    let run = Site::invalid("dangling-category").run(&["check", "--format", "github"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "::error file=content/data/products.yaml,line=3,col=30,title=dangling-reference::product `sms` refers to unknown data category `messsage-content` (hint: did you mean `message-content`? (data category ids are defined in content/data/data-categories.yaml))\n"
    );
}

#[test]
fn warnings_pass_unless_denied() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "sends text messages",
        "sends <i>text</i> messages",
    );
    assert_eq!(site.run(&["check"]).code, 0);
    let denied = site.run(&["check", "--deny-warnings"]);
    assert_eq!(denied.code, 1);
    assert!(
        denied.stderr.contains("warning[raw-html]"),
        "{}",
        denied.stderr
    );
}

#[test]
fn missing_content_folder_is_a_usage_error() {
    let site = Site::minimal();
    std::fs::remove_dir_all(site.path().join("content")).unwrap();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error[no-content]: no `content/` folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_data_file_is_named() {
    let site = Site::minimal();
    site.write("content/data/cookie.yaml", "[]\n");
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let d = &run.diagnostics()[0];
    assert_eq!(
        d["message"],
        "content/data/cookie.yaml is not a known kind of data"
    );
    assert_eq!(d["hint"], "did you mean `cookies.yaml`?");
}

#[test]
fn mailto_autolinks_are_accepted_and_bare_prompts_are_not() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "for its customers.",
        "for its customers. Mail <privacy@example.com> or [us](mailto:privacy@).",
    );
    let run = site.run(&["check", "--format", "json"]);
    let codes: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes, ["invalid-email"]);
}

/// Every diagnostic of `vellum check --format json`, one line each:
/// "severity code file:line:col | message | hint".
fn report(site: &Site) -> Vec<String> {
    let run = site.run(&["check", "--format", "json"]);
    run.diagnostics()
        .iter()
        .map(|d| {
            let at = match (d["line"].as_u64(), d["column"].as_u64()) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", d["file"].as_str().unwrap_or("-")),
                _ => d["file"].as_str().unwrap_or("-").to_string(),
            };
            format!(
                "{} {} {at} | {} | {}",
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap(),
                d["message"].as_str().unwrap(),
                d["hint"].as_str().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn a_key_written_twice() {
    let site = Site::minimal();
    site.write(
        "content/sections/01-introduction.yaml",
        "id: introduction\ntitle: A\ntitle: B\n",
    );
    assert_eq!(
        report(&site),
        [
            "error duplicate-key content/sections/01-introduction.yaml:3:1 | a section: the key `title` is written twice | a key may appear once per mapping; remove or merge the repeated one"
        ]
    );
}

#[test]
fn a_required_key_left_out() {
    let site = Site::minimal();
    site.write(
        "content/sections/01-introduction.yaml",
        "title: Introduction\nbody: Hello.\n",
    );
    assert_eq!(
        report(&site),
        [
            "error missing-key content/sections/01-introduction.yaml:1:1 | a section is missing the required key `id` | Stable kebab-case id: the anchor in every language and the translation key. For example: `id: retention`"
        ]
    );
}

#[test]
fn an_empty_section_file() {
    let site = Site::minimal();
    site.write("content/sections/01-introduction.yaml", "");
    assert_eq!(
        report(&site),
        [
            "error empty-file content/sections/01-introduction.yaml:1:1 | content/sections/01-introduction.yaml is empty | write a section here, or delete the file"
        ]
    );
}

#[test]
fn misplaced_and_misnamed_files() {
    let site = Site::minimal();
    site.write("content/extra.yaml", "a: 1\n");
    std::fs::rename(
        site.path().join("content/sections/01-introduction.yaml"),
        site.path().join("content/sections/introduction.yaml"),
    )
    .unwrap();
    assert_eq!(
        report(&site),
        [
            "warning stray-file content/extra.yaml | content/extra.yaml is not read by vellum | sections go in content/sections/NN-slug.yaml, data in content/data/<kind>.yaml",
            "error section-file-name content/sections/introduction.yaml | section file `introduction.yaml` does not start with a number | name section files NN-slug.yaml (e.g. 03-retention.yaml); the number sets their order",
        ]
    );
}

#[test]
fn missing_notice_and_sections() {
    let site = Site::minimal();
    std::fs::remove_file(site.path().join("content/notice.yaml")).unwrap();
    for f in ["01-introduction.yaml", "02-retention.yaml"] {
        std::fs::remove_file(site.path().join("content/sections").join(f)).unwrap();
    }
    assert_eq!(
        report(&site),
        [
            "error missing-file content/notice.yaml | content/notice.yaml is missing | create content/notice.yaml with the title, languages, organisation and effective date",
            "error no-sections content/sections | content/sections/ holds no sections | add content/sections/01-introduction.yaml with an id, a title and a body",
        ]
    );
}

#[test]
fn bad_language_lists_are_reported_once_without_a_cascade() {
    let site = Site::minimal();
    site.edit(
        "content/notice.yaml",
        "languages: [en]",
        "languages: [en, Dutch, en]",
    );
    assert_eq!(
        report(&site),
        [
            "error invalid-language content/notice.yaml:4:17 | `Dutch` is not a language tag | use a BCP 47 tag such as en, nl or pt-BR",
            "error duplicate-language content/notice.yaml:4:24 | language `en` is listed twice | list each language once",
        ]
    );
    site.edit(
        "content/notice.yaml",
        "languages: [en, Dutch, en]",
        "languages: []",
    );
    assert_eq!(
        report(&site),
        [
            "error no-languages content/notice.yaml | `languages` is empty | list the languages, source language first: languages: [en, nl]"
        ]
    );
}

/// A language's own `ui.ftl` was copied from the theme before the theme
/// gained messages (or a translator dropped some): every one it lacks is
/// named, at the file's end, where they go.
#[test]
fn a_language_lacking_some_of_the_themes_ui_messages() {
    let site = Site::minimal();
    let run = site.run(&["i18n", "add", "fr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ui = site.read("locales/fr/ui.ftl");
    let kept: Vec<&str> = ui
        .lines()
        .filter(|l| {
            !l.starts_with("changes-area-cookie =") && !l.starts_with("changes-field-lifespan =")
        })
        .collect();
    assert_eq!(kept.len() + 2, ui.lines().count(), "both lines were there");
    site.write("locales/fr/ui.ftl", &(kept.join("\n") + "\n"));
    let found: Vec<String> = report(&site)
        .into_iter()
        .filter(|l| l.contains("missing-ui-messages"))
        .collect();
    assert_eq!(
        found,
        [format!(
            "warning missing-ui-messages locales/fr/ui.ftl:{}:1 | `fr` lacks 2 user-interface messages that the theme has, which its pages would show as ids: changes-area-cookie, changes-field-lifespan | add them to locales/fr/ui.ftl, translated; in the theme's English they read: changes-area-cookie = cookie; changes-field-lifespan = Lifespan",
            kept.len()
        )]
    );
}

#[test]
fn a_language_the_theme_does_not_speak() {
    let site = Site::minimal();
    site.edit(
        "content/notice.yaml",
        "languages: [en]",
        "languages: [en, fr]",
    );
    site.run(&["i18n", "sync"]);
    let found = report(&site);
    let not_missing: Vec<&String> = found
        .iter()
        .filter(|l| !l.contains("missing-translation"))
        .collect();
    assert_eq!(
        not_missing,
        [
            "error missing-ui-strings content/notice.yaml:4:17 | no user-interface strings for language `fr` | run `vellum i18n add fr`: it writes locales/fr/ui.ftl with the theme's English messages to translate",
            "warning no-vocabulary content/notice.yaml:4:17 | no period vocabulary for `fr`: its periods are not checked | run `vellum i18n add fr`: it writes locales/fr/periods.yaml with the English words to translate",
        ]
    );
    assert_eq!(
        found.len() - not_missing.len(),
        19,
        "each of the 19 untranslated messages is named too"
    );
}

#[test]
fn an_upper_bound_shorter_than_the_period() {
    let site = Site::minimal();
    site.edit("content/data/retention.yaml", "  max: P2Y", "  max: P3M");
    let found = report(&site);
    assert_eq!(
        found[0],
        "error invalid-bound content/data/retention.yaml:5:8 | rule `sms-traffic`: the upper bound P3M is not longer than the period P6M | `max` is the longest the data may be kept where a law demands it; make it longer than `period` or remove it"
    );
}

#[test]
fn a_fact_with_both_a_period_and_an_age() {
    let site = Site::minimal();
    site.write(
        "content/data/facts.yaml",
        "- id: minimum-age\n  name: Minimum age\n  period: P1M\n  age: 16\n",
    );
    assert_eq!(
        report(&site),
        [
            "error invalid-fact content/data/facts.yaml:1:7 | fact `minimum-age` needs exactly one of `period` or `age` | a deadline is `period: P1M`; a minimum age is `age: 16`"
        ]
    );
}

#[test]
fn a_role_outside_the_vocabulary() {
    let site = Site::minimal();
    site.write(
        "content/data/recipients.yaml",
        "- id: telecom\n  name: Telecom operators\n  role: processer\n",
    );
    assert_eq!(
        report(&site),
        [
            "error invalid-value content/data/recipients.yaml:3:9 | role: `processer` is not a recipient role (processor, controller, independent-controller, joint-controller or authority) | did you mean `processor`?"
        ]
    );
}

#[test]
fn a_transfer_outside_the_eea_without_a_safeguard() {
    let site = Site::minimal();
    site.write(
        "content/data/countries.yaml",
        "- id: nl\n  name: Netherlands\n  eea: true\n- id: us\n  name: United States\n",
    );
    site.write(
        "content/data/subprocessors.yaml",
        "- id: mailer\n  name: Mailer Inc.\n  purpose: Sending e-mail\n  location: us\n  safeguard: eea\n",
    );
    assert_eq!(
        report(&site),
        [
            "error missing-safeguard content/data/subprocessors.yaml:5:14 | sub-processor `mailer` is in United States (`us`), outside the EEA, but names `eea` as its safeguard | `eea` means no transfer; name the safeguard the transfer relies on: adequacy-decision, data-privacy-framework, standard-contractual-clauses, binding-corporate-rules or derogation"
        ]
    );
}

#[test]
fn an_image_in_prose() {
    let site = Site::minimal();
    site.write(
        "content/sections/01-introduction.yaml",
        "id: introduction\ntitle: A\nbody: |\n  See ![our logo](https://cdn.example.com/logo.png).\n",
    );
    assert_eq!(
        report(&site),
        [
            "error image-in-prose content/sections/01-introduction.yaml:4:7 | images are not allowed in prose | an image loaded from elsewhere tells that site who reads the statement; describe it in words"
        ]
    );
}

#[test]
fn a_period_vocabulary_with_an_unknown_unit() {
    let site = Site::minimal();
    let theirs =
        std::fs::read_to_string(common::repo().join("theme/locales/en/periods.yaml")).unwrap();
    site.write(
        "locales/en/periods.yaml",
        &theirs.replace(
            "  minutes: [minute, minutes]",
            "  decades: [decade, decades]",
        ),
    );
    assert_eq!(
        report(&site),
        [
            "error invalid-vocabulary locales/en/periods.yaml:15:3 | unknown unit `decades` in the period vocabulary | expected one of `years`, `months`, `weeks`, `days`, `hours`, `minutes`"
        ]
    );
}

#[test]
fn translation_files_without_their_source_or_with_leftovers() {
    let site = Site::bilingual();
    std::fs::remove_file(site.path().join("locales/en/content.ftl")).unwrap();
    assert_eq!(
        report(&site),
        [
            "error source-file-missing locales/en/content.ftl | locales/en/content.ftl does not exist | run `vellum i18n sync` to generate it; translators translate from it"
        ]
    );
    site.run(&["i18n", "sync"]);
    let nl = site.read("locales/nl/content.ftl");
    site.write(
        "locales/nl/content.ftl",
        &format!("{nl}section-gone-title = Weg\n"),
    );
    assert_eq!(
        report(&site),
        [
            "warning obsolete-translation locales/nl/content.ftl:32:1 | `section-gone-title` is translated but no longer in the source | remove the message; its section or entity was renamed or deleted"
        ]
    );
}
