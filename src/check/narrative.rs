//! The narrative check: every period the prose states, in every language, must
//! agree with the machine-readable rules the prose narrates.
//!
//! - In a section that binds rules, each period written in its title or body
//!   must equal one of the bound rules' values (every alternative of the
//!   period, the upper bound, the early ends, a deadline's extension; rules
//!   bound by enclosing sections count too), and each bound rule's period
//!   must be stated, in words or as a `{ $rule }` placeable.
//! - What the prose says about a length must agree too: its qualifier ("at
//!   least" for an "up to" rule is an error), the event it counts from, and
//!   the event that ends it early.
//! - A number word that disagrees with its numeral ("zes (7) maanden") is an
//!   error anywhere.
//! - A period in a section that binds nothing, or in a data text, that matches
//!   no rule or fact is a warning; binding the right rule silences it.

use super::recognize::{Expression, Recognizer};
use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources, suggest};
use crate::model::{Bound, Event, Notice, Period, Pos, Qualifier, Section};
use crate::translate::Catalog;
use crate::translate::messages::SourceMessage;
use crate::translate::pattern::placeables_at;
use std::collections::BTreeMap;

/// What a value is to the rule or fact it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Period,
    Max,
    EarlyEnd,
    Extension,
}

/// One value a rule or fact states, as prose may state it.
#[derive(Debug, Clone)]
struct Value {
    /// The placeable that states it (`rule`, `rule-max`, ...).
    placeable: String,
    period: Period,
    role: Role,
    /// How a length is bounded, when the rule says so; `None` is not compared
    /// (an age is stated from either side).
    bound: Option<Bound>,
    /// The event a length counts from.
    start: Option<Event>,
}

/// A rule or fact as the prose may state it.
#[derive(Debug, Clone)]
struct Statable {
    id: String,
    /// "rule", "cookie", "fact": for messages.
    what: &'static str,
    values: Vec<Value>,
}

impl Statable {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.values.iter().map(|v| v.period.to_string()).collect();
        format!("{} ({})", self.id, parts.join(", "))
    }

    fn new(id: &str, what: &'static str) -> Statable {
        Statable {
            id: id.to_string(),
            what,
            values: Vec::new(),
        }
    }

    fn value(
        &mut self,
        placeable: String,
        period: Period,
        role: Role,
        bound: Option<Bound>,
        start: Option<&Event>,
    ) {
        self.values.push(Value {
            placeable,
            period,
            role,
            bound,
            start: start.cloned(),
        });
    }
}

/// The values of every rule and fact, by id.
fn statables(notice: &Notice) -> BTreeMap<String, Statable> {
    let mut out = BTreeMap::new();
    for r in &notice.data.retention.items {
        let id = r.id.as_str();
        // A period that did not parse was reported where it is written;
        // judging prose against the rest of the rule would only add noise.
        if r.alternatives().len() != r.period.items().len() {
            continue;
        }
        let mut s = Statable::new(id, "rule");
        let bound = Some(r.qualifier().bound());
        for p in r.alternatives() {
            s.value(id.to_string(), p, Role::Period, bound, r.start());
        }
        if let Some(max) = r.max() {
            s.value(
                format!("{id}-max"),
                Period::Duration(max),
                Role::Max,
                Some(Bound::Upper),
                r.start(),
            );
        }
        for e in r.ends_early() {
            s.value(
                format!("{id}-ends-early"),
                Period::Until(e),
                Role::EarlyEnd,
                None,
                None,
            );
        }
        out.insert(id.to_string(), s);
    }
    for f in &notice.data.facts.items {
        let id = f.id.as_str();
        let mut s = Statable::new(id, "fact");
        let bound = f.qualifier().filter(|_| !f.is_age()).map(Qualifier::bound);
        let Some(p) = f.period() else { continue };
        s.value(id.to_string(), p, Role::Period, bound, f.start());
        if let Some(x) = f.extension() {
            s.value(
                format!("{id}-extension"),
                Period::Duration(x),
                Role::Extension,
                None,
                None,
            );
        }
        out.insert(id.to_string(), s);
    }
    out
}

