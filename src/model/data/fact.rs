//! `facts.yaml`: deadlines and ages that prose states besides retention.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Text, ViewContext};
use crate::model::values::Parsed;
use crate::model::{Event, Id, IsoDuration, Kind, Located, Period, Qualifier};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A fact other than a retention rule that prose states: a deadline or an age.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: Located<Id>,
    pub name: Located<String>,
    /// A duration such as the response deadline (`P1M`).
    #[serde(default)]
    pub period: Option<Located<Parsed<IsoDuration>>>,
    /// An age in years, such as the minimum age to use the services.
    #[serde(default)]
    pub age: Option<Located<u32>>,
    /// How the period is meant (`within` for a deadline, `up-to`, `at-least`,
    /// `exactly`). When given, prose must not contradict it.
    #[serde(default)]
    pub qualifier: Option<Located<Parsed<Qualifier>>>,
    /// The event the period counts from (`request-received`).
    #[serde(default)]
    pub start: Option<Located<Parsed<Event>>>,
    /// How far, and when, the deadline may be extended.
    #[serde(default)]
    pub extension: Option<Extension>,
}

/// An extension of a deadline: "by two further months where requests are
/// complex or numerous".
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    /// How much longer (`P2M`).
    pub period: Located<Parsed<IsoDuration>>,
    /// When the extension applies, in the source language ("when requests are
    /// complex or numerous").
    #[serde(default)]
    pub condition: Option<Located<String>>,
}

impl Fact {
    /// What the fact states as a period (an age is a number of years).
    pub fn period(&self) -> Option<Period> {
        match (&self.period, &self.age) {
            (Some(p), _) => p.get().map(|d| Period::Duration(*d)),
            (None, Some(age)) if age.value > 0 => Some(Period::Duration(IsoDuration {
                years: age.value.min(crate::model::period::MAX_YEARS),
                ..IsoDuration::default()
            })),
            _ => None,
        }
    }

    /// The qualifier, when the fact states one.
    pub fn qualifier(&self) -> Option<Qualifier> {
        self.qualifier.as_ref().and_then(|q| q.get().copied())
    }

    pub fn start(&self) -> Option<&Event> {
        self.start.as_ref().and_then(|s| s.get())
    }

    /// The extension's length, when it has one.
    pub fn extension(&self) -> Option<IsoDuration> {
        self.extension
            .as_ref()
            .and_then(|x| x.period.get().copied())
    }

    pub fn is_age(&self) -> bool {
        self.age.is_some()
    }
}

#[derive(Serialize)]
pub struct FactView {
    pub id: String,
    pub name: Html,
    /// The period in words, with its qualifier and start.
    pub value: Option<String>,
    pub extension: Option<String>,
    pub extension_condition: Option<Html>,
}

impl Entity for Fact {
    type View = FactView;

    fn texts(&self) -> Vec<Text<'_>> {
        let mut texts = vec![Text::plain("name", &self.name)];
        if let Some(condition) = self.extension.as_ref().and_then(|x| x.condition.as_ref()) {
            texts.push(
                Text::markdown("extension-condition", condition)
                    .about(format!("when the deadline `{}` may be extended", self.id.as_str())),
            );
        }
        texts
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        let id = self.id.as_str();
        if self.period.is_some() == self.age.is_some() {
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidFact,
                    format!("fact `{id}` needs exactly one of `period` or `age`"),
                )
                .at(cx.file, self.id.pos)
                .hint("a deadline is `period: P1M`; a minimum age is `age: 16`"),
            );
        }
        // Ages are stated from either side ("at least 18", "under 18"), so
        // they take no qualifier, start or extension.
        if let Some(age) = &self.age {
            let extra = [
                self.qualifier.as_ref().map(|q| ("qualifier", q.pos)),
                self.start.as_ref().map(|s| ("start", s.pos)),
                self.extension.as_ref().map(|x| ("extension", x.period.pos)),
            ];
            for (field, pos) in extra.into_iter().flatten() {
                cx.out.push(
                    Diagnostic::error(Code::InvalidFact, format!("fact `{id}` is an age and takes no `{field}`"))
                        .at(cx.file, pos)
                        .hint(format!("remove `{field}`; prose may state the age {} from either side (\"at least\", \"under\")", age.value)),
                );
            }
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> FactView {
        let id = self.id.as_str();
        FactView {
            id: id.to_string(),
            name: cx.plain(Kind::Fact, id, "name", &self.name),
            value: self.period().map(|p| {
                cx.period_phrase(
                    &[p],
                    self.qualifier().unwrap_or(Qualifier::Exactly),
                    self.start(),
                )
            }),
            extension: self
                .extension()
                .map(|d| cx.period(&Period::Duration(d))),
            extension_condition: cx.markdown(Kind::Fact, id, "extension-condition"),
        }
    }
}
