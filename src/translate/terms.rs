//! Names that stay the same in every language (the organisation, the
//! supervisory authority, sub-processors, cookies, offices), as Fluent terms.
//! The generated source file lists them (`-organisation = Kestrel ...`), and
//! every language's catalog has them, so a translator may write
//! `{ -organisation }` instead of copying the name, and each message's
//! comment names the ones it contains.

use crate::model::Notice;

/// A name and the term that stands for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Without the leading `-`.
    pub id: String,
    pub name: String,
}

/// Every name of the notice that must not be translated, as terms. Names of
/// entities are kept only when some text of the notice uses them.
pub fn terms(notice: &Notice, texts: &[&str]) -> Vec<Term> {
    let meta = &notice.meta;
    let mut out = vec![Term {
        id: "organisation".into(),
        name: meta.organisation.legal_name.value.clone(),
    }];
    if let Some(t) = &meta.organisation.trade_name {
        out.push(Term {
            id: "trade-name".into(),
            name: t.value.clone(),
        });
    }
    out.push(Term {
        id: "supervisory-authority".into(),
        name: meta.supervisory_authority.name.value.clone(),
    });
    // A name can only be in a text that has its first word: index the words
    // once, so hundreds of cookie names cost a lookup each, not a search.
    let words: std::collections::HashSet<&str, crate::prose::hash::FnvBuild> =
        texts.iter().flat_map(|t| words_of(t)).collect();
    let used = |name: &str| {
        words_of(name).next().is_none_or(|w| words.contains(w))
            && texts.iter().any(|t| t.contains(name))
    };
    let data = &notice.data;
    let entity_names = data
        .subprocessors
        .items
        .iter()
        .map(|s| (format!("subprocessor-{}", s.id.as_str()), s.name.as_str()))
        .chain(
            data.cookies
                .items
                .iter()
                .map(|c| (format!("cookie-{}", c.id.as_str()), c.name.as_str())),
        )
        .chain(
            data.offices
                .items
                .iter()
                .map(|o| (format!("office-{}", o.id.as_str()), o.entity.as_str())),
        );
    for (id, name) in entity_names {
        if name.chars().count() > 2 && used(name) && !out.iter().any(|t| t.name == name) {
            out.push(Term {
                id,
                name: name.to_string(),
            });
        }
    }
    out.retain(|t| !t.name.trim().is_empty());
    out
}

/// The words of `text`: its runs of letters and digits.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The terms of a notice whose texts are `messages`.
pub fn notice_terms(notice: &Notice, messages: &[super::messages::SourceMessage]) -> Vec<Term> {
    let texts: Vec<&str> = messages.iter().map(|m| m.text.as_str()).collect();
    terms(notice, &texts)
}

/// The terms as Fluent source, one per line.
pub fn terms_source(terms: &[Term]) -> String {
    let mut out = String::new();
    for t in terms {
        out.push('-');
        out.push_str(&t.id);
        out.push_str(" = ");
        out.push_str(&super::pattern::escape_pattern(&t.name));
        out.push('\n');
    }
    out
}

/// The terms whose names `text` contains, longest name first, each once.
pub fn terms_in<'a>(terms: &'a [Term], text: &str) -> Vec<&'a Term> {
    let mut found: Vec<&Term> = terms.iter().filter(|t| text.contains(&t.name)).collect();
    found.sort_by_key(|t| std::cmp::Reverse(t.name.len()));
    // "Kestrel" inside "Kestrel Communications B.V." is not a second name.
    let mut kept: Vec<&Term> = Vec::new();
    for t in found {
        if !kept.iter().any(|k| k.name.contains(&t.name)) || text.matches(&t.name).count() > 1 {
            kept.push(t);
        }
    }
    kept
}