/// What prose says about lengths of cookies and cookie categories: their
/// purposes and descriptions must agree with their lifespans.
fn lifespans(notice: &Notice) -> BTreeMap<String, Statable> {
    let mut out = BTreeMap::new();
    let mut add = |message: String, id: String, periods: Vec<Period>| {
        if periods.is_empty() {
            return;
        }
        let mut s = Statable::new(&id, "cookie");
        for p in periods {
            s.value(String::new(), p, Role::Period, None, None);
        }
        out.insert(message, s);
    };
    for c in &notice.data.cookies.items {
        add(
            format!("cookie-{}-purpose", c.id.value),
            format!("cookie {}", c.id.value),
            c.lifespan(),
        );
    }
    for c in &notice.data.cookie_categories.items {
        add(
            format!("cookie-category-{}-description", c.id.value),
            format!("cookie category {}", c.id.value),
            c.lifespan(),
        );
    }
    out
}

/// How an expression fares against the values a context allows.
enum Verdict {
    /// It states these values (statable index, value index) and nothing wrong.
    Agrees(Vec<(usize, usize)>),
    /// Its length or event matches nothing allowed.
    Contradicts,
    /// It matches, but says something else about it.
    Differs(Vec<(usize, usize)>, Diagnostic),
}

fn value_matches(e: &Expression, v: &Value) -> bool {
    match (&e.iso, &v.period) {
        (Some(d), Period::Duration(rule)) => d.same_as(rule),
        (None, Period::Until(rule)) => e.ends.contains(rule),
        _ => false,
    }
}

/// Judges one expression against the allowed statables.
fn judge(e: &Expression, allowed: &[&Statable]) -> Verdict {
    let mut matched: Vec<(usize, usize)> = Vec::new();
    for (si, s) in allowed.iter().enumerate() {
        for (vi, v) in s.values.iter().enumerate() {
            if value_matches(e, v) {
                matched.push((si, vi));
            }
        }
    }
    let events_ok = |ev: &Event, matched: &mut Vec<(usize, usize)>| {
        let hits: Vec<(usize, usize)> = allowed
            .iter()
            .enumerate()
            .flat_map(|(si, s)| {
                s.values.iter().enumerate().filter_map(move |(vi, v)| {
                    (v.period == Period::Until(ev.clone())).then_some((si, vi))
                })
            })
            .collect();
        let ok = !hits.is_empty();
        matched.extend(hits);
        ok
    };
    if matched.is_empty() {
        return Verdict::Contradicts;
    }
    // Every end the prose names must be one the rules have.
    let events: Vec<&Event> = e.named_ends().collect();
    let unknown: Vec<&Event> = events
        .into_iter()
        .filter(|ev| !events_ok(ev, &mut matched))
        .collect();
    if let Some(ev) = unknown.first() {
        let d = Diagnostic::error(
            Code::PeriodContradiction,
            format!("\"{}\" ends with `{ev}`, which the rule does not say", quote(e)),
        )
        .hint(format!("add `{ev}` to the rule (`ends_early`, or an alternative of `period`), or correct the prose"));
        return Verdict::Differs(matched, d);
    }
    if e.iso.is_none() {
        return Verdict::Agrees(matched);
    }
    let lengths: Vec<&Value> = matched
        .iter()
        .map(|(si, vi)| &allowed[*si].values[*vi])
        .filter(|v| v.period.iso().is_some())
        .collect();
    if let Some(d) = qualifier_difference(e, &lengths) {
        return Verdict::Differs(matched, d);
    }
    if let Some(d) = start_difference(e, &lengths) {
        return Verdict::Differs(matched, d);
    }
    Verdict::Agrees(matched)
}

