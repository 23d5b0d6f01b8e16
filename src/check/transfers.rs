//! Transfers against the reference facts (`theme/data/eea.yaml`,
//! `theme/data/adequacy.yaml`): a country is in the EEA only if it is an EEA
//! state; an "adequacy decision" needs a decision in force for that
//! destination; the EU-US Data Privacy Framework covers certified US
//! organisations only; a derogation names its point of Art. 49(1). These hold
//! under every profile: a transfer on a safeguard that does not exist is
//! wrong whether or not the notice is checked for completeness.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::gdpr::{leaves_eea, transfers};
use crate::model::*;

pub fn check_transfers(notice: &Notice, out: &mut Vec<Diagnostic>) {
    check_countries(notice, out);
    for t in transfers(notice) {
        check_transfer(notice, &t, out);
    }
    check_dates(notice, out);
}

/// A country's own `eea:` agrees with the list of EEA states.
fn check_countries(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let Some(list) = &notice.reference.eea else {
        return;
    };
    let file = &notice.data.countries.file;
    for c in &notice.data.countries.items {
        let (Some(flag), Some(member)) = (&c.eea, notice.reference.in_eea(c.id.as_str())) else {
            continue;
        };
        if flag.value == member {
            continue;
        }
        let (message, hint) = if member {
            (
                format!(
                    "{} (`{}`) is an EEA state, but is marked `eea: false`",
                    c.name.as_str(),
                    c.id.as_str()
                ),
                "remove `eea:`: vellum knows the EEA states".to_string(),
            )
        } else {
            (
                format!(
                    "{} (`{}`) is not in the EEA, but is marked `eea: true`",
                    c.name.as_str(),
                    c.id.as_str()
                ),
                format!(
                    "the EEA is the 27 EU states, Iceland, Liechtenstein and Norway (theme/data/eea.yaml, as of {}); remove `eea: true`, and give recipients there a transfer safeguard",
                    list.as_of
                ),
            )
        };
        out.push(
            Diagnostic::error(Code::EeaMembership, message)
                .at(file, flag.pos)
                .hint(hint),
        );
    }
}

/// The name of a location for messages: the site's name for the country.
fn place(notice: &Notice, location: &str) -> String {
    if location == WORLDWIDE {
        return "any country".into();
    }
    notice.data.countries.find(location).map_or_else(
        || format!("`{location}`"),
        |c| format!("{} (`{location}`)", c.name.as_str()),
    )
}

fn check_transfer(notice: &Notice, t: &Transfer<'_>, out: &mut Vec<Diagnostic>) {
    check_derogation_points(t, out);
    if let Some(flag) = t.dpf_certified.filter(|f| f.value)
        && t.location.is_some_and(|l| l.as_str() != "us")
    {
        out.push(
            Diagnostic::error(Code::InvalidTransfer, format!("{} is marked `dpf_certified`, but the Data Privacy Framework certifies US organisations only", t.describe()))
                .at(t.file, flag.pos)
                .hint("remove `dpf_certified`, or correct the `location`"),
        );
    }
    let Some(location) = t.location else { return };
    if !leaves_eea(notice, location) {
        return;
    }
    let at = t.safeguard.map_or(location.pos, |s| s.pos);
    match t.safeguard() {
        None | Some(Safeguard::Eea) => {
            let (message, hint) = if t.safeguard.is_none() {
                (
                    "names no transfer safeguard",
                    "add `safeguard:` (adequacy-decision, data-privacy-framework, standard-contractual-clauses, binding-corporate-rules or derogation)",
                )
            } else {
                (
                    "names `eea` as its safeguard",
                    "`eea` means no transfer; name the safeguard the transfer relies on: adequacy-decision, data-privacy-framework, standard-contractual-clauses, binding-corporate-rules or derogation",
                )
            };
            out.push(
                Diagnostic::error(
                    Code::MissingSafeguard,
                    format!(
                        "{} is in {}, outside the EEA, but {message}",
                        t.describe(),
                        place(notice, location)
                    ),
                )
                .at(t.file, at)
                .hint(hint),
            );
        }
        Some(Safeguard::AdequacyDecision) => check_adequacy(notice, t, location, at, out),
        Some(Safeguard::DataPrivacyFramework) => check_dpf(notice, t, location, at, out),
        Some(_) => {}
    }
}

/// A derogation names its points, and points belong to a derogation.
fn check_derogation_points(t: &Transfer<'_>, out: &mut Vec<Diagnostic>) {
    match (t.safeguard(), t.derogation) {
        (Some(Safeguard::Derogation), None) => out.push(
            Diagnostic::error(Code::InvalidTransfer, format!("{} relies on a derogation but does not say which", t.describe()))
                .at(t.file, t.safeguard.map_or(t.id.pos, |s| s.pos))
                .hint("add `derogation:` with the point of Art. 49(1) GDPR: `b` (a contract with the reader), `[b, c]`, `a` (explicit consent), ..."),
        ),
        (s, Some(points)) if s != Some(Safeguard::Derogation) && t.safeguard.is_some() => out.push(
            Diagnostic::error(Code::InvalidTransfer, format!("{} names points of Art. 49(1) but its safeguard is not `derogation`", t.describe()))
                .at(t.file, points.pos)
                .hint("remove `derogation:`, or make the safeguard `derogation`"),
        ),
        _ => {}
    }
}

