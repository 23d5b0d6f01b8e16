//! `subprocessors.yaml`: the processors a company engages, where they are and
//! what a transfer to them rests on (checked in `check::transfers`).

use super::transfer::{Derogation, Safeguard, Transfer, transfer_view};
use crate::model::entity::{Entity, Reference, Text, ViewContext};
use crate::model::values::{OneOrMany, Parsed};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
    #[serde(default)]
    pub safeguard: Option<Located<Parsed<Safeguard>>>,
    /// The points of Art. 49(1) a `derogation` rests on: `b` or `[b, c]`.
    #[serde(default)]
    pub derogation: Option<Located<OneOrMany<Parsed<Derogation>>>>,
    /// True when the sub-processor is certified under the EU-US Data Privacy Framework.
    #[serde(default)]
    pub dpf_certified: Option<Located<bool>>,
}

impl Subprocessor {
    pub fn transfer<'a>(&'a self, file: &'a str) -> Transfer<'a> {
        Transfer {
            kind: Kind::Subprocessor,
            id: &self.id,
            file,
            location: Some(&self.location),
            safeguard: self.safeguard.as_ref(),
            derogation: self.derogation.as_ref(),
            dpf_certified: self.dpf_certified.as_ref(),
        }
    }
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

    fn view(&self, cx: &mut dyn ViewContext) -> SubprocessorView {
        let id = self.id.as_str();
        let transfer = transfer_view(cx, &self.transfer(""));
        SubprocessorView {
            id: id.to_string(),
            name: self.name.value.clone(),
            purpose: cx
                .markdown(Kind::Subprocessor, id, "purpose")
                .unwrap_or_default(),
            location: cx.name_of(Kind::Country, &self.location),
            safeguard: transfer.safeguard.unwrap_or_default(),
        }
    }
}
