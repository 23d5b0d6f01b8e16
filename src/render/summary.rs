//! What several kinds say together, for the page: the statements of items
//! that do not apply, the purposes the reader may object to, every transfer
//! outside the EEA, the representative, and the first layer (a summary at the
//! top of the page, generated from the model, each line linking to the
//! section that says it in full, as WP260's layered approach asks).

use super::localize::Localizer;
use crate::model::entity::ViewContext;
use crate::model::gdpr::{self, ItemId};
use crate::model::*;
use crate::prose::{Html, escape_html};
use crate::translate::periods::{join_list, period_text};
use serde::Serialize;
use std::collections::BTreeMap;

/// Puts the views of this module into the page's template context.
pub fn insert(tx: &mut Localizer<'_>, context: &mut tera::Context) {
    context.insert("not_applicable", &not_applicable(tx));
    context.insert("objection", &objection(tx));
    context.insert("transfers", &transfer_rows(tx));
    context.insert("safeguard_copies", &safeguard_copies(tx.notice));
    context.insert("representative", &representative(tx));
    context.insert("first_layer", &first_layer(tx));
}

/// Every item id, with the statement that it does not apply (or null), so a
/// block can print `not_applicable["dpo"]` whatever the notice declares.
fn not_applicable(tx: &mut Localizer<'_>) -> BTreeMap<&'static str, Option<Html>> {
    ItemId::NAMES
        .iter()
        .map(|id| {
            let declared = tx.notice.data.not_applicable.find(id).is_some();
            let reason = declared
                .then(|| tx.markdown(Kind::NotApplicable, id, "reason"))
                .flatten();
            (*id, reason)
        })
        .collect()
}

#[derive(Serialize)]
struct Objection {
    /// Purposes resting on a public task or legitimate interests (Art. 21(1)).
    purposes: Vec<Html>,
    /// Direct marketing (Art. 21(2)).
    direct_marketing: Vec<Html>,
}

fn objection(tx: &Localizer<'_>) -> Objection {
    let names = |list: Vec<&Purpose>| {
        list.into_iter()
            .map(|p| tx.name_of(Kind::Purpose, &p.id))
            .collect()
    };
    Objection {
        purposes: names(gdpr::objectionable(tx.notice)),
        direct_marketing: names(gdpr::direct_marketing(tx.notice)),
    }
}

#[derive(Serialize, PartialEq)]
struct TransferRow {
    name: Html,
    /// What kind of recipient it is ("Sub-processor").
    kind: String,
    location: Html,
    safeguard: String,
}

/// Every transfer outside the EEA, once per recipient and destination.
fn transfer_rows(tx: &mut Localizer<'_>) -> Vec<TransferRow> {
    let notice = tx.notice;
    let mut rows: Vec<TransferRow> = Vec::new();
    for t in gdpr::outside_eea(notice) {
        let id = t.id.as_str();
        let name = match t.kind {
            Kind::Recipient => tx.name_of(Kind::Recipient, id),
            Kind::Affiliate => notice
                .data
                .affiliates
                .find(id)
                .map(|a| Html::text(&a.name))
                .unwrap_or_default(),
            Kind::Subprocessor => notice
                .data
                .subprocessors
                .find(id)
                .map(|s| Html::text(&s.name))
                .unwrap_or_default(),
            _ => notice
                .data
                .cookies
                .find(id)
                .map(|c| Html::text(&c.provider))
                .unwrap_or_default(),
        };
        let view = crate::model::transfer_view(tx, &t);
        let row = TransferRow {
            name,
            kind: tx.ui(&format!("transfer-kind-{}", t.kind.info().prefix), &[]),
            location: view.location.unwrap_or_default(),
            safeguard: view.safeguard.unwrap_or_default(),
        };
        // Several cookies of one provider are one transfer.
        if !rows.contains(&row) {
            rows.push(row);
        }
    }
    rows
}

#[derive(Serialize)]
struct Copies {
    email: Option<String>,
    url: Option<String>,
}

fn safeguard_copies(notice: &Notice) -> Option<Copies> {
    notice.meta.safeguard_copies.as_ref().map(|c| Copies {
        email: c.email.as_ref().map(|e| e.text().to_string()),
        url: c.url.as_ref().map(|u| u.text().to_string()),
    })
}

#[derive(Serialize)]
struct RepresentativeView {
    name: String,
    email: String,
    office: Option<OfficeView>,
}

fn representative(tx: &mut Localizer<'_>) -> Option<RepresentativeView> {
    let r = tx.notice.meta.representative.as_ref()?;
    let office = tx.notice.data.offices.find(&r.office);
    Some(RepresentativeView {
        name: r.name.value.clone(),
        email: r.email.text().to_string(),
        office: office.map(|o| o.view(tx)),
    })
}

/// Parts joined "a, b and c" in the page's language, as HTML: the words
/// between are escaped, the parts are the markup they are.
fn join_html(tx: &Localizer<'_>, parts: &[Html]) -> Html {
    let tokens: Vec<String> = (0..parts.len()).map(|i| format!("\u{1}{i}\u{2}")).collect();
    let mut out = escape_html(&join_list(tx.catalog, &tokens));
    for (token, part) in tokens.iter().zip(parts) {
        out = out.replace(token, part.as_str());
    }
    Html::trusted(out)
}

/// One line of the first layer: a heading that links to its section, and
/// what the statement says there, in short.
#[derive(Serialize)]
struct Entry {
    id: &'static str,
    title: String,
    /// `#section`, when a section shows the item.
    href: Option<String>,
    text: Vec<Html>,
    /// Items shown as a list ("Performance of a contract: ...").
    list: Vec<Html>,
}

#[derive(Serialize)]
struct FirstLayer {
    entries: Vec<Entry>,
}

fn first_layer(tx: &mut Localizer<'_>) -> Option<FirstLayer> {
    if tx.notice.meta.profile() != Profile::Gdpr {
        return None;
    }
    let entries = vec![
        who(tx),
        purposes(tx),
        recipients(tx),
        transfers(tx),
        retention(tx),
        rights(tx),
        complaint(tx),
    ];
    Some(FirstLayer { entries })
}

fn entry(tx: &Localizer<'_>, id: &'static str, item: ItemId) -> Entry {
    Entry {
        id,
        title: tx.ui(&format!("first-layer-{id}"), &[]),
        href: gdpr::shown_by(tx.notice, gdpr::item(item)).map(|(_, s)| format!("#{s}")),
        text: Vec::new(),
        list: Vec::new(),
    }
}

/// A UI sentence with one part of markup in it (`$slot`).
fn with_markup(
    tx: &Localizer<'_>,
    id: &str,
    args: &[(&str, &str)],
    slot: &str,
    markup: &Html,
) -> Html {
    let mut all: Vec<(&str, &str)> = args.to_vec();
    all.push((slot, "\u{1}"));
    let sentence = tx.ui(id, &all);
    Html::trusted(escape_html(&sentence).replace('\u{1}', markup.as_str()))
}

fn mailto(address: &str) -> Html {
    let a = escape_html(address);
    Html::trusted(format!("<a href=\"mailto:{a}\">{a}</a>"))
}

fn who(tx: &mut Localizer<'_>) -> Entry {
    let mut e = entry(tx, "who", ItemId::Controller);
    let notice = tx.notice;
    let m = &notice.meta;
    let org = &m.organisation;
    let place = notice.data.offices.find(&org.headquarters).map(|o| {
        let country = tx.name_of(Kind::Country, &o.country);
        Html::trusted(format!("{}, {country}", escape_html(&o.city)))
    });
    let name = Html::text(&org.legal_name);
    e.text.push(match place {
        Some(place) => with_markup(
            tx,
            "first-layer-who-text",
            &[("organisation", &org.legal_name)],
            "place",
            &place,
        ),
        None => name,
    });
    e.text.push(with_markup(
        tx,
        "first-layer-contact",
        &[],
        "email",
        &mailto(org.contacts.privacy.text()),
    ));
    if let Some(dpo) = &m.data_protection_officer {
        e.text.push(with_markup(
            tx,
            "first-layer-dpo",
            &[],
            "email",
            &mailto(dpo.email.text()),
        ));
    }
    e
}

fn purposes(tx: &mut Localizer<'_>) -> Entry {
    let mut e = entry(tx, "purposes", ItemId::Purposes);
    let notice = tx.notice;
    for basis in &notice.data.legal_bases.items {
        let names: Vec<Html> = notice
            .data
            .purposes
            .items
            .iter()
            .filter(|p| p.legal_basis.as_str() == basis.id.as_str())
            .map(|p| tx.name_of(Kind::Purpose, &p.id))
            .collect();
        if names.is_empty() {
            continue;
        }
        let basis_name = tx.name_of(Kind::LegalBasis, &basis.id);
        let joined = join_html(tx, &names);
        e.list.push(Html::trusted(format!(
            "<strong>{basis_name}</strong>: {joined}"
        )));
    }
    e
}

fn recipients(tx: &mut Localizer<'_>) -> Entry {
    let mut e = entry(tx, "recipients", ItemId::Recipients);
    let names: Vec<Html> = tx
        .notice
        .data
        .recipients
        .items
        .iter()
        .map(|r| tx.name_of(Kind::Recipient, &r.id))
        .collect();
    if names.is_empty() {
        e.text
            .extend(tx.markdown(Kind::NotApplicable, "recipients", "reason"));
    } else {
        e.text.push(join_html(tx, &names));
    }
    e
}

fn transfers(tx: &mut Localizer<'_>) -> Entry {
    let mut e = entry(tx, "transfers", ItemId::Transfers);
    let notice = tx.notice;
    let outside = gdpr::outside_eea(notice);
    if outside.is_empty() {
        let statement = tx.markdown(Kind::NotApplicable, "transfers", "reason");
        e.text
            .push(statement.unwrap_or_else(|| Html::text(&tx.ui("first-layer-no-transfers", &[]))));
        return e;
    }
    let mut places: Vec<Html> = Vec::new();
    let mut safeguards: Vec<Html> = Vec::new();
    let mut anywhere = false;
    for t in &outside {
        match t.location.map(|l| l.as_str()) {
            Some(WORLDWIDE) => anywhere = true,
            Some(l) => {
                let place = tx.name_of(Kind::Country, l);
                if !places.contains(&place) {
                    places.push(place);
                }
            }
            None => {}
        }
        // The summary names the kind of safeguard; the table gives the details.
        if let Some(s) = t.safeguard() {
            let text = Html::text(&tx.ui(&format!("first-layer-safeguard-{s}"), &[]));
            if !safeguards.contains(&text) {
                safeguards.push(text);
            }
        }
    }
    if anywhere {
        places.push(Html::text(&tx.ui("first-layer-worldwide", &[])));
    }
    let places = join_html(tx, &places);
    let safeguards = join_html(tx, &safeguards);
    let sentence = tx.ui(
        "first-layer-transfers-to",
        &[("countries", "\u{1}"), ("safeguards", "\u{3}")],
    );
    e.text.push(Html::trusted(
        escape_html(&sentence)
            .replace('\u{1}', places.as_str())
            .replace('\u{3}', safeguards.as_str()),
    ));
    e
}

fn retention(tx: &mut Localizer<'_>) -> Entry {
    let mut e = entry(tx, "retention", ItemId::Retention);
    let lengths: Vec<IsoDuration> = tx
        .notice
        .data
        .retention
        .items
        .iter()
        .flat_map(|r| r.length().into_iter().chain(r.max()))
        .collect();
    let by_days = |a: &&IsoDuration, b: &&IsoDuration| a.approx_days().total_cmp(&b.approx_days());
    let text = match (
        lengths.iter().min_by(by_days),
        lengths.iter().max_by(by_days),
    ) {
        (Some(short), Some(long)) if short != long => {
            let shortest = period_text(tx.catalog, &Period::Duration(*short));
            let longest = period_text(tx.catalog, &Period::Duration(*long));
            tx.ui(
                "first-layer-retention-range",
                &[("shortest", &shortest), ("longest", &longest)],
            )
        }
        _ => tx.ui("first-layer-retention-table", &[]),
    };
    e.text.push(Html::text(&text));
    e
}

fn rights(tx: &mut Localizer<'_>) -> Entry {
    let mut e = entry(tx, "rights", ItemId::Rights);
    let names: Vec<Html> = tx
        .notice
        .data
        .rights
        .items
        .iter()
        .map(|r| tx.name_of(Kind::Right, &r.id))
        .collect();
    if !names.is_empty() {
        e.text.push(join_html(tx, &names));
    }
    let o = objection(tx);
    if !o.purposes.is_empty() || !o.direct_marketing.is_empty() {
        e.text
            .push(Html::text(&tx.ui("first-layer-objection", &[])));
    }
    e
}

fn complaint(tx: &mut Localizer<'_>) -> Entry {
    let mut e = entry(tx, "complaint", ItemId::Complaint);
    let name = tx.notice.meta.supervisory_authority.name.value.clone();
    e.text.push(Html::text(
        &tx.ui("first-layer-complaint-text", &[("authority", &name)]),
    ));
    e
}