/// The qualifier the prose gives a length against the rule's: opposite
/// bounds are an error; a bound where the rule has none, or none where it
/// has one, a warning.
fn qualifier_difference(e: &Expression, lengths: &[&Value]) -> Option<Diagnostic> {
    let prose = e.qualifier.map_or(Bound::Exact, Qualifier::bound);
    let bounds: Vec<Bound> = lengths.iter().filter_map(|v| v.bound).collect();
    if bounds.is_empty() || bounds.contains(&prose) {
        return None;
    }
    let rule = bounds[0];
    let said = |b: Bound| match b {
        Bound::Exact => "an exact period",
        Bound::Upper => "a maximum",
        Bound::Lower => "a minimum",
    };
    let message = format!(
        "\"{}\" states {}, but the rule states {}",
        quote(e),
        said(prose),
        said(rule)
    );
    let hint = match rule {
        Bound::Upper => {
            "write \"up to\" (or \"no longer than\", \"within\"), or change the rule's `qualifier`"
        }
        Bound::Lower => "write \"at least\", or change the rule's `qualifier`",
        Bound::Exact => "drop the qualifier, or give the rule the `qualifier` the prose states",
    };
    let opposite = matches!(
        (prose, rule),
        (Bound::Upper, Bound::Lower) | (Bound::Lower, Bound::Upper)
    );
    let d = if opposite {
        Diagnostic::error(Code::QualifierMismatch, message)
    } else {
        Diagnostic::warning(Code::QualifierMismatch, message)
    };
    Some(d.hint(hint))
}

/// The event the prose counts a length from against the rule's start.
fn start_difference(e: &Expression, lengths: &[&Value]) -> Option<Diagnostic> {
    let said = e.start_event.as_ref()?;
    if lengths.iter().any(|v| v.start.as_ref() == Some(said)) {
        return None;
    }
    match lengths.iter().find_map(|v| v.start.as_ref()) {
        Some(rule) => Some(
            Diagnostic::error(
                Code::StartMismatch,
                format!(
                    "\"{}\" counts from `{said}`, but the rule counts from `{rule}`",
                    quote(e)
                ),
            )
            .hint("correct the prose, or the rule's `start` if the prose is right"),
        ),
        None => Some(
            Diagnostic::warning(
                Code::StartMismatch,
                format!(
                    "\"{}\" counts from `{said}`, but the rule does not say when its period starts",
                    quote(e)
                ),
            )
            .hint(format!(
                "add `start: {said}` to the rule, so that the table and retention.json say it too"
            )),
        ),
    }
}

/// Texts of one language: where each message is written and what it says.
pub struct LanguageTexts<'a> {
    pub lang: &'a str,
    pub recognizer: &'a Recognizer<'a>,
    /// `None` for the source language (texts come from the YAML).
    pub translations: Option<&'a super::found::FoundById<'a>>,
    pub catalog: &'a Catalog,
    /// Every placeable as written (`{ $rule }`), so that a formatted
    /// translation reads as its file does and positions in it stay exact.
    pub placeholders: fluent_bundle::FluentArgs<'a>,
    /// Formatted texts by message, filled on first use: every check of the
    /// language reads the same texts. Keyed by where the message is: the
    /// ids share long prefixes (`section-retention-...`), and comparing them
    /// in an ordered map was a visible part of a build.
    pub cache: std::cell::RefCell<TextCache>,
    /// The periods of texts recognized in earlier rebuilds (`vellum serve`).
    pub periods: Option<crate::site::memo::TextResults<Vec<Expression>>>,
}

/// Formatted texts by the address of their [`SourceMessage`], which lives in
/// the check's message list for as long as the cache.
pub type TextCache = std::collections::HashMap<
    *const SourceMessage,
    Option<std::rc::Rc<Text>>,
    crate::prose::hash::KeyHashBuild,
>;

pub struct Text {
    body: String,
    /// Shared with the message's own record: every text of every language.
    file: std::sync::Arc<str>,
    pos: Pos,
}

