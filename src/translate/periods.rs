//! Periods and dates in words, through the catalog's messages, so that plural
//! rules and word order belong to the language files, not to code.

use super::Catalog;
use crate::model::{Event, IsoDuration, Period, Qualifier};
use fluent_bundle::FluentValue;

/// "1 year and 6 months", "6 months", "until the end of the contract".
pub fn period_text(catalog: &Catalog, period: &Period) -> String {
    match period {
        Period::Duration(d) => duration_text(catalog, d),
        Period::Until(e) => event_text(catalog, e),
    }
}

/// A whole period: the alternatives joined by "or", the length qualified
/// ("up to 12 months") and counted from its start ("after your last
/// interaction"). Word order is the messages', not the code's.
pub fn period_phrase(
    catalog: &Catalog,
    alternatives: &[Period],
    qualifier: Qualifier,
    start: Option<&Event>,
) -> String {
    let parts: Vec<String> = alternatives
        .iter()
        .map(|p| match p {
            Period::Duration(d) => {
                length_phrase(catalog, duration_text(catalog, d), qualifier, start)
            }
            Period::Until(e) => event_text(catalog, e),
        })
        .collect();
    join_or(catalog, &parts)
}

/// A length in words with its qualifier and start.
pub fn length_phrase(
    catalog: &Catalog,
    length: String,
    qualifier: Qualifier,
    start: Option<&Event>,
) -> String {
    let qualified = match qualifier {
        Qualifier::Exactly => length,
        q => catalog
            .format(
                &format!("qualified-{}", q.id()),
                &[("period", FluentValue::from(length.as_str()))],
            )
            .unwrap_or(length),
    };
    match start {
        None => qualified,
        Some(e) => {
            let start = start_text(catalog, e);
            catalog
                .format(
                    "period-counted-from",
                    &[
                        ("period", FluentValue::from(qualified.as_str())),
                        ("start", FluentValue::from(start.as_str())),
                    ],
                )
                .unwrap_or_else(|| format!("{qualified} {start}"))
        }
    }
}

/// When a length starts counting: "after the ticket is resolved".
pub fn start_text(catalog: &Catalog, e: &Event) -> String {
    catalog.text(&e.start_message())
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

pub fn event_text(catalog: &Catalog, e: &Event) -> String {
    catalog.text(&e.end_message())
}

/// Joins "a", "b", "c" as the language does ("a, b and c").
pub fn join_list(catalog: &Catalog, parts: &[String]) -> String {
    join_with(catalog, "list-and", "&", parts)
}

/// Joins alternatives as the language does ("a, b or c").
pub fn join_or(catalog: &Catalog, parts: &[String]) -> String {
    join_with(catalog, "list-or", "/", parts)
}

fn join_with(catalog: &Catalog, message: &str, fallback: &str, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let head = init.join(", ");
            catalog
                .format(
                    message,
                    &[
                        ("head", FluentValue::from(head.as_str())),
                        ("last", FluentValue::from(last.as_str())),
                    ],
                )
                .unwrap_or_else(|| format!("{head} {fallback} {last}"))
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
