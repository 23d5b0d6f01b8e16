//! The exports in a shared vocabulary: the JSON-LD of every language uses
//! only terms of W3C DPV 2.3 listed in tests/reference/dpv-terms.txt and the
//! `vellum:` terms the README documents; what it says about the example;
//! the published schemas; and the retention timeline that stands beside the
//! table. (CI expands the JSON-LD with an independent processor, pyld, and
//! validates every export against its schema with check-jsonschema: see
//! .ci/check_exports.py.)

mod common;
use common::{Site, repo};
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

fn example_built() -> Site {
    let site = Site::example();
    copy_versions(&site);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn copy_versions(site: &Site) {
    common::copy_tree(&repo().join("versions"), &site.path().join("versions"));
}

fn json(site: &Site, rel: &str) -> Value {
    serde_json::from_str(&site.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every IRI the document uses as a property, a type or a reference, in
/// compact form as written (prefix:rest), with the node ids of the site.
fn iris(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "@context" {
                    continue;
                }
                if !k.starts_with('@') {
                    out.insert(k.clone());
                }
                match (k.as_str(), v) {
                    ("@type", Value::Array(types)) => {
                        out.extend(types.iter().filter_map(|t| t.as_str().map(String::from)))
                    }
                    ("@type", Value::String(t)) | ("@id", Value::String(t)) => {
                        out.insert(t.clone());
                    }
                    _ => iris(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| iris(i, out)),
        _ => {}
    }
}

#[test]
fn the_json_ld_uses_only_dpv_terms_and_documented_vellum_terms() {
    let site = example_built();
    let listed: HashSet<String> =
        std::fs::read_to_string(repo().join("tests/reference/dpv-terms.txt"))
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("https://"))
            .map(String::from)
            .collect();
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    for rel in [
        "public/en/notice.jsonld",
        "public/nl/notice.jsonld",
        "public/nl/versions/3.2/notice.jsonld",
    ] {
        let doc = json(&site, rel);
        let context = doc["@context"].as_object().unwrap().clone();
        let mut found = BTreeSet::new();
        iris(&doc, &mut found);
        assert!(found.len() > 40, "{rel}: {found:?}");
        for iri in found {
            if iri.starts_with("https://privacy.kestrel.example/") {
                continue; // the site's own nodes
            }
            let (prefix, rest) = iri
                .split_once(':')
                .unwrap_or_else(|| panic!("{rel}: {iri} is not compact"));
            let ns = context[prefix]
                .as_str()
                .unwrap_or_else(|| panic!("{rel}: no prefix {prefix}"));
            if prefix == "vellum" {
                assert!(
                    readme.contains(&format!("| `vellum:{rest}` |")),
                    "{rel}: vellum:{rest} is not in the README's table of vellum terms"
                );
            } else {
                assert!(
                    listed.contains(&format!("{ns}{rest}")),
                    "{rel}: {iri} is not a listed DPV term"
                );
            }
        }
    }
}

/// The node of `list` whose `@id` ends with `#suffix`.
fn node<'a>(list: &'a Value, suffix: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|n| {
            n["@id"]
                .as_str()
                .is_some_and(|id| id.ends_with(&format!("#{suffix}")))
        })
        .unwrap_or_else(|| panic!("no node #{suffix}"))
}