/// Arguments that format each placeable the notice offers as written.
pub fn literal_placeables(notice: &Notice) -> fluent_bundle::FluentArgs<'static> {
    let mut args = fluent_bundle::FluentArgs::new();
    for f in crate::translate::facts::fact_placeables(notice) {
        let literal = format!("{{ ${} }}", f.name);
        args.set(f.name, fluent_bundle::FluentValue::from(literal));
    }
    args
}

impl LanguageTexts<'_> {
    /// Every period expression in `body`.
    fn periods(&self, body: &str) -> Vec<Expression> {
        crate::site::memo::per_text(self.periods.as_ref(), body, || self.recognizer.find(body))
    }

    fn text(&self, m: &SourceMessage) -> Option<std::rc::Rc<Text>> {
        let key: *const SourceMessage = m;
        if let Some(t) = self.cache.borrow().get(&key) {
            return t.clone();
        }
        let t = self.read(m).map(std::rc::Rc::new);
        self.cache.borrow_mut().insert(key, t.clone());
        t
    }

    fn read(&self, m: &SourceMessage) -> Option<Text> {
        match self.translations {
            None => Some(Text {
                body: m.text.clone(),
                file: m.file.as_str().into(),
                pos: m.pos,
            }),
            Some(found) => {
                let f = found.get(&m.id)?;
                let body = self.catalog.format_with(&m.id, &self.placeholders)?;
                Some(Text {
                    body,
                    file: std::sync::Arc::clone(&f.file),
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
    /// Built from the same notice and messages, once for every language.
    pub rules: &'a SiteRules,
}

/// What the narrative check reads of the model, the same in every language:
/// built once per build rather than once per language (on a site of 80
/// languages, building them again was 1-2% of the build).
pub struct SiteRules {
    statables: BTreeMap<String, Statable>,
    /// The cookies' and cookie categories' lifespans, by the message that
    /// describes them.
    lifespans: BTreeMap<String, Statable>,
    /// Every placeable that names a statable value, in the statables' order
    /// (suggestions take the first of equals), and the same sorted, to look
    /// each placeable of every text up.
    placeables: Vec<String>,
    placeables_sorted: Vec<String>,
    /// Each source message's index in the messages, by id.
    by_id: std::collections::HashMap<String, usize, crate::prose::hash::KeyHashBuild>,
}

impl SiteRules {
    pub fn new(notice: &Notice, messages: &[SourceMessage]) -> SiteRules {
        let statables = statables(notice);
        let mut placeables: Vec<String> = statables
            .values()
            .flat_map(|s| s.values.iter().map(|v| v.placeable.clone()))
            .collect();
        placeables.dedup();
        let mut placeables_sorted = placeables.clone();
        placeables_sorted.sort_unstable();
        placeables_sorted.dedup();
        SiteRules {
            statables,
            lifespans: lifespans(notice),
            placeables,
            placeables_sorted,
            by_id: messages
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.clone(), i))
                .collect(),
        }
    }

    /// The message `id` of `messages` (those the rules were built from).
    fn message<'m>(&self, messages: &'m [SourceMessage], id: &str) -> Option<&'m SourceMessage> {
        let m = messages.get(*self.by_id.get(id)?)?;
        (m.id == id).then_some(m)
    }
}

/// What one language's pass carries from section to section.
struct Pass<'a, 'b> {
    texts: &'a LanguageTexts<'b>,
    statables: &'a BTreeMap<String, Statable>,
    out: &'a mut Vec<Diagnostic>,
}

/// An expression found in a message, with where it is.
struct Found<'a> {
    e: Expression,
    file: &'a str,
    pos: Pos,
    lang: &'a str,
}

impl Found<'_> {
    fn at(&self, d: Diagnostic) -> Diagnostic {
        d.at(self.file, self.pos)
            .spanning(self.e.text.chars().count())
            .in_language(self.lang)
    }
}

