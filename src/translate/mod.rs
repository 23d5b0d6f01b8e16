//! Stage 2: languages. Builds each language's message catalog from the theme's
//! UI strings and the site's `locales/`, and formats periods and dates in it.

pub mod catalog;
pub mod facts;
pub mod ftl;
pub mod localize;
pub mod messages;
pub mod periods;
pub mod status;
pub mod vocabulary;

pub use catalog::{Catalog, FtlFile};

use crate::diagnostics::{Diagnostic, Sources};
use crate::load::SiteFiles;
use crate::load::files::decode;
use crate::load::theme::Theme;

/// Loads the catalog of `lang`: theme `locales/<lang>/*.ftl`, then the site's
/// `locales/<lang>/*.ftl`, each overriding what came before. `generated` is
/// the source language's content file as `vellum i18n sync` would write it; it
/// stands in for the file on disk, which may be out of date.
pub fn load_catalog(
    site: &SiteFiles,
    theme: &Theme,
    lang: &str,
    generated: Option<&str>,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Catalog {
    let mut files = Vec::new();
    let prefix = format!("locales/{lang}/");
    let mut push = |path: String, bytes: &[u8], translation: bool, out: &mut Vec<Diagnostic>| {
        let (text, problem) = decode(&path, bytes);
        out.extend(problem.map(|d| d.in_language(lang)));
        files.push(FtlFile {
            path,
            text: text.into_owned(),
            translation,
        });
    };
    for (rel, bytes) in theme.under(&prefix) {
        if rel.ends_with(".ftl") {
            push(
                theme.display_path(&format!("{prefix}{rel}")),
                bytes,
                false,
                out,
            );
        }
    }
    for (rel, bytes) in site.under(&prefix) {
        if generated.is_some() && rel == ftl::CONTENT_FILE {
            continue;
        }
        if rel.ends_with(".ftl") {
            push(format!("{prefix}{rel}"), bytes, generated.is_none(), out);
        }
    }
    if let Some(text) = generated {
        files.push(FtlFile {
            path: format!("{prefix}{}", ftl::CONTENT_FILE),
            text: text.to_string(),
            translation: false,
        });
    }
    Catalog::build(lang, files, sources, out)
}
