//! Required keys a writer left out are reported all at once, each where its
//! mapping is written, with what the key is for and an example to copy.

mod common;
use common::Site;

fn report(site: &Site) -> Vec<String> {
    let run = site.run(&["check", "--format", "json"]);
    run.diagnostics()
        .iter()
        .filter(|d| d["code"] == "missing-key")
        .map(|d| {
            format!(
                "{}:{}:{} | {} | {}",
                d["file"].as_str().unwrap_or(""),
                d["line"],
                d["column"],
                d["message"].as_str().unwrap_or(""),
                d["hint"].as_str().unwrap_or("")
            )
        })
        .collect()
}

#[test]
fn every_missing_key_of_notice_yaml_in_one_run() {
    let site = Site::minimal();
    site.write(
        "content/notice.yaml",
        "title: Privacy Statement\nlanguages: [en]\norganisation:\n  legal_name: Example B.V.\n  contacts: {}\n",
    );
    let n = "content/notice.yaml";
    assert_eq!(
        report(&site),
        [
            format!(
                "{n}:1:1 | notice.yaml is missing the required key `base_url` | The absolute URL the site is published at, used in the sitemap and alternates. For example: `base_url: https://privacy.example.com/`"
            ),
            format!(
                "{n}:1:1 | notice.yaml is missing the required key `effective_date` | The date the statement is in force from, as `YYYY-MM-DD`. For example: `effective_date: 2026-05-18`"
            ),
            format!(
                "{n}:1:1 | notice.yaml is missing the required key `supervisory_authority` | The data protection authority people may complain to. Write `supervisory_authority:` with `name`, `country` and `website` indented under it"
            ),
            format!(
                "{n}:1:1 | notice.yaml is missing the required key `version` | The version label shown beside the effective date (\"4.1\"); quote it, so that 4.10 stays 4.10. For example: `version: \"1.0\"`"
            ),
            format!(
                "{n}:3:1 | `organisation` in notice.yaml is missing the required key `headquarters` | The id of the office in `content/data/offices.yaml` that is the registered address (an id, not the address itself). For example: `headquarters: amsterdam`"
            ),
            format!(
                "{n}:3:1 | `organisation` in notice.yaml is missing the required key `website` | The organisation's own website. For example: `website: https://www.example.com/`"
            ),
            format!(
                "{n}:5:3 | `contacts` in notice.yaml is missing the required key `privacy` | The address people write to about their personal data and their rights. For example: `privacy: privacy@example.com`"
            ),
        ]
    );
}

#[test]
fn each_entry_of_a_data_file_names_its_own_missing_keys() {
    let site = Site::minimal();
    site.write(
        "content/data/retention.yaml",
        "- id: a\n  data: A\n  period: P1Y\n- id: b\n  reason: none\n- data: C\n  period: P2Y\n",
    );
    let r = "content/data/retention.yaml";
    let got = report(&site);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(
        got[0].starts_with(&format!(
            "{r}:4:3 | a retention rule (entry 2) is missing the required key `data`"
        )),
        "{got:#?}"
    );
    assert!(
        got[1].starts_with(&format!(
            "{r}:4:3 | a retention rule (entry 2) is missing the required key `period`"
        )),
        "{got:#?}"
    );
    assert!(
        got[2].starts_with(&format!(
            "{r}:6:3 | a retention rule (entry 3) is missing the required key `id`"
        )),
        "{got:#?}"
    );
}

#[test]
fn a_file_with_every_key_present_reports_none() {
    let site = Site::minimal();
    assert!(report(&site).is_empty());
}

#[test]
fn a_value_where_a_mapping_belongs_lists_the_keys_it_takes() {
    let site = Site::minimal();
    site.edit(
        "content/notice.yaml",
        "organisation:\n",
        "organisation: Example B.V.\nunused:\n",
    );
    let run = site.run(&["check", "--format", "json"]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "wrong-type")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(
        (d["file"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some("content/notice.yaml"), Some(6), Some(15))
    );
    assert_eq!(d["message"], "notice.yaml: expected a mapping here");
    assert_eq!(
        d["hint"],
        "`organisation` holds indented `key: value` lines, one per key: `contacts`, `headquarters`, `legal_name` and `website` (required); `registration` and `trade_name` (optional)"
    );
}

#[test]
fn a_subsection_written_as_text_lists_a_sections_keys() {
    let site = Site::minimal();
    site.write(
        "content/sections/02-retention.yaml",
        "id: retention\ntitle: Retention\nsubsections: [marketing]\n",
    );
    let run = site.run(&["check", "--format", "json"]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "wrong-type")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(3), Some(15))
    );
    assert_eq!(
        d["hint"],
        "each entry of this list holds indented `key: value` lines, one per key: `id` (required); `blocks`, `body`, `heading`, `number`, `numbered`, `rules`, `subsections` and `title` (optional)"
    );
}