impl NarrativeCheck<'_> {
    /// Runs the check for one language.
    pub fn check_language(&self, texts: &LanguageTexts<'_>, out: &mut Vec<Diagnostic>) {
        let statables = &self.rules.statables;
        self.unknown_placeables(texts, out);
        let mut pass = Pass {
            texts,
            statables,
            out,
        };
        for f in &self.notice.sections {
            self.check_section(&f.section, &f.file, &[], &mut pass);
        }
        self.check_data_texts(texts, statables, out);
    }

    fn unknown_placeables(&self, texts: &LanguageTexts<'_>, out: &mut Vec<Diagnostic>) {
        let names = self.rules.placeables.iter().map(String::as_str);
        let known = &self.rules.placeables_sorted;
        for m in self.messages {
            let Some(t) = texts.text(m) else { continue };
            for (name, offset) in placeables_at(&t.body) {
                if known.binary_search(&name).is_ok() {
                    continue;
                }
                let about = "Placeables name a retention rule or fact id, or `<rule>-max`, `<rule>-ends-early`, `<fact>-extension`";
                out.push(
                    Diagnostic::error(
                        Code::UnknownPlaceable,
                        format!("unknown placeable {{ ${name} }}"),
                    )
                    .at(
                        &*t.file,
                        self.sources.pos_in_scalar(&t.file, t.pos, &t.body, offset),
                    )
                    .in_language(texts.lang)
                    .hint(match suggest::closest(&name, names.clone()) {
                        Some(best) => format!("did you mean {{ ${best} }}? {about}"),
                        None => {
                            about
                                .to_lowercase()
                                .replacen("placeables name", "a placeable names", 1)
                        }
                    }),
                );
            }
        }
    }

    /// The message ids of a section's own texts: its title and body parts.
    fn section_messages(s: &Section) -> Vec<String> {
        let mut ids = vec![format!("section-{}-title", s.id.value)];
        ids.extend(s.body_parts().iter().map(|p| p.message.clone()));
        ids
    }

    fn check_section(
        &self,
        s: &Section,
        file: &str,
        inherited: &[String],
        pass: &mut Pass<'_, '_>,
    ) {
        let own: Vec<&Statable> = s
            .rules
            .iter()
            .filter_map(|r| pass.statables.get(r.as_str()))
            .collect();
        // A binding to an unknown or invalid rule is reported where it is
        // written; judging the prose against the rest would only add noise.
        let judge_here = own.len() == s.rules.len();
        let mut allowed: Vec<&Statable> = own.clone();
        allowed.extend(inherited.iter().filter_map(|id| pass.statables.get(id)));
        let mut stated: Vec<(String, usize)> = Vec::new();
        let mut judged_any = false;
        for id in Self::section_messages(s) {
            let Some(m) = self.rules.message(self.messages, &id) else {
                continue;
            };
            let Some(t) = pass.texts.text(m) else {
                continue;
            };
            judged_any = true;
            for (name, _) in placeables_at(&t.body) {
                for st in &allowed {
                    for (vi, v) in st.values.iter().enumerate() {
                        if v.placeable == name {
                            stated.push((st.id.clone(), vi));
                        }
                    }
                }
            }
            if !judge_here {
                continue;
            }
            for e in pass.texts.periods(&t.body) {
                let found = Found {
                    pos: self.sources.pos_in_scalar(&t.file, t.pos, &t.body, e.start),
                    e,
                    file: &t.file,
                    lang: pass.texts.lang,
                };
                let hits = self.judge_in_section(&found, &allowed, pass, &s.id.value);
                stated.extend(
                    hits.into_iter()
                        .map(|(si, vi)| (allowed[si].id.clone(), vi)),
                );
            }
        }
        if judged_any && judge_here {
            for st in &own {
                self.require_stated(s, file, st, &stated, pass);
            }
        }
        let mut next: Vec<String> = inherited.to_vec();
        next.extend(s.rules.iter().map(|r| r.to_string()));
        for sub in &s.subsections {
            self.check_section(sub, file, &next, pass);
        }
    }

    /// One expression in a section's prose; returns the values it states.
    fn judge_in_section(
        &self,
        found: &Found<'_>,
        allowed: &[&Statable],
        pass: &mut Pass<'_, '_>,
        section: &str,
    ) -> Vec<(usize, usize)> {
        let e = &found.e;
        if e.numeral_mismatch {
            pass.out.push(numeral_mismatch(found));
        }
        match judge(e, allowed) {
            Verdict::Agrees(hits) => return hits,
            Verdict::Differs(hits, d) => {
                pass.out.push(found.at(d));
                return hits;
            }
            Verdict::Contradicts => {}
        }
        let all: Vec<&Statable> = pass.statables.values().collect();
        let matching = match judge(e, &all) {
            Verdict::Agrees(h) | Verdict::Differs(h, _) => h.first().map(|(si, _)| all[*si]),
            Verdict::Contradicts => None,
        };
        if allowed.is_empty() {
            let hint = match matching {
                Some(m) => format!("this matches `{}`; bind it with `rules: [{}]` in section `{section}`", m.id, m.id),
                None => "add the rule or fact this sentence describes to content/data/retention.yaml or facts.yaml, and bind it to the section with `rules:`".to_string(),
            };
            pass.out.push(
                found.at(Diagnostic::warning(
                    Code::UnboundPeriod,
                    format!(
                        "\"{}\" ({}) is stated in section `{section}`, which binds no rule",
                        quote(e),
                        expression_value(e)
                    ),
                )
                .hint(hint)),
            );
            return Vec::new();
        }
        let message = if allowed.len() == 1 {
            format!(
                "\"{}\" contradicts {} {}",
                quote(e),
                allowed[0].what,
                allowed[0].describe()
            )
        } else {
            let list: Vec<String> = allowed.iter().map(|s| s.describe()).collect();
            format!(
                "\"{}\" ({}) matches none of the rules section `{section}` binds: {}",
                quote(e),
                expression_value(e),
                list.join("; ")
            )
        };
        let hint = match matching {
            Some(m) => format!("it matches `{}`: bind that rule too, or correct the period", m.id),
            None => "correct the period, or change the rule in content/data/ if the prose is right; writing the fact as a { $rule-id } placeable keeps them in step".to_string(),
        };
        pass.out
            .push(found.at(Diagnostic::error(Code::PeriodContradiction, message).hint(hint)));
        Vec::new()
    }

    /// A bound rule's values must appear in the section (in words or as placeables).
    fn require_stated(
        &self,
        s: &Section,
        file: &str,
        st: &Statable,
        stated: &[(String, usize)],
        pass: &mut Pass<'_, '_>,
    ) {
        let Some(binding) = s.rules.iter().find(|r| r.as_str() == st.id) else {
            return;
        };
        // Where to point: the binding in the YAML for the source language, the
        // section's first translated text for a translation.
        let (at_file, at_pos) = match pass.texts.translations {
            None => (file.to_string(), binding.pos),
            Some(found) => {
                let mut ids = Self::section_messages(s);
                ids.rotate_left(1);
                match ids.iter().find_map(|id| found.get(id)) {
                    Some(f) => (f.file.to_string(), f.pos),
                    None => return,
                }
            }
        };
        for (vi, v) in st.values.iter().enumerate() {
            if stated.iter().any(|(id, i)| *id == st.id && *i == vi) {
                continue;
            }
            let what = match v.role {
                Role::Period => "its period",
                Role::Max => "its upper bound",
                Role::EarlyEnd => "when it ends early",
                Role::Extension => "its extension",
            };
            let message = format!(
                "section `{}` binds {} `{}` but never states {what} ({})",
                s.id.value, st.what, st.id, v.period
            );
            let d = if v.role == Role::Period {
                Diagnostic::error(Code::UnstatedRule, message)
            } else {
                Diagnostic::warning(Code::UnstatedRule, message)
            };
            pass.out.push(
                d.at(&at_file, at_pos)
                    .spanning(st.id.chars().count())
                    .in_language(pass.texts.lang)
                    .hint(format!("state it in the prose, e.g. with the placeable {{ ${} }}, or remove `{}` from `rules:`", v.placeable, st.id)),
            );
        }
    }
}

