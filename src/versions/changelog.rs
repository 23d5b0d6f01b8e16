//! What changed between two versions of a notice, in one language: the facts
//! first (retention rules, purposes, legal bases, recipients, sub-processors,
//! rights, contacts), compared by id on the structured values and told in the
//! editions' own words; then the prose, section by section, as a word diff.
//!
//! A change is material when it widens what happens to people's data: a new
//! purpose, a purpose on another legal basis or for more kinds of personal
//! data, a new source of personal data (or more kinds from one), a longer
//! retention, a new recipient or sub-processor, a new transfer outside the
//! EEA, a right no longer listed. Those are marked, so that readers (and the feed) see them
//! first.

use super::diff::{Piece, prose_diff};
use super::format::*;
use crate::model::IsoDuration;
use serde::Serialize;

/// The kind of fact an entry is about, in the order entries are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Retention,
    Purpose,
    LegalBasis,
    Source,
    Recipient,
    Subprocessor,
    Affiliate,
    Cookie,
    Right,
    Contact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

/// Why a change is material.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Material {
    NewPurpose,
    LegalBasisChanged,
    /// A purpose now processes, or a source now gives, a category of
    /// personal data it did not.
    MoreData,
    /// Personal data now comes from a source it did not (Art. 14 GDPR).
    NewSource,
    LongerRetention,
    NewRecipient,
    NewSubprocessor,
    TransferOutsideEea,
    RightRemoved,
}

impl Material {
    pub fn id(self) -> &'static str {
        match self {
            Material::NewPurpose => "new-purpose",
            Material::LegalBasisChanged => "legal-basis-changed",
            Material::MoreData => "more-data",
            Material::NewSource => "new-source",
            Material::LongerRetention => "longer-retention",
            Material::NewRecipient => "new-recipient",
            Material::NewSubprocessor => "new-subprocessor",
            Material::TransferOutsideEea => "transfer-outside-eea",
            Material::RightRemoved => "right-removed",
        }
    }
}

/// One field of an entry: `field` names it (`period`, `legal-basis`,
/// `country`, ...; the renderer words it), with its value before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detail {
    pub field: &'static str,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One changed fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub area: Area,
    pub kind: Kind,
    pub id: String,
    /// What the entry is about, in words (the rule's data, the sub-processor's name).
    pub subject: String,
    pub details: Vec<Detail>,
    pub material: Option<Material>,
}

/// One section whose prose changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionChange {
    pub id: String,
    pub number: String,
    pub title: Option<String>,
    /// The title before, when it changed.
    pub old_title: Option<String>,
    pub kind: Kind,
    /// The changed paragraphs.
    pub paragraphs: Vec<Vec<Piece>>,
}

/// Everything that changed from one edition to the next.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changelog {
    pub entries: Vec<Entry>,
    pub sections: Vec<SectionChange>,
}

impl Changelog {
    pub fn material(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.material.is_some())
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.sections.is_empty()
    }
}

