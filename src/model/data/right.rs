//! `rights.yaml`: the data-subject rights a notice explains.

use crate::model::entity::{Entity, Text, ViewContext, optional};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A data-subject right (access, erasure, ...).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: Located<Id>,
    pub name: Located<String>,
    #[serde(default)]
    pub article: Option<Located<String>>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

#[derive(Serialize)]
pub struct RightView {
    pub id: String,
    pub name: Html,
    pub article: Option<Html>,
    pub description: Option<Html>,
}

impl Entity for Right {
    type View = RightView;

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.article, Text::plain, "article"),
            optional(&self.description, Text::markdown, "description"),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn view(&self, cx: &mut dyn ViewContext) -> RightView {
        let id = self.id.as_str();
        RightView {
            id: id.to_string(),
            name: cx.plain(Kind::Right, id, "name", &self.name),
            article: self
                .article
                .as_ref()
                .map(|a| cx.plain(Kind::Right, id, "article", a)),
            description: cx.markdown(Kind::Right, id, "description"),
        }
    }
}
