//! The context a translator needs beside each message, written as comments
//! above it in the generated source file: what the text is and where it
//! appears, the placeables it must keep (and what they stand for), and the
//! names in it that are not translated.

use super::facts::fact_placeables;
use super::messages::SourceMessage;
use super::terms::{Term, terms_in};
use crate::model::{Kind, Notice, TextKind};
use std::collections::BTreeMap;

/// Where each kind's block is shown: "section 4 (#end-user-data)".
pub fn block_places(notice: &Notice) -> BTreeMap<Kind, String> {
    let mut places: BTreeMap<Kind, Vec<String>> = BTreeMap::new();
    let mut number = Vec::new();
    for (i, f) in notice.sections.iter().enumerate() {
        number.push(i + 1);
        walk(&f.section, &mut number, &mut places);
        number.pop();
    }
    places
        .into_iter()
        .map(|(k, list)| (k, list.join(" and ")))
        .collect()
}

fn walk(s: &crate::model::Section, number: &mut Vec<usize>, out: &mut BTreeMap<Kind, Vec<String>>) {
    let label: Vec<String> = number.iter().map(usize::to_string).collect();
    for block in s.blocks.iter().filter_map(|b| b.get()) {
        for kind in Kind::DATA {
            if kind.info().block == Some(block.as_str()) {
                out.entry(*kind).or_default().push(format!(
                    "the {} block of section {} (#{})",
                    block.as_str(),
                    label.join("."),
                    s.id.as_str()
                ));
            }
        }
    }
    for (i, sub) in s.subsections.iter().enumerate() {
        number.push(i + 1);
        walk(sub, number, out);
        number.pop();
    }
}

/// Completes each message's comment: a capitalised first line, what
/// Markdown it may hold, its placeables and its names.
pub fn annotate(
    notice: &Notice,
    messages: &mut [SourceMessage],
    terms: &[Term],
    kept: Option<super::messages::KeptTexts<'_>>,
) {
    let periods: BTreeMap<String, String> = fact_placeables(notice)
        .into_iter()
        .map(|f| {
            let periods: Vec<String> = f.periods.iter().map(ToString::to_string).collect();
            (f.name, format!("{} of `{}`", periods.join(" or "), f.owner))
        })
        .collect();
    use rayon::prelude::*;
    // The line of names follows from the text and the terms alone.
    let names_kept = kept.and_then(|kept| {
        let context = crate::prose::hash::fnv1a_parts(
            terms.iter().flat_map(|t| [t.id.as_str(), t.name.as_str()]),
        );
        Some((kept.results::<Option<String>>(context)?, kept.hashes))
    });
    // Each message's comment alone: the messages of a large notice are many.
    messages.par_iter_mut().enumerate().for_each(|(i, m)| {
        let mut lines: Vec<String> = m.comment.iter().map(|c| sentence(c)).collect();
        if m.kind == TextKind::Markdown {
            lines.push(
                "Markdown: keep link targets (#section-id, https://..., mailto:...), footnote marks [^name] and list markers as they are.".to_string(),
            );
        }
        if !m.placeables.is_empty() {
            let keep: Vec<String> = m
                .placeables
                .iter()
                .map(|p| match periods.get(p) {
                    Some(what) => format!("{{ ${p} }} ({what})"),
                    None => format!("{{ ${p} }}"),
                })
                .collect();
            lines.push(format!(
                "Keep as written: {}; vellum writes the value in each language.",
                keep.join(", ")
            ));
        }
        let kept = names_kept
            .as_ref()
            .map(|(results, hashes)| (results, hashes[i]));
        lines.extend(crate::site::memo::per_hashed_text(kept, || {
            names_line(terms, &m.text)
        }));
        m.comment = lines;
    });
}

fn names_line(terms: &[Term], text: &str) -> Option<String> {
    let found = terms_in(terms, text);
    (!found.is_empty()).then(|| {
        let list: Vec<String> = found
            .iter()
            .map(|t| format!("{} ({{ -{} }})", t.name, t.id))
            .collect();
        format!("Names, not translated: {}.", list.join(", "))
    })
}

/// The first letter upper case, a full stop at the end.
fn sentence(text: &str) -> String {
    let mut chars = text.trim().chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}
