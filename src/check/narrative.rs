//! The narrative check: every period the prose states, in every language, must
//! agree with the machine-readable rules the prose narrates.
//!
//! - In a section that binds rules, each period written in its title or body
//!   must equal one of the bound rules' values (period, upper bound, early end;
//!   rules bound by enclosing sections count too), and each bound rule's period
//!   must be stated, in words or as a `{ $rule }` placeable.
//! - A number word that disagrees with its numeral ("zes (7) maanden") is an
//!   error anywhere.
//! - A period in a section that binds nothing, or in a data text, that matches
//!   no rule or fact is a warning; binding the right rule silences it.

use super::recognize::{Expression, Recognizer};
use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources, suggest};
use crate::model::{Notice, Period, Pos, Section};
use crate::translate::Catalog;
use crate::translate::facts::{FactPlaceable, fact_placeables};
use crate::translate::ftl::FoundMessage;
use crate::translate::messages::SourceMessage;
use crate::translate::pattern::placeables_at;
use std::collections::BTreeMap;

/// A rule or fact as the prose may state it.
#[derive(Debug, Clone)]
struct Statable {
    id: String,
    /// (placeable name, period): the default period first.
    values: Vec<(String, Period)>,
}

impl Statable {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.values.iter().map(|(_, p)| p.to_string()).collect();
        format!("{} ({})", self.id, parts.join(", "))
    }

    fn matches(&self, e: &Expression) -> bool {
        self.values.iter().any(|(_, p)| expression_is(e, p))
    }
}

fn expression_is(e: &Expression, p: &Period) -> bool {
    match (e.iso, e.event, p) {
        (Some(d), _, Period::Duration(rule)) => d.same_as(rule),
        (_, Some(ev), Period::Until(rule)) => ev == *rule,
        _ => false,
    }
}

fn expression_value(e: &Expression) -> String {
    match (e.iso, e.event) {
        (Some(d), _) => d.to_string(),
        (_, Some(ev)) => ev.id().to_string(),
        _ => String::new(),
    }
}

/// Texts of one language: where each message is written and what it says.
pub struct LanguageTexts<'a> {
    pub lang: &'a str,
    pub recognizer: &'a Recognizer,
    /// `None` for the source language (texts come from the YAML).
    pub translations: Option<&'a BTreeMap<String, FoundMessage>>,
    pub catalog: &'a Catalog,
    /// Formatted texts by message id, filled on first use: every check of the
    /// language reads the same texts.
    pub cache: std::cell::RefCell<BTreeMap<String, Option<std::rc::Rc<Text>>>>,
}

pub struct Text {
    body: String,
    file: String,
    pos: Pos,
}

impl LanguageTexts<'_> {
    fn text(&self, m: &SourceMessage) -> Option<std::rc::Rc<Text>> {
        if let Some(t) = self.cache.borrow().get(&m.id) {
            return t.clone();
        }
        let t = self.read(m).map(std::rc::Rc::new);
        self.cache.borrow_mut().insert(m.id.clone(), t.clone());
        t
    }

    fn read(&self, m: &SourceMessage) -> Option<Text> {
        match self.translations {
            None => Some(Text {
                body: m.text.clone(),
                file: m.file.clone(),
                pos: m.pos,
            }),
            Some(found) => {
                let f = found.get(&m.id)?;
                let body = self
                    .catalog
                    .format_with(&m.id, &fluent_bundle::FluentArgs::new())?;
                Some(Text {
                    body,
                    file: f.file.clone(),
                    pos: f.pos,
                })
            }
        }
    }
}

pub struct NarrativeCheck<'a> {
    pub notice: &'a Notice,
    pub messages: &'a [SourceMessage],
    pub sources: &'a Sources,
}

