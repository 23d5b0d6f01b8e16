//! `subprocessors.yaml`: the processors a company engages, where they are and
//! what a transfer to them rests on.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Reference, Text, ViewContext};
use crate::model::values::Parsed;
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// What a transfer of personal data rests on.
    Safeguard ("a transfer safeguard (eea, adequacy-decision, standard-contractual-clauses, binding-corporate-rules or data-privacy-framework)") {
        Eea = "eea",
        AdequacyDecision = "adequacy-decision",
        StandardContractualClauses = "standard-contractual-clauses",
        BindingCorporateRules = "binding-corporate-rules",
        DataPrivacyFramework = "data-privacy-framework",
    }
}

/// A processor engaged by the company.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subprocessor {
    pub id: Located<Id>,
    pub name: Located<String>,
    pub purpose: Located<String>,
    /// Country id from `data/countries.yaml`.
    pub location: Located<Id>,
    /// Transfer safeguard: `eea` when the data stays in the EEA.
    pub safeguard: Located<Parsed<Safeguard>>,
}

#[derive(Serialize)]
pub struct SubprocessorView {
    pub id: String,
    pub name: String,
    pub purpose: Html,
    pub location: Html,
    pub safeguard: String,
}

impl Entity for Subprocessor {
    type View = SubprocessorView;

    fn references(&self) -> Vec<Reference<'_>> {
        vec![Reference::to(Kind::Country, &self.location)]
    }

    fn texts(&self) -> Vec<Text<'_>> {
        vec![Text::markdown("purpose", &self.purpose).about(format!(
            "what the sub-processor {} does for us",
            self.name.as_str()
        ))]
    }

    fn proper_names(&self) -> Vec<&str> {
        vec![self.name.as_str()]
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        let in_eea = cx.notice.data.countries.find(&self.location).map(|c| c.eea);
        if self.safeguard.get() == Some(&Safeguard::Eea) && in_eea == Some(false) {
            cx.out.push(
                Diagnostic::error(
                    Code::MissingSafeguard,
                    format!("sub-processor `{}` is outside the EEA but names no transfer safeguard", self.id.as_str()),
                )
                .at(cx.file, self.safeguard.pos)
                .hint("name the safeguard the transfer relies on: adequacy-decision, standard-contractual-clauses, binding-corporate-rules or data-privacy-framework"),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> SubprocessorView {
        let id = self.id.as_str();
        SubprocessorView {
            id: id.to_string(),
            name: self.name.value.clone(),
            purpose: cx
                .markdown(Kind::Subprocessor, id, "purpose")
                .unwrap_or_default(),
            location: cx.name_of(Kind::Country, &self.location),
            safeguard: self
                .safeguard
                .get()
                .map(|s| cx.ui(&format!("safeguard-{s}"), &[]))
                .unwrap_or_default(),
        }
    }
}
