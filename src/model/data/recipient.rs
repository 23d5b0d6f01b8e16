//! `recipients.yaml`: the categories of third parties that receive data.

use crate::model::entity::{Entity, Text, ViewContext, optional};
use crate::model::values::Parsed;
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// The role a recipient has under the GDPR.
    Role ("a recipient role (processor, controller, independent-controller, joint-controller or authority)") {
        Processor = "processor",
        Controller = "controller",
        IndependentController = "independent-controller",
        JointController = "joint-controller",
        Authority = "authority",
    }
}

/// A category of third party that receives personal data.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    pub id: Located<Id>,
    pub name: Located<String>,
    pub role: Located<Parsed<Role>>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

#[derive(Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: Html,
    pub role: String,
    pub description: Option<Html>,
}

impl Entity for Recipient {
    type View = RecipientView;

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.description, Text::markdown, "description"),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn view(&self, cx: &mut dyn ViewContext) -> RecipientView {
        let id = self.id.as_str();
        RecipientView {
            id: id.to_string(),
            name: cx.plain(Kind::Recipient, id, "name", &self.name),
            role: self
                .role
                .get()
                .map(|r| cx.ui(&format!("role-{r}"), &[]))
                .unwrap_or_default(),
            description: cx.markdown(Kind::Recipient, id, "description"),
        }
    }
}
