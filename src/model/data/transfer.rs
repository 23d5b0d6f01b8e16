//! Where a recipient processes personal data and what a transfer out of the
//! European Economic Area rests on (Chapter V GDPR). The same few fields are
//! written on every kind of recipient (recipients, affiliates, sub-processors
//! and the providers of third-party cookies); this module declares them once
//! and gives checks and pages one view of every transfer.

use crate::model::entity::ViewContext;
use crate::model::values::{OneOrMany, Parsed};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use serde::Serialize;

/// The location of recipients that may be in any country outside the EEA
/// (telecom operators that carry a message to wherever it is sent).
pub const WORLDWIDE: &str = "worldwide";

crate::text_enum! {
    /// What a transfer of personal data rests on.
    Safeguard ("a transfer safeguard (eea, adequacy-decision, data-privacy-framework, standard-contractual-clauses, binding-corporate-rules or derogation)") {
        /// No transfer: the recipient is in the EEA.
        Eea = "eea",
        /// An adequacy decision of the European Commission (Art. 45).
        AdequacyDecision = "adequacy-decision",
        /// The EU-US Data Privacy Framework: the US adequacy decision, for
        /// certified organisations only.
        DataPrivacyFramework = "data-privacy-framework",
        /// Standard contractual clauses (Art. 46(2)(c)).
        StandardContractualClauses = "standard-contractual-clauses",
        /// Binding corporate rules (Art. 47).
        BindingCorporateRules = "binding-corporate-rules",
        /// A derogation for a specific situation (Art. 49); `derogation` says which.
        Derogation = "derogation",
    }
}

impl Safeguard {
    /// Safeguards of Art. 46 and 47, of which the reader may obtain a copy
    /// (Art. 13(1)(f), 14(1)(f)).
    pub fn has_copy(self) -> bool {
        matches!(
            self,
            Safeguard::StandardContractualClauses | Safeguard::BindingCorporateRules
        )
    }
}

crate::text_enum! {
    /// A point of Art. 49(1) GDPR.
    Derogation ("a point of Art. 49(1) GDPR (a, b, c, d, e, f or g, or compelling-interests for its second subparagraph)") {
        A = "a",
        B = "b",
        C = "c",
        D = "d",
        E = "e",
        F = "f",
        G = "g",
        CompellingInterests = "compelling-interests",
    }
}

/// The transfer fields of one entity, as written.
pub struct Transfer<'a> {
    pub kind: Kind,
    pub id: &'a Located<Id>,
    /// The file the entity is written in.
    pub file: &'a str,
    /// A country id, or `worldwide`; `None` when not written.
    pub location: Option<&'a Located<Id>>,
    pub safeguard: Option<&'a Located<Parsed<Safeguard>>>,
    pub derogation: Option<&'a Located<OneOrMany<Parsed<Derogation>>>>,
    pub dpf_certified: Option<&'a Located<bool>>,
}

impl Transfer<'_> {
    pub fn safeguard(&self) -> Option<Safeguard> {
        self.safeguard.and_then(|s| s.get().copied())
    }

    pub fn derogations(&self) -> Vec<Derogation> {
        self.derogation
            .map(|d| {
                d.items()
                    .into_iter()
                    .filter_map(|(_, p)| p.get().copied())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn dpf_certified(&self) -> bool {
        self.dpf_certified.is_some_and(|c| c.value)
    }

    /// "recipient `telecom-operators`", for messages.
    pub fn describe(&self) -> String {
        format!("{} `{}`", self.kind.info().name, self.id.as_str())
    }
}

/// A transfer as a page shows it.
#[derive(Serialize, Clone)]
pub struct TransferView {
    /// The country's name, or "any country" for `worldwide`.
    pub location: Option<Html>,
    /// The safeguard in words, with the points of a derogation.
    pub safeguard: Option<String>,
}

/// The location and safeguard of `t` in the page's language.
pub fn transfer_view(cx: &dyn ViewContext, t: &Transfer<'_>) -> TransferView {
    let location = t.location.map(|l| {
        if l.as_str() == WORLDWIDE {
            Html::text(&cx.ui("location-worldwide", &[]))
        } else {
            cx.name_of(Kind::Country, l)
        }
    });
    let in_eea = t
        .location
        .is_some_and(|l| !crate::model::gdpr::leaves_eea(cx.notice(), l));
    // A recipient in the EEA needs no safeguard; the page says there is no transfer.
    let safeguard = match t.safeguard() {
        None if in_eea => Some(Safeguard::Eea),
        s => s,
    };
    let safeguard = safeguard.map(|s| match s {
        Safeguard::Derogation => {
            let points: Vec<String> = t
                .derogations()
                .into_iter()
                .map(|p| match p {
                    Derogation::CompellingInterests => {
                        cx.ui("derogation-compelling-interests", &[])
                    }
                    p => super::legal_basis::gdpr_article(cx, &format!("49(1)({})", p.id())),
                })
                .collect();
            let points = cx.list(&points);
            cx.ui("safeguard-derogation", &[("points", &points)])
        }
        s => cx.ui(&format!("safeguard-{s}"), &[]),
    });
    TransferView {
        location,
        safeguard,
    }
}
