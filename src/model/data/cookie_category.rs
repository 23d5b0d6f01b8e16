//! `cookie-categories.yaml`: strictly necessary, functional, performance, marketing.

use crate::model::entity::{Entity, Text, ViewContext, optional};
use crate::model::{Id, Kind, Located};
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
}

#[derive(Serialize)]
pub struct CookieCategoryView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub without_consent: bool,
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

    fn view(&self, cx: &mut dyn ViewContext) -> CookieCategoryView {
        let id = self.id.as_str();
        CookieCategoryView {
            id: id.to_string(),
            name: cx.name_of(Kind::CookieCategory, id),
            description: cx.markdown(Kind::CookieCategory, id, "description"),
            without_consent: self.without_consent,
        }
    }
}
