//! `recipients.yaml`: the categories of third parties that receive data,
//! where they are and what a transfer to them rests on, and for joint
//! controllers the essence of the arrangement (Art. 26(2) GDPR).

use super::transfer::{Derogation, Safeguard, Transfer, TransferView, WORLDWIDE, transfer_view};
use crate::model::entity::{Entity, Reference, Text, ViewContext, optional};
use crate::model::values::{OneOrMany, Parsed};
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

crate::text_enum! {
    /// A data file that names the members of a category of recipients one by one.
    ListedIn ("a list of recipients (subprocessors or affiliates)") {
        Subprocessors = "subprocessors",
        Affiliates = "affiliates",
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
    /// Where these recipients process the data: a country id from
    /// `countries.yaml`, or `worldwide` for recipients in any country.
    #[serde(default)]
    #[schemars(example = &"nl")]
    pub location: Option<Located<Id>>,
    /// What a transfer outside the EEA rests on.
    #[serde(default)]
    pub safeguard: Option<Located<Parsed<Safeguard>>>,
    /// The points of Art. 49(1) a `derogation` rests on: `b` or `[b, c]`.
    #[serde(default)]
    pub derogation: Option<Located<OneOrMany<Parsed<Derogation>>>>,
    /// True when the recipient is certified under the EU-US Data Privacy Framework.
    #[serde(default)]
    pub dpf_certified: Option<Located<bool>>,
    /// The data file that lists these recipients one by one, with their own
    /// locations and safeguards (`subprocessors` or `affiliates`).
    #[serde(default)]
    pub listed_in: Option<Located<Parsed<ListedIn>>>,
    /// For a joint controller: the essence of the arrangement between the
    /// controllers (Art. 26(2)).
    #[serde(default)]
    pub arrangement: Option<Located<String>>,
}

impl Recipient {
    /// The transfer this category makes, unless its members are listed
    /// one by one (each of them is then a transfer of its own).
    pub fn transfer<'a>(&'a self, file: &'a str) -> Option<Transfer<'a>> {
        self.listed_in.is_none().then_some(Transfer {
            kind: Kind::Recipient,
            id: &self.id,
            file,
            location: self.location.as_ref(),
            safeguard: self.safeguard.as_ref(),
            derogation: self.derogation.as_ref(),
            dpf_certified: self.dpf_certified.as_ref(),
        })
    }

    pub fn role(&self) -> Option<Role> {
        self.role.get().copied()
    }
}

#[derive(Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: Html,
    pub role: String,
    pub description: Option<Html>,
    pub transfer: Option<TransferView>,
    pub arrangement: Option<Html>,
}

impl Entity for Recipient {
    type View = RecipientView;

    fn references(&self) -> Vec<Reference<'_>> {
        self.location
            .iter()
            .filter(|l| l.as_str() != WORLDWIDE)
            .map(|l| Reference::to(Kind::Country, l))
            .collect()
    }

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.description, Text::markdown, "description"),
            optional(&self.arrangement, Text::markdown, "arrangement").map(|t| {
                t.about(format!(
                    "the essence of the arrangement with the joint controller {}",
                    self.name.as_str()
                ))
            }),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn view(&self, cx: &mut dyn ViewContext) -> RecipientView {
        let id = self.id.as_str();
        let transfer = self.transfer("").map(|t| transfer_view(cx, &t));
        RecipientView {
            id: id.to_string(),
            name: cx.plain(Kind::Recipient, id, "name", &self.name),
            role: self
                .role
                .get()
                .map(|r| cx.ui(&format!("role-{r}"), &[]))
                .unwrap_or_default(),
            description: cx.markdown(Kind::Recipient, id, "description"),
            transfer,
            arrangement: cx.markdown(Kind::Recipient, id, "arrangement"),
        }
    }
}
