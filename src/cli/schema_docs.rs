//! `vellum schema --docs`: the content files' keys as Markdown tables, made
//! from the same JSON Schemas editors read (and those from the Rust types), so
//! the reference in README.md cannot drift from what vellum accepts; a test
//! holds README's `notice.yaml` table to this output.

use serde_json::{Map, Value};

/// One table per schema given: `(file shown, schema)`.
pub fn markdown(schemas: &[(String, Value)]) -> String {
    let mut out = String::new();
    for (file, schema) in schemas {
        out.push_str(&format!("#### `{file}`\n\n"));
        out.push_str("| key | required | what it is | example |\n|---|---|---|---|\n");
        let defs = schema
            .get("$defs")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut rows = Vec::new();
        // A data file is a list: its entries' keys are documented.
        let root = match schema.get("items") {
            Some(items) => resolve(items, &defs),
            None => schema,
        };
        rows_of(root, &defs, "", &mut rows, 0);
        for row in rows {
            out.push_str(&row);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

fn resolve<'a>(schema: &'a Value, defs: &'a Map<String, Value>) -> &'a Value {
    let target = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
        .and_then(|name| defs.get(name))
        .unwrap_or(schema);
    // Option<T> is `anyOf [T, null]`: document T.
    match target.get("anyOf").and_then(Value::as_array) {
        Some(alts) => alts
            .iter()
            .find(|a| a.get("type").and_then(Value::as_str) != Some("null"))
            .map_or(target, |a| resolve(a, defs)),
        None => target,
    }
}

fn rows_of(
    schema: &Value,
    defs: &Map<String, Value>,
    prefix: &str,
    rows: &mut Vec<String>,
    depth: usize,
) {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for (key, field) in properties {
        let target = resolve(field, defs);
        let path = format!("{prefix}{key}");
        let about = field
            .get("description")
            .or_else(|| target.get("description"))
            .and_then(Value::as_str)
            .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let example = field
            .get("examples")
            .or_else(|| target.get("examples"))
            .and_then(|e| e.get(0))
            .map(|e| format!("`{}`", example_text(e)))
            .or_else(|| {
                let values = target.get("enum")?.as_array()?;
                Some(
                    values
                        .iter()
                        .filter_map(Value::as_str)
                        .map(|v| format!("`{v}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            })
            .unwrap_or_default();
        // Required within its parent: a key under an optional mapping is
        // needed only when that mapping is written.
        let mark = if required.contains(&key.as_str()) {
            "yes"
        } else {
            "no"
        };
        rows.push(format!(
            "| `{path}` | {mark} | {} | {example} |",
            about.replace('|', "\\|")
        ));
        if target.get("properties").is_some() && depth < 8 {
            rows_of(target, defs, &format!("{path}."), rows, depth + 1);
        }
    }
}

fn example_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => format!(
            "[{}]",
            items
                .iter()
                .map(example_text)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}
