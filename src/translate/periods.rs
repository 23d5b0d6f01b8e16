//! Periods and dates in words, through the catalog's messages, so that plural
//! rules and word order belong to the language files, not to code.

use super::Catalog;
use crate::model::{Event, IsoDuration, Period};
use fluent_bundle::FluentValue;

/// "1 year and 6 months", "6 months", "until the end of the contract".
pub fn period_text(catalog: &Catalog, period: &Period) -> String {
    match period {
        Period::Duration(d) => duration_text(catalog, d),
        Period::Until(e) => event_text(catalog, *e),
    }
}

pub fn duration_text(catalog: &Catalog, d: &IsoDuration) -> String {
    let parts: Vec<String> = d
        .parts()
        .into_iter()
        .map(|(unit, n)| {
            let id = format!("period-{unit}");
            catalog
                .format(&id, &[("n", FluentValue::from(n))])
                .unwrap_or_else(|| format!("{n} {id}"))
        })
        .collect();
    join_list(catalog, &parts)
}

pub fn event_text(catalog: &Catalog, e: Event) -> String {
    catalog.text(&format!("event-{}", e.id()))
}

/// Joins "a", "b", "c" as the language does ("a, b and c").
pub fn join_list(catalog: &Catalog, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let head = init.join(", ");
            catalog
                .format(
                    "list-and",
                    &[
                        ("head", FluentValue::from(head.as_str())),
                        ("last", FluentValue::from(last.as_str())),
                    ],
                )
                .unwrap_or_else(|| format!("{head} & {last}"))
        }
    }
}

/// "18 May 2026" / "18 mei 2026": the pattern and month names are messages.
pub fn date_text(catalog: &Catalog, iso: &str) -> String {
    let Ok(date) = iso.parse::<jiff::civil::Date>() else {
        return iso.to_string();
    };
    let month = catalog.text(&format!("month-{}", date.month()));
    catalog
        .format(
            "date-long",
            &[
                ("day", FluentValue::from(i64::from(date.day()))),
                ("month", FluentValue::from(month.as_str())),
                ("year", FluentValue::String(date.year().to_string().into())),
            ],
        )
        .unwrap_or_else(|| iso.to_string())
}
