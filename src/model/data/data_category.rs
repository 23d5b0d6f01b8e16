//! `data-categories.yaml`: the kinds of personal data a notice names.

use crate::model::entity::{Entity, Text, ViewContext, optional};
use crate::model::values::Parsed;
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// Where data of a category comes from.
    DataSource ("a data source (direct or other-sources)") {
        Direct = "direct",
        OtherSources = "other-sources",
    }
}

/// A category of personal data ("traffic data", "identifiers").
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    pub id: Located<Id>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// `direct` (given by the person or collected from their use) or `other-sources`.
    #[serde(default)]
    pub source: Option<Located<Parsed<DataSource>>>,
    /// A definition shown as a footnote wherever a table names this category.
    #[serde(default)]
    pub definition: Option<Located<String>>,
}

#[derive(Serialize)]
pub struct DataCategoryView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub source: Option<String>,
    pub definition: Option<Html>,
}

/// A data category as a table cell names it.
#[derive(Serialize, Clone)]
pub struct CategoryRef {
    pub id: String,
    pub name: Html,
    /// The footnote number when the category has a definition.
    pub note: Option<usize>,
}

/// The named categories of a row, with footnote numbers when `notes`.
pub fn category_refs(
    cx: &mut dyn ViewContext,
    ids: &[Located<Id>],
    notes: bool,
) -> Vec<CategoryRef> {
    let known = &cx.notice().data.data_categories;
    let ids: Vec<&str> = ids
        .iter()
        .map(|id| id.as_str())
        .filter(|id| known.find(id).is_some())
        .collect();
    ids.into_iter()
        .map(|id| CategoryRef {
            id: id.to_string(),
            name: cx.name_of(Kind::DataCategory, id),
            note: if notes {
                cx.note(Kind::DataCategory, id)
            } else {
                None
            },
        })
        .collect()
}

impl Entity for DataCategory {
    type View = DataCategoryView;

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.description, Text::markdown, "description"),
            optional(&self.definition, Text::markdown, "definition")
                .map(|t| t.about("shown as a footnote wherever a table names this category")),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn check(&self, cx: &mut crate::model::entity::CheckContext<'_>) {
        if let Some(def) = &self.definition {
            cx.not_blank(
                "a footnote definition",
                def,
                "write the definition, or remove `definition:`",
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> DataCategoryView {
        let id = self.id.as_str();
        DataCategoryView {
            id: id.to_string(),
            name: cx.name_of(Kind::DataCategory, id),
            description: cx.markdown(Kind::DataCategory, id, "description"),
            source: self
                .source
                .as_ref()
                .and_then(|s| s.get())
                .map(|s| cx.ui(&format!("source-{s}"), &[])),
            definition: cx.markdown(Kind::DataCategory, id, "definition"),
        }
    }
}
