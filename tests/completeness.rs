//! A complete notice (issue 14), through the CLI. Under the `gdpr` profile
//! every item of Articles 13 and 14 GDPR is on every language's page or is
//! declared not applicable: for each item, removing it from the complete
//! fixture gives the error that names its article, what to add and where,
//! and declaring it not applicable (where the GDPR allows that) gives no
//! error and prints the statement on both pages. Then the model beneath:
//! retention coverage, data no block shows, the profile `none`, and the
//! first layer.

mod common;
use common::Site;

const SECTION: &str = "content/sections/01-notice.yaml";
const NA: &str = "content/data/not-applicable.yaml";

/// "severity code file:line:col | message | hint" for each finding of
/// `check`, after `i18n sync` (as a writer runs it after editing texts).
fn report(site: &Site) -> Vec<String> {
    site.run(&["i18n", "sync"]);
    let run = site.run(&["check", "--format", "json"]);
    run.diagnostics()
        .iter()
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

/// The errors only (a statement added in a test is not translated: that
/// is a warning, and beside the point).
fn errors(site: &Site) -> Vec<String> {
    report(site)
        .into_iter()
        .filter(|l| l.starts_with("error "))
        .collect()
}

/// The one error that mentions `needle`; the test fails with every finding.
fn error_with(site: &Site, needle: &str) -> String {
    let errors = errors(site);
    let found: Vec<&String> = errors.iter().filter(|e| e.contains(needle)).collect();
    assert_eq!(found.len(), 1, "one error with {needle:?} in {errors:#?}");
    found[0].clone()
}

/// Declares `item` not applicable with `reason`.
fn declare(site: &Site, item: &str, reason: &str) {
    let text = std::fs::read_to_string(site.path().join(NA)).unwrap_or_default();
    site.write(NA, &format!("{text}- id: {item}\n  reason: {reason}\n"));
}

/// Builds the site (it must build) and returns the English and Dutch pages.
fn pages(site: &Site) -> (String, String) {
    site.run(&["i18n", "sync"]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (
        site.read("public/en/index.html"),
        site.read("public/nl/index.html"),
    )
}

/// Declaring `item` not applicable when the GDPR always asks for it is an
/// error at the declaration.
fn cannot_be_declared(item: &str, articles: &str) {
    let site = Site::complete();
    declare(&site, item, "It does not apply to us.");
    let e = error_with(&site, "wrongly-not-applicable");
    assert!(
        e.starts_with(&format!(
            "error wrongly-not-applicable {NA}:3:7 | {articles} GDPR "
        )),
        "{e}"
    );
    assert!(
        e.contains(&format!("`{item}` cannot be declared not applicable")),
        "{e}"
    );
    assert!(e.contains(&format!("remove `{item}` from {NA}")), "{e}");
}

#[test]
fn the_complete_fixture_is_clean_and_builds_strict() {
    let site = Site::complete();
    assert_eq!(report(&site), Vec::<String>::new());
    let run = site.run(&["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

// ---- Art. 13(1)(a), 14(1)(a): the controller -----------------------------

#[test]
fn controller_13_1_a() {
    let site = Site::complete();
    site.edit(SECTION, "blocks: [contact, ", "blocks: [");
    assert_eq!(
        errors(&site),
        [
            "error item-not-shown content/notice.yaml | Art. 13(1)(a) and 14(1)(a) GDPR: the model has the identity and contact details of the controller, but no section shows it | add `contact` to the `blocks:` of a section, or a `{{block: contact}}` marker to its body",
            // The data protection officer is shown by the same block.
            "error item-not-shown content/notice.yaml | Art. 13(1)(b) and 14(1)(b) GDPR: the model has the contact details of the data protection officer, or that none is required, but no section shows it | add `contact` to the `blocks:` of a section, or a `{{block: contact}}` marker to its body",
        ]
    );
    cannot_be_declared("controller", "Art. 13(1)(a) and 14(1)(a)");
}

// ---- Art. 27: a representative, when established outside the EEA ----------

#[test]
fn representative_27() {
    let site = Site::complete();
    site.edit("content/data/offices.yaml", "country: nl", "country: us");
    assert_eq!(
        error_with(&site, "representative"),
        "error incomplete-notice content/notice.yaml | Art. 13(1)(a), 14(1)(a) and 27 GDPR: content/notice.yaml names no representative (it applies because the headquarters `amsterdam` is outside the EEA) | add `representative:` to content/notice.yaml with its `name`, `office` (an id in content/data/offices.yaml) and `email`; the notice must state the identity and contact details of the controller's representative in the EU"
    );
    // Named, it is printed with its address, laid out for its country.
    let named = Site::complete();
    named.edit("content/data/offices.yaml", "country: nl", "country: us");
    named.write(
        "content/data/offices.yaml",
        &format!(
            "{}- id: dublin\n  entity: Example Representation Ltd\n  street: [1 Quay Street]\n  city: Dublin 2\n  postal_code: D02 X285\n  country: ie\n",
            named.read("content/data/offices.yaml")
        ),
    );
    named.edit(
        "content/data/countries.yaml",
        "- id: nl",
        "- id: ie\n  name: Ireland\n- id: nl",
    );
    named.edit(
        "content/notice.yaml",
        "safeguard_copies:",
        "representative:\n  name: Example Representation Ltd\n  office: dublin\n  email: eu@example.com\nsafeguard_copies:",
    );
    assert_eq!(errors(&named), Vec::<String>::new());
    let (en, _) = pages(&named);
    assert!(en.contains("<dt>Our representative in the EU</dt><dd>Example Representation Ltd, <a href=\"mailto:eu@example.com\">eu@example.com</a><address>\n1 Quay Street<br>\nDublin 2<br>\nD02 X285<br>\nIreland</address></dd>"), "{en}");
    // Declared not applicable, its statement is printed instead.
    let declared = Site::complete();
    declared.edit("content/data/offices.yaml", "country: nl", "country: us");
    declare(
        &declared,
        "representative",
        "Our establishment in Ireland is our establishment in the Union.",
    );
    assert_eq!(errors(&declared), Vec::<String>::new());
    let (en, nl) = pages(&declared);
    for page in [en, nl] {
        assert!(page.contains("Our establishment in Ireland is our establishment in the Union."));
    }
}

// ---- Art. 13(1)(b): the data protection officer ---------------------------

#[test]
fn dpo_13_1_b() {
    let site = Site::complete();
    site.edit(
        "content/notice.yaml",
        "data_protection_officer:\n  email: dpo@example.com\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/notice.yaml | Art. 13(1)(b) and 14(1)(b) GDPR: content/notice.yaml names no data protection officer | add `data_protection_officer:` with its `email` to content/notice.yaml; if you need none, add `- id: dpo` with the `reason` to content/data/not-applicable.yaml; the notice must state the contact details of the data protection officer, or that none is required"
        ]
    );
    declare(
        &site,
        "dpo",
        "We are not required to appoint a data protection officer.",
    );
    assert_eq!(errors(&site), Vec::<String>::new());
    let (en, nl) = pages(&site);
    assert!(en.contains("<dt>Data protection officer</dt><dd>We are not required to appoint a data protection officer.</dd>"), "{en}");
    // Untranslated, the Dutch page shows it marked as English.
    assert!(nl.contains("<dt>Functionaris voor gegevensbescherming</dt><dd><span lang=\"en\">We are not required to appoint a data protection officer.</span></dd>"), "{nl}");
}

#[test]
fn a_dpo_and_a_declaration_that_none_is_required_contradict_each_other() {
    let site = Site::complete();
    declare(&site, "dpo", "We have none.");
    assert_eq!(
        errors(&site),
        [format!(
            "error wrongly-not-applicable {NA}:3:7 | `dpo` is declared not applicable, but the model has the contact details of the data protection officer, or that none is required | remove `dpo` from {NA}, or remove what the model says about it"
        )]
    );
}

// ---- Art. 13(1)(c): purposes and legal bases -------------------------------

#[test]
fn purposes_13_1_c() {
    let site = Site::complete();
    site.write("content/data/purposes.yaml", "# none yet\n");
    site.write("content/data/retention.yaml", "- id: logs\n  data: Logs\n  categories: [identifiers, usage, public-data]\n  period: P6M\n");
    assert_eq!(
        error_with(&site, "Art. 13(1)(c)"),
        "error incomplete-notice content/data/purposes.yaml | Art. 13(1)(c) and 14(1)(c) GDPR: content/data/purposes.yaml lists no purposes | in content/data/purposes.yaml, list each purpose with its `legal_basis`; the notice must state the purposes of the processing and the legal basis of each"
    );
    cannot_be_declared("purposes", "Art. 13(1)(c) and 14(1)(c)");
}

#[test]
fn a_purpose_on_an_article_9_condition_alone_is_an_error() {
    let site = Site::complete();
    site.write(
        "content/data/legal-bases.yaml",
        &format!(
            "{}- id: explicit\n  basis: explicit-consent\n  name: Explicit consent\n",
            site.read("content/data/legal-bases.yaml")
        ),
    );
    site.edit(
        "content/data/purposes.yaml",
        "legal_basis: consent",
        "legal_basis: explicit",
    );
    assert_eq!(
        error_with(&site, "condition"),
        "error invalid-value content/data/purposes.yaml:9:16 | purpose `newsletter` rests on `explicit`, Art. 9(2)(a) GDPR, which is a condition for special categories, not a lawful basis | name the Art. 6(1) basis in `legal_basis`, and the Art. 9(2) condition in `condition`"
    );
}

// ---- Art. 13(1)(d): legitimate interests ----------------------------------

#[test]
fn legitimate_interests_13_1_d() {
    let site = Site::complete();
    site.edit(
        "content/data/purposes.yaml",
        "  legitimate_interest: Keeping our systems safe from attacks.\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/purposes.yaml:13:7 | Art. 13(1)(d) and 14(2)(b) GDPR: purpose `security` rests on legitimate interests but does not say which interest (it applies because purpose `security` rests on legitimate interests) | add `legitimate_interest:` to the purpose: the interest pursued, in a sentence (\"preventing fraud that harms our customers and us\"); the notice must state the legitimate interests pursued"
        ]
    );
    cannot_be_declared("legitimate-interests", "Art. 13(1)(d) and 14(2)(b)");
    // Shown with the purpose, in the legal basis cell.
    let (en, _) = pages(&Site::complete());
    assert!(en.contains("Legitimate interest <span class=\"article\">(Art. 6(1)(f) GDPR)</span><span class=\"description\">Our legitimate interest: Keeping our systems safe from attacks.</span>"), "{en}");
}

// ---- Art. 14(1)(d): categories of data, when not obtained from the reader --

#[test]
fn categories_14_1_d() {
    let site = Site::complete();
    site.edit(SECTION, "data-subjects, data-categories, ", "");
    assert_eq!(
        errors(&site),
        [
            "error item-not-shown content/data/data-categories.yaml | Art. 14(1)(d) GDPR: the model has the categories of personal data concerned, but no section shows it (it applies because data category `public-data` comes from other sources) | add `data-categories` (or `data-subjects`) to the `blocks:` of a section, or a `{{block: data-categories}}` marker to its body"
        ]
    );
    cannot_be_declared("categories", "Art. 14(1)(d)");
}

// ---- Art. 13(1)(e): recipients --------------------------------------------

#[test]
fn recipients_13_1_e() {
    let site = Site::complete();
    site.write("content/data/recipients.yaml", "");
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/recipients.yaml | Art. 13(1)(e) and 14(1)(e) GDPR: content/data/recipients.yaml lists no recipients | in content/data/recipients.yaml, list each category of recipients with its `role`; if nobody receives personal data, add `- id: recipients` with the `reason` to content/data/not-applicable.yaml; the notice must state the recipients or categories of recipients"
        ]
    );
    declare(
        &site,
        "recipients",
        "Nobody outside our company receives your personal data.",
    );
    assert_eq!(errors(&site), Vec::<String>::new());
    let (en, nl) = pages(&site);
    for page in [&en, &nl] {
        assert!(page.contains("<p class=\"not-applicable\">"), "{page}");
        assert!(page.contains("Nobody outside our company receives your personal data."));
    }
}

// ---- Art. 26(2): joint controllers ----------------------------------------

#[test]
fn joint_controllers_26_2() {
    let site = Site::complete();
    site.edit(
        "content/data/recipients.yaml",
        "role: processor\n  location: nl",
        "role: joint-controller\n  location: nl",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/recipients.yaml:1:7 | Art. 26(2) GDPR: recipient `hosting` is a joint controller, but the essence of the arrangement is not stated (it applies because recipient `hosting` is a joint controller) | add `arrangement:` to the recipient: who is responsible for what, and whom the reader contacts; the notice must state the essence of the arrangement between joint controllers"
        ]
    );
    let declared = Site::complete();
    declared.edit(
        "content/data/recipients.yaml",
        "role: processor\n  location: nl",
        "role: joint-controller\n  location: nl",
    );
    declare(&declared, "joint-controllers", "We have none.");
    assert!(errors(&declared).contains(&format!("error wrongly-not-applicable {NA}:3:7 | Art. 26(2) GDPR applies because recipient `hosting` is a joint controller: `joint-controllers` cannot be declared not applicable | remove `joint-controllers` from {NA}; the notice must state the essence of the arrangement between joint controllers")));
    site.edit("content/data/recipients.yaml", "role: joint-controller\n", "role: joint-controller\n  arrangement: We answer every request; they keep the servers secure.\n");
    assert_eq!(errors(&site), Vec::<String>::new());
    let (en, _) = pages(&site);
    assert!(en.contains("<strong>Our arrangement:</strong> We answer every request; they keep the servers secure."), "{en}");
}

