//! vellum's concepts as W3C DPV 2.3 terms: one function per kind of fact.
//! Every term returned is listed in `tests/reference/dpv-terms.txt` (a test
//! holds them to it); where DPV has none, the caller says so with a `vellum:`
//! term instead (README, "Exports", lists the gaps).
//!
//! The model has no field that names a DPV concept yet, so purposes and data
//! categories are recognised by the words of their ids (`customer-support` is
//! `dpv:CustomerCare`), legal bases and rights by their article ("6(1)(b)
//! GDPR" is `eu-gdpr:A6-1-b`). A field that states the concept, once the
//! model has one, goes first in these functions; the words are the fallback.

use crate::model::{DataSource, Derogation, Role, Safeguard};

/// The ISO 3166-1 alpha-2 codes DPV 2.3 has a country for (`loc:XX`), from
/// 2.3/loc/loc.csv at tag dpv-2.3.
const LOC_COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// `loc:XX` for a country id (`nl`), when DPV has that country.
pub fn country(id: &str) -> Option<String> {
    let code = id.to_ascii_uppercase();
    // Two letters and a space each: compared in place, as every row of a
    // large export asks.
    let known = code.len() == 2
        && LOC_COUNTRIES
            .as_bytes()
            .chunks(3)
            .any(|c| c[..2] == *code.as_bytes());
    known.then(|| format!("loc:{code}"))
}

/// The words of an id (`customer-due-diligence` -> customer, due, diligence).
fn words(id: &str) -> Vec<&str> {
    id.split(['-', '_']).filter(|w| !w.is_empty()).collect()
}

/// The terms whose words the id contains, in table order; `fallback` when none.
fn by_words(
    id: &str,
    table: &[(&[&str], &'static str)],
    fallback: &'static str,
) -> Vec<&'static str> {
    let words = words(id);
    let mut out: Vec<&'static str> = Vec::new();
    for (keys, term) in table {
        if keys.iter().any(|k| words.contains(k)) && !out.contains(term) {
            out.push(term);
        }
    }
    if out.is_empty() {
        out.push(fallback);
    }
    out
}

/// The DPV purposes a purpose id names; `dpv:Purpose` when none fits
/// (establishing legal claims, for one, has no DPV purpose).
pub fn purpose(id: &str) -> Vec<&'static str> {
    by_words(id, PURPOSES, "dpv:Purpose")
}

/// The words of purpose ids and the DPV purposes they name.
pub const PURPOSES: &[(&[&str], &str)] = &[
    (
        &[
            "deliver",
            "delivery",
            "delivering",
            "provision",
            "provide",
            "providing",
            "operate",
        ],
        "dpv:ServiceProvision",
    ),
    (
        &["communications", "communication", "messaging"],
        "dpv:CommunicationManagement",
    ),
    (&["account", "accounts"], "dpv:AccountManagement"),
    (
        &[
            "billing",
            "invoicing",
            "invoice",
            "invoices",
            "payment",
            "payments",
        ],
        "dpv:PaymentManagement",
    ),
    (
        &["support", "helpdesk", "care", "complaints"],
        "dpv:CustomerCare",
    ),
    (
        &["marketing", "newsletter", "newsletters"],
        "dpv:DirectMarketing",
    ),
    (&["advertising", "ads"], "dpv:Advertising"),
    (&["analytics", "statistics"], "dpv:ServiceUsageAnalytics"),
    (
        &["improvement", "improve", "improving"],
        "dpv:ImproveExistingProductsAndServices",
    ),
    (
        &["fraud", "abuse", "spam"],
        "dpv:FraudPreventionAndDetection",
    ),
    (&["security", "secure", "securing"], "dpv:EnforceSecurity"),
    (
        &[
            "bookkeeping",
            "tax",
            "lawful",
            "compliance",
            "obligation",
            "obligations",
            "diligence",
            "sanctions",
            "regulatory",
        ],
        "dpv:LegalCompliance",
    ),
    (
        &["recruitment", "recruiting", "applicants", "hiring"],
        "dpv:RecruitmentManagement",
    ),
];

