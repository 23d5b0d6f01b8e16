//! What a complete notice contains under the `gdpr` profile: the items of
//! Articles 13 and 14 GDPR (and 21(4), 26(2) and 27 where they apply), each
//! declared once in [`ITEMS`] with when it applies, which model data supplies
//! it and which blocks print it. The completeness check
//! (`check::completeness`) and the first layer of the page
//! (`render::summary`) read the same table, so what is required is what is
//! summarised.

use super::data::{Basis, ListedIn, Purpose, RightKind, Role, Safeguard, Transfer, WORLDWIDE};
use super::{DataSource, Kind, Notice, Pos};

crate::text_enum! {
    /// An item of Art. 13/14 GDPR a notice states, by a readable id.
    ItemId ("an item of Art. 13 or 14 GDPR") {
        Controller = "controller",
        Representative = "representative",
        Dpo = "dpo",
        Purposes = "purposes",
        LegitimateInterests = "legitimate-interests",
        Categories = "categories",
        Recipients = "recipients",
        JointControllers = "joint-controllers",
        Transfers = "transfers",
        Retention = "retention",
        Rights = "rights",
        Objection = "objection",
        Portability = "portability",
        WithdrawConsent = "withdraw-consent",
        Complaint = "complaint",
        Requirement = "requirement",
        AutomatedDecisions = "automated-decisions",
        Sources = "sources",
    }
}

/// Whether an item applies to a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applies {
    Always,
    /// It applies because of something in the model ("purpose `x` rests on consent").
    Because(String),
    No,
}

/// Something the model lacks for an item, and where to add it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub file: String,
    /// Where in `file`, when the gap belongs to something written there.
    pub pos: Option<Pos>,
    pub message: String,
    pub hint: String,
}

/// One item: what it is, when it applies, what supplies it, what prints it.
pub struct Item {
    pub id: ItemId,
    /// "Art. 13(1)(c) and 14(1)(c)".
    pub articles: &'static str,
    /// What the notice must state ("the purposes of the processing and the legal basis of each").
    pub what: &'static str,
    /// Any one of these blocks prints it (and a declaration that it does not apply).
    pub blocks: &'static [&'static str],
    pub applies: fn(&Notice) -> Applies,
    /// What the model lacks for it; empty when it is all there.
    pub gaps: fn(&Notice) -> Vec<Gap>,
    /// Whether the model holds anything for it (a declaration that it does
    /// not apply then contradicts the model).
    pub has_data: fn(&Notice) -> bool,
    /// Whether it may be declared not applicable in `not-applicable.yaml`.
    pub may_not_apply: bool,
}