impl NarrativeCheck<'_> {
    fn statables(&self) -> BTreeMap<String, Statable> {
        let mut out: BTreeMap<String, Statable> = BTreeMap::new();
        for FactPlaceable {
            name,
            period,
            owner,
        } in fact_placeables(self.notice)
        {
            out.entry(owner.clone())
                .or_insert_with(|| Statable {
                    id: owner.clone(),
                    values: Vec::new(),
                })
                .values
                .push((name, period));
        }
        out
    }

    /// Runs the check for one language.
    pub fn check_language(&self, texts: &LanguageTexts<'_>, out: &mut Vec<Diagnostic>) {
        let statables = self.statables();
        let placeable_names: Vec<String> = statables
            .values()
            .flat_map(|s| s.values.iter().map(|(n, _)| n.clone()))
            .collect();
        let by_id: BTreeMap<&str, &SourceMessage> =
            self.messages.iter().map(|m| (m.id.as_str(), m)).collect();

        // Unknown placeables anywhere.
        for m in self.messages {
            let Some(t) = texts.text(m) else { continue };
            for (name, offset) in placeables_at(&t.body) {
                if !placeable_names.contains(&name) {
                    let names: Vec<&str> = placeable_names.iter().map(String::as_str).collect();
                    out.push(
                        Diagnostic::error(Code::UnknownPlaceable, format!("unknown placeable {{ ${name} }}"))
                            .at(&t.file, self.sources.pos_in_scalar(&t.file, t.pos, &t.body, offset))
                            .in_language(texts.lang)
                            .hint(match suggest::closest(&name, names.iter().copied()) {
                                Some(best) => format!("did you mean {{ ${best} }}? Placeables name a retention rule or fact id, or `<rule>-max`, `<rule>-ends-early`"),
                                None => "a placeable names a retention rule or fact id, or `<rule>-max`, `<rule>-ends-early`".to_string(),
                            }),
                    );
                }
            }
        }

        for f in &self.notice.sections {
            self.check_section(&f.section, &f.file, &[], texts, &statables, &by_id, out);
        }
        self.check_data_texts(texts, &statables, out);
    }

    #[allow(clippy::too_many_arguments)]
    fn check_section(
        &self,
        s: &Section,
        file: &str,
        inherited: &[String],
        texts: &LanguageTexts<'_>,
        statables: &BTreeMap<String, Statable>,
        by_id: &BTreeMap<&str, &SourceMessage>,
        out: &mut Vec<Diagnostic>,
    ) {
        let own: Vec<&Statable> = s
            .rules
            .iter()
            .filter_map(|r| statables.get(r.as_str()))
            .collect();
        // A binding to an unknown or invalid rule is reported where it is
        // written; judging the prose against the rest would only add noise.
        let judge_here = own.len() == s.rules.len();
        let mut allowed: Vec<&Statable> = own.clone();
        allowed.extend(inherited.iter().filter_map(|id| statables.get(id)));
        let mut stated: Vec<String> = Vec::new();
        let mut judged_any = false;
        for part in ["title", "body"] {
            let id = format!("section-{}-{part}", s.id.value);
            let Some(m) = by_id.get(id.as_str()) else {
                continue;
            };
            let Some(t) = texts.text(m) else { continue };
            judged_any = true;
            for (name, _) in placeables_at(&t.body) {
                stated.push(name);
            }
            for e in texts.recognizer.find(&t.body) {
                if !judge_here {
                    continue;
                }
                let pos = self.sources.pos_in_scalar(&t.file, t.pos, &t.body, e.start);
                self.judge(
                    &e,
                    &t.file,
                    pos,
                    texts.lang,
                    &allowed,
                    statables,
                    &s.id.value,
                    out,
                );
                for st in &allowed {
                    for (name, p) in &st.values {
                        if expression_is(&e, p) {
                            stated.push(name.clone());
                        }
                    }
                }
            }
        }
        if judged_any && judge_here {
            for st in &own {
                self.require_stated(s, file, st, &stated, texts, out);
            }
        }
        let mut next: Vec<String> = inherited.to_vec();
        next.extend(s.rules.iter().map(|r| r.to_string()));
        for sub in &s.subsections {
            self.check_section(sub, file, &next, texts, statables, by_id, out);
        }
    }

    /// One expression against what its context allows.
    #[allow(clippy::too_many_arguments)]
    fn judge(
        &self,
        e: &Expression,
        file: &str,
        pos: Pos,
        lang: &str,
        allowed: &[&Statable],
        statables: &BTreeMap<String, Statable>,
        section: &str,
        out: &mut Vec<Diagnostic>,
    ) {
        let span = e.text.chars().count();
        if e.numeral_mismatch {
            out.push(numeral_mismatch(e, file, pos, lang));
        }
        if allowed.iter().any(|s| s.matches(e)) {
            return;
        }
        let matching: Vec<&Statable> = statables.values().filter(|s| s.matches(e)).collect();
        if allowed.is_empty() {
            let hint = match matching.first() {
                Some(m) => format!("this matches `{}`; bind it with `rules: [{}]` in section `{section}`", m.id, m.id),
                None => "add the rule or fact this sentence describes to content/data/retention.yaml or facts.yaml, and bind it to the section with `rules:`".to_string(),
            };
            out.push(
                Diagnostic::warning(
                    Code::UnboundPeriod,
                    format!(
                        "\"{}\" ({}) is stated in section `{section}`, which binds no rule",
                        e.text,
                        expression_value(e)
                    ),
                )
                .at(file, pos)
                .spanning(span)
                .in_language(lang)
                .hint(hint),
            );
            return;
        }
        let message = if allowed.len() == 1 {
            format!("\"{}\" contradicts rule {}", e.text, allowed[0].describe())
        } else {
            let list: Vec<String> = allowed.iter().map(|s| s.describe()).collect();
            format!(
                "\"{}\" ({}) matches none of the rules section `{section}` binds: {}",
                e.text,
                expression_value(e),
                list.join("; ")
            )
        };
        let hint = match matching.first() {
            Some(m) => format!("it matches `{}`: bind that rule too, or correct the period", m.id),
            None => "correct the period, or change the rule in content/data/ if the prose is right; writing the fact as a { $rule-id } placeable keeps them in step".to_string(),
        };
        out.push(
            Diagnostic::error(Code::PeriodContradiction, message)
                .at(file, pos)
                .spanning(span)
                .in_language(lang)
                .hint(hint),
        );
    }

    /// A bound rule's period must appear in the section (in words or as a placeable).
    fn require_stated(
        &self,
        s: &Section,
        file: &str,
        st: &Statable,
        stated: &[String],
        texts: &LanguageTexts<'_>,
        out: &mut Vec<Diagnostic>,
    ) {
        let Some(binding) = s.rules.iter().find(|r| r.as_str() == st.id) else {
            return;
        };
        // Where to point: the binding in the YAML for the source language, the
        // translated body for a translation.
        let (at_file, at_pos) = match texts.translations {
            None => (file.to_string(), binding.pos),
            Some(found) => {
                let body = format!("section-{}-body", s.id.value);
                match found
                    .get(&body)
                    .or_else(|| found.get(&format!("section-{}-title", s.id.value)))
                {
                    Some(f) => (f.file.clone(), f.pos),
                    None => return,
                }
            }
        };
        for (i, (name, period)) in st.values.iter().enumerate() {
            if stated.contains(name) {
                continue;
            }
            let what = match i {
                0 => "its period",
                _ if name.ends_with("-max") => "its upper bound",
                _ => "when it ends early",
            };
            let d = if i == 0 {
                Diagnostic::error(Code::UnstatedRule, "")
            } else {
                Diagnostic::warning(Code::UnstatedRule, "")
            };
            out.push(Diagnostic {
                message: format!("section `{}` binds rule `{}` but never states {what} ({period})", s.id.value, st.id),
                ..d
            }
            .at(&at_file, at_pos)
            .spanning(st.id.chars().count())
            .in_language(texts.lang)
            .hint(format!("state it in the prose, e.g. with the placeable {{ ${name} }}, or remove `{}` from `rules:`", st.id)));
        }
    }

    /// Periods in data texts: a rule's reason against the rule, a cookie's
    /// purpose against its lifespan, anything else against all facts.
    fn check_data_texts(
        &self,
        texts: &LanguageTexts<'_>,
        statables: &BTreeMap<String, Statable>,
        out: &mut Vec<Diagnostic>,
    ) {
        let cookie_lifespans: BTreeMap<String, Statable> = self
            .notice
            .data
            .cookies
            .items
            .iter()
            .filter_map(|c| {
                let period = c.lifespan()?;
                Some((
                    format!("cookie-{}-purpose", c.id.value),
                    Statable {
                        id: format!("cookie {}", c.id.value),
                        values: vec![(String::new(), period)],
                    },
                ))
            })
            .collect();
        for m in self.messages {
            if m.id.starts_with("section-") {
                continue;
            }
            let Some(t) = texts.text(m) else { continue };
            let own: Vec<&Statable> = if let Some(rule) =
                m.id.strip_prefix("rule-")
                    .and_then(|r| r.strip_suffix("-reason"))
                    .or_else(|| {
                        m.id.strip_prefix("rule-")
                            .and_then(|r| r.strip_suffix("-data"))
                    }) {
                statables.get(rule).into_iter().collect()
            } else if let Some(c) = cookie_lifespans.get(&m.id) {
                vec![c]
            } else {
                Vec::new()
            };
            for e in texts.recognizer.find(&t.body) {
                let pos = self.sources.pos_in_scalar(&t.file, t.pos, &t.body, e.start);
                if e.numeral_mismatch {
                    out.push(numeral_mismatch(&e, &t.file, pos, texts.lang));
                }
                if own.iter().any(|s| s.matches(&e)) {
                    continue;
                }
                if !own.is_empty() {
                    out.push(
                        Diagnostic::error(
                            Code::PeriodContradiction,
                            format!("\"{}\" contradicts {}", e.text, own[0].describe()),
                        )
                        .at(&t.file, pos)
                        .spanning(e.text.chars().count())
                        .in_language(texts.lang)
                        .hint("the text and the data it describes must agree; correct one of them"),
                    );
                } else if !statables.values().any(|s| s.matches(&e)) {
                    out.push(
                        Diagnostic::warning(Code::UnboundPeriod, format!("\"{}\" ({}) in `{}` matches no rule or fact", e.text, expression_value(&e), m.id))
                            .at(&t.file, pos)
                            .spanning(e.text.chars().count())
                            .in_language(texts.lang)
                            .hint("add the rule or fact this text describes to content/data/, or remove the period from the text"),
                    );
                }
            }
        }
    }
}

/// "zes (7) maanden": an error wherever it is written.
fn numeral_mismatch(e: &Expression, file: &str, pos: Pos, lang: &str) -> Diagnostic {
    Diagnostic::error(Code::NumeralMismatch, format!("\"{}\": the number in words and the numeral disagree", e.text))
        .at(file, pos)
        .spanning(e.text.chars().count())
        .in_language(lang)
        .hint("write the same number twice, e.g. \"six (6) months\"; better, write the fact as a { $rule-id } placeable")
}
