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
    let data = &notice.data;
    let entity_names: Vec<(String, &str)> = data
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
        )
        .filter(|(_, name)| name.chars().count() > 2)
        .collect();
    let contained = contained_names(entity_names.iter().map(|(_, name)| *name), texts);
    // A name counts when its first word is a word of the texts, not only a
    // part of one ("Kest" in "Kestrel"). Few names are contained at all, so
    // the words are indexed only when one is.
    let words: std::cell::OnceCell<std::collections::HashSet<&str, crate::prose::hash::FnvBuild>> =
        std::cell::OnceCell::new();
    let first_word_used = |name: &str| {
        words_of(name).next().is_none_or(|w| {
            words
                .get_or_init(|| texts.iter().flat_map(|t| words_of(t)).collect())
                .contains(w)
        })
    };
    let mut named: std::collections::HashSet<String, crate::prose::hash::FnvBuild> =
        out.iter().map(|t| t.name.clone()).collect();
    for ((id, name), contained) in entity_names.into_iter().zip(contained) {
        if contained && first_word_used(name) && named.insert(name.to_string()) {
            out.push(Term {
                id,
                name: name.to_string(),
            });
        }
    }
    out.retain(|t| !t.name.trim().is_empty());
    out
}

/// For each of `names`, whether some text contains it. One automaton over
/// all names reads each text once: hundreds of cookie names searched one by
/// one through every text were most of a writer's save under `serve`.
fn contained_names<'n>(names: impl Iterator<Item = &'n str>, texts: &[&str]) -> Vec<bool> {
    let names: Vec<&str> = names.collect();
    let mut unique: std::collections::HashMap<&str, usize, crate::prose::hash::FnvBuild> =
        Default::default();
    for name in &names {
        let next = unique.len();
        unique.entry(name).or_insert(next);
    }
    let mut patterns = vec![""; unique.len()];
    for (name, &i) in &unique {
        patterns[i] = name;
    }
    let mut found = vec![false; patterns.len()];
    // Overlapping matches: a name inside a longer one counts too.
    match aho_corasick::AhoCorasick::new(&patterns) {
        Ok(automaton) => {
            for text in texts {
                for m in automaton.find_overlapping_iter(*text) {
                    found[m.pattern().as_usize()] = true;
                }
            }
        }
        // Too many names for an automaton: one search per name.
        Err(_) => {
            for (i, name) in patterns.iter().enumerate() {
                found[i] = texts.iter().any(|t| t.contains(name));
            }
        }
    }
    names.iter().map(|name| found[unique[name]]).collect()
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