/// Every item, in the order of the articles.
pub const ITEMS: &[Item] = &[
    Item {
        id: ItemId::Controller,
        articles: "Art. 13(1)(a) and 14(1)(a)",
        what: "the identity and contact details of the controller",
        blocks: &["contact"],
        applies: |_| Applies::Always,
        gaps: |_| Vec::new(),
        has_data: |_| true,
        may_not_apply: false,
    },
    Item {
        id: ItemId::Representative,
        articles: "Art. 13(1)(a), 14(1)(a) and 27",
        what: "the identity and contact details of the controller's representative in the EU",
        blocks: &["contact"],
        applies: representative_applies,
        gaps: |n| {
            missing_meta(
                n,
                n.meta.representative.is_none(),
                "representative",
                "add `representative:` to content/notice.yaml with its `name`, `office` (an id in content/data/offices.yaml) and `email`",
            )
        },
        has_data: |n| n.meta.representative.is_some(),
        may_not_apply: true,
    },
    Item {
        id: ItemId::Dpo,
        articles: "Art. 13(1)(b) and 14(1)(b)",
        what: "the contact details of the data protection officer, or that none is required",
        blocks: &["contact"],
        applies: |_| Applies::Always,
        gaps: |n| {
            missing_meta(
                n,
                n.meta.data_protection_officer.is_none(),
                "data protection officer",
                "add `data_protection_officer:` with its `email` to content/notice.yaml; if you need none, add `- id: dpo` with the `reason` to content/data/not-applicable.yaml",
            )
        },
        has_data: |n| n.meta.data_protection_officer.is_some(),
        may_not_apply: true,
    },
    Item {
        id: ItemId::Purposes,
        articles: "Art. 13(1)(c) and 14(1)(c)",
        what: "the purposes of the processing and the legal basis of each",
        blocks: &["purposes-table"],
        applies: |_| Applies::Always,
        gaps: |n| empty_kind(n, Kind::Purpose, "list each purpose with its `legal_basis`"),
        has_data: |n| !n.data.purposes.items.is_empty(),
        may_not_apply: false,
    },
    Item {
        id: ItemId::LegitimateInterests,
        articles: "Art. 13(1)(d) and 14(2)(b)",
        what: "the legitimate interests pursued",
        blocks: &["purposes-table"],
        applies: |n| {
            because_purpose(
                n,
                |p| p.basis(n) == Some(Basis::LegitimateInterests),
                "rests on legitimate interests",
            )
        },
        gaps: legitimate_interest_gaps,
        has_data: |n| {
            n.data
                .purposes
                .items
                .iter()
                .any(|p| p.legitimate_interest.is_some())
        },
        may_not_apply: false,
    },
    Item {
        id: ItemId::Categories,
        articles: "Art. 14(1)(d)",
        what: "the categories of personal data concerned",
        blocks: &["data-categories", "data-subjects"],
        applies: |n| art14(n).map_or(Applies::No, Applies::Because),
        gaps: |n| empty_kind(n, Kind::DataCategory, "list each category of personal data"),
        has_data: |n| !n.data.data_categories.items.is_empty(),
        may_not_apply: false,
    },
    Item {
        id: ItemId::Recipients,
        articles: "Art. 13(1)(e) and 14(1)(e)",
        what: "the recipients or categories of recipients",
        blocks: &["recipients"],
        applies: |_| Applies::Always,
        gaps: |n| {
            empty_kind(
                n,
                Kind::Recipient,
                "list each category of recipients with its `role`; if nobody receives personal data, add `- id: recipients` with the `reason` to content/data/not-applicable.yaml",
            )
        },
        has_data: |n| !n.data.recipients.items.is_empty(),
        may_not_apply: true,
    },
    Item {
        id: ItemId::JointControllers,
        articles: "Art. 26(2)",
        what: "the essence of the arrangement between joint controllers",
        blocks: &["recipients"],
        applies: joint_controllers_apply,
        gaps: arrangement_gaps,
        has_data: |n| {
            n.data
                .recipients
                .items
                .iter()
                .any(|r| r.arrangement.is_some())
        },
        may_not_apply: false,
    },
    Item {
        id: ItemId::Transfers,
        articles: "Art. 13(1)(f) and 14(1)(f)",
        what: "the transfers outside the EEA, the safeguard of each and how to obtain a copy of it",
        blocks: &["transfers"],
        applies: transfers_apply,
        gaps: copy_gaps,
        has_data: |n| !outside_eea(n).is_empty(),
        may_not_apply: true,
    },
    Item {
        id: ItemId::Retention,
        articles: "Art. 13(2)(a) and 14(2)(a)",
        what: "how long the data is kept, or the criteria that decide it",
        blocks: &["retention-table"],
        applies: |_| Applies::Always,
        gaps: |n| {
            empty_kind(
                n,
                Kind::RetentionRule,
                "add a rule for each kind of data, with its `period` and the `categories` and `purposes` it covers",
            )
        },
        has_data: |n| !n.data.retention.items.is_empty(),
        may_not_apply: false,
    },
    Item {
        id: ItemId::Rights,
        articles: "Art. 13(2)(b) and 14(2)(c)",
        what: "the rights of access, rectification, erasure and restriction",
        blocks: &["rights"],
        applies: |_| Applies::Always,
        gaps: |n| {
            missing_rights(
                n,
                &[
                    RightKind::Access,
                    RightKind::Rectification,
                    RightKind::Erasure,
                    RightKind::Restriction,
                ],
            )
        },
        has_data: |n| !n.data.rights.items.is_empty(),
        may_not_apply: false,
    },
    Item {
        id: ItemId::Objection,
        articles: "Art. 21(4), 13(2)(b) and 14(2)(c)",
        what: "the right to object, shown separately from the other information",
        blocks: &["rights"],
        applies: objection_applies,
        gaps: |n| missing_rights(n, &[RightKind::Objection]),
        has_data: |n| has_right(n, RightKind::Objection),
        may_not_apply: false,
    },
    Item {
        id: ItemId::Portability,
        articles: "Art. 20, 13(2)(b) and 14(2)(c)",
        what: "the right to data portability",
        blocks: &["rights"],
        applies: |n| {
            because_purpose(
                n,
                |p| {
                    p.basis(n)
                        .is_some_and(|b| b.is_consent() || b == Basis::Contract)
                },
                "rests on consent or a contract",
            )
        },
        gaps: |n| missing_rights(n, &[RightKind::Portability]),
        has_data: |n| has_right(n, RightKind::Portability),
        may_not_apply: false,
    },
    Item {
        id: ItemId::WithdrawConsent,
        articles: "Art. 13(2)(c) and 14(2)(d)",
        what: "the right to withdraw consent at any time",
        blocks: &["rights"],
        applies: |n| because_purpose(n, |p| uses_consent(n, p), "rests on consent"),
        gaps: |n| missing_rights(n, &[RightKind::WithdrawConsent]),
        has_data: |n| has_right(n, RightKind::WithdrawConsent),
        may_not_apply: false,
    },
    Item {
        id: ItemId::Complaint,
        articles: "Art. 13(2)(d) and 14(2)(e)",
        what: "the right to lodge a complaint with a supervisory authority",
        blocks: &["supervisory-authority"],
        applies: |_| Applies::Always,
        gaps: |_| Vec::new(),
        has_data: |_| true,
        may_not_apply: false,
    },
    Item {
        id: ItemId::Requirement,
        articles: "Art. 13(2)(e)",
        what: "whether the reader must provide the data, and what happens if not",
        blocks: &["purposes-table"],
        applies: |n| {
            if collects_directly(n) {
                Applies::Because("data is collected from the reader".into())
            } else {
                Applies::No
            }
        },
        gaps: requirement_gaps,
        has_data: |n| {
            n.data
                .purposes
                .items
                .iter()
                .any(|p| p.requirement.is_some())
        },
        may_not_apply: true,
    },
    Item {
        id: ItemId::AutomatedDecisions,
        articles: "Art. 13(2)(f) and 14(2)(g)",
        what: "whether decisions are taken solely by automated means, and if so their logic and effects",
        blocks: &["automated-decisions"],
        applies: |_| Applies::Always,
        gaps: automated_gaps,
        has_data: |n| automated(n).next().is_some(),
        may_not_apply: true,
    },
    Item {
        id: ItemId::Sources,
        articles: "Art. 14(2)(f)",
        what: "the sources of the data, and whether they are publicly accessible",
        blocks: &["sources", "data-subjects"],
        applies: |n| art14(n).map_or(Applies::No, Applies::Because),
        gaps: source_gaps,
        has_data: |n| !n.data.sources.items.is_empty(),
        may_not_apply: false,
    },
];