#[test]
fn the_json_ld_maps_the_example_to_dpv() {
    let site = example_built();
    let doc = json(&site, "public/nl/notice.jsonld");
    assert_eq!(
        doc["@id"],
        "https://privacy.kestrel.example/nl/versions/4.1/"
    );
    assert_eq!(doc["@type"], serde_json::json!(["dpv:PrivacyNotice"]));
    assert_eq!(doc["vellum:format"], "vellum-dpv/1");
    assert_eq!(
        doc["vellum:label"],
        serde_json::json!({"@value": "Privacyverklaring", "@language": "nl"})
    );
    let processes = &doc["dpv:hasPersonalDataProcess"];
    let support = node(processes, "purpose-customer-support");
    assert_eq!(
        support["dpv:hasPurpose"],
        serde_json::json!([{"@id": "dpv:CustomerCare"}])
    );
    assert_eq!(
        support["dpv:hasLegalBasis"][0]["@type"],
        serde_json::json!(["eu-gdpr:A6-1-b"])
    );
    assert_eq!(
        support["dpv:hasPersonalData"][0]["@type"],
        serde_json::json!(["pd:Identifying"])
    );
    assert_eq!(
        support["dpv:hasPersonalData"][0]["dpv:hasDataSource"]["@id"],
        "dpv:DataSubjectDataSource"
    );
    // Retention: the length, its start, and the early end.
    let tickets = &node(processes, "retention-support-records")["dpv:hasStorageCondition"];
    assert_eq!(tickets["@type"], serde_json::json!(["dpv:StorageDuration"]));
    let d = &tickets["dpv:hasDuration"][0];
    assert_eq!(
        (
            d["@type"][0].as_str(),
            d["vellum:value"].as_str(),
            d["vellum:startsAt"].as_str()
        ),
        (
            Some("dpv:TemporalDuration"),
            Some("P2Y"),
            Some("ticket-resolved")
        )
    );
    assert_eq!(
        d["vellum:description"]["@value"],
        "2 jaar nadat het ticket is opgelost"
    );
    let marketing =
        &node(processes, "retention-marketing-data")["dpv:hasStorageCondition"]["dpv:hasDuration"];
    assert_eq!(marketing[0]["vellum:qualifier"], "up-to");
    assert_eq!(
        (
            marketing[1]["@type"][0].as_str(),
            marketing[1]["vellum:role"].as_str(),
            marketing[1]["vellum:value"].as_str()
        ),
        (
            Some("dpv:UntilEventDuration"),
            Some("early-end"),
            Some("consent-withdrawn")
        )
    );
    let financial = &node(processes, "retention-financial-records")["dpv:hasStorageCondition"]["dpv:hasDuration"];
    assert_eq!(
        (
            financial[1]["vellum:role"].as_str(),
            financial[1]["vellum:value"].as_str()
        ),
        (Some("maximum"), Some("P10Y"))
    );
    // Transfers: where to, on which basis, with which safeguard.
    let lantern = node(processes, "transfer-lanternfish-voice");
    assert_eq!(lantern["dpv:hasThirdCountry"]["@id"], "loc:SG");
    assert_eq!(lantern["dpv:hasLegalBasis"][0]["@id"], "eu-gdpr:A46-2-c");
    assert_eq!(
        lantern["dpv:hasOrganisationalMeasure"],
        serde_json::json!([{"@id": "eu-gdpr:SCCByCommission"}])
    );
    let helpdesk = node(processes, "transfer-hollowpine-helpdesk");
    assert_eq!(
        helpdesk["dpv:hasOrganisationalMeasure"],
        serde_json::json!([{"@id": "eu-gdpr:AdequacyDecision"}, {"@id": "vellum:DataPrivacyFramework"}])
    );
    let uk = node(processes, "transfer-ferncastle-translation");
    assert_eq!(
        uk["dpv:hasOrganisationalMeasure"][1]["@id"],
        "legal-eu:Adequacy-EU-GB"
    );
    assert!(
        processes.as_array().unwrap().iter().all(|p| !p["@id"]
            .as_str()
            .unwrap()
            .ends_with("#transfer-northwind-cloud")),
        "no transfer within the EEA"
    );
    // Every transfer the notice describes, not only sub-processors': an
    // affiliate in the United States on clauses, and recipients anywhere in
    // the world on a derogation, by its points.
    let affiliate = node(processes, "transfer-affiliate-kestrel-us");
    assert_eq!(affiliate["dpv:hasThirdCountry"]["@id"], "loc:US");
    assert!(
        affiliate["dpv:hasDataImporter"]["@id"]
            .as_str()
            .unwrap()
            .ends_with("#affiliate-kestrel-us")
    );
    assert_eq!(affiliate["dpv:hasLegalBasis"][0]["@id"], "eu-gdpr:A46-2-c");
    let operators = node(processes, "transfer-recipient-telecom-operators");
    assert_eq!(operators["dpv:hasLegalBasis"][0]["@id"], "eu-gdpr:A49-1-b");
    assert_eq!(operators["dpv:hasLegalBasis"][1]["@id"], "eu-gdpr:A49-1-c");
    assert!(operators.get("dpv:hasThirdCountry").is_none(), "worldwide");
    // Recipients and roles, sub-processors and where they are.
    let payments = node(&doc["dpv:hasRecipient"], "recipient-payment-providers");
    assert_eq!(
        payments["@type"],
        serde_json::json!(["dpv:Recipient", "dpv:DataController"])
    );
    let fjord = node(&doc["dpv:hasDataProcessor"], "subprocessor-fjordvault");
    assert_eq!(
        (
            fjord["dpv:hasCountry"]["@id"].as_str(),
            fjord["vellum:safeguard"].as_str()
        ),
        (Some("loc:NO"), Some("eea"))
    );
    // Rights, how to exercise them, and the authority.
    let rights = &doc["dpv:hasRight"];
    assert_eq!(
        node(rights, "right-access")["@type"],
        serde_json::json!(["dpv:DataSubjectRight", "eu-gdpr:A15"])
    );
    assert_eq!(
        node(rights, "right-withdraw-consent")["@type"][1],
        "eu-gdpr:A7-3"
    );
    assert_eq!(node(rights, "right-to-complain")["@type"][1], "eu-gdpr:A77");
    let exercise = &doc["dpv:hasNotice"];
    assert_eq!(exercise["dpv:hasDuration"][0]["vellum:value"], "P1M");
    assert_eq!(exercise["dpv:hasDuration"][1]["vellum:value"], "P2M");
    assert_eq!(
        doc["dpv:hasAuthority"]["dpv:hasJurisdiction"]["@id"],
        "loc:NL"
    );
    assert_eq!(
        doc["dpv:hasDataController"]["dpv:hasCountry"]["@id"],
        "loc:NL"
    );
}

