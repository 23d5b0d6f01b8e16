//! `not-applicable.yaml`: items of Articles 13 and 14 GDPR that do not apply
//! to this notice, each with the statement the page prints in its place ("We
//! do not take decisions based solely on automated processing"). The id is
//! the item's (see `model::gdpr`); the statement is translated like any text.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Text, ViewContext};
use crate::model::gdpr::ItemId;
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An item of Art. 13/14 declared not applicable.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotApplicable {
    /// The item: one of the ids `vellum check` names (`dpo`,
    /// `automated-decisions`, `transfers`, ...).
    #[schemars(example = &"automated-decisions")]
    pub id: Located<Id>,
    /// Why it does not apply, as the page states it.
    pub reason: Located<String>,
}

#[derive(Serialize)]
pub struct NotApplicableView {
    pub id: String,
    pub reason: Option<Html>,
}

impl Entity for NotApplicable {
    type View = NotApplicableView;

    fn texts(&self) -> Vec<Text<'_>> {
        vec![Text::markdown("reason", &self.reason).about(format!(
            "the statement printed instead of the item `{}` of the GDPR, which does not apply",
            self.id.as_str()
        ))]
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        cx.not_blank(
            &format!("the reason `{}` does not apply", self.id.as_str()),
            &self.reason,
            "write the statement the page prints, e.g. \"We do not take decisions based solely on automated processing.\"",
        );
        if ItemId::from_id(self.id.as_str()).is_none() {
            let names = ItemId::NAMES;
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidValue,
                    format!("`{}` is not an item of Art. 13 or 14 GDPR", self.id.as_str()),
                )
                .at(cx.file, self.id.pos)
                .spanning(self.id.chars().count())
                .hint(
                    crate::diagnostics::suggest::did_you_mean(self.id.as_str(), names)
                        .unwrap_or_else(|| format!("the items are {}", names.join(", "))),
                ),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> NotApplicableView {
        let id = self.id.as_str();
        NotApplicableView {
            id: id.to_string(),
            reason: cx.markdown(Kind::NotApplicable, id, "reason"),
        }
    }
}
