//! `retention.yaml`: how long each kind of data is kept, as the company's
//! systems enforce it and as lawyers write it: a length or the events that end
//! it, how the length is meant (exactly, up to, at least), when the clock
//! starts, an upper bound, and the events that end it early.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Reference, Text, ViewContext, optional};
use crate::model::values::{OneOrMany, Parsed};
use crate::model::{Event, Id, IsoDuration, Kind, Located, Period, Pos, Qualifier};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How long one kind of data is kept.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    pub id: Located<Id>,
    /// What the rule covers, in the source language ("SMS and voice traffic data").
    pub data: Located<String>,
    /// Ids of the data categories the rule applies to.
    #[serde(default)]
    pub categories: Vec<Located<Id>>,
    /// Ids of the purposes whose data the rule governs.
    #[serde(default)]
    pub purposes: Vec<Located<Id>>,
    /// The period: an ISO-8601 duration (`P6M`), an event that ends it
    /// (`end-of-contract`), or a list of alternatives: several ends
    /// (`[end-of-contract, end-of-services]`), or a length or a period agreed
    /// with the customer (`[P30D, agreed-period]`).
    pub period: Located<OneOrMany<Parsed<Period>>>,
    /// How the length is meant: `exactly` (the default), `up-to`, `at-least` or `within`.
    #[serde(default)]
    pub qualifier: Option<Located<Parsed<Qualifier>>>,
    /// The event the length counts from (`collection`, `last-interaction`,
    /// `ticket-resolved`, `end-of-contract`, ...).
    #[serde(default)]
    pub start: Option<Located<Parsed<Event>>>,
    /// The longest the data may be kept, if longer than `period` (where a law
    /// demands it, or while a claim is pending).
    #[serde(default)]
    pub max: Option<Located<Parsed<IsoDuration>>>,
    /// When the longer period applies, in the source language ("while a tax
    /// audit or a legal claim about the records is pending"). Without it the
    /// page says only "up to ..."; vellum does not assume that a law demands it.
    #[serde(default)]
    pub max_condition: Option<Located<String>>,
    /// Events that end the period early: one (`consent-withdrawn`) or a list
    /// (`[consent-withdrawn, opt-out]`).
    #[serde(default)]
    pub ends_early: Option<Located<OneOrMany<Parsed<Event>>>>,
    /// Why this period, e.g. the statute that demands it.
    #[serde(default)]
    pub reason: Option<Located<String>>,
}

impl RetentionRule {
    /// The alternatives of the period that parsed, in the order written.
    pub fn alternatives(&self) -> Vec<Period> {
        self.period
            .items()
            .into_iter()
            .filter_map(|(_, p)| p.get().cloned())
            .collect()
    }

    /// The length of the period, if it has one.
    pub fn length(&self) -> Option<IsoDuration> {
        self.alternatives().iter().find_map(Period::iso)
    }

    /// The first alternative (what `{ $rule }` stood for before lists).
    pub fn period(&self) -> Option<Period> {
        self.alternatives().into_iter().next()
    }

    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
            .as_ref()
            .and_then(|q| q.get().copied())
            .unwrap_or(Qualifier::Exactly)
    }

    pub fn start(&self) -> Option<&Event> {
        self.start.as_ref().and_then(|s| s.get())
    }

    pub fn max(&self) -> Option<IsoDuration> {
        self.max.as_ref().and_then(|m| m.get().copied())
    }

    pub fn ends_early(&self) -> Vec<Event> {
        self.ends_early
            .as_ref()
            .map(|e| e.items().into_iter().filter_map(|(_, e)| e.get().cloned()).collect())
            .unwrap_or_default()
    }

    /// Every event the rule names, with where it is written and how it is
    /// used: for the check that each has words in every language.
    pub fn events(&self) -> Vec<(Pos, Event, EventUse)> {
        let mut out: Vec<(Pos, Event, EventUse)> = self
            .period
            .items()
            .into_iter()
            .filter_map(|(pos, p)| Some((pos, p.get()?.event()?.clone(), EventUse::End)))
            .collect();
        if let (Some(s), Some(e)) = (&self.start, self.start()) {
            out.push((s.pos, e.clone(), EventUse::Start));
        }
        if let Some(list) = &self.ends_early {
            for (pos, e) in list.items() {
                if let Some(e) = e.get() {
                    // Prose states an early end "until ..."; the table says
                    // "when ..." happens.
                    out.push((pos, e.clone(), EventUse::End));
                    out.push((pos, e.clone(), EventUse::EarlyEnd));
                }
            }
        }
        out
    }
}

