//! Facts as placeables: `{ $sms-voice }` in prose renders the rule's period in
//! each language in the notice's legal style ("six (6) months", "zes (6)
//! maanden"), so translators cannot get a number wrong.

use super::Catalog;
use super::periods::{event_text, join_list};
use super::vocabulary::Vocabulary;
use crate::model::{IsoDuration, Notice, Period};
use fluent_bundle::{FluentArgs, FluentValue};

/// How numbers are written in prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// "six (6) months"
    WordsAndNumerals,
    /// "6 months"
    Numerals,
}

impl Style {
    pub fn of(notice: &Notice) -> Style {
        match notice.meta.style.as_ref().map(|s| s.value.as_str()) {
            Some("numerals") => Style::Numerals,
            _ => Style::WordsAndNumerals,
        }
    }
}

/// A placeable name and the period it states.
#[derive(Debug, Clone)]
pub struct FactPlaceable {
    pub name: String,
    pub period: Period,
    /// The rule or fact it belongs to.
    pub owner: String,
}

/// Every placeable the notice offers: `$rule`, `$rule-max`, `$rule-ends-early`,
/// `$fact` (ages become years).
pub fn fact_placeables(notice: &Notice) -> Vec<FactPlaceable> {
    let mut out = Vec::new();
    for r in &notice.data.retention.items {
        let id = &r.id.value;
        if let Ok(p) = Period::parse(&r.period.value) {
            out.push(FactPlaceable {
                name: id.clone(),
                period: p,
                owner: id.clone(),
            });
        }
        if let Some(Ok(p)) = r.max.as_ref().map(|m| Period::parse(&m.value)) {
            out.push(FactPlaceable {
                name: format!("{id}-max"),
                period: p,
                owner: id.clone(),
            });
        }
        if let Some(Ok(p)) = r.ends_early.as_ref().map(|e| Period::parse(&e.value)) {
            out.push(FactPlaceable {
                name: format!("{id}-ends-early"),
                period: p,
                owner: id.clone(),
            });
        }
    }
    for f in &notice.data.facts.items {
        let id = &f.id.value;
        let period = match (&f.period, &f.age) {
            (Some(p), _) => Period::parse(&p.value).ok(),
            (None, Some(age)) => Some(Period::Duration(IsoDuration {
                years: age.value,
                ..IsoDuration::default()
            })),
            _ => None,
        };
        if let Some(p) = period {
            out.push(FactPlaceable {
                name: id.clone(),
                period: p,
                owner: id.clone(),
            });
        }
    }
    out
}

/// A period written in prose style: "one (1) year and six (6) months".
pub fn write_period(
    catalog: &Catalog,
    vocab: Option<&Vocabulary>,
    style: Style,
    period: &Period,
) -> String {
    let d = match period {
        Period::Until(e) => return event_text(catalog, *e),
        Period::Duration(d) => d,
    };
    let parts: Vec<String> = d
        .parts()
        .into_iter()
        .map(|(unit, n)| {
            let unit_text = catalog
                .format(&format!("unit-{unit}"), &[("n", FluentValue::from(n))])
                .unwrap_or_else(|| unit.to_string());
            let words = vocab.and_then(|v| v.number_word(n));
            match (style, words) {
                (Style::WordsAndNumerals, Some(w)) => catalog.format(
                    "period-words-and-numerals",
                    &[
                        ("words", FluentValue::from(w)),
                        ("n", FluentValue::from(n)),
                        ("unit", FluentValue::from(unit_text.as_str())),
                    ],
                ),
                _ => catalog.format(
                    "period-numerals",
                    &[
                        ("n", FluentValue::from(n)),
                        ("unit", FluentValue::from(unit_text.as_str())),
                    ],
                ),
            }
            .unwrap_or_else(|| format!("{n} {unit_text}"))
        })
        .collect();
    join_list(catalog, &parts)
}

/// The values of every fact placeable in one language.
pub fn fact_args(
    notice: &Notice,
    catalog: &Catalog,
    vocab: Option<&Vocabulary>,
) -> FluentArgs<'static> {
    let style = Style::of(notice);
    let mut args = FluentArgs::new();
    for f in fact_placeables(notice) {
        args.set(
            f.name,
            FluentValue::from(write_period(catalog, vocab, style, &f.period)),
        );
    }
    args
}
