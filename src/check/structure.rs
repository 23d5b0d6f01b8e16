//! The structure of the statement: numbers the writer fixed go up, only
//! sections with a heading carry a number or a run-in heading, and every
//! block a section shows, after its prose or at a marker inside it, exists
//! and appears once.

use crate::diagnostics::{Code, Diagnostic, Sources, suggest};
use crate::model::*;

pub fn check_structure(notice: &Notice, sources: &Sources, out: &mut Vec<Diagnostic>) {
    let top: Vec<(&str, &Section)> = notice
        .sections
        .iter()
        .map(|f| (f.file.as_str(), &f.section))
        .collect();
    check_siblings(&top, out);
    for (file, s) in top {
        check_tree(file, s, true, sources, out);
    }
}

/// A section and its subsections; `in_numbered` is false inside an
/// unnumbered section, whose subsections carry no numbers either.
fn check_tree(
    file: &str,
    s: &Section,
    in_numbered: bool,
    sources: &Sources,
    out: &mut Vec<Diagnostic>,
) {
    check_heading(file, s, out);
    if !in_numbered {
        let asks = [
            s.number.as_ref().map(|n| ("number", n.pos)),
            s.numbered
                .as_ref()
                .filter(|n| n.value)
                .map(|n| ("numbered: true", n.pos)),
        ];
        for (what, pos) in asks.into_iter().flatten() {
            out.push(
                Diagnostic::error(Code::SectionNumber, format!("section `{}` has `{what}` inside a section without numbers", s.id.as_str()))
                    .at(file, pos)
                    .hint("the subsections of an unnumbered section are unnumbered too; remove the key, or number the enclosing section"),
            );
        }
    }
    check_blocks(file, s, sources, out);
    let subs: Vec<(&str, &Section)> = s.subsections.iter().map(|sub| (file, sub)).collect();
    check_siblings(&subs, out);
    for sub in &s.subsections {
        check_tree(file, sub, in_numbered && s.is_numbered(), sources, out);
    }
}

/// Fixed numbers must go up from one numbered sibling to the next, so no two
/// sections share a number and none goes back.
fn check_siblings(siblings: &[(&str, &Section)], out: &mut Vec<Diagnostic>) {
    let sections: Vec<&Section> = siblings.iter().map(|(_, s)| *s).collect();
    let numbers = sibling_numbers(&sections);
    let mut previous: Option<SectionNumber> = None;
    for ((file, s), n) in siblings.iter().zip(numbers) {
        let Some(n) = n else { continue };
        if let (Some(prev), Some(fixed)) = (&previous, &s.number)
            && n <= *prev
        {
            out.push(
                Diagnostic::error(
                    Code::SectionNumber,
                    format!("section `{}` is numbered {n}, which does not come after {prev}", s.id.as_str()),
                )
                .at(*file, fixed.pos)
                .spanning(fixed.text().chars().count())
                .hint(format!("numbers go up within a level; give it a number after {prev}, or remove `number` to count on automatically")),
            );
        }
        previous = Some(n);
    }
}

/// A number and a run-in heading need a heading to stand in.
fn check_heading(file: &str, s: &Section, out: &mut Vec<Diagnostic>) {
    let id = s.id.as_str();
    if s.title.is_none() {
        let needs = [
            s.numbered
                .as_ref()
                .filter(|n| n.value)
                .map(|n| ("numbered: true", n.pos)),
            s.heading
                .as_ref()
                .filter(|h| h.get() == Some(&HeadingStyle::RunIn))
                .map(|h| ("heading: run-in", h.pos)),
        ];
        for (what, pos) in needs.into_iter().flatten() {
            out.push(
                Diagnostic::error(Code::SectionNumber, format!("section `{id}` has `{what}` but no title"))
                    .at(file, pos)
                    .hint("a section without a title has no heading to carry it; add a `title`, or remove the key"),
            );
        }
    }
    if let Some(number) = &s.number
        && !s.is_numbered()
    {
        let why = if s.title.is_none() {
            "has no title"
        } else {
            "is `numbered: false`"
        };
        out.push(
            Diagnostic::error(
                Code::SectionNumber,
                format!("section `{id}` has a number but {why}"),
            )
            .at(file, number.pos)
            .hint("remove `number`, or make the section numbered (with a title)"),
        );
    }
}

/// Every block, at a marker or after the prose, exists and appears once in
/// its section (its anchors are made from the section's id).
fn check_blocks(file: &str, s: &Section, sources: &Sources, out: &mut Vec<Diagnostic>) {
    let id = s.id.as_str();
    let mut seen: Vec<String> = Vec::new();
    let all = BlockName::all();
    if let Some(body) = &s.body {
        for m in s.markers() {
            let pos = sources.pos_in_scalar(file, body.pos, body, m.range.start);
            let span = body[m.range.clone()].trim_end().chars().count();
            if !all.contains(&m.name.as_str()) {
                out.push(
                    Diagnostic::error(
                        Code::InvalidValue,
                        format!(
                            "block `{}` in section `{id}` is not one of the blocks",
                            m.name
                        ),
                    )
                    .at(file, pos)
                    .spanning(span)
                    .hint(
                        suggest::did_you_mean(&m.name, &all)
                            .unwrap_or_else(|| format!("blocks are {}", all.join(", "))),
                    ),
                );
            }
            if seen.contains(&m.name) {
                out.push(duplicate(file, pos, id, &m.name));
            }
            seen.push(m.name.clone());
        }
    }
    for b in &s.blocks {
        let Some(name) = b.get() else { continue };
        if seen.iter().any(|s| s == name.as_str()) {
            out.push(duplicate(file, b.pos, id, name.as_str()));
        }
        seen.push(name.as_str().to_string());
    }
}

fn duplicate(file: &str, pos: Pos, section: &str, block: &str) -> Diagnostic {
    Diagnostic::error(Code::DuplicateBlock, format!("block `{block}` appears twice in section `{section}`"))
        .at(file, pos)
        .hint("a block appears once per section, at a `{{block: name}}` marker in the body or in `blocks:`; remove one")
}