/// How a rule uses an event, which decides the words it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventUse {
    /// The event ends the period ("until the end of the contract").
    End,
    /// The period counts from the event ("after the end of the contract").
    Start,
    /// The event ends the period early ("when you withdraw your consent").
    EarlyEnd,
}

#[derive(Serialize)]
pub struct RetentionView {
    pub id: String,
    pub data: Html,
    /// The whole period in words: "up to 12 months after your last interaction".
    pub period: String,
    /// `exactly`, `up-to`, `at-least` or `within`.
    pub qualifier: String,
    /// The event the length counts from, in words.
    pub start: Option<String>,
    pub max: Option<Html>,
    pub ends_early: Option<String>,
    pub reason: Option<Html>,
}

impl Entity for RetentionRule {
    type View = RetentionView;

    fn references(&self) -> Vec<Reference<'_>> {
        let categories = self
            .categories
            .iter()
            .map(|c| Reference::to(Kind::DataCategory, c));
        let purposes = self.purposes.iter().map(|p| Reference::to(Kind::Purpose, p));
        categories.chain(purposes).collect()
    }

    fn texts(&self) -> Vec<Text<'_>> {
        let period = self
            .period
            .items()
            .iter()
            .map(|(_, p)| p.text().trim().to_string())
            .collect::<Vec<_>>()
            .join(" or ");
        [
            Some(Text::plain("data", &self.data).about(format!(
                "what retention rule `{}` covers (period {period})",
                self.id.as_str()
            ))),
            optional(&self.max_condition, Text::plain, "max-condition").map(|t| {
                t.about(format!(
                    "when data is kept longer than {period}, up to the rule's maximum; the page writes \"up to <maximum> <this text>\""
                ))
            }),
            optional(&self.reason, Text::markdown, "reason").map(|t| {
                t.about(format!(
                    "why data is kept for {period}; a period written here must agree with the rule"
                ))
            }),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        if let (Some(condition), None) = (&self.max_condition, &self.max) {
            cx.out.push(
                Diagnostic::error(Code::InvalidValue, format!("rule `{}` says when its maximum applies but has no `max`", self.id.as_str()))
                    .at(cx.file, condition.pos)
                    .hint("add `max:` (the longest the data may be kept), or remove `max_condition`"),
            );
        }
        self.check_alternatives(cx);
        self.check_qualifier_and_start(cx);
        if let (Some(p), Some(b), Some(max)) = (self.length(), self.max(), &self.max)
            && b.approx_days() <= p.approx_days()
        {
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidBound,
                    format!("rule `{}`: the upper bound {b} is not longer than the period {p}", self.id.as_str()),
                )
                .at(cx.file, max.pos)
                .hint("`max` is the longest the data may be kept where a law demands it; make it longer than `period` or remove it"),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> RetentionView {
        let id = self.id.as_str();
        let qualifier = self.qualifier();
        RetentionView {
            id: id.to_string(),
            data: cx.plain(Kind::RetentionRule, id, "data", &self.data),
            period: cx.period_phrase(&self.alternatives(), qualifier, self.start()),
            qualifier: qualifier.id().to_string(),
            start: self.start().map(|e| cx.event_start(e)),
            max: self.max().map(|m| {
                let text = cx.period(&Period::Duration(m));
                match &self.max_condition {
                    // The condition may carry a `lang` span (an untranslated
                    // fallback): the sentence around it is escaped, the
                    // condition put in as the markup it is.
                    Some(condition) => {
                        let html = cx.plain(Kind::RetentionRule, id, "max-condition", condition);
                        let sentence = cx.ui(
                            "retention-max-condition",
                            &[("period", &text), ("condition", "\u{1}")],
                        );
                        Html::trusted(
                            crate::prose::escape_html(&sentence).replace('\u{1}', html.as_str()),
                        )
                    }
                    None => Html::text(&cx.ui("retention-max-value", &[("period", &text)])),
                }
            }),
            ends_early: {
                let ends: Vec<String> = self
                    .ends_early()
                    .into_iter()
                    .map(|e| {
                        // "Deleted earlier: when you withdraw your consent",
                        // not the period's "until consent is withdrawn".
                        let message = e.early_message();
                        let words = cx.ui(&message, &[]);
                        if words == message {
                            cx.period(&Period::Until(e))
                        } else {
                            words
                        }
                    })
                    .collect();
                (!ends.is_empty()).then(|| cx.list_or(&ends))
            },
            reason: cx.markdown(Kind::RetentionRule, id, "reason"),
        }
    }
}