/// Compares two editions of a notice in the same language.
pub fn compare(old: &Edition, new: &Edition) -> Changelog {
    let mut entries = Vec::new();
    entries.extend(by_id(
        Area::Retention,
        &old.rules,
        &new.rules,
        |r| &r.id,
        rule_entry,
    ));
    entries.extend(by_id(
        Area::Purpose,
        &old.purposes,
        &new.purposes,
        |p| &p.id,
        purpose_entry,
    ));
    entries.extend(by_id(
        Area::LegalBasis,
        &old.legal_bases,
        &new.legal_bases,
        |b| &b.id,
        named_entry,
    ));
    if let (Some(old_sources), Some(new_sources)) = (&old.sources, &new.sources) {
        entries.extend(by_id(
            Area::Source,
            old_sources,
            new_sources,
            |s| &s.id,
            source_entry,
        ));
    }
    entries.extend(by_id(
        Area::Recipient,
        &old.recipients,
        &new.recipients,
        |r| &r.id,
        recipient_entry,
    ));
    entries.extend(by_id(
        Area::Subprocessor,
        &old.subprocessors,
        &new.subprocessors,
        |s| &s.id,
        subprocessor_entry,
    ));
    if let (Some(old_affiliates), Some(new_affiliates)) = (&old.affiliates, &new.affiliates) {
        entries.extend(by_id(
            Area::Affiliate,
            old_affiliates,
            new_affiliates,
            |a| &a.id,
            affiliate_entry,
        ));
    }
    if let (Some(old_cookies), Some(new_cookies)) = (&old.cookies, &new.cookies) {
        entries.extend(by_id(
            Area::Cookie,
            old_cookies,
            new_cookies,
            |c| &c.id,
            cookie_entry,
        ));
    }
    entries.extend(by_id(
        Area::Right,
        &old.rights,
        &new.rights,
        |r| &r.id,
        right_entry,
    ));
    entries.extend(by_id(
        Area::Contact,
        &old.contacts,
        &new.contacts,
        |c| &c.id,
        contact_entry,
    ));
    Changelog {
        entries,
        sections: sections(&old.sections, &new.sections),
    }
}

/// Pairs two lists by id and asks `entry` about each pair, in the new
/// list's order with removed items after.
fn by_id<'a, T>(
    area: Area,
    old: &'a [T],
    new: &'a [T],
    id: impl Fn(&T) -> &String,
    entry: impl Fn(Area, Option<&'a T>, Option<&'a T>) -> Option<Entry>,
) -> Vec<Entry> {
    let find = |list: &'a [T], key: &String| list.iter().find(|x| id(x) == key);
    let mut out: Vec<Entry> = new
        .iter()
        .filter_map(|n| entry(area, find(old, id(n)), Some(n)))
        .collect();
    out.extend(
        old.iter()
            .filter(|o| find(new, id(o)).is_none())
            .filter_map(|o| entry(area, Some(o), None)),
    );
    out
}

