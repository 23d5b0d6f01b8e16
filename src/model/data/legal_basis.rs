//! `legal-bases.yaml`: the lawful bases purposes rest on.

use crate::model::entity::{Entity, Text, ViewContext, optional};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A lawful basis under Art. 6(1) GDPR.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    pub id: Located<Id>,
    pub name: Located<String>,
    /// The article it rests on, e.g. "6(1)(a) GDPR".
    #[serde(default)]
    pub article: Option<Located<String>>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

#[derive(Serialize)]
pub struct LegalBasisView {
    pub id: String,
    pub name: Html,
    pub article: Option<Html>,
    pub description: Option<Html>,
}

impl Entity for LegalBasis {
    type View = LegalBasisView;

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

    fn view(&self, cx: &mut dyn ViewContext) -> LegalBasisView {
        let id = self.id.as_str();
        LegalBasisView {
            id: id.to_string(),
            name: cx.plain(Kind::LegalBasis, id, "name", &self.name),
            article: self
                .article
                .as_ref()
                .map(|a| cx.plain(Kind::LegalBasis, id, "article", a)),
            description: cx.markdown(Kind::LegalBasis, id, "description"),
        }
    }
}
