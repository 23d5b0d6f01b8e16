//! `sources.yaml`: where personal data comes from when the reader did not
//! give it (Art. 14(2)(f) GDPR): each source named, and whether it is
//! publicly accessible.

use crate::model::entity::{Entity, Reference, Text, ViewContext, optional};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::data_category::{CategoryRef, category_refs};

/// A source of personal data other than the reader.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Located<Id>,
    /// The source, named ("Trade registers", "Resellers and referral partners").
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// True when anyone can consult it (a public register, a company website).
    pub public: Located<bool>,
    /// Ids of the data categories that come from it.
    #[serde(default)]
    pub categories: Vec<Located<Id>>,
}

#[derive(Serialize)]
pub struct SourceView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub public: bool,
    pub categories: Vec<CategoryRef>,
}

impl Entity for Source {
    type View = SourceView;

    fn references(&self) -> Vec<Reference<'_>> {
        self.categories
            .iter()
            .map(|c| Reference::to(Kind::DataCategory, c))
            .collect()
    }

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.description, Text::markdown, "description"),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn view(&self, cx: &mut dyn ViewContext) -> SourceView {
        let id = self.id.as_str();
        SourceView {
            id: id.to_string(),
            name: cx.plain(Kind::Source, id, "name", &self.name),
            description: cx.markdown(Kind::Source, id, "description"),
            public: self.public.value,
            categories: category_refs(cx, &self.categories, false),
        }
    }
}
