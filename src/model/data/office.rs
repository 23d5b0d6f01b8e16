//! `offices.yaml`: the addresses of the company and its affiliates.

use crate::model::entity::{CheckContext, Entity, Reference, ViewContext};
use crate::model::values::{Email, Parsed};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An office of the company or an affiliate.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: Located<Id>,
    /// The legal entity at this address.
    pub entity: Located<String>,
    pub street: Vec<Located<String>>,
    #[serde(default)]
    pub postal_code: Option<Located<String>>,
    pub city: Located<String>,
    #[serde(default)]
    pub region: Option<Located<String>>,
    /// Country id from `data/countries.yaml`.
    pub country: Located<Id>,
    #[serde(default)]
    pub email: Option<Located<Parsed<Email>>>,
}

#[derive(Serialize, Clone)]
pub struct OfficeView {
    pub id: String,
    pub entity: String,
    pub street: Vec<String>,
    pub postal_code: Option<String>,
    pub city: String,
    pub region: Option<String>,
    pub country: Html,
    pub email: Option<String>,
    pub headquarters: bool,
    /// The address as the country writes it (`theme/data/address-formats.yaml`),
    /// one line each, the country last unless the format already names it.
    pub lines: Vec<Html>,
}

impl Entity for Office {
    type View = OfficeView;

    fn references(&self) -> Vec<Reference<'_>> {
        vec![Reference::to(Kind::Country, &self.country)]
    }

    fn proper_names(&self) -> Vec<&str> {
        vec![self.entity.as_str(), self.city.as_str()]
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        if self.street.is_empty() {
            cx.out.push(
                crate::diagnostics::Diagnostic::error(
                    crate::diagnostics::Code::EmptyValue,
                    format!("office `{}` has no street address", self.id.as_str()),
                )
                .at(cx.file, self.id.pos)
                .hint("list the street lines under `street:`"),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> OfficeView {
        let text = |t: &Option<Located<String>>| t.as_ref().map(|l| l.value.clone());
        let format = cx.notice().reference.address_format(self.country.as_str());
        let street: Vec<&str> = self.street.iter().map(|s| s.as_str()).collect();
        let mut lines: Vec<Html> = format
            .lines(
                &street,
                self.postal_code.as_ref().map(|p| p.as_str()),
                &self.city,
                self.region.as_ref().map(|r| r.as_str()),
            )
            .iter()
            .map(|l| Html::text(l))
            .collect();
        if format.appends_country() {
            lines.push(cx.name_of(Kind::Country, &self.country));
        }
        OfficeView {
            lines,
            id: self.id.value.to_string(),
            entity: self.entity.value.clone(),
            street: self.street.iter().map(|s| s.value.clone()).collect(),
            postal_code: text(&self.postal_code),
            city: self.city.value.clone(),
            region: text(&self.region),
            country: cx.name_of(Kind::Country, &self.country),
            email: self.email.as_ref().map(|e| e.text().to_string()),
            headquarters: self.id.as_str() == cx.notice().meta.organisation.headquarters.as_str(),
        }
    }
}
