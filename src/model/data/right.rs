//! `rights.yaml`: the data-subject rights a notice explains. Each names which
//! right of the GDPR it is, so vellum prints its article and can tell which
//! rights the notice's legal bases make necessary (consent: withdrawal;
//! legitimate interests, public task or direct marketing: objection;
//! contract or consent: portability).

use crate::model::entity::{Entity, Text, ViewContext, optional};
use crate::model::values::Parsed;
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// A right of the data subject under the GDPR.
    RightKind ("a right of the GDPR (access, rectification, erasure, restriction, portability, objection, withdraw-consent or automated-decisions)") {
        Access = "access",
        Rectification = "rectification",
        Erasure = "erasure",
        Restriction = "restriction",
        Portability = "portability",
        Objection = "objection",
        WithdrawConsent = "withdraw-consent",
        AutomatedDecisions = "automated-decisions",
    }
}

impl RightKind {
    /// The article of the GDPR that grants it.
    pub fn article(self) -> &'static str {
        match self {
            RightKind::Access => "15",
            RightKind::Rectification => "16",
            RightKind::Erasure => "17",
            RightKind::Restriction => "18",
            RightKind::Portability => "20",
            RightKind::Objection => "21",
            RightKind::WithdrawConsent => "7(3)",
            RightKind::AutomatedDecisions => "22",
        }
    }
}

/// A data-subject right (access, erasure, ...).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: Located<Id>,
    /// Which right of the GDPR this is; vellum prints its article.
    #[schemars(example = &"access")]
    pub right: Located<Parsed<RightKind>>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

impl Right {
    pub fn kind(&self) -> Option<RightKind> {
        self.right.get().copied()
    }
}

#[derive(Serialize)]
pub struct RightView {
    pub id: String,
    /// The right's name in the closed list (`access`, `objection`).
    pub kind: String,
    pub name: Html,
    /// "Art. 15 GDPR" in the page's language.
    pub article: Option<String>,
    pub description: Option<Html>,
}

impl Entity for Right {
    type View = RightView;

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
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
            kind: self.right.text().trim().to_string(),
            name: cx.plain(Kind::Right, id, "name", &self.name),
            article: self
                .kind()
                .map(|k| super::legal_basis::gdpr_article(cx, k.article())),
            description: cx.markdown(Kind::Right, id, "description"),
        }
    }
}
