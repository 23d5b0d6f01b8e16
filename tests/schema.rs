//! `vellum schema`: JSON Schemas generated from the model types, committed in
//! schema/ and named by every example file's yaml-language-server line.

mod common;
use common::{Site, repo};

#[test]
fn committed_schemas_match_the_model() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_vellum"))
        .args(["schema", "--check"])
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn schema_writes_one_file_per_kind_and_check_notices_drift() {
    let site = Site::minimal();
    let run = site.run(&["schema"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "wrote 28 schemas to {}",
            site.path().join("schema").display()
        )
    );
    let section: serde_json::Value =
        serde_json::from_str(&site.read("schema/section.schema.json")).unwrap();
    assert_eq!(
        section["additionalProperties"], false,
        "unknown keys are flagged in the editor"
    );
    // A section without a title is a preamble: only the id is required.
    assert_eq!(section["required"], serde_json::json!(["id"]));
    assert!(
        section["properties"]["blocks"]["items"]["enum"]
            .as_array()
            .unwrap()
            .contains(&"retention-table".into())
    );
    let retention: serde_json::Value =
        serde_json::from_str(&site.read("schema/retention.schema.json")).unwrap();
    assert_eq!(retention["type"], "array");
    let rule = retention["$defs"]["RetentionRule"]["properties"].clone();
    let qualifiers = rule["qualifier"]["enum"].as_array().unwrap();
    for q in ["exactly", "up-to", "at-least", "within"] {
        assert!(qualifiers.contains(&q.into()), "{q}: {qualifiers:?}");
    }
    assert!(
        rule["start"].is_object() && rule["ends_early"].is_object(),
        "{rule:#}"
    );
    // retention.json, as published, has a schema too: the kind of period, its
    // start and every end.
    let export: serde_json::Value =
        serde_json::from_str(&site.read("schema/retention-export.schema.json")).unwrap();
    let period = &export["$defs"]["PeriodExport"]["properties"];
    for field in ["iso", "ends", "qualifier", "start"] {
        assert!(period[field].is_object(), "{field}: {period:#}");
    }
    site.write("schema/retention.schema.json", "{}\n");
    let run = site.run(&["schema", "--check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("out of date in") && run.stderr.contains("retention.schema.json"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_example_file_names_its_schema() {
    for entry in walkdir::WalkDir::new(repo().join("content"))
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.path().extension().is_some_and(|e| e == "yaml") {
            let rel = entry
                .path()
                .strip_prefix(repo())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let expected = vellum::model::schema::schema_for_file(&rel).unwrap();
            let first = std::fs::read_to_string(entry.path())
                .unwrap()
                .lines()
                .next()
                .unwrap_or("")
                .to_string();
            assert_eq!(
                first,
                format!("# yaml-language-server: $schema={expected}"),
                "{rel}"
            );
        }
    }
}
