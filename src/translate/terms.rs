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
pub fn terms(
    notice: &Notice,
    texts: &[&str],
    kept: Option<super::messages::KeptTexts<'_>>,
) -> Vec<Term> {
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
    let used = NameSearch::new(entity_names.iter().map(|(_, name)| *name)).used(texts, kept);
    let mut named: std::collections::HashSet<String, crate::prose::hash::KeyHashBuild> =
        out.iter().map(|t| t.name.clone()).collect();
    for ((id, name), used) in entity_names.into_iter().zip(used) {
        if used && named.insert(name.to_string()) {
            out.push(Term {
                id,
                name: name.to_string(),
            });
        }
    }
    out.retain(|t| !t.name.trim().is_empty());
    out
}

/// Which of a list of names the texts use: a name counts when some text
/// contains it and its first word is a word of the texts, not only a part
/// of one ("Kest" in "Kestrel").
struct NameSearch<'n> {
    names: Vec<&'n str>,
    /// Each name once, in the order first met: what the automaton finds.
    patterns: Vec<&'n str>,
    /// The first word of each pattern, as an index into `first_words`.
    first_word_of: Vec<Option<u32>>,
    first_words: std::collections::HashMap<&'n str, u32, crate::prose::hash::KeyHashBuild>,
    /// One automaton over all names reads each text once: hundreds of
    /// cookie names searched one by one through every text were most of a
    /// writer's save under `serve`. Built when a text is not kept.
    automaton: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
}

/// The names (patterns) a text contains, and the first words of names that
/// are words of it; kept per text between `serve` rebuilds.
#[derive(Default)]
struct NamesInText {
    patterns: Vec<u32>,
    first_words: Vec<u32>,
}

impl<'n> NameSearch<'n> {
    fn new(names: impl Iterator<Item = &'n str>) -> NameSearch<'n> {
        let names: Vec<&str> = names.collect();
        let mut patterns: Vec<&str> = Vec::new();
        let mut seen: std::collections::HashSet<&str, crate::prose::hash::KeyHashBuild> =
            Default::default();
        for name in &names {
            if seen.insert(name) {
                patterns.push(name);
            }
        }
        let mut first_words: std::collections::HashMap<
            &str,
            u32,
            crate::prose::hash::KeyHashBuild,
        > = Default::default();
        let first_word_of = patterns
            .iter()
            .map(|p| {
                let word = words_of(p).next()?;
                let next = first_words.len() as u32;
                Some(*first_words.entry(word).or_insert(next))
            })
            .collect();
        NameSearch {
            names,
            patterns,
            first_word_of,
            first_words,
            automaton: std::sync::OnceLock::new(),
        }
    }

    /// For each name, whether `texts` use it.
    fn used(&self, texts: &[&str], kept: Option<super::messages::KeptTexts<'_>>) -> Vec<bool> {
        let mut contained = vec![false; self.patterns.len()];
        let mut word_used = vec![false; self.first_words.len()];
        if !self.patterns.is_empty() {
            let results = kept.and_then(|kept| {
                let context = crate::prose::hash::fnv1a_parts(self.patterns.iter().copied());
                Some((
                    kept.results::<std::sync::Arc<NamesInText>>(context)?,
                    kept.hashes,
                ))
            });
            for (i, text) in texts.iter().enumerate() {
                let kept = results
                    .as_ref()
                    .map(|(results, hashes)| (results, hashes[i]));
                let found = crate::site::memo::per_hashed_text(kept, || {
                    std::sync::Arc::new(self.in_text(text))
                });
                found
                    .patterns
                    .iter()
                    .for_each(|&p| contained[p as usize] = true);
                found
                    .first_words
                    .iter()
                    .for_each(|&w| word_used[w as usize] = true);
            }
        }
        let index: std::collections::HashMap<&str, usize, crate::prose::hash::KeyHashBuild> = self
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (*p, i))
            .collect();
        self.names
            .iter()
            .map(|name| {
                let p = index[name];
                contained[p] && self.first_word_of[p].is_none_or(|w| word_used[w as usize])
            })
            .collect()
    }

    fn in_text(&self, text: &str) -> NamesInText {
        let automaton = self
            .automaton
            .get_or_init(|| aho_corasick::AhoCorasick::new(&self.patterns).ok());
        let mut patterns: Vec<u32> = match automaton {
            // Overlapping matches: a name inside a longer one counts too.
            Some(automaton) => automaton
                .find_overlapping_iter(text)
                .map(|m| m.pattern().as_u32())
                .collect(),
            // Too many names for an automaton: one search per name.
            None => (0..self.patterns.len() as u32)
                .filter(|&p| text.contains(self.patterns[p as usize]))
                .collect(),
        };
        patterns.sort_unstable();
        patterns.dedup();
        let mut first_words: Vec<u32> = if self.first_words.is_empty() {
            Vec::new()
        } else {
            words_of(text)
                .filter_map(|w| self.first_words.get(w).copied())
                .collect()
        };
        first_words.sort_unstable();
        first_words.dedup();
        NamesInText {
            patterns,
            first_words,
        }
    }
}

/// The words of `text`: its runs of letters and digits.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The terms of a notice whose texts are `messages`; with `kept`, what each
/// text contains is kept between `serve` rebuilds.
pub fn notice_terms(
    notice: &Notice,
    messages: &[super::messages::SourceMessage],
    kept: Option<super::messages::KeptTexts<'_>>,
) -> Vec<Term> {
    let texts: Vec<&str> = messages.iter().map(|m| m.text.as_str()).collect();
    terms(notice, &texts, kept)
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