/// The `pd:` categories a data category id names; `dpv:PersonalData` when
/// none fits. Support interactions have no pd term: they are communication.
pub fn data_category(id: &str) -> Vec<&'static str> {
    by_words(id, CATEGORIES, "dpv:PersonalData")
}

/// The words of data category ids and the `pd:` categories they name.
pub const CATEGORIES: &[(&[&str], &str)] = &[
    (
        &[
            "identifiers",
            "identifier",
            "identity",
            "identification",
            "names",
        ],
        "pd:Identifying",
    ),
    (&["contact", "email", "phone", "address"], "pd:Contact"),
    (
        &["professional", "job", "employment", "business"],
        "pd:Professional",
    ),
    (
        &[
            "financial",
            "finance",
            "payment",
            "payments",
            "bank",
            "banking",
        ],
        "pd:Financial",
    ),
    (
        &[
            "commercial",
            "purchase",
            "purchases",
            "transaction",
            "transactions",
            "orders",
        ],
        "pd:Transactional",
    ),
    (
        &["internet", "browsing", "clickstream", "web"],
        "pd:BrowsingBehaviour",
    ),
    (&["device", "devices"], "pd:DeviceBased"),
    (&["location", "geolocation"], "pd:Location"),
    (&["traffic", "metadata"], "pd:CommunicationsMetadata"),
    (
        &[
            "message",
            "messages",
            "content",
            "communication",
            "communications",
            "correspondence",
            "support",
        ],
        "pd:Communication",
    ),
    (&["usage"], "pd:ServiceConsumptionBehaviour"),
    (&["preference", "preferences"], "pd:Preference"),
    (&["age", "birth"], "pd:Age"),
];

/// Where data of a category comes from.
pub fn data_source(source: DataSource) -> &'static str {
    match source {
        DataSource::Direct => "dpv:DataSubjectDataSource",
        DataSource::OtherSources => "dpv:ThirdPartyDataSource",
    }
}