// ---- Art. 13(1)(f): transfers, safeguards, copies -------------------------

#[test]
fn transfers_13_1_f() {
    let site = Site::complete();
    site.edit(
        "content/notice.yaml",
        "safeguard_copies:\n  email: privacy@example.com\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/notice.yaml | Art. 13(1)(f) and 14(1)(f) GDPR: recipient `crm` relies on standard-contractual-clauses, but the notice does not say how to obtain a copy (it applies because recipient `crm` is in `us`, outside the EEA) | add `safeguard_copies:` to content/notice.yaml with the `email` (or `url`) where readers obtain a copy of the safeguards; the notice must state the transfers outside the EEA, the safeguard of each and how to obtain a copy of it"
        ]
    );
    let unshown = Site::complete();
    unshown.edit(SECTION, "transfers, ", "");
    assert_eq!(
        errors(&unshown),
        [
            "error item-not-shown content/data/recipients.yaml | Art. 13(1)(f) and 14(1)(f) GDPR: the model has the transfers outside the EEA, the safeguard of each and how to obtain a copy of it, but no section shows it (it applies because recipient `crm` is in `us`, outside the EEA) | add `transfers` to the `blocks:` of a section, or a `{{block: transfers}}` marker to its body"
        ]
    );
    // Declared not applicable while a recipient is in the United States.
    let contradicted = Site::complete();
    declare(&contradicted, "transfers", "Your data stays in the EEA.");
    assert_eq!(
        errors(&contradicted),
        [format!(
            "error wrongly-not-applicable {NA}:3:7 | `transfers` is declared not applicable, but the model has the transfers outside the EEA, the safeguard of each and how to obtain a copy of it (it applies because recipient `crm` is in `us`, outside the EEA) | remove `transfers` from {NA}, or remove what the model says about it"
        )]
    );
    // With every recipient in the EEA, the declaration stands and is printed.
    let inside = Site::complete();
    inside.edit(
        "content/data/recipients.yaml",
        "location: us\n  safeguard: standard-contractual-clauses\n",
        "location: nl\n",
    );
    declare(
        &inside,
        "transfers",
        "Your personal data never leaves the EEA.",
    );
    assert_eq!(errors(&inside), Vec::<String>::new());
    let (en, nl) = pages(&inside);
    for page in [en, nl] {
        assert!(
            page.contains("Your personal data never leaves the EEA."),
            "{page}"
        );
    }
}

