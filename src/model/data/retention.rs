//! `retention.yaml`: how long each kind of data is kept, as the company's
//! systems enforce it.

use crate::model::entity::{CheckContext, Entity, Reference, Text, ViewContext, optional};
use crate::model::values::Parsed;
use crate::model::{Event, Id, IsoDuration, Kind, Located, Period};
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
    /// The default period: an ISO-8601 duration (`P6M`) or an event (`end-of-contract`).
    pub period: Located<Parsed<Period>>,
    /// The longest the data may be kept where a law demands it, if longer than `period`.
    #[serde(default)]
    pub max: Option<Located<Parsed<IsoDuration>>>,
    /// An event that ends the period early (`consent-withdrawn`).
    #[serde(default)]
    pub ends_early: Option<Located<Parsed<Event>>>,
    /// Why this period, e.g. the statute that demands it.
    #[serde(default)]
    pub reason: Option<Located<String>>,
}

impl RetentionRule {
    pub fn period(&self) -> Option<Period> {
        self.period.get().copied()
    }

    pub fn max(&self) -> Option<IsoDuration> {
        self.max.as_ref().and_then(|m| m.get().copied())
    }

    pub fn ends_early(&self) -> Option<Event> {
        self.ends_early.as_ref().and_then(|e| e.get().copied())
    }
}

#[derive(Serialize)]
pub struct RetentionView {
    pub id: String,
    pub data: Html,
    pub period: String,
    pub max: Option<String>,
    pub ends_early: Option<String>,
    pub reason: Option<Html>,
}

impl Entity for RetentionRule {
    type View = RetentionView;

    fn references(&self) -> Vec<Reference<'_>> {
        self.categories
            .iter()
            .map(|c| Reference::to(Kind::DataCategory, c))
            .collect()
    }

    fn texts(&self) -> Vec<Text<'_>> {
        let period = self.period.text().to_string();
        [
            Some(Text::plain("data", &self.data).about(format!(
                "what retention rule `{}` covers (period {period})",
                self.id.as_str()
            ))),
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
        if let (Some(Period::Duration(p)), Some(b), Some(max)) =
            (self.period(), self.max(), &self.max)
            && b.approx_days() <= p.approx_days()
        {
            cx.out.push(
                crate::diagnostics::Diagnostic::error(
                    crate::diagnostics::Code::InvalidBound,
                    format!("rule `{}`: the upper bound {b} is not longer than the period {p}", self.id.as_str()),
                )
                .at(cx.file, max.pos)
                .hint("`max` is the longest the data may be kept where a law demands it; make it longer than `period` or remove it"),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> RetentionView {
        let id = self.id.as_str();
        RetentionView {
            id: id.to_string(),
            data: cx.plain(Kind::RetentionRule, id, "data", &self.data),
            period: self.period().map(|p| cx.period(&p)).unwrap_or_default(),
            max: self.max().map(|m| {
                let text = cx.period(&Period::Duration(m));
                cx.ui("retention-max-value", &[("period", &text)])
            }),
            ends_early: self.ends_early().map(|e| cx.period(&Period::Until(e))),
            reason: cx.markdown(Kind::RetentionRule, id, "reason"),
        }
    }
}