/// The GDPR term of an article as notices write it ("6(1)(b) GDPR", "Art.
/// 15 GDPR", "Art. 7(3)"): `eu-gdpr:A6-1-b`, when DPV has that article among
/// `known`.
pub fn gdpr_article(article: &str, known: &[&'static str]) -> Option<&'static str> {
    let start = article.find(|c: char| c.is_ascii_digit())?;
    let mut term = String::from("eu-gdpr:A");
    let mut part = String::new();
    for c in article[start..].chars() {
        match c {
            '0'..='9' | 'a'..='z' => part.push(c),
            '(' | ')' => {
                if !part.is_empty() {
                    if !term.ends_with('A') {
                        term.push('-');
                    }
                    term.push_str(&part);
                    part.clear();
                }
            }
            _ => break,
        }
    }
    if !part.is_empty() {
        if !term.ends_with('A') {
            term.push('-');
        }
        term.push_str(&part);
    }
    known.iter().copied().find(|k| *k == term)
}

/// The legal bases of GDPR Art. 6(1) and 9(2) DPV names.
pub const LEGAL_BASES: &[&str] = &[
    "eu-gdpr:A6-1-a",
    "eu-gdpr:A6-1-b",
    "eu-gdpr:A6-1-c",
    "eu-gdpr:A6-1-d",
    "eu-gdpr:A6-1-e",
    "eu-gdpr:A6-1-f",
    "eu-gdpr:A9-2-a",
    "eu-gdpr:A9-2-b",
    "eu-gdpr:A9-2-c",
    "eu-gdpr:A9-2-d",
    "eu-gdpr:A9-2-e",
    "eu-gdpr:A9-2-f",
    "eu-gdpr:A9-2-g",
    "eu-gdpr:A9-2-h",
    "eu-gdpr:A9-2-i",
    "eu-gdpr:A9-2-j",
];

/// The data-subject rights of the GDPR DPV names.
pub const RIGHTS: &[&str] = &[
    "eu-gdpr:A7-3",
    "eu-gdpr:A13",
    "eu-gdpr:A14",
    "eu-gdpr:A15",
    "eu-gdpr:A16",
    "eu-gdpr:A17",
    "eu-gdpr:A18",
    "eu-gdpr:A19",
    "eu-gdpr:A20",
    "eu-gdpr:A21",
    "eu-gdpr:A22",
    "eu-gdpr:A77",
    "eu-gdpr:A79",
];

/// The DPV classes of a recipient's role.
pub fn role(role: Role) -> &'static str {
    match role {
        Role::Processor => "dpv:DataProcessor",
        Role::Controller | Role::IndependentController => "dpv:DataController",
        Role::JointController => "dpv:JointDataControllers",
        Role::Authority => "dpv:Authority",
    }
}

/// What a transfer rests on: its legal basis (Chapter V GDPR) and its
/// measures. `None` for data that stays in the EEA (no transfer). The EU-US
/// Data Privacy Framework is an adequacy decision DPV 2.3 does not name:
/// `vellum:DataPrivacyFramework` says which one.
pub fn safeguard(
    safeguard: Safeguard,
    derogations: &[Derogation],
    country: &str,
) -> Option<(&'static str, Vec<String>)> {
    const ADEQUACY: &[&str] = &[
        "AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "NZ", "UY",
    ];
    let code = country.to_ascii_uppercase();
    match safeguard {
        Safeguard::Eea => None,
        Safeguard::AdequacyDecision => {
            let mut measures = vec!["eu-gdpr:AdequacyDecision".to_string()];
            if ADEQUACY.contains(&code.as_str()) {
                measures.push(format!("legal-eu:Adequacy-EU-{code}"));
            }
            Some(("eu-gdpr:A45-3", measures))
        }
        Safeguard::StandardContractualClauses => Some((
            "eu-gdpr:A46-2-c",
            vec!["eu-gdpr:SCCByCommission".to_string()],
        )),
        Safeguard::BindingCorporateRules => Some((
            "eu-gdpr:A46-2-b",
            vec!["eu-gdpr:BindingCorporateRules".to_string()],
        )),
        Safeguard::DataPrivacyFramework => Some((
            "eu-gdpr:A45-3",
            vec![
                "eu-gdpr:AdequacyDecision".to_string(),
                "vellum:DataPrivacyFramework".to_string(),
            ],
        )),
        // A derogation is no measure: its points are the legal bases.
        Safeguard::Derogation => Some((
            derogations
                .first()
                .map_or("eu-gdpr:A49-2", |d| derogation(*d)),
            Vec::new(),
        )),
    }
}

/// The GDPR term of a point of Art. 49(1), or of its second subparagraph.
pub fn derogation(point: Derogation) -> &'static str {
    match point {
        Derogation::A => "eu-gdpr:A49-1-a",
        Derogation::B => "eu-gdpr:A49-1-b",
        Derogation::C => "eu-gdpr:A49-1-c",
        Derogation::D => "eu-gdpr:A49-1-d",
        Derogation::E => "eu-gdpr:A49-1-e",
        Derogation::F => "eu-gdpr:A49-1-f",
        Derogation::G => "eu-gdpr:A49-1-g",
        Derogation::CompellingInterests => "eu-gdpr:A49-2",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full IRI of a compact one, by the export's `@context`.
    fn expand(term: &str) -> String {
        let (prefix, rest) = term.split_once(':').expect("compact IRI");
        let ns = match prefix {
            "dpv" => "https://w3id.org/dpv#",
            "pd" => "https://w3id.org/dpv/pd#",
            "eu-gdpr" => "https://w3id.org/dpv/legal/eu/gdpr#",
            "legal-eu" => "https://w3id.org/dpv/legal/eu#",
            "loc" => "https://w3id.org/dpv/loc#",
            "vellum" => super::super::VELLUM_NS,
            other => panic!("unknown prefix {other}"),
        };
        format!("{ns}{rest}")
    }

    #[test]
    fn every_term_the_mapping_can_return_is_a_listed_dpv_term() {
        // Read when the test runs, not compiled in: the Docker builder
        // compiles the sources without tests/.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/dpv-terms.txt");
        let text = std::fs::read_to_string(path).expect("the DPV term list");
        let listed: std::collections::HashSet<&str> =
            text.lines().filter(|l| l.starts_with("https://")).collect();
        let vellum: Vec<&str> = super::super::VELLUM_TERMS.iter().map(|(t, _)| *t).collect();
        let mut terms: Vec<String> = Vec::new();
        terms.extend(
            PURPOSES
                .iter()
                .chain(CATEGORIES)
                .map(|(_, t)| t.to_string()),
        );
        terms.extend(["dpv:Purpose", "dpv:PersonalData"].map(String::from));
        terms.extend(LEGAL_BASES.iter().chain(RIGHTS).map(|t| t.to_string()));
        terms.extend(
            [
                Role::Processor,
                Role::Controller,
                Role::IndependentController,
                Role::JointController,
                Role::Authority,
            ]
            .map(|r| role(r).to_string()),
        );
        terms.extend(
            [DataSource::Direct, DataSource::OtherSources].map(|s| data_source(s).to_string()),
        );
        for safeguard in [
            Safeguard::Eea,
            Safeguard::AdequacyDecision,
            Safeguard::StandardContractualClauses,
            Safeguard::BindingCorporateRules,
            Safeguard::DataPrivacyFramework,
            Safeguard::Derogation,
        ] {
            for c in LOC_COUNTRIES.split(' ') {
                if let Some((basis, measures)) = super::safeguard(safeguard, &[], c) {
                    terms.push(basis.to_string());
                    terms.extend(measures);
                }
            }
        }
        terms.extend(LOC_COUNTRIES.split(' ').filter_map(country));
        terms.extend(
            [
                Derogation::A,
                Derogation::B,
                Derogation::C,
                Derogation::D,
                Derogation::E,
                Derogation::F,
                Derogation::G,
                Derogation::CompellingInterests,
            ]
            .map(|d| derogation(d).to_string()),
        );
        for term in terms {
            match term.strip_prefix("vellum:") {
                Some(v) => assert!(
                    vellum.contains(&v),
                    "vellum:{v} is not documented in VELLUM_TERMS"
                ),
                None => assert!(
                    listed.contains(expand(&term).as_str()),
                    "{term} is not in tests/reference/dpv-terms.txt"
                ),
            }
        }
    }

    #[test]
    fn articles_as_notices_write_them() {
        assert_eq!(
            gdpr_article("6(1)(b) GDPR", LEGAL_BASES),
            Some("eu-gdpr:A6-1-b")
        );
        assert_eq!(
            gdpr_article("Art. 6(1)(f) GDPR", LEGAL_BASES),
            Some("eu-gdpr:A6-1-f")
        );
        assert_eq!(gdpr_article("Art. 15 GDPR", RIGHTS), Some("eu-gdpr:A15"));
        assert_eq!(gdpr_article("Art. 7(3) GDPR", RIGHTS), Some("eu-gdpr:A7-3"));
        assert_eq!(gdpr_article("Art. 99 GDPR", RIGHTS), None);
        assert_eq!(gdpr_article("no article", RIGHTS), None);
    }

    #[test]
    fn ids_name_purposes_and_categories() {
        assert_eq!(purpose("customer-support"), vec!["dpv:CustomerCare"]);
        assert_eq!(purpose("legal-claims"), vec!["dpv:Purpose"]);
        assert_eq!(
            data_category("traffic-data"),
            vec!["pd:CommunicationsMetadata"]
        );
        assert_eq!(data_category("fraud-signals"), vec!["dpv:PersonalData"]);
        assert_eq!(country("nl").as_deref(), Some("loc:NL"));
        assert_eq!(country("zz"), None);
    }
}
