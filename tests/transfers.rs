//! Transfers against the European Commission's list (issue 14), through the
//! CLI: the EEA states and the adequacy decisions come from the theme's
//! `theme/data/` (dated 2026-11-30, sources in its README), which a site may
//! replace with its own copy. These checks hold under every profile.

mod common;
use common::Site;

/// "severity code file:line:col | message | hint" for each error of `check`.
fn errors(site: &Site) -> Vec<String> {
    site.run(&["i18n", "sync"]);
    let run = site.run(&["check", "--format", "json"]);
    run.diagnostics()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            let at = match (d["line"].as_u64(), d["column"].as_u64()) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", d["file"].as_str().unwrap_or("-")),
                _ => d["file"].as_str().unwrap_or("-").to_string(),
            };
            format!(
                "{} {at} | {} | {}",
                d["code"].as_str().unwrap(),
                d["message"].as_str().unwrap(),
                d["hint"].as_str().unwrap_or("-")
            )
        })
        .collect()
}

/// The complete fixture with its CRM provider at `location`, on `safeguard`
/// and whatever `extra` lines the recipient gets.
fn crm(location: &str, safeguard: &str, extra: &str) -> Site {
    let site = Site::complete();
    site.edit(
        "content/data/recipients.yaml",
        "  location: us\n  safeguard: standard-contractual-clauses\n",
        &format!("  location: {location}\n  safeguard: {safeguard}\n{extra}"),
    );
    site
}

const AT: &str = "content/data/recipients.yaml:9:14";

#[test]
fn china_on_an_adequacy_decision_is_an_error() {
    assert_eq!(
        errors(&crm("cn", "adequacy-decision", "")),
        [format!(
            "invalid-transfer {AT} | the European Commission has no adequacy decision in force for China (`cn`) | theme/data/adequacy.yaml lists the decisions in force as of 2026-11-30; rely on standard-contractual-clauses, binding-corporate-rules or a derogation instead"
        )]
    );
}

#[test]
fn the_united_kingdom_and_canada_on_their_adequacy_decisions_are_accepted() {
    assert_eq!(
        errors(&crm("gb", "adequacy-decision", "")),
        Vec::<String>::new()
    );
    let site = crm("ca", "adequacy-decision", "");
    site.edit(
        "content/data/countries.yaml",
        "- id: nl",
        "- id: ca\n  name: Canada\n- id: nl",
    );
    assert_eq!(errors(&site), Vec::<String>::new());
}

#[test]
fn the_data_privacy_framework_covers_certified_us_organisations_only() {
    let uncertified = format!(
        "invalid-transfer {AT} | recipient `crm` is in the United States, where the adequacy decision (Commission Implementing Decision (EU) 2023/1795) covers only organisations certified under the EU-US Data Privacy Framework, and it is not marked certified | check the organisation on the Data Privacy Framework List and add `dpf_certified: true`; otherwise rely on standard-contractual-clauses"
    );
    assert_eq!(
        errors(&crm("us", "data-privacy-framework", "")),
        std::slice::from_ref(&uncertified)
    );
    // The US "adequacy decision" is the framework: the same condition.
    assert_eq!(errors(&crm("us", "adequacy-decision", "")), [uncertified]);
    assert_eq!(
        errors(&crm(
            "us",
            "data-privacy-framework",
            "  dpf_certified: true\n"
        )),
        Vec::<String>::new()
    );
    assert_eq!(
        errors(&crm("sg", "data-privacy-framework", "")),
        [format!(
            "invalid-transfer {AT} | recipient `crm` is in Singapore (`sg`), but the EU-US Data Privacy Framework covers transfers to the United States only | name the safeguard for that country: adequacy-decision where one is in force, standard-contractual-clauses, binding-corporate-rules or derogation"
        )]
    );
    assert_eq!(
        errors(&crm("gb", "adequacy-decision", "  dpf_certified: true\n")),
        [
            "invalid-transfer content/data/recipients.yaml:10:18 | recipient `crm` is marked `dpf_certified`, but the Data Privacy Framework certifies US organisations only | remove `dpf_certified`, or correct the `location`"
        ]
    );
}

#[test]
fn a_us_entity_marked_eea_is_an_error() {
    let site = crm("us", "eea", "");
    site.edit(
        "content/data/countries.yaml",
        "- id: us\n  name: United States\n",
        "- id: us\n  name: United States\n  eea: true\n",
    );
    assert_eq!(
        errors(&site),
        [
            "eea-membership content/data/countries.yaml:5:8 | United States (`us`) is not in the EEA, but is marked `eea: true` | the EEA is the 27 EU states, Iceland, Liechtenstein and Norway (theme/data/eea.yaml, as of 2026-11-30); remove `eea: true`, and give recipients there a transfer safeguard".to_string(),
            format!("missing-safeguard {AT} | recipient `crm` is in United States (`us`), outside the EEA, but names `eea` as its safeguard | `eea` means no transfer; name the safeguard the transfer relies on: adequacy-decision, data-privacy-framework, standard-contractual-clauses, binding-corporate-rules or derogation"),
        ]
    );
}

#[test]
fn a_transfer_without_a_safeguard_is_an_error_under_every_profile() {
    let site = Site::complete();
    site.edit(
        "content/data/recipients.yaml",
        "  safeguard: standard-contractual-clauses\n",
        "",
    );
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl]\nprofile: none",
    );
    assert_eq!(
        errors(&site),
        [
            "missing-safeguard content/data/recipients.yaml:8:13 | recipient `crm` is in United States (`us`), outside the EEA, but names no transfer safeguard | add `safeguard:` (adequacy-decision, data-privacy-framework, standard-contractual-clauses, binding-corporate-rules or derogation)"
        ]
    );
}

