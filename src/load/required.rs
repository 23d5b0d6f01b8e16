//! Every missing required key of a file at once. serde stops at the first one,
//! so a new notice used to take a build per missing key; this walks the file
//! against the JSON Schema of its type (the one editors get, generated from
//! the same Rust types) and reports each key that is absent, where its mapping
//! is written, with what the key is for and an example value.

use crate::diagnostics::{Code, Diagnostic, Pos};
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{Map, Value};
use serde_saphyr::granit_parser::{Event, Parser};
use std::collections::HashMap;

/// A step into a YAML document: a mapping key or a list index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Part {
    Key(String),
    Index(usize),
}

/// The missing required keys of `text`, which is to be read as a `T`, each a
/// located diagnostic; empty when none is missing or the file is not YAML.
pub fn missing_keys<T: JsonSchema>(file: &str, text: &str, what: &str) -> Vec<Diagnostic> {
    let Ok(doc) = serde_saphyr::from_str_with_options::<Value>(text, super::yaml::yaml_options())
    else {
        return Vec::new();
    };
    let schema = SchemaGenerator::default()
        .into_root_schema_for::<T>()
        .to_value();
    let defs = definitions(&schema);
    let mut walk = Walk {
        defs: &defs,
        missing: Vec::new(),
    };
    walk.walk(&schema, &doc, &mut Vec::new(), 0);
    let positions = node_positions(text).keys;
    walk.missing
        .into_iter()
        .map(|m| {
            let pos = positions.get(&m.path).copied().unwrap_or(Pos::new(1, 1));
            Diagnostic::error(Code::MissingKey, message(what, &m.path, &m.key))
                .at(file, pos)
                .hint(hint(&m.key, &m.schema, &defs))
        })
        .collect()
}

/// For "expected a mapping here" at `pos`: which keys the mapping there
/// takes, required ones first, so the writer need not guess.
pub fn mapping_hint<T: JsonSchema>(text: &str, pos: Pos) -> Option<String> {
    let path = node_positions(text)
        .values
        .into_iter()
        .find(|(p, _)| *p == pos)?
        .1;
    let schema = SchemaGenerator::default()
        .into_root_schema_for::<T>()
        .to_value();
    let defs = definitions(&schema);
    let mut node = &schema;
    for part in &path {
        let here = object_or_list(node, &defs, part);
        node = match part {
            Part::Key(k) => here.get("properties")?.get(k)?,
            Part::Index(_) => here.get("items")?,
        };
    }
    let target = object_or_list(node, &defs, &Part::Key(String::new()));
    let properties = target.get("properties")?.as_object()?;
    let required: Vec<&str> = target
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let quote = |keys: Vec<&String>| keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>();
    let needed = quote(
        properties
            .keys()
            .filter(|k| required.contains(&k.as_str()))
            .collect(),
    );
    let optional = quote(
        properties
            .keys()
            .filter(|k| !required.contains(&k.as_str()))
            .collect(),
    );
    let what = match path.last() {
        Some(Part::Key(k)) => format!("`{k}` holds"),
        Some(Part::Index(_)) => "each entry of this list holds".to_string(),
        None => "the file holds".to_string(),
    };
    let mut parts = Vec::new();
    if !needed.is_empty() {
        parts.push(format!("{} (required)", join_and(&needed)));
    }
    if !optional.is_empty() {
        parts.push(format!("{} (optional)", join_and(&optional)));
    }
    Some(format!(
        "{what} indented `key: value` lines, one per key: {}",
        parts.join("; ")
    ))
}

/// The schema of a node that can hold `part`: `$ref` followed, and of an
/// `anyOf` (an optional value) the alternative that is a mapping or a list.
fn object_or_list<'a>(schema: &'a Value, defs: &'a Map<String, Value>, part: &Part) -> &'a Value {
    let schema = resolve(schema, defs);
    let Some(alternatives) = schema.get("anyOf").and_then(Value::as_array) else {
        return schema;
    };
    let wanted = if matches!(part, Part::Index(_)) {
        "items"
    } else {
        "properties"
    };
    alternatives
        .iter()
        .map(|a| resolve(a, defs))
        .find(|a| a.get(wanted).is_some() || a.get("properties").is_some())
        .unwrap_or(schema)
}

