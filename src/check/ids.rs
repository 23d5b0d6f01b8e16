//! Identity: every entity's id is well-formed and unique, and every reference
//! by id points at something that exists. Kinds come from the registry, so a
//! new kind is indexed and its references are checked without an edit here.

use crate::diagnostics::{Code, Diagnostic, suggest};
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// The ids of one kind of entity, and where they are defined.
struct KindIds {
    ids: BTreeSet<String>,
    file: String,
    /// The file failed to parse: references into it are not judged.
    unreliable: bool,
}

/// All ids by kind, built once and used by every reference check.
pub struct IdIndex {
    kinds: BTreeMap<Kind, KindIds>,
}

impl IdIndex {
    pub fn contains(&self, kind: Kind, id: &str) -> bool {
        self.kinds.get(&kind).is_some_and(|k| k.ids.contains(id))
    }

    /// Ids of entries that exist but could not be read (reported where they
    /// are written): they count as known, so no reference to them cascades.
    fn add_unread(&mut self, kind: Kind, ids: impl Iterator<Item = String>) {
        if let Some(k) = self.kinds.get_mut(&kind) {
            k.ids.extend(ids);
        }
    }
}

/// Checks id syntax and uniqueness and returns the index for reference checks.
pub fn index_ids(notice: &Notice, out: &mut Vec<Diagnostic>) -> IdIndex {
    let mut index = IdIndex {
        kinds: BTreeMap::new(),
    };
    let sections: Vec<(&str, &Located<Id>)> = notice
        .all_sections()
        .into_iter()
        .map(|(f, s)| (f, &s.id))
        .collect();
    let section_file = notice
        .sections
        .first()
        .map_or("content/sections".to_string(), |s| s.file.clone());
    add_kind(
        &mut index,
        Kind::Section,
        section_file,
        notice.gaps.unknown_sections,
        sections,
        out,
    );
    // Sections that could not be read still exist: references to them hold.
    index.add_unread(Kind::Section, notice.gaps.sections.iter().cloned());
    notice.data.visit(&mut Indexer {
        index: &mut index,
        out,
    });

    // Rules and facts share one namespace: prose names either as `{ $id }`.
    let d = &notice.data;
    for fact in &d.facts.items {
        if d.retention.find(&fact.id).is_some() {
            out.push(
                Diagnostic::error(Code::DuplicateId, format!("fact id `{}` is also a retention rule id", fact.id.as_str()))
                    .at(&d.facts.file, fact.id.pos)
                    .hint("prose refers to rules and facts by the same `{ $id }` syntax; give the fact another id"),
            );
        }
    }
    index
}

struct Indexer<'a> {
    index: &'a mut IdIndex,
    out: &'a mut Vec<Diagnostic>,
}

impl DataVisitor for Indexer<'_> {
    fn visit<E: Entity>(&mut self, items: &Collection<E>) {
        let ids = items
            .items
            .iter()
            .map(|e| (items.file.as_str(), e.id()))
            .collect();
        add_kind(
            self.index,
            E::KIND,
            items.file.clone(),
            items.failed,
            ids,
            self.out,
        );
        self.index
            .add_unread(E::KIND, items.dropped.iter().cloned());
    }
}

fn add_kind(
    index: &mut IdIndex,
    kind: Kind,
    file: String,
    unreliable: bool,
    ids: Vec<(&str, &Located<Id>)>,
    out: &mut Vec<Diagnostic>,
) {
    let name = kind.info().name;
    let mut seen: BTreeMap<&str, (&str, Pos)> = BTreeMap::new();
    for (f, id) in ids {
        if !id.is_kebab() {
            out.push(
                Diagnostic::error(
                    Code::InvalidId,
                    format!("{name} id `{}` is not kebab-case", id.as_str()),
                )
                .at(f, id.pos)
                .spanning(id.chars().count())
                .hint(format!(
                    "use lower-case words joined by hyphens, e.g. `{}`",
                    kebab(id)
                )),
            );
        }
        if let Some((first_file, first_pos)) = seen.get(id.as_str()) {
            out.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    format!("{name} id `{}` is used twice", id.as_str()),
                )
                .at(f, id.pos)
                .spanning(id.chars().count())
                .hint(format!(
                    "ids must be unique; the first is at {first_file}:{}:{}",
                    first_pos.line, first_pos.col
                )),
            );
        } else {
            seen.insert(id.as_str(), (f, id.pos));
        }
    }
    let ids = seen.keys().map(|s| s.to_string()).collect();
    index.kinds.insert(
        kind,
        KindIds {
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
    kind: Kind,
    target: &Located<Id>,
) {
    let Some(k) = index.kinds.get(&kind) else {
        return;
    };
    if k.unreliable || k.ids.contains(target.as_str()) {
        return;
    }
    let name = kind.info().name;
    let candidates: Vec<&str> = k.ids.iter().map(String::as_str).collect();
    let hint = match suggest::closest(target, candidates.iter().copied()) {
        Some(best) => format!(
            "did you mean `{best}`? ({name} ids are defined in {})",
            k.file
        ),
        None if candidates.is_empty() => format!("no {name} is defined; add one to {}", k.file),
        None => format!(
            "define it in {} or use one of: {}",
            k.file,
            list(&candidates)
        ),
    };
    out.push(
        Diagnostic::error(
            Code::DanglingReference,
            format!("{owner} refers to unknown {name} `{}`", target.as_str()),
        )
        .at(file, target.pos)
        .spanning(target.chars().count())
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
    let m = &notice.meta;
    let mf = notice.meta_file.as_str();
    let org = &m.organisation;
    check_reference(
        index,
        out,
        mf,
        "organisation.headquarters",
        Kind::Office,
        &org.headquarters,
    );
    check_reference(
        index,
        out,
        mf,
        "supervisory_authority",
        Kind::Country,
        &m.supervisory_authority.country,
    );
    for (file, s) in notice.all_sections() {
        check_bindings(notice, index, file, s, out);
    }
    notice.data.visit(&mut References { index, out });
}

struct References<'a> {
    index: &'a IdIndex,
    out: &'a mut Vec<Diagnostic>,
}

impl DataVisitor for References<'_> {
    fn visit<E: Entity>(&mut self, items: &Collection<E>) {
        for e in &items.items {
            let owner = format!("{} `{}`", E::KIND.info().name, e.id().as_str());
            for r in e.references() {
                check_reference(self.index, self.out, &items.file, &owner, r.kind, r.target);
            }
        }
    }
}

/// A section binds rules or facts by id.
fn check_bindings(
    notice: &Notice,
    index: &IdIndex,
    file: &str,
    s: &Section,
    out: &mut Vec<Diagnostic>,
) {
    let d = &notice.data;
    if d.retention.failed || d.facts.failed {
        return;
    }
    for r in &s.rules {
        if index.contains(Kind::RetentionRule, r) || index.contains(Kind::Fact, r) {
            continue;
        }
        let candidates = d
            .retention
            .items
            .iter()
            .map(|r| r.id.as_str())
            .chain(d.facts.items.iter().map(|f| f.id.as_str()));
        let hint = match suggest::closest(r, candidates) {
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
                Code::DanglingReference,
                format!(
                    "section `{}` binds unknown rule `{}`",
                    s.id.as_str(),
                    r.as_str()
                ),
            )
            .at(file, r.pos)
            .spanning(r.chars().count())
            .hint(hint),
        );
    }
}