#[test]
fn a_derogation_names_its_point_of_article_49() {
    assert_eq!(
        errors(&crm("cn", "derogation", "")),
        [format!(
            "invalid-transfer {AT} | recipient `crm` relies on a derogation but does not say which | add `derogation:` with the point of Art. 49(1) GDPR: `b` (a contract with the reader), `[b, c]`, `a` (explicit consent), ..."
        )]
    );
    let site = crm("cn", "derogation", "  derogation: [b, c]\n");
    assert_eq!(errors(&site), Vec::<String>::new());
    site.run(&["build"]);
    let en = site.read("public/en/index.html");
    assert!(en.contains("<td data-label=\"Safeguard\">Derogation for a specific situation: Art. 49(1)(b) GDPR and Art. 49(1)(c) GDPR</td>"), "{en}");
    let nl = site.read("public/nl/index.html");
    assert!(nl.contains("Uitzondering voor een specifieke situatie: art. 49 lid 1 sub b AVG en art. 49 lid 1 sub c AVG"), "{nl}");
    assert_eq!(
        errors(&crm(
            "cn",
            "standard-contractual-clauses",
            "  derogation: b\n"
        )),
        [
            "invalid-transfer content/data/recipients.yaml:10:15 | recipient `crm` names points of Art. 49(1) but its safeguard is not `derogation` | remove `derogation:`, or make the safeguard `derogation`"
        ]
    );
    assert_eq!(
        errors(&crm("cn", "derogation", "  derogation: h\n")),
        [
            "invalid-value content/data/recipients.yaml:10:15 | derogation: `h` is not a point of Art. 49(1) GDPR (a, b, c, d, e, f or g, or compelling-interests for its second subparagraph) | did you mean `a`?"
        ]
    );
}

#[test]
fn recipients_anywhere_cannot_rest_on_an_adequacy_decision() {
    assert_eq!(
        errors(&crm("worldwide", "adequacy-decision", "")),
        [format!(
            "invalid-transfer {AT} | recipient `crm` is in any country, but an adequacy decision covers one country | theme/data/adequacy.yaml lists the decisions in force as of 2026-11-30; rely on standard-contractual-clauses, binding-corporate-rules or a derogation instead"
        )]
    );
}

#[test]
fn a_decision_that_has_expired_by_the_effective_date_is_an_error_and_the_list_is_dated() {
    let site = crm("gb", "adequacy-decision", "");
    site.edit(
        "content/notice.yaml",
        "effective_date: 2026-05-18",
        "effective_date: 2032-01-01",
    );
    assert_eq!(
        errors(&site),
        [format!(
            "invalid-transfer {AT} | the adequacy decision for United Kingdom (`gb`) (Commission Implementing Decision pursuant to Regulation (EU) 2016/679 on the adequate protection of personal data by the United Kingdom (renewal of December 2025; OJ number not confirmed, see `uncertain`)) expires on 2031-12-27, before this notice takes effect | check whether the Commission renewed it and update theme/data/adequacy.yaml, or name another safeguard"
        )]
    );
    let run = site.run(&["check", "--format", "json"]);
    let stale = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "stale-reference")
        .expect("a warning that the list is old");
    assert_eq!(
        stale["message"],
        "this notice relies on adequacy decisions, but the list vellum checks them against is dated 2026-11-30, more than a year before the notice takes effect"
    );
    assert_eq!(
        (stale["file"].as_str(), stale["line"].as_u64()),
        (Some("content/notice.yaml"), Some(3))
    );
}

#[test]
fn a_site_replaces_the_list_with_its_own_dated_copy() {
    // A decision the Commission has not taken, in the site's own list: vellum
    // judges by the list it is given.
    let site = crm("cn", "adequacy-decision", "");
    let list = "as_of: 2027-01-01\nin_force:\n  - id: china\n    country: cn\n    name: China\n    decision: A fictional decision\n    adopted: 2026-12-01\n    scope: full\nrepealed:\n  - country: us\n    decision: Commission Implementing Decision (EU) 2023/1795\n    ended: 2026-12-15\n    reason: a fictional annulment\n";
    site.write("theme/data/adequacy.yaml", list);
    assert_eq!(errors(&site), Vec::<String>::new());
    // Without a US decision in force, the framework is no safeguard, and the
    // message says when the last one ended.
    let us = crm("us", "adequacy-decision", "  dpf_certified: true\n");
    us.write("theme/data/adequacy.yaml", list);
    assert_eq!(
        errors(&us),
        [format!(
            "invalid-transfer {AT} | the European Commission has no adequacy decision in force for United States (`us`); Commission Implementing Decision (EU) 2023/1795 ended on 2026-12-15 (a fictional annulment) | theme/data/adequacy.yaml lists the decisions in force as of 2027-01-01; rely on standard-contractual-clauses, binding-corporate-rules or a derogation instead"
        )]
    );
    // A list that does not read is reported where it is broken.
    let broken = Site::complete();
    broken.write("theme/data/eea.yaml", "as_of: 2027-01-01\ncountries: [nl\n");
    let found = errors(&broken);
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("yaml-syntax theme/data/eea.yaml:")),
        "{found:#?}"
    );
}

#[test]
fn the_built_in_list_has_the_dpf_in_force_and_the_privacy_shield_ended() {
    // The facts the checks above rely on, as the theme ships them.
    let site = Site::complete();
    let list = String::from_utf8(
        vellum::load::theme::Theme::built_in()
            .get("data/adequacy.yaml")
            .unwrap()
            .to_vec(),
    )
    .unwrap();
    assert!(list.contains("ended: 2020-07-16"));
    assert!(list.contains("id: united-states\n    country: us"));
    assert_eq!(errors(&site), Vec::<String>::new());
}
