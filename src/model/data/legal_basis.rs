//! `legal-bases.yaml`: the lawful bases purposes rest on. Each names its
//! basis from the closed list of the GDPR (Art. 6(1)(a)–(f) and the
//! conditions of Art. 9(2) for special categories), so the article is
//! printed by vellum in every language and checks know what a purpose rests
//! on; the name and description stay the writer's, and translatable.

use crate::model::entity::{Entity, Text, ViewContext, optional};
use crate::model::values::Parsed;
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// A lawful basis of Art. 6(1) GDPR, or a condition of Art. 9(2) for
    /// special categories of personal data.
    Basis ("a legal basis of Art. 6(1) GDPR (consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests) or a condition of Art. 9(2)") {
        Consent = "consent",
        Contract = "contract",
        LegalObligation = "legal-obligation",
        VitalInterests = "vital-interests",
        PublicTask = "public-task",
        LegitimateInterests = "legitimate-interests",
        ExplicitConsent = "explicit-consent",
        EmploymentAndSocialSecurity = "employment-and-social-security",
        VitalInterestsIncapable = "vital-interests-incapable",
        NotForProfitBody = "not-for-profit-body",
        MadePublic = "made-public-by-the-data-subject",
        LegalClaims = "legal-claims",
        SubstantialPublicInterest = "substantial-public-interest",
        HealthOrSocialCare = "health-or-social-care",
        PublicHealth = "public-health",
        ArchivingResearchStatistics = "archiving-research-statistics",
    }
}

impl Basis {
    /// The article of the GDPR, without "Art." and "GDPR" (which each
    /// language writes its own way).
    pub fn article(self) -> &'static str {
        match self {
            Basis::Consent => "6(1)(a)",
            Basis::Contract => "6(1)(b)",
            Basis::LegalObligation => "6(1)(c)",
            Basis::VitalInterests => "6(1)(d)",
            Basis::PublicTask => "6(1)(e)",
            Basis::LegitimateInterests => "6(1)(f)",
            Basis::ExplicitConsent => "9(2)(a)",
            Basis::EmploymentAndSocialSecurity => "9(2)(b)",
            Basis::VitalInterestsIncapable => "9(2)(c)",
            Basis::NotForProfitBody => "9(2)(d)",
            Basis::MadePublic => "9(2)(e)",
            Basis::LegalClaims => "9(2)(f)",
            Basis::SubstantialPublicInterest => "9(2)(g)",
            Basis::HealthOrSocialCare => "9(2)(h)",
            Basis::PublicHealth => "9(2)(i)",
            Basis::ArchivingResearchStatistics => "9(2)(j)",
        }
    }

    /// True for the conditions of Art. 9(2), which lift the ban on special
    /// categories but are no lawful basis of their own.
    pub fn is_condition(self) -> bool {
        self.article().starts_with('9')
    }

    /// Consent of either article: the data subject may withdraw it (Art. 7(3)).
    pub fn is_consent(self) -> bool {
        matches!(self, Basis::Consent | Basis::ExplicitConsent)
    }
}

/// An article of the GDPR ("6(1)(a)", "15", "49(1)(b)") as the page's
/// language cites it ("Art. 6(1)(a) GDPR", "art. 6 lid 1 sub a AVG"): the
/// message `gdpr-article` gets its `number`, `paragraph` and `point`, each
/// `none` when absent.
pub fn gdpr_article(cx: &dyn ViewContext, article: &str) -> String {
    let mut parts = article.split('(').map(|p| p.trim_end_matches(')'));
    let number = parts.next().unwrap_or_default();
    let paragraph = parts.next().unwrap_or("none");
    let point = parts.next().unwrap_or("none");
    cx.ui(
        "gdpr-article",
        &[("number", number), ("paragraph", paragraph), ("point", point)],
    )
}

/// A lawful basis under Art. 6(1) GDPR, or a condition of Art. 9(2).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    pub id: Located<Id>,
    /// Which basis of the GDPR this is; vellum prints its article.
    #[schemars(example = &"legitimate-interests")]
    pub basis: Located<Parsed<Basis>>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
}

impl LegalBasis {
    pub fn basis(&self) -> Option<Basis> {
        self.basis.get().copied()
    }
}

#[derive(Serialize)]
pub struct LegalBasisView {
    pub id: String,
    /// The basis's name in the closed list (`consent`, `legitimate-interests`).
    pub basis: String,
    pub name: Html,
    /// "Art. 6(1)(a) GDPR" in the page's language.
    pub article: Option<String>,
    pub description: Option<Html>,
}

impl Entity for LegalBasis {
    type View = LegalBasisView;

    fn texts(&self) -> Vec<Text<'_>> {
        [
            Some(Text::plain("name", &self.name)),
            optional(&self.description, Text::markdown, "description"),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    fn view(&self, cx: &mut dyn ViewContext) -> LegalBasisView {
        let id = self.id.as_str();
        LegalBasisView {
            id: id.to_string(),
            basis: self.basis.text().trim().to_string(),
            name: cx.plain(Kind::LegalBasis, id, "name", &self.name),
            article: self
                .basis()
                .map(|b| gdpr_article(cx, b.article())),
            description: cx.markdown(Kind::LegalBasis, id, "description"),
        }
    }
}
