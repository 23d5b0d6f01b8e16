//! Facts as placeables: `{ $sms-voice }` in prose renders the rule's period in
//! each language in the notice's legal style ("six (6) months", "zes (6)
//! maanden"), so translators cannot get a number wrong.

use super::Catalog;
use super::periods::{event_text, join_list, join_or};
use super::vocabulary::Vocabulary;
use crate::model::{Notice, Period, Style};
use fluent_bundle::{FluentArgs, FluentValue};

/// A placeable name and the periods it states (alternatives, joined by "or").
#[derive(Debug, Clone)]
pub struct FactPlaceable {
    pub name: String,
    pub periods: Vec<Period>,
    /// The rule or fact it belongs to.
    pub owner: String,
}

/// Every placeable the notice offers: `$rule` (the period, every
/// alternative), `$rule-max`, `$rule-ends-early`, `$fact` (ages become years),
/// `$fact-extension`.
pub fn fact_placeables(notice: &Notice) -> Vec<FactPlaceable> {
    let mut out = Vec::new();
    let mut add = |name: String, periods: Vec<Period>, owner: &str| {
        if !periods.is_empty() {
            out.push(FactPlaceable {
                name,
                periods,
                owner: owner.to_string(),
            });
        }
    };
    for r in &notice.data.retention.items {
        let id = r.id.as_str();
        add(id.to_string(), r.alternatives(), id);
        add(
            format!("{id}-max"),
            r.max().map(Period::Duration).into_iter().collect(),
            id,
        );
        add(
            format!("{id}-ends-early"),
            r.ends_early().into_iter().map(Period::Until).collect(),
            id,
        );
    }
    for f in &notice.data.facts.items {
        let id = f.id.as_str();
        add(id.to_string(), f.period().into_iter().collect(), id);
        add(
            format!("{id}-extension"),
            f.extension().map(Period::Duration).into_iter().collect(),
            id,
        );
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
        Period::Until(e) => return event_text(catalog, e),
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
    args_of(&fact_values(notice, catalog, vocab))
}

/// Each fact placeable's name and its value in one language: what
/// [`fact_args`] holds, in a form threads can share (Fluent arguments
/// cannot be), so the words are written once for several uses.
/// Each fact placeable's value in one language, by name.
pub type FactValues = Vec<(String, String)>;

pub fn fact_values(notice: &Notice, catalog: &Catalog, vocab: Option<&Vocabulary>) -> FactValues {
    let style = notice.meta.style();
    fact_placeables(notice)
        .into_iter()
        .map(|f| {
            let parts: Vec<String> = f
                .periods
                .iter()
                .map(|p| write_period(catalog, vocab, style, p))
                .collect();
            (f.name, join_or(catalog, &parts))
        })
        .collect()
}

/// Fluent arguments of [`fact_values`].
pub fn args_of(values: &[(String, String)]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(name.clone(), FluentValue::from(value.clone()));
    }
    args
}
