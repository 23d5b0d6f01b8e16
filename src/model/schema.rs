//! JSON Schemas of every content file kind, generated from the model types so
//! they cannot drift. Editors using yaml-language-server read them through the
//! `# yaml-language-server: $schema=...` line at the top of each file.

use super::*;
use schemars::{JsonSchema, SchemaGenerator};

/// One schema per kind of file: (file name, JSON text).
pub fn content_schemas() -> Vec<(String, String)> {
    let mut out = vec![
        schema::<NoticeMeta>("notice", "content/notice.yaml: the statement's metadata"),
        schema::<Section>(
            "section",
            "content/sections/NN-slug.yaml: one top-level section",
        ),
        schema::<crate::translate::vocabulary::VocabularyFile>(
            "periods",
            "locales/<lang>/periods.yaml: a language's period vocabulary",
        ),
    ];
    macro_rules! data {
        ($kind:literal, $ty:ty) => {
            out.push(schema::<Vec<$ty>>(
                $kind,
                concat!("content/data/", $kind, ".yaml"),
            ));
        };
    }
    data!("legal-bases", LegalBasis);
    data!("purposes", Purpose);
    data!("data-categories", DataCategory);
    data!("products", Product);
    data!("retention", RetentionRule);
    data!("facts", Fact);
    data!("rights", Right);
    data!("recipients", Recipient);
    data!("subprocessors", Subprocessor);
    data!("cookie-categories", CookieCategory);
    data!("cookies", Cookie);
    data!("countries", Country);
    data!("offices", Office);
    out
}

fn schema<T: JsonSchema>(name: &str, title: &str) -> (String, String) {
    let mut schema = SchemaGenerator::default().into_root_schema_for::<T>();
    schema.insert(
        "title".to_string(),
        serde_json::Value::String(format!("vellum {name}")),
    );
    schema.insert(
        "description".to_string(),
        serde_json::Value::String(title.to_string()),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    (format!("{name}.schema.json"), text)
}

/// The schema file a content file should point at, relative to that file.
pub fn schema_for_file(rel: &str) -> Option<String> {
    let name = if rel == "content/notice.yaml" {
        "notice".to_string()
    } else if rel.starts_with("content/sections/") {
        "section".to_string()
    } else {
        rel.strip_prefix("content/data/")?
            .strip_suffix(".yaml")?
            .to_string()
    };
    let depth = rel.matches('/').count();
    Some(format!("{}schema/{name}.schema.json", "../".repeat(depth)))
}
