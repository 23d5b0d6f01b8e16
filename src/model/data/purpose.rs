//! `purposes.yaml`: why data is processed, and on which legal basis; what a
//! notice must say with each purpose (Art. 13 and 14 GDPR): the legitimate
//! interest pursued, whether the reader must provide the data and what
//! happens if not, whether it is direct marketing, and any decision taken
//! solely by automated means, with its logic and effects.

use super::data_category::{CategoryRef, category_refs};
use super::legal_basis::Basis;
use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Reference, Text, ViewContext, optional};
use crate::model::values::Parsed;
use crate::model::{Id, Kind, Located, Notice};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// Whether the reader must provide the data (Art. 13(2)(e) GDPR).
    Requirement ("a requirement (statutory, contractual, pre-contractual or voluntary)") {
        /// A law obliges the reader to provide it.
        Statutory = "statutory",
        /// The contract with the reader requires it.
        Contractual = "contractual",
        /// It is needed to enter into a contract.
        PreContractual = "pre-contractual",
        /// The reader decides freely.
        Voluntary = "voluntary",
    }
}

/// A decision taken solely by automated means, including profiling (Art. 22).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecisions {
    /// Meaningful information about the logic involved.
    pub logic: Located<String>,
    /// The significance and the envisaged consequences for the reader.
    pub effects: Located<String>,
}

/// Why data is processed, and on which legal basis.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: Located<Id>,
    pub name: Located<String>,
    /// Id of the legal basis in `legal-bases.yaml` (an Art. 6(1) basis).
    pub legal_basis: Located<Id>,
    /// Id of the Art. 9(2) condition in `legal-bases.yaml`, when the purpose
    /// processes special categories of personal data.
    #[serde(default)]
    pub condition: Option<Located<Id>>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// Ids of the data categories processed for this purpose.
    #[serde(default)]
    pub data_categories: Vec<Located<Id>>,
    /// The legitimate interest pursued, for a purpose resting on
    /// `legitimate-interests` (Art. 13(1)(d)).
    #[serde(default)]
    pub legitimate_interest: Option<Located<String>>,
    /// Whether the reader must provide the data: `statutory`, `contractual`,
    /// `pre-contractual` or `voluntary` (Art. 13(2)(e)).
    #[serde(default)]
    #[schemars(example = &"contractual")]
    pub requirement: Option<Located<Parsed<Requirement>>>,
    /// What happens when the reader does not provide the data.
    #[serde(default)]
    pub consequence: Option<Located<String>>,
    /// True when the purpose is direct marketing: the reader may always
    /// object to it (Art. 21(2)).
    #[serde(default)]
    pub direct_marketing: bool,
    /// Decisions taken solely by automated means for this purpose.
    #[serde(default)]
    pub automated_decisions: Option<AutomatedDecisions>,
}

impl Purpose {
    /// The basis the purpose rests on, when its legal basis is known.
    pub fn basis(&self, notice: &Notice) -> Option<Basis> {
        notice
            .data
            .legal_bases
            .find(&self.legal_basis)
            .and_then(|b| b.basis())
    }
}

#[derive(Serialize)]
pub struct AutomatedView {
    pub logic: Option<Html>,
    pub effects: Option<Html>,
}

#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub legal_basis: Html,
    /// The basis in the closed list (`legitimate-interests`).
    pub basis: Option<String>,
    /// "Art. 6(1)(f) GDPR" in the page's language.
    pub article: Option<String>,
    pub condition: Option<Html>,
    pub legitimate_interest: Option<Html>,
    /// The requirement in words ("Required by law").
    pub requirement: Option<String>,
    pub consequence: Option<Html>,
    pub direct_marketing: bool,
    pub automated_decisions: Option<AutomatedView>,
    pub categories: Vec<CategoryRef>,
}

impl Entity for Purpose {
    type View = PurposeView;

