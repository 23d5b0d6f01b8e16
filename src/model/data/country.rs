//! `countries.yaml`: countries named once, so that offices, processors and
//! authorities can refer to them.

use crate::model::entity::{Entity, Text, ViewContext};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A country.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code in lower case (`nl`, `us`).
    pub id: Located<Id>,
    pub name: Located<String>,
    /// True for EEA members: transfers elsewhere need a safeguard.
    #[serde(default)]
    pub eea: bool,
}

#[derive(Serialize)]
pub struct CountryView {
    pub id: String,
    pub name: Html,
    pub eea: bool,
}

impl Entity for Country {
    type View = CountryView;

    fn texts(&self) -> Vec<Text<'_>> {
        vec![Text::plain("name", &self.name)]
    }

    fn view(&self, cx: &mut dyn ViewContext) -> CountryView {
        CountryView {
            id: self.id.value.to_string(),
            name: cx.name_of(Kind::Country, &self.id),
            eea: self.eea,
        }
    }
}