#[test]
fn the_transfers_table_names_each_recipient_country_and_safeguard_and_the_copy() {
    let (en, nl) = pages(&Site::complete());
    assert!(en.contains("<th scope=\"row\">Our CRM provider<span class=\"description\">Category of recipients</span></th>\n<td data-label=\"Country\">United States</td>\n<td data-label=\"Safeguard\">Standard contractual clauses</td>"), "{en}");
    assert!(en.contains("<p class=\"safeguard-copies\">For a copy of the standard contractual clauses or binding corporate rules, write to <a href=\"mailto:privacy@example.com\">privacy@example.com</a>.</p>"));
    assert!(nl.contains("<td data-label=\"Land\">Verenigde Staten</td>\n<td data-label=\"Waarborg\">Modelcontractbepalingen (standard contractual clauses)</td>"), "{nl}");
}

#[test]
fn every_recipient_says_where_the_data_goes() {
    let site = Site::complete();
    site.edit("content/data/recipients.yaml", "  location: nl\n", "");
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/recipients.yaml:1:7 | Art. 13(1)(f) and 14(1)(f) GDPR: recipient `hosting` does not say where the data goes | add `location:` (a country id from content/data/countries.yaml, or `worldwide`) and, outside the EEA, the `safeguard` the transfer rests on"
        ]
    );
}