    fn references(&self) -> Vec<Reference<'_>> {
        let mut refs = vec![Reference::to(Kind::LegalBasis, &self.legal_basis)];
        refs.extend(
            self.condition
                .iter()
                .map(|c| Reference::to(Kind::LegalBasis, c)),
        );
        refs.extend(
            self.data_categories
                .iter()
                .map(|c| Reference::to(Kind::DataCategory, c)),
        );
        refs
    }

    fn texts(&self) -> Vec<Text<'_>> {
        let name = self.name.as_str();
        let automated = self.automated_decisions.as_ref();
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.description, Text::markdown, "description"),
            optional(&self.legitimate_interest, Text::markdown, "legitimate-interest")
                .map(|t| t.about(format!("the legitimate interest pursued by \"{name}\""))),
            optional(&self.consequence, Text::markdown, "consequence").map(|t| {
                t.about(format!("what happens when the reader does not provide the data for \"{name}\""))
            }),
            automated.map(|a| {
                Text::markdown("automated-logic", &a.logic)
                    .about(format!("the logic of the automated decisions of \"{name}\""))
            }),
            automated.map(|a| {
                Text::markdown("automated-effects", &a.effects)
                    .about(format!("what the automated decisions of \"{name}\" mean for the reader"))
            }),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        self.check_bases(cx);
        if let (Some(consequence), None) = (&self.consequence, &self.requirement) {
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidValue,
                    format!("purpose `{}` says what happens without the data but not whether it is required", self.id.as_str()),
                )
                .at(cx.file, consequence.pos)
                .hint("add `requirement: statutory`, `contractual`, `pre-contractual` or `voluntary`"),
            );
        }
        if let Some(li) = &self.legitimate_interest
            && self
                .basis(cx.notice)
                .is_some_and(|b| b != Basis::LegitimateInterests)
        {
            cx.out.push(
                Diagnostic::warning(
                    Code::InvalidValue,
                    format!("purpose `{}` states a legitimate interest but does not rest on legitimate interests", self.id.as_str()),
                )
                .at(cx.file, li.pos)
                .hint("a legitimate interest is stated for purposes whose `legal_basis` is Art. 6(1)(f); remove it, or change the legal basis"),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> PurposeView {
        let id = self.id.as_str();
        let basis = self.basis(cx.notice());
        PurposeView {
            id: id.to_string(),
            name: cx.plain(Kind::Purpose, id, "name", &self.name),
            description: cx.markdown(Kind::Purpose, id, "description"),
            legal_basis: cx.name_of(Kind::LegalBasis, &self.legal_basis),
            basis: basis.map(|b| b.id().to_string()),
            article: basis.map(|b| super::legal_basis::gdpr_article(cx, b.article())),
            condition: self
                .condition
                .as_ref()
                .map(|c| cx.name_of(Kind::LegalBasis, c)),
            legitimate_interest: cx.markdown(Kind::Purpose, id, "legitimate-interest"),
            requirement: self
                .requirement
                .as_ref()
                .and_then(|r| r.get())
                .map(|r| cx.ui(&format!("requirement-{r}"), &[])),
            consequence: cx.markdown(Kind::Purpose, id, "consequence"),
            direct_marketing: self.direct_marketing,
            automated_decisions: self.automated_decisions.as_ref().map(|_| AutomatedView {
                logic: cx.markdown(Kind::Purpose, id, "automated-logic"),
                effects: cx.markdown(Kind::Purpose, id, "automated-effects"),
            }),
            categories: category_refs(cx, &self.data_categories, false),
        }
    }
}

impl Purpose {
    /// `legal_basis` names an Art. 6(1) basis, `condition` an Art. 9(2) one.
    fn check_bases(&self, cx: &mut CheckContext<'_>) {
        let id = self.id.as_str();
        let lookup = |r: &Located<Id>| {
            cx.notice
                .data
                .legal_bases
                .find(r)
                .and_then(|b| b.basis())
        };
        let basis = lookup(&self.legal_basis);
        let condition = self.condition.as_ref().map(|c| (c, lookup(c)));
        if let Some(b) = basis.filter(|b| b.is_condition()) {
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidValue,
                    format!("purpose `{id}` rests on `{}`, Art. {} GDPR, which is a condition for special categories, not a lawful basis", self.legal_basis.as_str(), b.article()),
                )
                .at(cx.file, self.legal_basis.pos)
                .hint("name the Art. 6(1) basis in `legal_basis`, and the Art. 9(2) condition in `condition`"),
            );
        }
        if let Some((at, Some(c))) = condition
            && !c.is_condition()
        {
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidValue,
                    format!("the `condition` of purpose `{id}` is `{}`, Art. {} GDPR, not a condition of Art. 9(2)", at.as_str(), c.article()),
                )
                .at(cx.file, at.pos)
                .hint("`condition` names an entry of legal-bases.yaml whose `basis` is an Art. 9(2) condition (explicit-consent, legal-claims, ...); the Art. 6(1) basis goes in `legal_basis`"),
            );
        }
    }
}
