//! `affiliates.yaml`: the group companies this statement covers, each a legal
//! entity in a country, with an address only where the statement gives one.

use super::office::OfficeView;
use super::transfer::{Derogation, Safeguard, Transfer, TransferView, transfer_view};
use crate::model::entity::{Entity, Reference, Text, ViewContext, optional};
use crate::model::values::{OneOrMany, Parsed};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An affiliated company covered by the statement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Affiliate {
    pub id: Located<Id>,
    /// The company's legal name ("Kestrel Communications Inc.").
    pub name: Located<String>,
    /// Country id from `data/countries.yaml`: where the company is established.
    pub country: Located<Id>,
    /// Id of its address in `data/offices.yaml`, if the statement gives one.
    #[serde(default)]
    pub office: Option<Located<Id>>,
    /// What it does for the group, in the source language ("sales and customer care").
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// What a transfer to it rests on, when it is outside the EEA.
    #[serde(default)]
    pub safeguard: Option<Located<Parsed<Safeguard>>>,
    /// The points of Art. 49(1) a `derogation` rests on: `b` or `[b, c]`.
    #[serde(default)]
    pub derogation: Option<Located<OneOrMany<Parsed<Derogation>>>>,
    /// True when it is certified under the EU-US Data Privacy Framework.
    #[serde(default)]
    pub dpf_certified: Option<Located<bool>>,
}

impl Affiliate {
    /// Data shared with the affiliate goes to the country it is established in.
    pub fn transfer<'a>(&'a self, file: &'a str) -> Transfer<'a> {
        Transfer {
            kind: Kind::Affiliate,
            id: &self.id,
            file,
            location: Some(&self.country),
            safeguard: self.safeguard.as_ref(),
            derogation: self.derogation.as_ref(),
            dpf_certified: self.dpf_certified.as_ref(),
        }
    }
}

#[derive(Serialize)]
pub struct AffiliateView {
    pub id: String,
    pub name: String,
    pub country: Html,
    pub description: Option<Html>,
    /// The address, when the affiliate names an office.
    pub office: Option<OfficeView>,
    pub transfer: TransferView,
}

impl Entity for Affiliate {
    type View = AffiliateView;

    fn references(&self) -> Vec<Reference<'_>> {
        let mut refs = vec![Reference::to(Kind::Country, &self.country)];
        refs.extend(self.office.iter().map(|o| Reference::to(Kind::Office, o)));
        refs
    }

    fn texts(&self) -> Vec<Text<'_>> {
        optional(&self.description, Text::markdown, "description")
            .map(|t| t.about(format!("what the group company {} does", self.name.as_str())))
            .into_iter()
            .collect()
    }

    fn proper_names(&self) -> Vec<&str> {
        vec![self.name.as_str()]
    }

    fn check(&self, cx: &mut crate::model::entity::CheckContext<'_>) {
        cx.not_blank(
            &format!("the name of affiliate `{}`", self.id.as_str()),
            &self.name,
            "write the company's legal name",
        );
    }

    fn view(&self, cx: &mut dyn ViewContext) -> AffiliateView {
        let id = self.id.as_str();
        let office = self
            .office
            .as_ref()
            .and_then(|o| cx.notice().data.offices.find(o).cloned());
        AffiliateView {
            id: id.to_string(),
            name: self.name.value.clone(),
            country: cx.name_of(Kind::Country, &self.country),
            description: cx.markdown(Kind::Affiliate, id, "description"),
            office: office.map(|o| o.view(cx)),
            transfer: transfer_view(cx, &self.transfer("")),
        }
    }
}