// ---- Art. 13(2)(a): retention ---------------------------------------------

#[test]
fn retention_13_2_a() {
    let site = Site::complete();
    site.write("content/data/retention.yaml", "");
    let found = errors(&site);
    assert!(
        found.contains(&"error incomplete-notice content/data/retention.yaml | Art. 13(2)(a) and 14(2)(a) GDPR: content/data/retention.yaml lists no retention rules | in content/data/retention.yaml, add a rule for each kind of data, with its `period` and the `categories` and `purposes` it covers; the notice must state how long the data is kept, or the criteria that decide it".to_string()),
        "{found:#?}"
    );
    cannot_be_declared("retention", "Art. 13(2)(a) and 14(2)(a)");
}

#[test]
fn every_category_and_purpose_has_a_retention_rule() {
    let site = Site::complete();
    site.edit(
        "content/data/retention.yaml",
        "  categories: [usage]\n  purposes: [security]\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error retention-coverage content/data/data-categories.yaml:4:7 | Art. 13(2)(a) and 14(2)(a) GDPR: no retention rule covers the data category `usage` | add `usage` to the `categories` of the rule in content/data/retention.yaml that decides how long its data is kept, or add a rule for it (a length, or the event that ends the period)",
            "error retention-coverage content/data/purposes.yaml:13:7 | Art. 13(2)(a) and 14(2)(a) GDPR: no retention rule covers the purpose `security` | add `security` to the `purposes` of the rule in content/data/retention.yaml that decides how long its data is kept, or add a rule for it (a length, or the event that ends the period)",
        ]
    );
}

