//! Identity: every entity's id is well-formed and unique, and every reference
//! by id points at something that exists.

use crate::diagnostics::{Diagnostic, suggest};
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// The ids of one kind of entity, and where they are defined.
struct Kind {
    ids: BTreeSet<String>,
    file: String,
    /// The file failed to parse: references into it are not judged.
    unreliable: bool,
}

/// All ids by kind, built once and used by every reference check.
pub struct IdIndex {
    kinds: BTreeMap<&'static str, Kind>,
}

impl IdIndex {
    pub fn contains(&self, kind: &str, id: &str) -> bool {
        self.kinds.get(kind).is_some_and(|k| k.ids.contains(id))
    }
}

/// True for kebab-case ids: lower-case letters and digits in words joined by `-`.
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Checks id syntax and uniqueness and returns the index for reference checks.
pub fn index_ids(notice: &Notice, out: &mut Vec<Diagnostic>) -> IdIndex {
    let d = &notice.data;
    let mut kinds = BTreeMap::new();
    let sections: Vec<(&str, &Located<String>)> = notice
        .all_sections()
        .into_iter()
        .map(|(f, s)| (f, &s.id))
        .collect();
    let section_file = notice
        .sections
        .first()
        .map_or("content/sections".to_string(), |s| s.file.clone());
    add_kind(&mut kinds, "section", section_file, false, sections, out);
    macro_rules! kind {
        ($name:literal, $coll:expr) => {
            add_kind(
                &mut kinds,
                $name,
                $coll.file.clone(),
                $coll.failed,
                $coll
                    .items
                    .iter()
                    .map(|e| ($coll.file.as_str(), &e.id))
                    .collect(),
                out,
            )
        };
    }
    kind!("legal basis", d.legal_bases);
    kind!("purpose", d.purposes);
    kind!("data category", d.data_categories);
    kind!("product", d.products);
    kind!("retention rule", d.retention);
    kind!("fact", d.facts);
    kind!("right", d.rights);
    kind!("recipient", d.recipients);
    kind!("sub-processor", d.subprocessors);
    kind!("cookie category", d.cookie_categories);
    kind!("cookie", d.cookies);
    kind!("country", d.countries);
    kind!("office", d.offices);

    // Rules and facts share one namespace: prose names either as `{ $id }`.
    for fact in &d.facts.items {
        if d.retention
            .items
            .iter()
            .any(|r| r.id.value == fact.id.value)
        {
            out.push(
                Diagnostic::error("duplicate-id", format!("fact id `{}` is also a retention rule id", fact.id.value))
                    .at(&d.facts.file, fact.id.pos)
                    .hint("prose refers to rules and facts by the same `{ $id }` syntax; give the fact another id"),
            );
        }
    }
    IdIndex { kinds }
}

fn add_kind(
    kinds: &mut BTreeMap<&'static str, Kind>,
    name: &'static str,
    file: String,
    unreliable: bool,
    ids: Vec<(&str, &Located<String>)>,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: BTreeMap<&str, (&str, Pos)> = BTreeMap::new();
    for (f, id) in ids {
        if !is_kebab_id(&id.value) {
            out.push(
                Diagnostic::error(
                    "invalid-id",
                    format!("{name} id `{}` is not kebab-case", id.value),
                )
                .at(f, id.pos)
                .spanning(id.value.chars().count())
                .hint(format!(
                    "use lower-case words joined by hyphens, e.g. `{}`",
                    kebab(&id.value)
                )),
            );
        }
        if let Some((first_file, first_pos)) = seen.get(id.value.as_str()) {
            out.push(
                Diagnostic::error(
                    "duplicate-id",
                    format!("{name} id `{}` is used twice", id.value),
                )
                .at(f, id.pos)
                .spanning(id.value.chars().count())
                .hint(format!(
                    "ids must be unique; the first is at {first_file}:{}:{}",
                    first_pos.line, first_pos.col
                )),
            );
        } else {
            seen.insert(&id.value, (f, id.pos));
        }
    }
    let ids = seen.keys().map(|s| s.to_string()).collect();
    kinds.insert(
        name,
        Kind {
            ids,
            file,
            unreliable,
        },
    );
}

