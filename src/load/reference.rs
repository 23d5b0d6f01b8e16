//! Reads the reference facts of `theme/data/` (the built-in theme's, or the
//! site's own `theme/data/<file>`, which replaces it). A file that does not
//! parse is reported at its line and column, and left out: what depends on
//! it is then not judged, rather than judged against nothing.

use super::theme::Theme;
use crate::diagnostics::{Diagnostic, Sources};
use crate::model::reference::Reference;

/// The reference files and what each holds, for messages.
const EEA: (&str, &str) = ("data/eea.yaml", "the list of EEA states");
const ADEQUACY: (&str, &str) = ("data/adequacy.yaml", "the list of adequacy decisions");
const ADDRESSES: (&str, &str) = ("data/address-formats.yaml", "the address formats");

pub fn load_reference(
    theme: &Theme,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Reference {
    Reference {
        eea: load_one(theme, EEA, sources, out),
        adequacy: load_one(theme, ADEQUACY, sources, out),
        addresses: load_one(theme, ADDRESSES, sources, out),
    }
}

fn load_one<T: for<'de> serde::Deserialize<'de>>(
    theme: &Theme,
    (rel, what): (&str, &str),
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Option<T> {
    let bytes = theme.get(rel)?;
    let shown = theme.display_path(rel);
    let (text, problem) = crate::site::files::decode(&shown, bytes);
    out.extend(problem);
    sources.insert(shown.clone(), text.as_ref());
    let (value, problems) = super::parse_yaml::<T>(&shown, &text, what);
    out.extend(problems);
    value
}
