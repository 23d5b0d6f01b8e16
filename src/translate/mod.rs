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
use crate::load::theme::{Theme, read_tree};
use std::path::Path;

/// Loads the catalog of `lang`: theme `locales/<lang>/*.ftl`, then the site's
/// `locales/<lang>/*.ftl`, each overriding what came before.
pub fn load_catalog(
    root: &Path,
    theme: &Theme,
    lang: &str,
    generated: Option<&str>,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Catalog {
    let mut files = Vec::new();
    let prefix = format!("locales/{lang}/");
    for (rel, bytes) in theme.under(&prefix) {
        if rel.ends_with(".ftl") {
            files.push(FtlFile {
                path: format!("{}{prefix}{rel}", theme.label),
                text: String::from_utf8_lossy(bytes).into_owned(),
                translation: false,
            });
        }
    }
    match read_tree(&root.join(&prefix)) {
        Ok(site) => {
            for (rel, bytes) in site {
                if generated.is_some() && rel == ftl::CONTENT_FILE {
                    continue;
                }
                if rel.ends_with(".ftl") {
                    files.push(FtlFile {
                        path: format!("{prefix}{rel}"),
                        text: String::from_utf8_lossy(&bytes).into_owned(),
                        translation: generated.is_none(),
                    });
                }
            }
        }
        Err(e) => out.push(
            Diagnostic::error("io", format!("cannot read {prefix}: {e}"))
                .in_file(prefix.clone())
                .hint("check the folder's permissions"),
        ),
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