struct Missing {
    path: Vec<Part>,
    key: String,
    schema: Value,
}

struct Walk<'a> {
    defs: &'a Map<String, Value>,
    missing: Vec<Missing>,
}

impl Walk<'_> {
    fn walk(&mut self, schema: &Value, doc: &Value, path: &mut Vec<Part>, depth: usize) {
        // The model nests a few levels; a schema that loops stops here.
        if depth > 64 {
            return;
        }
        let schema = resolve(schema, self.defs);
        if let Some(alternatives) = schema.get("anyOf").or_else(|| schema.get("oneOf")) {
            // Option<T> is `anyOf [T, null]`: follow the one the value is.
            let fits = alternatives.as_array().into_iter().flatten().find(|a| {
                let a = resolve(a, self.defs);
                (doc.is_object() && a.get("properties").is_some())
                    || (doc.is_array() && a.get("items").is_some())
            });
            if let Some(alt) = fits {
                self.walk(alt, doc, path, depth + 1);
            }
            return;
        }
        match doc {
            Value::Object(map) => self.walk_mapping(schema, map, path, depth),
            Value::Array(items) => {
                let Some(item_schema) = schema.get("items") else {
                    return;
                };
                for (i, item) in items.iter().enumerate() {
                    path.push(Part::Index(i));
                    self.walk(item_schema, item, path, depth + 1);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    fn walk_mapping(
        &mut self,
        schema: &Value,
        map: &Map<String, Value>,
        path: &mut Vec<Part>,
        depth: usize,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        for key in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(key) = key.as_str() else { continue };
            if !map.contains_key(key) {
                self.missing.push(Missing {
                    path: path.clone(),
                    key: key.to_string(),
                    schema: properties
                        .and_then(|p| p.get(key))
                        .cloned()
                        .unwrap_or(Value::Null),
                });
            }
        }
        for (key, value) in map {
            if let Some(sub) = properties.and_then(|p| p.get(key)) {
                path.push(Part::Key(key.clone()));
                self.walk(sub, value, path, depth + 1);
                path.pop();
            }
        }
    }
}

/// A schema with its `$ref` followed into `$defs` (`#`, the root itself, as
/// a section's subsections are, is filed there under [`ROOT`]).
fn resolve<'a>(schema: &'a Value, defs: &'a Map<String, Value>) -> &'a Value {
    let name = match schema.get("$ref").and_then(Value::as_str) {
        Some("#") => ROOT,
        Some(r) => r.strip_prefix("#/$defs/").unwrap_or(r),
        None => return schema,
    };
    defs.get(name).unwrap_or(schema)
}

/// The name under which the root schema is added to `$defs`.
const ROOT: &str = "#";

/// The `$defs` of a root schema, with the root itself added.
fn definitions(schema: &Value) -> Map<String, Value> {
    let mut defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    defs.insert(ROOT.to_string(), schema.clone());
    defs
}

/// "`organisation` in notice.yaml is missing the required key `headquarters`".
fn message(what: &str, path: &[Part], key: &str) -> String {
    match path.last() {
        None => format!("{what} is missing the required key `{key}`"),
        Some(Part::Key(parent)) => {
            format!("`{parent}` in {what} is missing the required key `{key}`")
        }
        Some(Part::Index(i)) => {
            format!(
                "{what} (entry {}) is missing the required key `{key}`",
                i + 1
            )
        }
    }
}

/// What the key is for, and what to write.
fn hint(key: &str, schema: &Value, defs: &Map<String, Value>) -> String {
    let target = resolve(schema, defs);
    let about = schema
        .get("description")
        .or_else(|| target.get("description"))
        .and_then(Value::as_str)
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "));
    let example = schema
        .get("examples")
        .or_else(|| target.get("examples"))
        .and_then(|e| e.get(0))
        .map(|e| format!("For example: `{key}: {}`", yaml_inline(e)))
        .or_else(|| {
            let required: Vec<String> = target
                .get("required")?
                .as_array()?
                .iter()
                .filter_map(|k| Some(format!("`{}`", k.as_str()?)))
                .collect();
            (!required.is_empty()).then(|| {
                format!(
                    "Write `{key}:` with {} indented under it",
                    join_and(&required)
                )
            })
        })
        .unwrap_or_else(|| format!("Write `{key}:` and its value"));
    match about {
        Some(about) => format!("{} {example}", with_stop(&about)),
        None => example,
    }
}

fn with_stop(text: &str) -> String {
    if text.ends_with(['.', ')', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A JSON example as a YAML value a writer can copy: quoted when plain text
/// would read as something else (a number, true, a comment).
fn yaml_inline(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let plain_safe = !s.is_empty()
                && s.parse::<f64>().is_err()
                && !matches!(
                    s.to_ascii_lowercase().as_str(),
                    "true" | "false" | "yes" | "no" | "null" | "~"
                )
                && !s.contains(": ")
                && !s.contains(" #")
                && !s.starts_with([
                    '[', '{', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '#', '-', '?',
                ]);
            if plain_safe {
                s.clone()
            } else {
                format!("{s:?}")
            }
        }
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(yaml_inline).collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string(),
    }
}

/// A mapping or list being read, with the step to the child being read.
enum Frame {
    Map { key: Option<String> },
    Seq { next: usize },
}

impl Frame {
    fn step(&self) -> Part {
        match self {
            Frame::Map { key } => Part::Key(key.clone().unwrap_or_default()),
            Frame::Seq { next } => Part::Index(*next),
        }
    }

    /// After a value: a mapping waits for the next key, a list counts on.
    fn advance(&mut self) {
        match self {
            Frame::Map { key } => *key = None,
            Frame::Seq { next } => *next += 1,
        }
    }
}

/// Where the document's nodes are written.
#[derive(Default)]
struct Positions {
    /// Each mapping key and list item, by path (the root node at `[]`): a
    /// missing key is reported at its parent.
    keys: HashMap<Vec<Part>, Pos>,
    /// Each value (the root, a mapping's value, a list item) with its path.
    values: Vec<(Pos, Vec<Part>)>,
}

fn node_positions(text: &str) -> Positions {
    let mut out = Positions::default();
    let mut stack: Vec<Frame> = Vec::new();
    let steps = |stack: &[Frame]| stack.iter().map(Frame::step).collect::<Vec<_>>();
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else { break };
        let pos = Pos::new(
            u32::try_from(span.start.line()).unwrap_or(u32::MAX),
            u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX),
        );
        let collection = matches!(event, Event::MappingStart(..) | Event::SequenceStart(..));
        match event {
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                if let Some(top) = stack.last_mut() {
                    top.advance();
                }
                continue;
            }
            Event::Scalar(..)
            | Event::Alias(..)
            | Event::MappingStart(..)
            | Event::SequenceStart(..) => {}
            _ => continue,
        }
        match stack.last_mut() {
            None => {
                out.keys.entry(Vec::new()).or_insert(pos);
                out.values.push((pos, Vec::new()));
            }
            Some(Frame::Map { key: key @ None }) => {
                // A key; complex keys (a mapping as a key) are not YAML vellum reads.
                let Event::Scalar(name, ..) = &event else {
                    break;
                };
                *key = Some(name.to_string());
                out.keys.insert(steps(&stack), pos);
                continue;
            }
            Some(Frame::Seq { .. }) => {
                out.keys.insert(steps(&stack), pos);
                out.values.push((pos, steps(&stack)));
            }
            Some(Frame::Map { .. }) => out.values.push((pos, steps(&stack))),
        }
        if collection {
            stack.push(if matches!(event, Event::MappingStart(..)) {
                Frame::Map { key: None }
            } else {
                Frame::Seq { next: 0 }
            });
        } else if let Some(top) = stack.last_mut() {
            top.advance();
        }
    }
    out
}