/// The item with this id.
pub fn item(id: ItemId) -> &'static Item {
    ITEMS.iter().find(|i| i.id == id).unwrap_or(&ITEMS[0])
}

/// The first section (in document order) that shows `block`.
pub fn section_showing<'a>(notice: &'a Notice, block: &str) -> Option<&'a str> {
    notice
        .all_sections()
        .into_iter()
        .find(|(_, s)| placed_blocks(s).iter().any(|b| b == block))
        .map(|(_, s)| s.id.as_str())
}

/// The blocks a section shows, at markers in its body and after it.
pub fn placed_blocks(s: &super::Section) -> Vec<String> {
    let mut out: Vec<String> = s.markers().iter().map(|m| m.name.clone()).collect();
    out.extend(
        s.blocks
            .iter()
            .filter_map(|b| b.get().map(|b| b.as_str().to_string())),
    );
    out
}

/// The first of `item`'s blocks that a section shows, with that section.
pub fn shown_by<'a>(notice: &'a Notice, item: &Item) -> Option<(&'static str, &'a str)> {
    item.blocks
        .iter()
        .find_map(|b| section_showing(notice, b).map(|s| (*b, s)))
}

// ---------------------------------------------------------------- facts

/// Every transfer the model describes: recipients (unless listed one by one
/// elsewhere), affiliates, sub-processors and providers of third-party cookies.
pub fn transfers(notice: &Notice) -> Vec<Transfer<'_>> {
    let d = &notice.data;
    let mut out: Vec<Transfer<'_>> = Vec::new();
    out.extend(
        d.recipients
            .items
            .iter()
            .filter_map(|r| r.transfer(&d.recipients.file)),
    );
    out.extend(
        d.affiliates
            .items
            .iter()
            .map(|a| a.transfer(&d.affiliates.file)),
    );
    out.extend(
        d.subprocessors
            .items
            .iter()
            .map(|s| s.transfer(&d.subprocessors.file)),
    );
    out.extend(
        d.cookies
            .items
            .iter()
            .filter_map(|c| c.transfer(&d.cookies.file)),
    );
    out
}

