//! `facts.yaml`: deadlines and ages that prose states besides retention.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Text, ViewContext};
use crate::model::values::Parsed;
use crate::model::{Id, IsoDuration, Kind, Located, Period};
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
}

#[derive(Serialize)]
pub struct FactView {
    pub id: String,
    pub name: Html,
    pub value: Option<String>,
}

impl Entity for Fact {
    type View = FactView;

    fn texts(&self) -> Vec<Text<'_>> {
        vec![Text::plain("name", &self.name)]
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        if self.period.is_some() == self.age.is_some() {
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidFact,
                    format!(
                        "fact `{}` needs exactly one of `period` or `age`",
                        self.id.as_str()
                    ),
                )
                .at(cx.file, self.id.pos)
                .hint("a deadline is `period: P1M`; a minimum age is `age: 16`"),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> FactView {
        let id = self.id.as_str();
        FactView {
            id: id.to_string(),
            name: cx.plain(Kind::Fact, id, "name", &self.name),
            value: self.period().map(|p| cx.period(&p)),
        }
    }
}