// ---- Art. 13(2)(b): rights, the right to object apart (21(4)), portability --

#[test]
fn rights_13_2_b() {
    let site = Site::complete();
    site.edit(
        "content/data/rights.yaml",
        "- id: access\n  right: access\n  name: Right of access\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/rights.yaml | Art. 13(2)(b) and 14(2)(c) GDPR: content/data/rights.yaml has no right `access` (Art. 15 GDPR) | add an entry with `right: access`, its `name` and a `description` to content/data/rights.yaml; the notice must state the rights of access, rectification, erasure and restriction"
        ]
    );
    cannot_be_declared("rights", "Art. 13(2)(b) and 14(2)(c)");
}

#[test]
fn objection_21_4() {
    let site = Site::complete();
    site.edit(
        "content/data/rights.yaml",
        "- id: objection\n  right: objection\n  name: Right to object\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/rights.yaml | Art. 21(4), 13(2)(b) and 14(2)(c) GDPR: content/data/rights.yaml has no right `objection` (Art. 21 GDPR) (it applies because purpose `security` rests on a public task or legitimate interests) | add an entry with `right: objection`, its `name` and a `description` to content/data/rights.yaml; the notice must state the right to object, shown separately from the other information"
        ]
    );
    cannot_be_declared("objection", "Art. 21(4), 13(2)(b) and 14(2)(c)");
    // Shown first and apart, with what it applies to.
    let (en, nl) = pages(&Site::complete());
    let objection = en
        .find("<div class=\"objection\" id=\"right-objection\">")
        .expect("the box");
    let others = en
        .find("<dl class=\"definitions rights\">")
        .expect("the list");
    assert!(objection < others);
    assert!(en.contains("<p class=\"objection-title\"><strong>Your right to object</strong> <span class=\"article\">(Art. 21 GDPR)</span></p>"));
    assert!(en.contains("<p>On grounds relating to your particular situation, you can object at any time to:</p>\n<ul><li>Securing our systems</li></ul>"));
    assert!(en.contains("<p>You can object at any time to direct marketing, and we then stop it:</p>\n<ul><li>Sending our newsletter</li></ul>"));
    assert!(
        !en[others..].contains("id=\"right-objection\""),
        "not listed twice"
    );
    assert!(nl.contains(
        "<strong>Uw recht van bezwaar</strong> <span class=\"article\">(art. 21 AVG)</span>"
    ));
}

#[test]
fn portability_20() {
    let site = Site::complete();
    site.edit(
        "content/data/rights.yaml",
        "- id: portability\n  right: portability\n  name: Right to data portability\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/rights.yaml | Art. 20, 13(2)(b) and 14(2)(c) GDPR: content/data/rights.yaml has no right `portability` (Art. 20 GDPR) (it applies because purpose `accounts` rests on consent or a contract) | add an entry with `right: portability`, its `name` and a `description` to content/data/rights.yaml; the notice must state the right to data portability"
        ]
    );
    cannot_be_declared("portability", "Art. 20, 13(2)(b) and 14(2)(c)");
}

// ---- Art. 13(2)(c): withdrawing consent -------------------------------------

#[test]
fn withdraw_consent_13_2_c() {
    let site = Site::complete();
    site.edit(
        "content/data/rights.yaml",
        "- id: withdraw-consent\n  right: withdraw-consent\n  name: Right to withdraw consent\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/rights.yaml | Art. 13(2)(c) and 14(2)(d) GDPR: content/data/rights.yaml has no right `withdraw-consent` (Art. 7(3) GDPR) (it applies because purpose `newsletter` rests on consent) | add an entry with `right: withdraw-consent`, its `name` and a `description` to content/data/rights.yaml; the notice must state the right to withdraw consent at any time"
        ]
    );
    cannot_be_declared("withdraw-consent", "Art. 13(2)(c) and 14(2)(d)");
}

// ---- Art. 13(2)(d): the complaint ------------------------------------------

#[test]
fn complaint_13_2_d() {
    let site = Site::complete();
    site.edit(SECTION, ", supervisory-authority]", "]");
    assert_eq!(
        errors(&site),
        [
            "error item-not-shown content/notice.yaml | Art. 13(2)(d) and 14(2)(e) GDPR: the model has the right to lodge a complaint with a supervisory authority, but no section shows it | add `supervisory-authority` to the `blocks:` of a section, or a `{{block: supervisory-authority}}` marker to its body"
        ]
    );
    cannot_be_declared("complaint", "Art. 13(2)(d) and 14(2)(e)");
}