/// Whether data sent to `location` leaves the EEA (`worldwide` does).
pub fn leaves_eea(notice: &Notice, location: &str) -> bool {
    if location == WORLDWIDE {
        return true;
    }
    match notice.data.countries.find(location) {
        Some(c) => !c.in_eea(notice),
        None => notice.reference.in_eea(location) == Some(false),
    }
}

/// The transfers that leave the EEA.
pub fn outside_eea(notice: &Notice) -> Vec<Transfer<'_>> {
    transfers(notice)
        .into_iter()
        .filter(|t| t.location.is_some_and(|l| leaves_eea(notice, l)))
        .collect()
}

/// Purposes the reader may object to under Art. 21(1): resting on a public
/// task or on legitimate interests.
pub fn objectionable(notice: &Notice) -> Vec<&Purpose> {
    notice
        .data
        .purposes
        .items
        .iter()
        .filter(|p| {
            matches!(
                p.basis(notice),
                Some(Basis::PublicTask | Basis::LegitimateInterests)
            )
        })
        .collect()
}

/// Purposes that are direct marketing (Art. 21(2)).
pub fn direct_marketing(notice: &Notice) -> Vec<&Purpose> {
    notice
        .data
        .purposes
        .items
        .iter()
        .filter(|p| p.direct_marketing)
        .collect()
}

/// Purposes with decisions taken solely by automated means.
pub fn automated(notice: &Notice) -> impl Iterator<Item = &Purpose> {
    notice
        .data
        .purposes
        .items
        .iter()
        .filter(|p| p.automated_decisions.is_some())
}

fn uses_consent(notice: &Notice, p: &Purpose) -> bool {
    let condition = p
        .condition
        .as_ref()
        .and_then(|c| notice.data.legal_bases.find(c))
        .and_then(|b| b.basis());
    p.basis(notice).is_some_and(Basis::is_consent) || condition.is_some_and(Basis::is_consent)
}

/// Why Art. 14 applies: some data does not come from the reader.
fn art14(notice: &Notice) -> Option<String> {
    let d = &notice.data;
    if let Some(c) = d
        .data_categories
        .items
        .iter()
        .find(|c| c.source.as_ref().and_then(|s| s.get()) == Some(&DataSource::OtherSources))
    {
        return Some(format!(
            "data category `{}` comes from other sources",
            c.id.as_str()
        ));
    }
    d.sources
        .items
        .first()
        .map(|s| format!("`{}` is a source of personal data", s.id.as_str()))
}

/// Whether some data comes from the reader (Art. 13).
fn collects_directly(notice: &Notice) -> bool {
    let categories = &notice.data.data_categories.items;
    categories.is_empty()
        || categories
            .iter()
            .any(|c| c.source.as_ref().and_then(|s| s.get()) != Some(&DataSource::OtherSources))
}

fn because_purpose(notice: &Notice, test: impl Fn(&Purpose) -> bool, why: &str) -> Applies {
    notice
        .data
        .purposes
        .items
        .iter()
        .find(|p| test(p))
        .map_or(Applies::No, |p| {
            Applies::Because(format!("purpose `{}` {why}", p.id.as_str()))
        })
}

fn representative_applies(notice: &Notice) -> Applies {
    let hq = &notice.meta.organisation.headquarters;
    let Some(office) = notice.data.offices.find(hq) else {
        return Applies::No;
    };
    if leaves_eea(notice, office.country.as_str()) {
        Applies::Because(format!(
            "the headquarters `{}` is outside the EEA",
            hq.as_str()
        ))
    } else {
        Applies::No
    }
}

