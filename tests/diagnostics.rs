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
        "did you mean `title`? (keys are case-sensitive; remove the key if it is not needed)",
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
        "invalid YAML: mapping values are not allowed in this context",
        "check indentation (spaces, not tabs), colons after keys, and quotes around text containing `: ` or `#`",
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
        "contacts.privacy `privacy@` is not a valid e-mail address",
        "the address has no domain: write it in full, e.g. privacy@example.com",
    );
}

#[test]
fn url_without_scheme() {
    assert_only(
        "invalid-url",
        "invalid-url",
        "content/notice.yaml:5:11",
        "base_url `privacy.example.com` is not a valid web address",
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
        "effective_date `2026-02-30` is not a valid date"
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
        "the period of rule `sms-traffic`: `P6X`: unexpected `X`",
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
        "content/data/countries.yaml uses more than 1000 aliases",
        "vellum refuses YAML alias bombs and absurd nesting; write the values out plainly",
    );
}

#[test]
fn billion_laughs_is_refused_not_expanded() {
    assert_only(
        "billion-laughs",
        "yaml-too-complex",
        "content/data/countries.yaml:9:35",
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
        "content/data/countries.yaml is nested deeper than 32 levels",
        "vellum refuses YAML alias bombs and absurd nesting; write the values out plainly",
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