#[test]
fn the_published_schemas_are_the_committed_ones() {
    let site = example_built();
    for name in ["retention-export", "notice-export", "dpv-export"] {
        let rel = format!("{name}.schema.json");
        assert_eq!(
            site.read(&format!("public/schemas/{rel}")),
            std::fs::read_to_string(repo().join("schema").join(&rel)).unwrap(),
            "{rel}"
        );
    }
    let dpv = json(&site, "public/schemas/dpv-export.schema.json");
    let required = dpv["required"].as_array().unwrap();
    for key in [
        "@context",
        "dpv:hasDataController",
        "dpv:hasPersonalDataProcess",
        "vellum:contentHash",
    ] {
        assert!(required.contains(&Value::from(key)), "{key}");
    }
}

#[test]
fn the_timeline_stands_beside_the_table_hidden_from_screen_readers() {
    let site = example_built();
    let html = site.read("public/en/index.html");
    let figure = &html[html
        .find("<figure class=\"retention-timeline\"")
        .expect("a timeline")..];
    let figure = &figure[..figure.find("</figure>").unwrap()];
    // As many rules as the example's retention.yaml holds.
    let rules = site
        .read("content/data/retention.yaml")
        .lines()
        .filter(|l| l.starts_with("- id: "))
        .count();
    assert!(
        figure.contains("<figcaption>Retention periods at a glance, on a logarithmic time scale")
    );
    assert!(figure.contains("<a href=\"#retention-retention-caption\">The table of retention periods says the same in words.</a>"));
    assert!(
        html.contains("<caption id=\"retention-retention-caption\">"),
        "the table it refers to"
    );
    assert_eq!(
        figure.matches("<svg class=\"timeline ").count(),
        2,
        "a wide and a narrow layout"
    );
    assert_eq!(
        figure
            .matches("aria-hidden=\"true\" focusable=\"false\"")
            .count(),
        2
    );
    assert_eq!(
        figure.matches("<g class=\"rule\">").count(),
        2 * rules,
        "one bar per rule in each layout"
    );
    // The axis is labelled in the page's language; the bars say their start and bounds.
    assert!(figure.contains(">1 year</text>") && figure.contains(">10 years</text>"));
    assert!(figure.contains(">2 years after the ticket is resolved</text>"));
    assert_eq!(
        figure.matches("<path class=\"early\"").count(),
        2,
        "one early end, in each layout"
    );
    let nl = site.read("public/nl/index.html");
    assert!(nl.contains(">10 jaar</text>"));
}

/// The JSON-LD is rendered once with a slot for the content hash (which any
/// save changes) and gets the hash spliced in: each language's export must
/// parse and carry the same hash as retention.json, current and permalink.
#[test]
fn every_json_ld_export_carries_the_sites_content_hash() {
    let site = example_built();
    let want = json(&site, "public/retention.json")["content_hash"].clone();
    assert!(
        want.as_str().is_some_and(|h| h.starts_with("sha256:")),
        "{want}"
    );
    for lang in ["en", "nl"] {
        for rel in [
            format!("public/{lang}/notice.jsonld"),
            format!("public/{lang}/versions/4.1/notice.jsonld"),
        ] {
            assert_eq!(json(&site, &rel)["vellum:contentHash"], want, "{rel}");
        }
    }
}

/// A build hashes the translations before it lets go of them (they are not
/// read again once checked): the published hash is the site's, and a
/// translator's edit changes it.
#[test]
fn the_published_content_hash_covers_the_translations() {
    let site = example_built();
    let hash_of_site = || {
        let (files, problems) = vellum::site::SiteFiles::read(site.path());
        assert!(problems.is_empty());
        vellum::versions::digest::content_hash(&files)
    };
    let before = json(&site, "public/retention.json")["content_hash"].clone();
    assert_eq!(before, hash_of_site().as_str());
    site.edit(
        "locales/nl/content.ftl",
        "notice-title = ",
        "notice-title = Onze ",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = json(&site, "public/retention.json")["content_hash"].clone();
    assert_ne!(after, before, "a translation's edit must change the hash");
    assert_eq!(after, hash_of_site().as_str());
    assert_eq!(
        json(&site, "public/nl/notice.jsonld")["vellum:contentHash"],
        after
    );
}