fn objection_applies(notice: &Notice) -> Applies {
    if let Some(p) = objectionable(notice).first() {
        return Applies::Because(format!(
            "purpose `{}` rests on a public task or legitimate interests",
            p.id.as_str()
        ));
    }
    direct_marketing(notice).first().map_or(Applies::No, |p| {
        Applies::Because(format!("purpose `{}` is direct marketing", p.id.as_str()))
    })
}

fn joint_controllers_apply(notice: &Notice) -> Applies {
    notice
        .data
        .recipients
        .items
        .iter()
        .find(|r| r.role() == Some(Role::JointController))
        .map_or(Applies::No, |r| {
            Applies::Because(format!(
                "recipient `{}` is a joint controller",
                r.id.as_str()
            ))
        })
}

fn transfers_apply(notice: &Notice) -> Applies {
    outside_eea(notice).first().map_or(Applies::No, |t| {
        Applies::Because(match t.location.map_or("", |l| l.as_str()) {
            WORLDWIDE => format!("{} receives data in any country", t.describe()),
            location => format!("{} is in `{location}`, outside the EEA", t.describe()),
        })
    })
}

fn has_right(notice: &Notice, kind: RightKind) -> bool {
    notice
        .data
        .rights
        .items
        .iter()
        .any(|r| r.kind() == Some(kind))
}

// ---------------------------------------------------------------- gaps

fn data_file(_notice: &Notice, kind: Kind) -> String {
    format!("content/data/{}.yaml", kind.info().file)
}

fn missing_meta(notice: &Notice, missing: bool, what: &str, hint: &str) -> Vec<Gap> {
    if !missing {
        return Vec::new();
    }
    vec![Gap {
        file: notice.meta_file.clone(),
        pos: None,
        message: format!("content/notice.yaml names no {what}"),
        hint: hint.to_string(),
    }]
}

fn empty_kind(notice: &Notice, kind: Kind, how: &str) -> Vec<Gap> {
    let file = data_file(notice, kind);
    let empty = match kind {
        Kind::Purpose => notice.data.purposes.items.is_empty(),
        Kind::DataCategory => notice.data.data_categories.items.is_empty(),
        Kind::Recipient => notice.data.recipients.items.is_empty(),
        Kind::RetentionRule => notice.data.retention.items.is_empty(),
        _ => false,
    };
    // A file that failed to parse was reported; "it lists nothing" would mislead.
    if !empty || notice.data.failed(kind) {
        return Vec::new();
    }
    vec![Gap {
        message: format!("{file} lists no {}", kind.info().plural.to_lowercase()),
        hint: format!("in {file}, {how}"),
        file,
        pos: None,
    }]
}

fn missing_rights(notice: &Notice, kinds: &[RightKind]) -> Vec<Gap> {
    if notice.data.failed(Kind::Right) {
        return Vec::new();
    }
    let file = data_file(notice, Kind::Right);
    kinds
        .iter()
        .filter(|k| !has_right(notice, **k))
        .map(|k| Gap {
            file: file.clone(),
            pos: None,
            message: format!("{file} has no right `{k}` (Art. {} GDPR)", k.article()),
            hint: format!(
                "add an entry with `right: {k}`, its `name` and a `description` to {file}"
            ),
        })
        .collect()
}

fn legitimate_interest_gaps(notice: &Notice) -> Vec<Gap> {
    let file = data_file(notice, Kind::Purpose);
    notice
        .data
        .purposes
        .items
        .iter()
        .filter(|p| p.basis(notice) == Some(Basis::LegitimateInterests) && p.legitimate_interest.is_none())
        .map(|p| Gap {
            file: file.clone(),
            pos: Some(p.id.pos),
            message: format!("purpose `{}` rests on legitimate interests but does not say which interest", p.id.as_str()),
            hint: "add `legitimate_interest:` to the purpose: the interest pursued, in a sentence (\"preventing fraud that harms our customers and us\")".into(),
        })
        .collect()
}

fn arrangement_gaps(notice: &Notice) -> Vec<Gap> {
    let file = data_file(notice, Kind::Recipient);
    notice
        .data
        .recipients
        .items
        .iter()
        .filter(|r| r.role() == Some(Role::JointController) && r.arrangement.is_none())
        .map(|r| Gap {
            file: file.clone(),
            pos: Some(r.id.pos),
            message: format!("recipient `{}` is a joint controller, but the essence of the arrangement is not stated", r.id.as_str()),
            hint: "add `arrangement:` to the recipient: who is responsible for what, and whom the reader contacts".into(),
        })
        .collect()
}