// ---- Art. 13(2)(e): whether the reader must provide the data ----------------

#[test]
fn requirement_13_2_e() {
    let site = Site::complete();
    site.edit(
        "content/data/purposes.yaml",
        "  requirement: contractual\n  consequence: Without it we cannot open an account.\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/purposes.yaml:1:7 | Art. 13(2)(e) GDPR: purpose `accounts` does not say whether the reader must provide the data (it applies because data is collected from the reader) | add `requirement:` (statutory, contractual, pre-contractual or voluntary) and, unless voluntary, the `consequence` of not providing it; the notice must state whether the reader must provide the data, and what happens if not"
        ]
    );
    let no_consequence = Site::complete();
    no_consequence.edit(
        "content/data/purposes.yaml",
        "  consequence: Without it we cannot open an account.\n",
        "",
    );
    assert_eq!(
        errors(&no_consequence),
        [
            "error incomplete-notice content/data/purposes.yaml:5:16 | Art. 13(2)(e) GDPR: purpose `accounts` requires the data (contractual) but does not say what happens without it (it applies because data is collected from the reader) | add `consequence:`: what happens when the reader does not provide the data (\"we cannot open an account\"); the notice must state whether the reader must provide the data, and what happens if not"
        ]
    );
    // Declared not applicable: no purpose says it, the statement is printed.
    let declared = Site::complete();
    let purposes = declared.read("content/data/purposes.yaml");
    let stripped: String = purposes
        .lines()
        .filter(|l| !l.contains("requirement:") && !l.contains("consequence:"))
        .map(|l| format!("{l}\n"))
        .collect();
    declared.write("content/data/purposes.yaml", &stripped);
    declare(
        &declared,
        "requirement",
        "You are never obliged to give us personal data.",
    );
    assert_eq!(errors(&declared), Vec::<String>::new());
    let (en, nl) = pages(&declared);
    for page in [en, nl] {
        assert!(
            page.contains("You are never obliged to give us personal data."),
            "{page}"
        );
    }
    // Shown with each purpose.
    let (en, nl) = pages(&Site::complete());
    assert!(en.contains("<td data-label=\"Must you provide it?\">Required by the contract<span class=\"description\">Without it we cannot open an account.</span></td>"), "{en}");
    assert!(nl.contains("<td data-label=\"Bent u verplicht de gegevens te verstrekken?\">Verplicht op grond van de overeenkomst<span class=\"description\">Zonder deze gegevens openen wij geen account.</span></td>"));
}

// ---- Art. 13(2)(f): automated decisions -----------------------------------

#[test]
fn automated_decisions_13_2_f() {
    let site = Site::complete();
    std::fs::remove_file(site.path().join(NA)).unwrap();
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/purposes.yaml | Art. 13(2)(f) and 14(2)(g) GDPR: the notice does not say whether decisions are taken solely by automated means | add `automated_decisions:` (its `logic` and `effects`) to each purpose that takes such decisions; if none does, add `- id: automated-decisions` with the `reason` (\"We do not take decisions based solely on automated processing\") to content/data/not-applicable.yaml; the notice must state whether decisions are taken solely by automated means, and if so their logic and effects"
        ]
    );
    // The fixture declares it, and both pages print the statement.
    let (en, nl) = pages(&Site::complete());
    assert!(
        en.contains(
            "<p class=\"not-applicable\">We take no decisions by automated means alone.</p>"
        ),
        "{en}"
    );
    assert!(
        nl.contains("Wij nemen geen besluiten die uitsluitend geautomatiseerd tot stand komen.")
    );
    // Described on a purpose, it needs the right of Art. 22 and is shown.
    site.edit(
        "content/data/purposes.yaml",
        "  legitimate_interest: Keeping our systems safe from attacks.\n",
        "  legitimate_interest: Keeping our systems safe from attacks.\n  automated_decisions:\n    logic: A score from the number of failed sign-ins.\n    effects: Your account is locked for an hour.\n",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/rights.yaml | Art. 13(2)(f) and 14(2)(g) GDPR: content/data/rights.yaml has no right `automated-decisions` (Art. 22 GDPR) | add an entry with `right: automated-decisions`, its `name` and a `description` to content/data/rights.yaml; the notice must state whether decisions are taken solely by automated means, and if so their logic and effects"
        ]
    );
    site.write(
        "content/data/rights.yaml",
        &format!(
            "{}- id: human-review\n  right: automated-decisions\n  name: Right to human review\n",
            site.read("content/data/rights.yaml")
        ),
    );
    assert_eq!(errors(&site), Vec::<String>::new());
    let (en, _) = pages(&site);
    assert!(en.contains("<dt id=\"automated-security\">Securing our systems</dt>\n<dd><p><strong>How the decision is made:</strong> A score from the number of failed sign-ins.</p><p><strong>What it means for you:</strong> Your account is locked for an hour.</p></dd>"), "{en}");
    // Declared not applicable as well: a contradiction.
    declare(&site, "automated-decisions", "We take none.");
    assert!(error_with(&site, "wrongly-not-applicable").contains("`automated-decisions` is declared not applicable, but the model has whether decisions are taken solely by automated means"));
}