/// The entry for a pair: added, removed, or changed when `details` of the
/// pair differ; `None` when nothing a reader would see changed.
fn entry_for<T>(
    area: Area,
    old: Option<&T>,
    new: Option<&T>,
    id: &str,
    subject: impl Fn(&T) -> String,
    details: impl Fn(&T) -> Vec<(&'static str, String)>,
) -> Option<Entry> {
    let (kind, details) = match (old, new) {
        (None, Some(n)) => (Kind::Added, one_side(details(n), false)),
        (Some(o), None) => (Kind::Removed, one_side(details(o), true)),
        (Some(o), Some(n)) => {
            let changed = two_sides(details(o), details(n));
            if changed.is_empty() && subject(o) == subject(n) {
                return None;
            }
            (Kind::Changed, changed)
        }
        (None, None) => return None,
    };
    let subject = new.or(old).map(&subject).unwrap_or_default();
    Some(Entry {
        area,
        kind,
        id: id.to_string(),
        subject,
        details,
        material: None,
    })
}

fn one_side(fields: Vec<(&'static str, String)>, before: bool) -> Vec<Detail> {
    fields
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(field, v)| Detail {
            field,
            before: before.then(|| v.clone()),
            after: (!before).then_some(v),
        })
        .collect()
}

fn two_sides(old: Vec<(&'static str, String)>, new: Vec<(&'static str, String)>) -> Vec<Detail> {
    old.into_iter()
        .zip(new)
        .filter(|((_, o), (_, n))| o != n)
        .map(|((field, o), (_, n))| Detail {
            field,
            before: (!o.is_empty()).then_some(o),
            after: (!n.is_empty()).then_some(n),
        })
        .collect()
}

fn id_of<T>(old: Option<&T>, new: Option<&T>, id: impl Fn(&T) -> &String) -> String {
    new.or(old).map(|x| id(x).clone()).unwrap_or_default()
}

fn rule_entry(area: Area, old: Option<&RuleDigest>, new: Option<&RuleDigest>) -> Option<Entry> {
    let id = id_of(old, new, |r| &r.id);
    let (Some(o), Some(n)) = (old, new) else {
        return entry_for(
            area,
            old,
            new,
            &id,
            |r| r.label.clone(),
            |r| vec![("period", r.text.clone())],
        );
    };
    // Words can stay the same where the structure changed (a site's own
    // wording of two events): either tells of a change.
    let period_changed = o.text != n.text || !same_rule(o, n);
    if !period_changed && o.label == n.label {
        return None;
    }
    let mut details = Vec::new();
    if o.label != n.label {
        details.push(Detail {
            field: "label",
            before: Some(o.label.clone()),
            after: Some(n.label.clone()),
        });
    }
    if period_changed {
        details.push(Detail {
            field: "period",
            before: Some(o.text.clone()),
            after: Some(n.text.clone()),
        });
    }
    Some(Entry {
        area,
        kind: Kind::Changed,
        id,
        subject: n.label.clone(),
        details,
        material: longer(o, n).then_some(Material::LongerRetention),
    })
}

fn same_rule(a: &RuleDigest, b: &RuleDigest) -> bool {
    (
        &a.iso,
        &a.ends,
        &a.qualifier,
        &a.start,
        &a.max,
        &a.ends_early,
    ) == (
        &b.iso,
        &b.ends,
        &b.qualifier,
        &b.start,
        &b.max,
        &b.ends_early,
    )
}

/// Whether data may now be kept longer: a longer length or upper bound, an
/// early end given up, a length turned into "at least" or into a period
/// that lasts until an event (whose length nobody can compare).
pub fn longer(old: &RuleDigest, new: &RuleDigest) -> bool {
    let days = |iso: &Option<String>| {
        iso.as_deref()
            .and_then(|t| IsoDuration::parse(t).ok())
            .map(|d| d.approx_days())
    };
    let (old_len, new_len) = (days(&old.iso), days(&new.iso));
    let (old_bound, new_bound) = (days(&old.max).or(old_len), days(&new.max).or(new_len));
    let gt = |a: Option<f64>, b: Option<f64>| matches!((a, b), (Some(a), Some(b)) if a > b + 1e-9);
    gt(new_len, old_len)
        || gt(new_bound, old_bound)
        || old.ends_early.iter().any(|e| !new.ends_early.contains(e))
        || (old_len.is_some() && new_len.is_none())
        || (new.qualifier == "at-least" && old.qualifier != "at-least")
}

fn purpose_entry(
    area: Area,
    old: Option<&PurposeDigest>,
    new: Option<&PurposeDigest>,
) -> Option<Entry> {
    let id = id_of(old, new, |p| &p.id);
    let mut entry = entry_for(
        area,
        old,
        new,
        &id,
        |p| p.name.clone(),
        |p| {
            vec![
                ("legal-basis", p.legal_basis_name.clone()),
                ("data", p.category_names.join(", ")),
            ]
        },
    )?;
    entry.material = match (old, new) {
        (None, Some(_)) => Some(Material::NewPurpose),
        (Some(o), Some(n)) if o.legal_basis != n.legal_basis => Some(Material::LegalBasisChanged),
        (Some(o), Some(n)) if more_data(&o.categories, &n.categories) => Some(Material::MoreData),
        _ => None,
    };
    Some(entry)
}

/// True when `new` names a category of personal data that `old` does not.
fn more_data(old: &[String], new: &[String]) -> bool {
    new.iter().any(|c| !old.contains(c))
}

/// A source of personal data: the data that comes from it and whether it is
/// public. A new source, or more kinds of data from one, is material.
fn source_entry(
    area: Area,
    old: Option<&SourceDigest>,
    new: Option<&SourceDigest>,
) -> Option<Entry> {
    let id = id_of(old, new, |s| &s.id);
    let mut entry = entry_for(
        area,
        old,
        new,
        &id,
        |s| s.name.clone(),
        |s| {
            vec![
                ("data", s.category_names.join(", ")),
                ("public", s.public.clone()),
            ]
        },
    )?;
    entry.material = match (old, new) {
        (None, Some(_)) => Some(Material::NewSource),
        (Some(o), Some(n)) if more_data(&o.categories, &n.categories) => Some(Material::MoreData),
        _ => None,
    };
    Some(entry)
}

fn named_entry(area: Area, old: Option<&NamedDigest>, new: Option<&NamedDigest>) -> Option<Entry> {
    let id = id_of(old, new, |n| &n.id);
    entry_for(
        area,
        old,
        new,
        &id,
        |n| n.name.clone(),
        |n| vec![("article", n.article.clone().unwrap_or_default())],
    )
}

fn right_entry(area: Area, old: Option<&NamedDigest>, new: Option<&NamedDigest>) -> Option<Entry> {
    let mut entry = named_entry(area, old, new)?;
    if new.is_none() {
        entry.material = Some(Material::RightRemoved);
    }
    Some(entry)
}

fn recipient_entry(
    area: Area,
    old: Option<&RecipientDigest>,
    new: Option<&RecipientDigest>,
) -> Option<Entry> {
    // A snapshot from before transfers were recorded has none to compare.
    let transfers = match (old, new) {
        (Some(o), Some(n)) => o.transfer.is_some() && n.transfer.is_some(),
        _ => true,
    };
    receiving_entry(
        area,
        (old, new),
        |r| &r.id,
        |r| r.name.clone(),
        |r| vec![("role", r.role_text.clone())],
        |r| r.transfer.as_ref().filter(|_| transfers),
        Some(Material::NewRecipient),
    )
}

fn affiliate_entry(
    area: Area,
    old: Option<&AffiliateDigest>,
    new: Option<&AffiliateDigest>,
) -> Option<Entry> {
    receiving_entry(
        area,
        (old, new),
        |a| &a.id,
        |a| a.name.clone(),
        |_| Vec::new(),
        |a| Some(&a.transfer),
        Some(Material::NewRecipient),
    )
}

/// A cookie: its provider, party and lifespan, and for a third party's where
/// its provider receives the data. A new one is material only as a transfer.
fn cookie_entry(
    area: Area,
    old: Option<&CookieDigest>,
    new: Option<&CookieDigest>,
) -> Option<Entry> {
    receiving_entry(
        area,
        (old, new),
        |c| &c.id,
        |c| c.name.clone(),
        |c| {
            vec![
                ("provider", c.provider.clone()),
                ("party", c.party.clone()),
                ("lifespan", c.lifespan.clone()),
            ]
        },
        |c| c.transfer.as_ref(),
        None,
    )
}

/// The entry of something that may receive data somewhere (a recipient, an
/// affiliate, a third party's cookie): its own details, then where it
/// receives the data and on what, material as a transfer or as `added`.
fn receiving_entry<T>(
    area: Area,
    (old, new): (Option<&T>, Option<&T>),
    id: impl Fn(&T) -> &String,
    subject: impl Fn(&T) -> String,
    details: impl Fn(&T) -> Vec<(&'static str, String)>,
    transfer: impl Fn(&T) -> Option<&TransferDigest>,
    added: Option<Material>,
) -> Option<Entry> {
    let id = id_of(old, new, id);
    let mut entry = entry_for(area, old, new, &id, subject, |x| {
        let mut fields = details(x);
        // Both sides list the same fields, empty where there is no transfer.
        let empty = TransferDigest::default();
        let t = transfer(x).unwrap_or(&empty);
        fields.push(("country", t.location_name.clone()));
        fields.push(("safeguard", t.safeguard_text.clone()));
        fields
    })?;
    entry.material = transfer_material(old.map(&transfer), new.map(&transfer), added);
    Some(entry)
}

/// Why a change is material: data now goes outside the EEA where it did
/// not before (a new recipient there, or one that moved out); else `added`
/// for a new one. Each side is the transfer, `None` when the thing is not
/// there, `Some(None)` when it is but names no place of its own.
fn transfer_material(
    old: Option<Option<&TransferDigest>>,
    new: Option<Option<&TransferDigest>>,
    added: Option<Material>,
) -> Option<Material> {
    let leaves = |t: Option<Option<&TransferDigest>>| t.flatten().is_some_and(|t| t.leaves_eea);
    match (old, new) {
        (_, None) => None,
        (_, Some(_)) if leaves(new) && !leaves(old) => Some(Material::TransferOutsideEea),
        (None, Some(_)) => added,
        (Some(_), Some(_)) => None,
    }
}

fn subprocessor_entry(
    area: Area,
    old: Option<&SubprocessorDigest>,
    new: Option<&SubprocessorDigest>,
) -> Option<Entry> {
    let id = id_of(old, new, |s| &s.id);
    let mut entry = entry_for(
        area,
        old,
        new,
        &id,
        |s| s.name.clone(),
        |s| {
            vec![
                ("country", s.country_name.clone()),
                ("safeguard", s.safeguard_text.clone()),
                ("purpose", s.purpose.clone()),
            ]
        },
    )?;
    entry.material = match (old, new) {
        (None, Some(n)) if !n.eea => Some(Material::TransferOutsideEea),
        (None, Some(_)) => Some(Material::NewSubprocessor),
        (Some(o), Some(n)) if o.eea && !n.eea => Some(Material::TransferOutsideEea),
        _ => None,
    };
    Some(entry)
}

fn contact_entry(
    area: Area,
    old: Option<&ContactDigest>,
    new: Option<&ContactDigest>,
) -> Option<Entry> {
    let id = id_of(old, new, |c| &c.id);
    entry_for(
        area,
        old,
        new,
        &id,
        |c| c.label.clone(),
        |c| vec![("contact", c.value.clone())],
    )
}

/// The sections whose title or prose changed, added or removed, in the new
/// order with removed sections after.
fn sections(old: &[SectionDigest], new: &[SectionDigest]) -> Vec<SectionChange> {
    let mut out = Vec::new();
    for n in new {
        match old.iter().find(|o| o.id == n.id) {
            None => out.push(section_change(
                n,
                Kind::Added,
                None,
                prose_diff("", &n.text),
            )),
            Some(o) if o.text != n.text || o.title != n.title => {
                let old_title = (o.title != n.title).then(|| o.title.clone()).flatten();
                out.push(section_change(
                    n,
                    Kind::Changed,
                    old_title,
                    prose_diff(&o.text, &n.text),
                ));
            }
            Some(_) => {}
        }
    }
    for o in old.iter().filter(|o| !new.iter().any(|n| n.id == o.id)) {
        out.push(section_change(
            o,
            Kind::Removed,
            None,
            prose_diff(&o.text, ""),
        ));
    }
    out
}

fn section_change(
    s: &SectionDigest,
    kind: Kind,
    old_title: Option<String>,
    paragraphs: Vec<Vec<Piece>>,
) -> SectionChange {
    SectionChange {
        id: s.id.clone(),
        number: s.number.clone(),
        title: s.title.clone(),
        old_title,
        kind,
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(iso: &str, text: &str) -> RuleDigest {
        RuleDigest {
            id: "support".into(),
            label: "Support tickets".into(),
            iso: Some(iso.into()),
            qualifier: "exactly".into(),
            start: Some("ticket-resolved".into()),
            text: text.into(),
            ..RuleDigest::default()
        }
    }

    fn purpose(basis: &str, categories: &[&str]) -> PurposeDigest {
        PurposeDigest {
            id: "support".into(),
            name: "Providing support".into(),
            legal_basis: basis.into(),
            legal_basis_name: basis.into(),
            categories: categories.iter().map(|c| c.to_string()).collect(),
            category_names: categories.iter().map(|c| c.to_string()).collect(),
        }
    }

    fn purposes(p: PurposeDigest) -> Edition {
        Edition {
            purposes: vec![p],
            ..Edition::default()
        }
    }

    #[test]
    fn a_purpose_for_more_kinds_of_data_is_material() {
        let old = purposes(purpose("contract", &["identifiers", "support"]));
        let more = purposes(purpose("contract", &["identifiers", "support", "location"]));
        let changed = |old: &Edition, new: &Edition| {
            let log = compare(old, new);
            assert_eq!(log.entries.len(), 1);
            (log.entries[0].kind, log.entries[0].material)
        };
        assert_eq!(
            changed(&old, &more),
            (Kind::Changed, Some(Material::MoreData))
        );
        // One kind of data swapped for another is more data too.
        let swapped = purposes(purpose("contract", &["identifiers", "location"]));
        assert_eq!(
            changed(&old, &swapped),
            (Kind::Changed, Some(Material::MoreData))
        );
        // Fewer kinds, or the same in another order, are not material.
        let fewer = purposes(purpose("contract", &["identifiers"]));
        assert_eq!(changed(&old, &fewer), (Kind::Changed, None));
        let reordered = purposes(purpose("contract", &["support", "identifiers"]));
        assert_eq!(changed(&old, &reordered), (Kind::Changed, None));
        // Another legal basis is named first when both change.
        let both = purposes(purpose("consent", &["identifiers", "support", "location"]));
        assert_eq!(
            changed(&old, &both),
            (Kind::Changed, Some(Material::LegalBasisChanged))
        );
    }

    /// A new source of personal data, or more kinds of data from one, is
    /// material; whether it is public is a change; snapshots released before
    /// vellum recorded sources are not compared.
    #[test]
    fn a_new_source_or_more_data_from_one_is_material() {
        let source = |id: &str, public: &str, categories: &[&str]| SourceDigest {
            id: id.into(),
            name: format!("The {id}"),
            public: public.into(),
            categories: categories.iter().map(|c| c.to_string()).collect(),
            category_names: categories.iter().map(|c| c.to_string()).collect(),
        };
        let edition = |sources: Vec<SourceDigest>| Edition {
            sources: Some(sources),
            ..Edition::default()
        };
        let old = edition(vec![
            source("registers", "public", &["business"]),
            source("partners", "not public", &["contacts"]),
        ]);
        let new = edition(vec![
            source("registers", "not public", &["business"]),
            source("partners", "not public", &["contacts", "interests"]),
            source("brokers", "not public", &["interests"]),
        ]);
        let found: Vec<_> = compare(&old, &new)
            .entries
            .iter()
            .map(|e| (e.area, e.kind, e.subject.clone(), e.material))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Area::Source,
                    Kind::Changed,
                    "The registers".to_string(),
                    None
                ),
                (
                    Area::Source,
                    Kind::Changed,
                    "The partners".to_string(),
                    Some(Material::MoreData)
                ),
                (
                    Area::Source,
                    Kind::Added,
                    "The brokers".to_string(),
                    Some(Material::NewSource)
                ),
            ]
        );
        // Going back removes a source and data: changes, none material.
        assert!(compare(&new, &old).material().next().is_none());
        let unrecorded = Edition::default();
        assert!(compare(&unrecorded, &new).entries.is_empty());
    }

    #[test]
    fn a_longer_period_is_a_material_change_in_words() {
        let old = Edition {
            rules: vec![rule("P2Y", "2 years after the ticket is resolved")],
            ..Edition::default()
        };
        let new = Edition {
            rules: vec![rule("P3Y", "3 years after the ticket is resolved")],
            ..Edition::default()
        };
        let log = compare(&old, &new);
        assert_eq!(log.entries.len(), 1);
        let e = &log.entries[0];
        assert_eq!(
            (e.kind, e.material),
            (Kind::Changed, Some(Material::LongerRetention))
        );
        assert_eq!(e.subject, "Support tickets");
        assert_eq!(
            e.details[0].before.as_deref(),
            Some("2 years after the ticket is resolved")
        );
        assert_eq!(
            e.details[0].after.as_deref(),
            Some("3 years after the ticket is resolved")
        );
        // Shorter is a change, not a material one.
        let back = compare(&new, &old);
        assert_eq!(back.entries[0].material, None);
    }

    #[test]
    fn giving_up_an_early_end_or_a_length_is_longer() {
        let mut old = rule("P1Y", "");
        old.ends_early = vec!["consent-withdrawn".into()];
        let mut new = old.clone();
        new.ends_early.clear();
        assert!(longer(&old, &new));
        let mut until = rule("P1Y", "");
        until.iso = None;
        until.ends = vec!["end-of-contract".into()];
        assert!(longer(&rule("P1Y", ""), &until));
        let mut bound = rule("P1Y", "");
        bound.max = Some("P2Y".into());
        assert!(longer(&rule("P1Y", ""), &bound));
        assert!(!longer(&bound, &rule("P1Y", "")));
    }

    fn carrier(transfer: Option<TransferDigest>) -> RecipientDigest {
        RecipientDigest {
            id: "carriers".into(),
            name: "Telecom carriers".into(),
            role: "processor".into(),
            role_text: "Processor".into(),
            transfer,
        }
    }

    fn in_(location: &str, name: &str, leaves_eea: bool, safeguard: &str) -> TransferDigest {
        TransferDigest {
            location: location.into(),
            location_name: name.into(),
            leaves_eea,
            safeguard_text: safeguard.into(),
        }
    }

    fn recipients(r: RecipientDigest) -> Edition {
        Edition {
            recipients: vec![r],
            ..Edition::default()
        }
    }

    /// A recipient that moves its processing out of the EEA widens what
    /// happens to people's data (Art. 13(1)(f)): material, with the country
    /// and safeguard before and after.
    #[test]
    fn a_recipient_moved_outside_the_eea_is_a_material_transfer() {
        let old = recipients(carrier(Some(in_("nl", "the Netherlands", false, ""))));
        let new = recipients(carrier(Some(in_(
            "worldwide",
            "any country",
            true,
            "a derogation: Art. 49(1)(b) GDPR",
        ))));
        let log = compare(&old, &new);
        let e = &log.entries[0];
        assert_eq!(
            (e.area, e.kind, e.material),
            (
                Area::Recipient,
                Kind::Changed,
                Some(Material::TransferOutsideEea)
            )
        );
        let fields: Vec<_> = e
            .details
            .iter()
            .map(|d| (d.field, d.before.as_deref(), d.after.as_deref()))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("country", Some("the Netherlands"), Some("any country")),
                ("safeguard", None, Some("a derogation: Art. 49(1)(b) GDPR")),
            ]
        );
        // Back into the EEA: a change, not a material one.
        let back = compare(&new, &old);
        assert_eq!(
            (back.entries[0].kind, back.entries[0].material),
            (Kind::Changed, None)
        );
        // A new recipient outside the EEA is told as the transfer it is.
        let added = compare(&Edition::default(), &new);
        assert_eq!(
            added.entries[0].material,
            Some(Material::TransferOutsideEea)
        );
        let inside = compare(&Edition::default(), &old);
        assert_eq!(inside.entries[0].material, Some(Material::NewRecipient));
    }

    /// Group companies are recipients too: one that is new outside the EEA
    /// is a transfer, one new inside it a new recipient; a snapshot from
    /// before they were recorded does not report them all as added.
    #[test]
    fn affiliates_are_compared_where_both_versions_have_them() {
        let kestrel = |id: &str, t: TransferDigest| AffiliateDigest {
            id: id.into(),
            name: format!("Kestrel {id}"),
            transfer: t,
        };
        let old = Edition {
            affiliates: Some(vec![kestrel("de", in_("de", "Germany", false, ""))]),
            ..Edition::default()
        };
        let new = Edition {
            affiliates: Some(vec![
                kestrel("de", in_("de", "Germany", false, "")),
                kestrel(
                    "sg",
                    in_("sg", "Singapore", true, "Standard contractual clauses"),
                ),
                kestrel("fr", in_("fr", "France", false, "")),
            ]),
            ..Edition::default()
        };
        let log = compare(&old, &new);
        let found: Vec<_> = log
            .entries
            .iter()
            .map(|e| (e.area, e.kind, e.subject.as_str(), e.material))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Area::Affiliate,
                    Kind::Added,
                    "Kestrel sg",
                    Some(Material::TransferOutsideEea)
                ),
                (
                    Area::Affiliate,
                    Kind::Added,
                    "Kestrel fr",
                    Some(Material::NewRecipient)
                ),
            ]
        );
        let unrecorded = Edition::default();
        assert!(compare(&unrecorded, &new).entries.is_empty());
        assert!(compare(&new, &unrecorded).entries.is_empty());
    }

    /// A new cookie is listed; it is material only as a transfer outside the
    /// EEA, and a first party's cookie has none.
    #[test]
    fn a_cookie_is_material_only_as_a_transfer() {
        let cookie = |id: &str, transfer: Option<TransferDigest>| CookieDigest {
            id: id.into(),
            name: format!("_{id}"),
            provider: "Someone".into(),
            party: "Third party".into(),
            lifespan: "13 months".into(),
            transfer,
        };
        let new = Edition {
            cookies: Some(vec![
                cookie("own", None),
                cookie("ads", Some(in_("us", "United States", true, "SCC"))),
            ]),
            ..Edition::default()
        };
        let old = Edition {
            cookies: Some(Vec::new()),
            ..Edition::default()
        };
        let found: Vec<_> = compare(&old, &new)
            .entries
            .iter()
            .map(|e| (e.area, e.kind, e.subject.clone(), e.material))
            .collect();
        assert_eq!(
            found,
            [
                (Area::Cookie, Kind::Added, "_own".to_string(), None),
                (
                    Area::Cookie,
                    Kind::Added,
                    "_ads".to_string(),
                    Some(Material::TransferOutsideEea)
                ),
            ]
        );
    }

    /// A version released before transfers were recorded is compared on
    /// what it has: its recipients are not all reported as changed.
    #[test]
    fn a_snapshot_without_transfers_compares_the_rest() {
        let old = recipients(carrier(None));
        let new = recipients(carrier(Some(in_("us", "the United States", true, "x"))));
        assert!(compare(&old, &new).entries.is_empty());
        let mut renamed = carrier(Some(in_("us", "the United States", true, "x")));
        renamed.role_text = "Controller".into();
        let log = compare(&old, &recipients(renamed));
        let fields: Vec<_> = log.entries[0].details.iter().map(|d| d.field).collect();
        assert_eq!(fields, ["role"]);
        assert_eq!(log.entries[0].material, None);
    }

    #[test]
    fn a_new_subprocessor_outside_the_eea_is_a_transfer() {
        let s = SubprocessorDigest {
            id: "lantern".into(),
            name: "Lantern Pte. Ltd.".into(),
            country: "sg".into(),
            country_name: "Singapore".into(),
            eea: false,
            safeguard: "standard-contractual-clauses".into(),
            safeguard_text: "Standard contractual clauses".into(),
            purpose: "Routing calls".into(),
        };
        let new = Edition {
            subprocessors: vec![s],
            ..Edition::default()
        };
        let log = compare(&Edition::default(), &new);
        let e = &log.entries[0];
        assert_eq!(
            (e.kind, e.material),
            (Kind::Added, Some(Material::TransferOutsideEea))
        );
        let fields: Vec<_> = e
            .details
            .iter()
            .map(|d| (d.field, d.after.as_deref()))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("country", Some("Singapore")),
                ("safeguard", Some("Standard contractual clauses")),
                ("purpose", Some("Routing calls")),
            ]
        );
    }

    #[test]
    fn unchanged_editions_have_an_empty_changelog() {
        let e = Edition {
            rules: vec![rule("P2Y", "2 years")],
            ..Edition::default()
        };
        assert!(compare(&e, &e).is_empty());
    }
}
