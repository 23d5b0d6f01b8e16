//! `data-subjects.yaml`: the groups of people a notice speaks to (website
//! visitors, customers' contact persons, end users, job applicants), and per
//! group the data concerned and where it comes from, so each reader finds
//! what applies to them.

use super::data_category::{CategoryRef, category_refs};
use crate::model::entity::{Entity, Reference, Text, ViewContext, optional};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A group of data subjects.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataSubject {
    pub id: Located<Id>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// Ids of the data categories processed about this group.
    #[serde(default)]
    pub categories: Vec<Located<Id>>,
    /// Ids of the sources in `sources.yaml` this group's data comes from,
    /// besides the people themselves.
    #[serde(default)]
    pub sources: Vec<Located<Id>>,
}

#[derive(Serialize)]
pub struct SourceRef {
    pub id: String,
    pub name: Html,
    pub public: bool,
}

#[derive(Serialize)]
pub struct DataSubjectView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub categories: Vec<CategoryRef>,
    pub sources: Vec<SourceRef>,
}

impl Entity for DataSubject {
    type View = DataSubjectView;

    fn references(&self) -> Vec<Reference<'_>> {
        let categories = self
            .categories
            .iter()
            .map(|c| Reference::to(Kind::DataCategory, c));
        let sources = self.sources.iter().map(|s| Reference::to(Kind::Source, s));
        categories.chain(sources).collect()
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

    fn view(&self, cx: &mut dyn ViewContext) -> DataSubjectView {
        let id = self.id.as_str();
        let sources = self
            .sources
            .iter()
            .filter_map(|s| {
                let source = cx.notice().data.sources.find(s)?;
                Some((s.as_str(), source.public.value))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(s, public)| SourceRef {
                id: s.to_string(),
                name: cx.name_of(Kind::Source, s),
                public,
            })
            .collect();
        DataSubjectView {
            id: id.to_string(),
            name: cx.plain(Kind::DataSubject, id, "name", &self.name),
            description: cx.markdown(Kind::DataSubject, id, "description"),
            categories: category_refs(cx, &self.categories, false),
            sources,
        }
    }
}