// ---- Art. 14(2)(f): sources ------------------------------------------------

#[test]
fn sources_14_2_f() {
    let site = Site::complete();
    site.write("content/data/sources.yaml", "");
    site.edit(
        "content/data/data-subjects.yaml",
        "  sources: [registers]\n",
        "",
    );
    assert_eq!(
        errors(&site),
        [
            "error incomplete-notice content/data/data-categories.yaml:7:7 | Art. 14(2)(f) GDPR: data category `public-data` comes from other sources, but no source lists it (it applies because data category `public-data` comes from other sources) | add `public-data` to the `categories` of its source in content/data/sources.yaml (each source with its `name` and `public: true` or `false`); the notice must state the sources of the data, and whether they are publicly accessible"
        ]
    );
    cannot_be_declared("sources", "Art. 14(2)(f)");
    let (en, nl) = pages(&Site::complete());
    assert!(en.contains("<dt id=\"source-registers\">Trade registers <span class=\"badge\">publicly accessible</span></dt>"), "{en}");
    assert!(
        nl.contains(
            "<strong>Bronnen naast uzelf:</strong> Handelsregisters (openbaar toegankelijk)"
        ),
        "{nl}"
    );
}

// ---- The model beneath ----------------------------------------------------

#[test]
fn an_unknown_item_is_named_with_a_suggestion() {
    let site = Site::complete();
    declare(&site, "automated-decision", "None.");
    assert!(errors(&site).contains(&format!(
        "error invalid-value {NA}:3:7 | `automated-decision` is not an item of Art. 13 or 14 GDPR | did you mean `automated-decisions`?"
    )));
}

#[test]
fn data_no_block_shows_is_a_warning() {
    let site = Site::complete();
    site.write(
        "content/data/products.yaml",
        "- id: app\n  name: Our app\n  categories: [usage]\n",
    );
    let found = report(&site);
    assert!(
        found.contains(&"warning data-not-shown content/data/products.yaml:1:7 | content/data/products.yaml holds products that no section shows | add `products-table` to the `blocks:` of a section, or a `{{block: products-table}}` marker to its body".to_string()),
        "{found:#?}"
    );
}

#[test]
fn the_profile_none_checks_no_completeness() {
    let site = Site::complete();
    site.write(SECTION, "id: notice\ntitle: Notice\nbody: |\n  Short.\n");
    std::fs::remove_file(site.path().join(NA)).unwrap();
    assert!(
        errors(&site)
            .iter()
            .any(|e| e.contains("incomplete-notice"))
    );
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\nprofile: none",
    );
    site.run(&["i18n", "sync"]);
    let left: Vec<String> = errors(&site);
    assert_eq!(left, Vec::<String>::new());
    // No first layer either.
    let (en, _) = pages(&site);
    assert!(!en.contains("first-layer"));
}

#[test]
fn a_profile_outside_the_vocabulary_is_named() {
    let site = Site::complete();
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\nprofile: gdrp",
    );
    assert!(errors(&site).contains(&"error invalid-value content/notice.yaml:5:10 | profile: `gdrp` is not a profile (gdpr or none) | did you mean `gdpr`?".to_string()));
}

// ---- The first layer -------------------------------------------------------

#[test]
fn the_first_layer_summarises_the_model_and_links_each_line_to_its_section() {
    let (en, nl) = pages(&Site::complete());
    let start = en.find("<section class=\"first-layer\" id=\"at-a-glance\" aria-labelledby=\"at-a-glance-heading\">").expect("a first layer");
    let main = en.find("<main id=\"main\"").unwrap();
    assert!(main < start, "inside main, first");
    let layer = &en[start..en[start..].find("</section>").unwrap() + start];
    for line in [
        "<h2 id=\"at-a-glance-heading\">At a glance</h2>",
        "<dt id=\"at-a-glance-who\"><a href=\"#notice\" data-number=\"1\">Who we are</a></dt>",
        "<p>Example Messaging B.V., Amsterdam, Netherlands.</p>",
        "<li><strong>Performance of a contract</strong>: Running customer accounts</li>",
        "<li><strong>Legitimate interest</strong>: Securing our systems</li>",
        "<p>Hosting providers and Our CRM provider</p>",
        "<p>Countries: United States. Safeguards: standard contractual clauses.</p>",
        "<p>Each kind of data for its own period, from 6 months to 2 years.</p>",
        "<p>You can object to direct marketing and to processing based on our legitimate interests at any time.</p>",
        "<p>You can lodge a complaint with Autoriteit Persoonsgegevens.</p>",
    ] {
        assert!(layer.contains(line), "{line} not in {layer}");
    }
    assert!(nl.contains("<h2 id=\"at-a-glance-heading\">In het kort</h2>"));
}

