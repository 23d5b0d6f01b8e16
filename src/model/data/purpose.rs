//! `purposes.yaml`: why data is processed, and on which legal basis.

use super::data_category::{CategoryRef, category_refs};
use crate::model::entity::{Entity, Reference, Text, ViewContext, optional};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Why data is processed, and on which legal basis.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: Located<Id>,
    pub name: Located<String>,
    /// Id of the legal basis in `legal-bases.yaml`.
    pub legal_basis: Located<Id>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// Ids of the data categories processed for this purpose.
    #[serde(default)]
    pub data_categories: Vec<Located<Id>>,
}

#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub legal_basis: Html,
    pub categories: Vec<CategoryRef>,
}

impl Entity for Purpose {
    type View = PurposeView;

    fn references(&self) -> Vec<Reference<'_>> {
        let mut refs = vec![Reference::to(Kind::LegalBasis, &self.legal_basis)];
        refs.extend(
            self.data_categories
                .iter()
                .map(|c| Reference::to(Kind::DataCategory, c)),
        );
        refs
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

    fn view(&self, cx: &mut dyn ViewContext) -> PurposeView {
        let id = self.id.as_str();
        PurposeView {
            id: id.to_string(),
            name: cx.plain(Kind::Purpose, id, "name", &self.name),
            description: cx.markdown(Kind::Purpose, id, "description"),
            legal_basis: cx.name_of(Kind::LegalBasis, &self.legal_basis),
            categories: category_refs(cx, &self.data_categories, false),
        }
    }
}