impl RetentionRule {
    /// At most one length among the alternatives, and no event twice.
    fn check_alternatives(&self, cx: &mut CheckContext<'_>) {
        let id = self.id.as_str();
        let mut lengths = 0;
        let mut seen: Vec<Period> = Vec::new();
        for (pos, p) in self.period.items() {
            let Some(p) = p.get() else { continue };
            if p.iso().is_some() {
                lengths += 1;
                if lengths == 2 {
                    cx.out.push(
                        Diagnostic::error(Code::InvalidValue, format!("rule `{id}` has two lengths among its alternatives"))
                            .at(cx.file, pos)
                            .hint("a period has one length; the other alternatives are events that end it (`[P30D, agreed-period]`); an upper bound goes in `max`"),
                    );
                }
            }
            if seen.iter().any(|s| s.same_as(p)) {
                cx.out.push(
                    Diagnostic::error(Code::InvalidValue, format!("rule `{id}` lists `{p}` twice"))
                        .at(cx.file, pos)
                        .hint("list each alternative once"),
                );
            }
            seen.push(p.clone());
        }
    }

    /// A qualifier and a start describe a length: an event-ended period has
    /// neither, and `under`/`over` are for ages.
    fn check_qualifier_and_start(&self, cx: &mut CheckContext<'_>) {
        let id = self.id.as_str();
        let has_length = self.length().is_some();
        if let Some(q) = &self.qualifier
            && let Some(value) = q.get()
        {
            let problem = match value {
                Qualifier::Under | Qualifier::Over => Some((
                    format!("rule `{id}`: `{value}` describes an age, not a retention period"),
                    "use `up-to` for a maximum or `at-least` for a minimum",
                )),
                _ if !has_length && *value != Qualifier::Exactly => Some((
                    format!("rule `{id}`: `qualifier: {value}` needs a length in `period`"),
                    "a qualifier says how a length is meant (up to six months); remove it, or give the period a length",
                )),
                _ => None,
            };
            if let Some((message, hint)) = problem {
                cx.out.push(
                    Diagnostic::error(Code::InvalidValue, message)
                        .at(cx.file, q.pos)
                        .spanning(q.text().chars().count())
                        .hint(hint),
                );
            }
        }
        if let Some(start) = &self.start
            && !has_length
        {
            cx.out.push(
                Diagnostic::error(Code::InvalidValue, format!("rule `{id}`: `start` needs a length in `period`"))
                    .at(cx.file, start.pos)
                    .spanning(start.text().chars().count())
                    .hint("`start` says when a length begins to count (two years after the ticket is resolved); a period that lasts until an event has no start"),
            );
        }
    }
}
