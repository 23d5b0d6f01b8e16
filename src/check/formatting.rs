//! Every message of every language formats: a reference to a message or term
//! that does not exist, or a cycle, would otherwise be printed on the page as
//! `{ -brand }` with no word of warning.

use crate::diagnostics::{Code, Diagnostic};
use crate::translate::Catalog;
use fluent_bundle::{FluentArgs, FluentValue};

/// Formats each message with the arguments it can be given (facts, and
/// stand-ins for the UI strings' own arguments) and reports Fluent's errors.
pub fn check_formatting(catalog: &Catalog, facts: &FluentArgs<'_>, out: &mut Vec<Diagnostic>) {
    let mut args = FluentArgs::new();
    for (name, value) in facts.iter() {
        args.set(name, value.clone());
    }
    for name in UI_ARGUMENTS {
        args.set(*name, FluentValue::from("…"));
    }
    for id in catalog.ids_with_placeables() {
        let errors = catalog.format_reporting(id, &args);
        let Some(first) = errors.first() else {
            continue;
        };
        let mut d = Diagnostic::error(Code::FluentFormat, format!("message `{id}` does not format: {first}"))
            .in_language(&catalog.lang)
            .hint("a `{ message }` or `{ -term }` it refers to must exist in the same language; write `{\"{\"}` for a literal brace");
        if let Some(at) = catalog.position(id) {
            d = d.at(&*at.file, at.pos);
        }
        out.push(d);
    }
}

/// Arguments the theme passes to its UI strings.
const UI_ARGUMENTS: &[&str] = &[
    "date",
    "version",
    "organisation",
    "authority",
    "url",
    "members",
    "period",
    "n",
    "words",
    "unit",
    "head",
    "last",
    "day",
    "month",
    "year",
];