fn copy_gaps(notice: &Notice) -> Vec<Gap> {
    let needs_copy = outside_eea(notice)
        .into_iter()
        .find(|t| t.safeguard().is_some_and(Safeguard::has_copy));
    match (needs_copy, &notice.meta.safeguard_copies) {
        (Some(t), None) => vec![Gap {
            file: notice.meta_file.clone(),
            pos: None,
            message: format!("{} relies on {}, but the notice does not say how to obtain a copy", t.describe(), t.safeguard().map_or("", |s| s.id())),
            hint: "add `safeguard_copies:` to content/notice.yaml with the `email` (or `url`) where readers obtain a copy of the safeguards".into(),
        }],
        _ => Vec::new(),
    }
}

fn requirement_gaps(notice: &Notice) -> Vec<Gap> {
    let file = data_file(notice, Kind::Purpose);
    let mut out = Vec::new();
    for p in &notice.data.purposes.items {
        let requirement = p.requirement.as_ref().and_then(|r| r.get().copied());
        match (&p.requirement, requirement) {
            (None, _) => out.push(Gap {
                file: file.clone(),
                pos: Some(p.id.pos),
                message: format!("purpose `{}` does not say whether the reader must provide the data", p.id.as_str()),
                hint: "add `requirement:` (statutory, contractual, pre-contractual or voluntary) and, unless voluntary, the `consequence` of not providing it".into(),
            }),
            (Some(at), Some(r)) if r != super::data::Requirement::Voluntary && p.consequence.is_none() => out.push(Gap {
                file: file.clone(),
                pos: Some(at.pos),
                message: format!("purpose `{}` requires the data ({r}) but does not say what happens without it", p.id.as_str()),
                hint: "add `consequence:`: what happens when the reader does not provide the data (\"we cannot open an account\")".into(),
            }),
            _ => {}
        }
    }
    out
}

fn automated_gaps(notice: &Notice) -> Vec<Gap> {
    if automated(notice).next().is_none() {
        return vec![Gap {
            file: data_file(notice, Kind::Purpose),
            pos: None,
            message: "the notice does not say whether decisions are taken solely by automated means".into(),
            hint: "add `automated_decisions:` (its `logic` and `effects`) to each purpose that takes such decisions; if none does, add `- id: automated-decisions` with the `reason` (\"We do not take decisions based solely on automated processing\") to content/data/not-applicable.yaml".into(),
        }];
    }
    missing_rights(notice, &[RightKind::AutomatedDecisions])
}

fn source_gaps(notice: &Notice) -> Vec<Gap> {
    let d = &notice.data;
    let file = data_file(notice, Kind::DataCategory);
    let mut out: Vec<Gap> = d
        .data_categories
        .items
        .iter()
        .filter(|c| c.source.as_ref().and_then(|s| s.get()) == Some(&DataSource::OtherSources))
        .filter(|c| !d.sources.items.iter().any(|s| s.categories.iter().any(|sc| sc.as_str() == c.id.as_str())))
        .map(|c| Gap {
            file: file.clone(),
            pos: Some(c.id.pos),
            message: format!("data category `{}` comes from other sources, but no source lists it", c.id.as_str()),
            hint: format!("add `{}` to the `categories` of its source in content/data/sources.yaml (each source with its `name` and `public: true` or `false`)", c.id.as_str()),
        })
        .collect();
    if d.sources.items.is_empty() && out.is_empty() && !d.failed(Kind::Source) {
        out.push(Gap {
            file: data_file(notice, Kind::Source),
            pos: None,
            message: "content/data/sources.yaml lists no sources".into(),
            hint: "list each source with its `name`, `public: true` or `false` and the `categories` that come from it".into(),
        });
    }
    out
}

/// The listed-in kinds, for the view of a recipient category.
pub fn listed_kind(l: ListedIn) -> Kind {
    match l {
        ListedIn::Subprocessors => Kind::Subprocessor,
        ListedIn::Affiliates => Kind::Affiliate,
    }
}
