//! `cookie-categories.yaml`: strictly necessary, functional, performance, marketing.

use super::cookie::{check_lifespan, lifespan_alternatives};
use crate::model::entity::{CheckContext, Entity, Text, ViewContext, optional};
use crate::model::values::{OneOrMany, Parsed};
use crate::model::{Id, Kind, Located, Period};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A cookie category.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookieCategory {
    pub id: Located<Id>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// True when the category is set without consent (strictly necessary cookies).
    #[serde(default)]
    pub without_consent: bool,
    /// How long cookies of this category live, when the category states it:
    /// a duration, `browser-session`, `logout`, or a list of alternatives.
    #[serde(default)]
    pub lifespan: Option<Located<OneOrMany<Parsed<Period>>>>,
}

impl CookieCategory {
    /// The alternatives of the lifespan that parsed (empty without one).
    pub fn lifespan(&self) -> Vec<Period> {
        self.lifespan
            .as_ref()
            .map(lifespan_alternatives)
            .unwrap_or_default()
    }
}

#[derive(Serialize)]
pub struct CookieCategoryView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub without_consent: bool,
    pub lifespan: Option<String>,
}

impl Entity for CookieCategory {
    type View = CookieCategoryView;

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.description, Text::markdown, "description"),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        if let Some(lifespan) = &self.lifespan {
            check_lifespan(cx, &format!("cookie category `{}`", self.id.as_str()), lifespan);
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> CookieCategoryView {
        let id = self.id.as_str();
        CookieCategoryView {
            id: id.to_string(),
            name: cx.name_of(Kind::CookieCategory, id),
            description: cx.markdown(Kind::CookieCategory, id, "description"),
            without_consent: self.without_consent,
            lifespan: self.lifespan.as_ref().map(|_| {
                cx.period_phrase(&self.lifespan(), crate::model::Qualifier::Exactly, None)
            }),
        }
    }
}