/// A kebab-case spelling of any text, for hints.
pub fn kebab(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Checks that `target` names an existing entity of `kind`.
pub fn check_reference(
    index: &IdIndex,
    out: &mut Vec<Diagnostic>,
    file: &str,
    owner: &str,
    kind: &'static str,
    target: &Located<String>,
) {
    let Some(k) = index.kinds.get(kind) else {
        return;
    };
    if k.unreliable || k.ids.contains(&target.value) {
        return;
    }
    let candidates: Vec<&str> = k.ids.iter().map(String::as_str).collect();
    let hint = match suggest::closest(&target.value, candidates.iter().copied()) {
        Some(best) => format!(
            "did you mean `{best}`? ({kind} ids are defined in {})",
            k.file
        ),
        None if candidates.is_empty() => format!("no {kind} is defined; add one to {}", k.file),
        None => format!(
            "define it in {} or use one of: {}",
            k.file,
            list(&candidates)
        ),
    };
    out.push(
        Diagnostic::error(
            "dangling-reference",
            format!("{owner} refers to unknown {kind} `{}`", target.value),
        )
        .at(file, target.pos)
        .spanning(target.value.chars().count())
        .hint(hint),
    );
}

fn list(items: &[&str]) -> String {
    let shown: Vec<String> = items.iter().take(8).map(|s| format!("`{s}`")).collect();
    if items.len() > 8 {
        format!("{}, ...", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// Every reference by id in the model.
pub fn check_references(notice: &Notice, index: &IdIndex, out: &mut Vec<Diagnostic>) {
    let d = &notice.data;
    let m = &notice.meta;
    let mf = notice.meta_file.as_str();
    check_reference(
        index,
        out,
        mf,
        "organisation.headquarters",
        "office",
        &m.organisation.headquarters,
    );
    check_reference(
        index,
        out,
        mf,
        "supervisory_authority",
        "country",
        &m.supervisory_authority.country,
    );
    for a in &m.affiliates {
        check_reference(index, out, mf, "affiliates", "office", a);
    }
    for (file, s) in notice.all_sections() {
        let owner = format!("section `{}`", s.id.value);
        for r in &s.rules {
            if !index.contains("retention rule", &r.value) && !index.contains("fact", &r.value) {
                let mut candidates: Vec<&str> = d
                    .retention
                    .items
                    .iter()
                    .map(|r| r.id.value.as_str())
                    .collect();
                candidates.extend(d.facts.items.iter().map(|f| f.id.value.as_str()));
                if d.retention.failed || d.facts.failed {
                    continue;
                }
                let hint = match suggest::closest(&r.value, candidates.iter().copied()) {
                    Some(best) => format!(
                        "did you mean `{best}`? (rules are defined in {}, facts in {})",
                        d.retention.file, d.facts.file
                    ),
                    None => format!(
                        "bind the id of a retention rule ({}) or a fact ({})",
                        d.retention.file, d.facts.file
                    ),
                };
                out.push(
                    Diagnostic::error(
                        "dangling-reference",
                        format!("{owner} binds unknown rule `{}`", r.value),
                    )
                    .at(file, r.pos)
                    .spanning(r.value.chars().count())
                    .hint(hint),
                );
            }
        }
    }
    for p in &d.purposes.items {
        let owner = format!("purpose `{}`", p.id.value);
        check_reference(
            index,
            out,
            &d.purposes.file,
            &owner,
            "legal basis",
            &p.legal_basis,
        );
        for c in &p.data_categories {
            check_reference(index, out, &d.purposes.file, &owner, "data category", c);
        }
    }
    for p in &d.products.items {
        let owner = format!("product `{}`", p.id.value);
        for c in &p.categories {
            check_reference(index, out, &d.products.file, &owner, "data category", c);
        }
    }
    for r in &d.retention.items {
        let owner = format!("retention rule `{}`", r.id.value);
        for c in &r.categories {
            check_reference(index, out, &d.retention.file, &owner, "data category", c);
        }
    }
    for s in &d.subprocessors.items {
        let owner = format!("sub-processor `{}`", s.id.value);
        check_reference(
            index,
            out,
            &d.subprocessors.file,
            &owner,
            "country",
            &s.location,
        );
    }
    for c in &d.cookies.items {
        let owner = format!("cookie `{}`", c.id.value);
        check_reference(
            index,
            out,
            &d.cookies.file,
            &owner,
            "cookie category",
            &c.category,
        );
    }
    for o in &d.offices.items {
        let owner = format!("office `{}`", o.id.value);
        check_reference(index, out, &d.offices.file, &owner, "country", &o.country);
    }
}