fn check_adequacy(
    notice: &Notice,
    t: &Transfer<'_>,
    location: &Located<Id>,
    at: Pos,
    out: &mut Vec<Diagnostic>,
) {
    let Some(list) = &notice.reference.adequacy else {
        return;
    };
    let code = location.as_str();
    let Some(decision) = notice.reference.adequacy(code) else {
        let ended = notice.reference.ended_adequacy(code);
        let history = ended
            .last()
            .map(|d| {
                format!(
                    "; {} ended on {}{}",
                    d.decision,
                    d.ended,
                    d.reason
                        .as_ref()
                        .map(|r| format!(" ({r})"))
                        .unwrap_or_default()
                )
            })
            .unwrap_or_default();
        let message = if code == WORLDWIDE {
            format!(
                "{} is in any country, but an adequacy decision covers one country",
                t.describe()
            )
        } else {
            format!(
                "the European Commission has no adequacy decision in force for {}{history}",
                place(notice, code)
            )
        };
        out.push(
            Diagnostic::error(Code::InvalidTransfer, message)
                .at(t.file, at)
                .hint(format!("theme/data/adequacy.yaml lists the decisions in force as of {}; rely on standard-contractual-clauses, binding-corporate-rules or a derogation instead", list.as_of)),
        );
        return;
    };
    if let Some(expires) = &decision.expires
        && notice.meta.effective_date.text() > expires.as_str()
    {
        out.push(
            Diagnostic::error(Code::InvalidTransfer, format!("the adequacy decision for {} ({}) expires on {expires}, before this notice takes effect", place(notice, code), decision.decision))
                .at(t.file, at)
                .hint("check whether the Commission renewed it and update theme/data/adequacy.yaml, or name another safeguard"),
        );
    }
    if code == "us" && !t.dpf_certified() {
        out.push(dpf_uncertified(t, at, &decision.decision));
    }
}

fn check_dpf(
    notice: &Notice,
    t: &Transfer<'_>,
    location: &Located<Id>,
    at: Pos,
    out: &mut Vec<Diagnostic>,
) {
    if location.as_str() != "us" {
        out.push(
            Diagnostic::error(Code::InvalidTransfer, format!("{} is in {}, but the EU-US Data Privacy Framework covers transfers to the United States only", t.describe(), place(notice, location)))
                .at(t.file, at)
                .hint("name the safeguard for that country: adequacy-decision where one is in force, standard-contractual-clauses, binding-corporate-rules or derogation"),
        );
        return;
    }
    if notice.reference.adequacy.is_some() && notice.reference.adequacy("us").is_none() {
        out.push(
            Diagnostic::error(Code::InvalidTransfer, format!("{} relies on the EU-US Data Privacy Framework, but theme/data/adequacy.yaml has no US decision in force", t.describe()))
                .at(t.file, at)
                .hint("rely on standard-contractual-clauses or binding-corporate-rules instead"),
        );
        return;
    }
    if !t.dpf_certified() {
        let decision = notice
            .reference
            .adequacy("us")
            .map_or("the US adequacy decision", |d| d.decision.as_str());
        out.push(dpf_uncertified(t, at, decision));
    }
}

fn dpf_uncertified(t: &Transfer<'_>, at: Pos, decision: &str) -> Diagnostic {
    Diagnostic::error(
        Code::InvalidTransfer,
        format!("{} is in the United States, where the adequacy decision ({decision}) covers only organisations certified under the EU-US Data Privacy Framework, and it is not marked certified", t.describe()),
    )
    .at(t.file, at)
    .hint("check the organisation on the Data Privacy Framework List and add `dpf_certified: true`; otherwise rely on standard-contractual-clauses")
}

/// The adequacy list is dated: a notice that takes effect long after it was
/// compiled may rely on a decision that has since changed.
fn check_dates(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let Some(list) = &notice.reference.adequacy else {
        return;
    };
    let relies = transfers(notice).iter().any(|t| {
        matches!(
            t.safeguard(),
            Some(Safeguard::AdequacyDecision | Safeguard::DataPrivacyFramework)
        )
    });
    let (Some(effective), Ok(as_of)) = (
        notice.meta.effective_date.get(),
        list.as_of.parse::<jiff::civil::Date>(),
    ) else {
        return;
    };
    let Ok(limit) = as_of.checked_add(jiff::Span::new().years(1)) else {
        return;
    };
    if relies && effective.0 > limit {
        out.push(
            Diagnostic::warning(Code::StaleReference, format!("this notice relies on adequacy decisions, but the list vellum checks them against is dated {}, more than a year before the notice takes effect", list.as_of))
                .at(&notice.meta_file, notice.meta.effective_date.pos)
                .hint("check the European Commission's list of adequacy decisions and update theme/data/adequacy.yaml (`vellum theme eject data/adequacy.yaml` writes the built-in one to edit)"),
        );
    }
}
