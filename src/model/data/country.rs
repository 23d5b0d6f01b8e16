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
    /// Whether the country is in the EEA. Optional: vellum knows the EEA
    /// states (`theme/data/eea.yaml`), and reports a value that disagrees.
    #[serde(default)]
    pub eea: Option<Located<bool>>,
}

impl Country {
    /// Whether the country is in the EEA: the reference list's answer, or
    /// the site's own when the list is unavailable.
    pub fn in_eea(&self, notice: &crate::model::Notice) -> bool {
        notice
            .reference
            .in_eea(self.id.as_str())
            .unwrap_or_else(|| self.eea.as_ref().is_some_and(|e| e.value))
    }
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
            eea: self.in_eea(cx.notice()),
        }
    }
}