// ---- Theme strings that said what the law does not ----------------------------

#[test]
fn an_authority_whose_name_takes_an_article_gets_it_from_a_fluent_term() {
    let site = Site::complete();
    site.write(
        "locales/nl/ui.ftl",
        "-authority = Autoriteit Persoonsgegevens\n    .article = de\n",
    );
    site.write(
        "locales/en/ui.ftl",
        "-authority = Autoriteit Persoonsgegevens\n    .article = the\n",
    );
    assert_eq!(report(&site), Vec::<String>::new());
    let (en, nl) = pages(&site);
    assert!(
        en.contains(">File a complaint with the Autoriteit Persoonsgegevens</a>"),
        "{en}"
    );
    assert!(en.contains("<p>You can lodge a complaint with the Autoriteit Persoonsgegevens.</p>"));
    assert!(
        nl.contains(">Een klacht indienen bij de Autoriteit Persoonsgegevens</a>"),
        "{nl}"
    );
    assert!(nl.contains("<p>U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.</p>"));
}

#[test]
fn the_retention_table_says_when_data_goes_early_and_claims_no_statute_for_the_maximum() {
    let (en, nl) = pages(&Site::complete());
    assert!(
        en.contains("<td data-label=\"At most\">up to 2 years</td>"),
        "{en}"
    );
    assert!(en.contains("<td data-label=\"Deleted earlier\">when you withdraw your consent</td>"));
    assert!(!en.contains("where a law requires it"));
    assert!(
        nl.contains("<td data-label=\"Eerder verwijderd\">zodra u uw toestemming intrekt</td>"),
        "{nl}"
    );
    assert!(nl.contains("<td data-label=\"Maximaal\">maximaal 2 jaar</td>"));
    // With `max_condition`, the page says when the maximum applies, in the rule's words.
    let site = Site::complete();
    site.edit(
        "content/data/retention.yaml",
        "  max: P2Y\n",
        "  max: P2Y\n  max_condition: while an investigation is pending\n",
    );
    let (en, _) = pages(&site);
    assert!(
        en.contains(
            "<td data-label=\"At most\">up to 2 years while an investigation is pending</td>"
        ),
        "{en}"
    );
}

#[test]
fn a_max_condition_without_a_max_is_an_error() {
    let site = Site::complete();
    site.edit(
        "content/data/retention.yaml",
        "  period: P1Y\n",
        "  period: P1Y\n  max_condition: while a claim is pending\n",
    );
    assert!(errors(&site).contains(&"error invalid-value content/data/retention.yaml:6:18 | rule `account-data` says when its maximum applies but has no `max` | add `max:` (the longest the data may be kept), or remove `max_condition`".to_string()));
}

#[test]
fn the_example_reads_right_in_both_languages() {
    let site = Site::example();
    let run = site.run(&["build", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let en = site.read("public/en/index.html");
    let nl = site.read("public/nl/index.html");
    // The cookie badge says what is not needed: consent.
    assert!(
        en.contains("Strictly necessary cookies <span class=\"badge\">No consent needed</span>")
    );
    assert!(en.contains("Functional cookies <span class=\"badge\">Only with your consent</span>"));
    assert!(nl.contains(
        "Strikt noodzakelijke cookies <span class=\"badge\">Geen toestemming nodig</span>"
    ));
    // Addresses as each country writes them (theme/data/address-formats.yaml).
    assert!(
        en.contains(
            "480 Larkin Wharf Street<br>\nSuite 900<br>\nSan Francisco, CA 94107<br>\nUnited States"
        ),
        "US: city, state and ZIP on one line"
    );
    assert!(
        en.contains("17 Copperfield Yard<br>\nLondon<br>\nEC2A 4RT<br>\nUnited Kingdom"),
        "UK: the postcode on its own line"
    );
    assert!(
        en.contains("62 Harbourfront Link<br>\n#14-03<br>\nSingapore 098634\n</address>"),
        "Singapore: the last line names the country"
    );
    assert!(nl.contains("Valkenburgerstraat 214<br>\n1011 ND Amsterdam<br>\nNederland"));
    // Dutch takes the article before the authority's name.
    assert!(nl.contains("Een klacht indienen bij de Autoriteit Persoonsgegevens"));
}
