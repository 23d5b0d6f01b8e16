//! Completeness under the `gdpr` profile: every item of Articles 13 and 14
//! GDPR (the table in `model::gdpr`) that applies is in the model and shown
//! by a block on the page (and so on every language's page, which all show
//! the same sections), or is declared not applicable with the statement the
//! page prints instead. Besides the items: every recipient says where it is,
//! every data category and purpose has a retention rule, and data the model
//! holds but no block shows is reported, since a reader never sees it.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::gdpr::{Applies, ITEMS, Item, section_showing, shown_by};
use crate::model::*;
use std::collections::BTreeSet;

pub fn check_completeness(notice: &Notice, out: &mut Vec<Diagnostic>) {
    if notice.meta.profile() != Profile::Gdpr {
        return;
    }
    let mut unshown: BTreeSet<&'static str> = BTreeSet::new();
    for item in ITEMS {
        check_item(notice, item, &mut unshown, out);
    }
    check_locations(notice, out);
    check_retention_coverage(notice, out);
    check_data_shown(notice, &unshown, out);
}

/// How a block is placed, for hints.
fn place_block(blocks: &[&str]) -> String {
    let b = blocks.first().copied().unwrap_or_default();
    let others = if blocks.len() > 1 {
        format!(
            " (or {})",
            blocks[1..]
                .iter()
                .map(|b| format!("`{b}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else {
        String::new()
    };
    format!(
        "add `{b}`{others} to the `blocks:` of a section, or a `{{{{block: {b}}}}}` marker to its body"
    )
}

fn check_item(
    notice: &Notice,
    item: &'static Item,
    unshown: &mut BTreeSet<&'static str>,
    out: &mut Vec<Diagnostic>,
) {
    let applies = (item.applies)(notice);
    let declared = notice.data.not_applicable.find(item.id.id());
    let articles = item.articles;
    let because = match &applies {
        Applies::Because(why) => format!(" (it applies because {why})"),
        _ => String::new(),
    };
    if let Some(decl) = declared {
        check_declared(notice, item, &applies, &because, decl, unshown, out);
        return;
    }
    if applies == Applies::No {
        return;
    }
    let gaps = (item.gaps)(notice);
    for gap in &gaps {
        let d = Diagnostic::error(
            Code::IncompleteNotice,
            format!("{articles} GDPR: {}{because}", gap.message),
        )
        .hint(format!("{}; the notice must state {}", gap.hint, item.what));
        out.push(match gap.pos {
            Some(pos) => d.at(&gap.file, pos),
            None => d.in_file(&gap.file),
        });
    }
    if gaps.is_empty() && shown_by(notice, item).is_none() && !sections_incomplete(notice) {
        unshown.extend(item.blocks.iter().copied());
        out.push(
            Diagnostic::error(
                Code::ItemNotShown,
                format!(
                    "{articles} GDPR: the model has {}, but no section shows it{because}",
                    item.what
                ),
            )
            .in_file(item_file(notice, item))
            .hint(place_block(item.blocks)),
        );
    }
}

/// An item declared not applicable: allowed, consistent with the model, and shown.
fn check_declared(
    notice: &Notice,
    item: &'static Item,
    applies: &Applies,
    because: &str,
    decl: &NotApplicable,
    unshown: &mut BTreeSet<&'static str>,
    out: &mut Vec<Diagnostic>,
) {
    let file = &notice.data.not_applicable.file;
    let id = item.id.id();
    let articles = item.articles;
    let problem = if !item.may_not_apply && *applies != Applies::No {
        let applies = match applies {
            Applies::Because(why) => format!("applies because {why}"),
            _ => "always applies".to_string(),
        };
        Some((
            format!("{articles} GDPR {applies}: `{id}` cannot be declared not applicable"),
            format!(
                "remove `{id}` from {file}; the notice must state {}",
                item.what
            ),
        ))
    } else if (item.has_data)(notice) {
        Some((
            format!(
                "`{id}` is declared not applicable, but the model has {}{because}",
                item.what
            ),
            format!("remove `{id}` from {file}, or remove what the model says about it"),
        ))
    } else {
        None
    };
    if let Some((message, hint)) = problem {
        out.push(
            Diagnostic::error(Code::WronglyNotApplicable, message)
                .at(file, decl.id.pos)
                .spanning(id.chars().count())
                .hint(hint),
        );
        return;
    }
    if shown_by(notice, item).is_none() && !sections_incomplete(notice) {
        unshown.extend(item.blocks.iter().copied());
        out.push(
            Diagnostic::error(Code::ItemNotShown, format!("{articles} GDPR: the statement that `{id}` does not apply is not shown on the page"))
                .at(file, decl.id.pos)
                .hint(place_block(item.blocks)),
        );
    }
}

/// A section could not be read whole: the block that shows an item may be
/// in the part that was lost, and its error is already reported.
fn sections_incomplete(notice: &Notice) -> bool {
    notice.gaps.unknown_sections
        || !notice.gaps.sections.is_empty()
        || notice
            .gaps
            .files
            .iter()
            .any(|f| f.starts_with("content/sections/"))
}

/// The file that holds an item's data, for a diagnostic about it.
fn item_file(notice: &Notice, item: &Item) -> String {
    use crate::model::gdpr::ItemId as I;
    let kind = match item.id {
        I::Purposes | I::LegitimateInterests | I::Requirement | I::AutomatedDecisions => {
            Kind::Purpose
        }
        I::Categories => Kind::DataCategory,
        I::Recipients | I::JointControllers => Kind::Recipient,
        I::Retention => Kind::RetentionRule,
        I::Rights | I::Objection | I::Portability | I::WithdrawConsent => Kind::Right,
        I::Sources => Kind::Source,
        I::Transfers => {
            return crate::model::gdpr::outside_eea(notice).first().map_or_else(
                || "content/data/recipients.yaml".into(),
                |t| t.file.to_string(),
            );
        }
        I::Controller | I::Representative | I::Dpo | I::Complaint => {
            return notice.meta_file.clone();
        }
    };
    format!("content/data/{}.yaml", kind.info().file)
}

/// Every recipient says where it processes data (Art. 13(1)(f)): without a
/// location, nobody can tell whether the data leaves the EEA.
fn check_locations(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let d = &notice.data;
    let missing = d
        .recipients
        .items
        .iter()
        .filter_map(|r| r.transfer(&d.recipients.file))
        .chain(
            d.cookies
                .items
                .iter()
                .filter_map(|c| c.transfer(&d.cookies.file)),
        )
        .filter(|t| t.location.is_none());
    for t in missing {
        out.push(
            Diagnostic::error(Code::IncompleteNotice, format!("Art. 13(1)(f) and 14(1)(f) GDPR: {} does not say where the data goes", t.describe()))
                .at(t.file, t.id.pos)
                .hint("add `location:` (a country id from content/data/countries.yaml, or `worldwide`) and, outside the EEA, the `safeguard` the transfer rests on"),
        );
    }
    for r in &d.recipients.items {
        let Some(listed) = r.listed_in.as_ref().and_then(|l| l.get().copied()) else {
            continue;
        };
        let kind = crate::model::gdpr::listed_kind(listed);
        let empty = match listed {
            ListedIn::Subprocessors => d.subprocessors.items.is_empty(),
            ListedIn::Affiliates => d.affiliates.items.is_empty(),
        };
        if empty && !d.failed(kind) {
            out.push(
                Diagnostic::error(Code::IncompleteNotice, format!("Art. 13(1)(f) and 14(1)(f) GDPR: recipient `{}` is listed in content/data/{}.yaml, which lists nobody", r.id.as_str(), kind.info().file))
                    .at(&d.recipients.file, r.id.pos)
                    .hint(format!("list each {} with its location, or give the recipient its own `location:` and remove `listed_in`", kind.info().name)),
            );
        }
    }
}

/// Every data category and purpose is covered by a retention rule
/// (Art. 13(2)(a), 14(2)(a)); a rule's period is a length or the event that
/// ends it, which is the criterion when no length can be given.
fn check_retention_coverage(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let d = &notice.data;
    if d.failed(Kind::RetentionRule) {
        return;
    }
    let rules = &d.retention.items;
    let categories = d.data_categories.items.iter().filter(|c| {
        !rules
            .iter()
            .any(|r| r.categories.iter().any(|x| x.as_str() == c.id.as_str()))
    });
    for c in categories {
        out.push(coverage(
            &d.data_categories.file,
            &c.id,
            "data category",
            "categories",
        ));
    }
    let purposes = d.purposes.items.iter().filter(|p| {
        !rules
            .iter()
            .any(|r| r.purposes.iter().any(|x| x.as_str() == p.id.as_str()))
    });
    for p in purposes {
        out.push(coverage(&d.purposes.file, &p.id, "purpose", "purposes"));
    }
}

fn coverage(file: &str, id: &Located<Id>, what: &str, key: &str) -> Diagnostic {
    Diagnostic::error(
        Code::RetentionCoverage,
        format!("Art. 13(2)(a) and 14(2)(a) GDPR: no retention rule covers the {what} `{}`", id.as_str()),
    )
    .at(file, id.pos)
    .spanning(id.chars().count())
    .hint(format!(
        "add `{}` to the `{key}` of the rule in content/data/retention.yaml that decides how long its data is kept, or add a rule for it (a length, or the event that ends the period)",
        id.as_str()
    ))
}

/// The blocks that show each kind; a kind no shown block covers is data the
/// reader never sees.
fn shown_by_blocks(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::LegalBasis => &["legal-bases", "purposes-table"],
        Kind::Purpose => &["purposes-table"],
        Kind::DataCategory => &[
            "data-categories",
            "purposes-table",
            "products-table",
            "data-subjects",
            "sources",
        ],
        Kind::Product => &["products-table"],
        Kind::RetentionRule => &["retention-table"],
        Kind::Right => &["rights"],
        Kind::Recipient => &["recipients"],
        Kind::Subprocessor => &["subprocessors-table", "transfers"],
        Kind::CookieCategory => &["cookie-categories", "cookies-table"],
        Kind::Cookie => &["cookies-table"],
        Kind::Affiliate => &["affiliates", "transfers"],
        Kind::DataSubject => &["data-subjects"],
        Kind::Source => &["sources", "data-subjects"],
        // Facts are stated in prose, countries and offices through other
        // kinds, and statements of items that do not apply by their items.
        Kind::Fact | Kind::Country | Kind::Office | Kind::NotApplicable | Kind::Section => &[],
    }
}

/// Data the model holds but no block shows: a warning, since nothing is
/// wrong with the data, only the reader never sees it.
fn check_data_shown(notice: &Notice, unshown: &BTreeSet<&'static str>, out: &mut Vec<Diagnostic>) {
    if sections_incomplete(notice) {
        return;
    }
    struct Visit<'a> {
        notice: &'a Notice,
        unshown: &'a BTreeSet<&'static str>,
        out: &'a mut Vec<Diagnostic>,
    }
    impl DataVisitor for Visit<'_> {
        fn visit<E: Entity>(&mut self, items: &Collection<E>) {
            let blocks = shown_by_blocks(E::KIND);
            let Some(first) = items.items.first() else {
                return;
            };
            // Already reported as an item of the GDPR that is not shown.
            if blocks.is_empty() || blocks.iter().all(|b| self.unshown.contains(b)) {
                return;
            }
            if blocks
                .iter()
                .any(|b| section_showing(self.notice, b).is_some())
            {
                return;
            }
            let info = E::KIND.info();
            self.out.push(
                Diagnostic::warning(
                    Code::DataNotShown,
                    format!(
                        "{} holds {} that no section shows",
                        items.file,
                        info.plural.to_lowercase()
                    ),
                )
                .at(&items.file, first.id().pos)
                .hint(place_block(blocks)),
            );
        }
    }
    notice.data.visit(&mut Visit {
        notice,
        unshown,
        out,
    });
    check_offices_shown(notice, out);
}

/// An office is shown by the `offices` block, the headquarters and the
/// representative's by `contact`, an affiliate's by `affiliates`.
fn check_offices_shown(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let d = &notice.data;
    if section_showing(notice, "offices").is_some() {
        return;
    }
    let contact = section_showing(notice, "contact").is_some();
    let affiliates = section_showing(notice, "affiliates").is_some();
    let m = &notice.meta;
    for o in &d.offices.items {
        let id = o.id.as_str();
        let by_contact = contact
            && (m.organisation.headquarters.as_str() == id
                || m.representative
                    .as_ref()
                    .is_some_and(|r| r.office.as_str() == id));
        let by_affiliate = affiliates
            && d.affiliates
                .items
                .iter()
                .any(|a| a.office.as_ref().is_some_and(|x| x.as_str() == id));
        if !by_contact && !by_affiliate {
            out.push(
                Diagnostic::warning(
                    Code::DataNotShown,
                    format!("office `{id}` is not shown on the page"),
                )
                .at(&d.offices.file, o.id.pos)
                .hint(place_block(&["offices"])),
            );
        }
    }
}
