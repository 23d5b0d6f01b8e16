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

/// The reference facts as last loaded, with the fingerprint of the files
/// they came from: `vellum serve` parses them again only when the theme's
/// files change, not on every save.
#[derive(Default)]
pub struct KeptReference(crate::site::memo::KeptByFingerprint<LoadedReference>);

#[derive(Clone)]
struct LoadedReference {
    reference: std::sync::Arc<Reference>,
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
}

/// [`load_reference`], or what `kept` holds when the reference files are
/// the same; what is loaded is kept for the next call.
pub fn load_reference_kept(
    theme: &Theme,
    kept: &KeptReference,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> std::sync::Arc<Reference> {
    let paths = [EEA, ADEQUACY, ADDRESSES].map(|(rel, _)| (theme.display_path(rel), rel));
    let fingerprint = crate::site::memo::files_fingerprint(
        paths
            .iter()
            .map(|(shown, rel)| (shown.as_str(), theme.get(rel))),
    );
    let loaded = kept.0.get(fingerprint, || {
        let mut own_sources = Sources::default();
        let mut diagnostics = Vec::new();
        let reference = load_reference(theme, &mut own_sources, &mut diagnostics);
        LoadedReference {
            reference: std::sync::Arc::new(reference),
            sources: own_sources,
            diagnostics,
        }
    });
    sources.extend(loaded.sources);
    out.extend(loaded.diagnostics);
    loaded.reference
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::SiteFiles;

    /// What is kept follows the theme's files: a site's own list that does
    /// not parse is reported on the next load, and gone once removed.
    #[test]
    fn kept_reference_facts_follow_the_themes_files() {
        let kept = KeptReference::default();
        let load = |files: Vec<(String, Vec<u8>)>| {
            let theme = Theme::load(&SiteFiles::from_memory(files));
            let (mut sources, mut out) = (Sources::default(), Vec::new());
            let reference = load_reference_kept(&theme, &kept, &mut sources, &mut out);
            let codes: Vec<String> = out.iter().map(|d| d.code.to_string()).collect();
            (reference.eea.is_some(), codes)
        };
        assert_eq!(load(Vec::new()), (true, Vec::new()));
        assert_eq!(load(Vec::new()), (true, Vec::new()), "kept");
        let broken = vec![("theme/data/eea.yaml".to_string(), b"states: [".to_vec())];
        let (eea, codes) = load(broken.clone());
        assert!(!eea && !codes.is_empty(), "{codes:?}");
        assert_eq!(load(broken), (false, codes), "kept, with its findings");
        assert_eq!(
            load(Vec::new()),
            (true, Vec::new()),
            "the built-in list again"
        );
    }
}