impl NarrativeCheck<'_> {
    /// Periods in data texts: a rule's reason against the rule, a cookie's
    /// purpose and a cookie category's description against their lifespans,
    /// anything else against all facts.
    fn check_data_texts(
        &self,
        texts: &LanguageTexts<'_>,
        statables: &BTreeMap<String, Statable>,
        out: &mut Vec<Diagnostic>,
    ) {
        let lifespans = &self.rules.lifespans;
        let all: Vec<&Statable> = statables.values().collect();
        for m in self.messages {
            if m.id.starts_with("section-") {
                continue;
            }
            let Some(t) = texts.text(m) else { continue };
            let rule = m.id.strip_prefix("rule-").and_then(|r| {
                r.strip_suffix("-reason")
                    .or_else(|| r.strip_suffix("-data"))
            });
            let own: Vec<&Statable> = match rule {
                Some(rule) => statables.get(rule).into_iter().collect(),
                None => lifespans.get(&m.id).into_iter().collect(),
            };
            for e in texts.periods(&t.body) {
                let found = Found {
                    pos: self.sources.pos_in_scalar(&t.file, t.pos, &t.body, e.start),
                    e,
                    file: &t.file,
                    lang: texts.lang,
                };
                if found.e.numeral_mismatch {
                    out.push(numeral_mismatch(&found));
                }
                if let Some(d) = self.judge_data_text(&found, &own, &all, &m.id) {
                    out.push(found.at(d));
                }
            }
        }
    }

    fn judge_data_text(
        &self,
        found: &Found<'_>,
        own: &[&Statable],
        all: &[&Statable],
        message: &str,
    ) -> Option<Diagnostic> {
        let e = &found.e;
        if !own.is_empty() {
            return match judge(e, own) {
                Verdict::Agrees(_) => None,
                Verdict::Differs(_, d) => Some(d),
                Verdict::Contradicts => Some(
                    Diagnostic::error(
                        Code::PeriodContradiction,
                        format!(
                            "\"{}\" contradicts {}",
                            quote(e),
                            own[0].describe_as_owner()
                        ),
                    )
                    .hint("the text and the data it describes must agree; correct one of them"),
                ),
            };
        }
        match judge(e, all) {
            Verdict::Contradicts => Some(
                Diagnostic::warning(
                    Code::UnboundPeriod,
                    format!("\"{}\" ({}) in `{message}` matches no rule or fact", quote(e), expression_value(e)),
                )
                .hint("add the rule or fact this text describes to content/data/, or remove the period from the text"),
            ),
            _ => None,
        }
    }
}

impl Statable {
    /// "rule sms-traffic (P6M, P2Y)", "cookie session (P30D)".
    fn describe_as_owner(&self) -> String {
        if self.what == "cookie" {
            self.describe()
        } else {
            format!("{} {}", self.what, self.describe())
        }
    }
}

/// The expression as a message quotes it: on one line.
fn quote(e: &Expression) -> String {
    e.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn expression_value(e: &Expression) -> String {
    match (&e.iso, e.event()) {
        (Some(d), _) => d.to_string(),
        (_, Some(ev)) => ev.id().to_string(),
        _ => String::new(),
    }
}

/// "zes (7) maanden": an error wherever it is written.
fn numeral_mismatch(found: &Found<'_>) -> Diagnostic {
    found.at(
        Diagnostic::error(Code::NumeralMismatch, format!("\"{}\": the number in words and the numeral disagree", quote(&found.e)))
            .hint("write the same number twice, e.g. \"six (6) months\"; better, write the fact as a { $rule-id } placeable"),
    )
}
