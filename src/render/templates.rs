//! Tera templates: the theme's, overridden by the site's `templates/` folder
//! file by file. Template errors become diagnostics pointing into the template.

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources};
use crate::load::theme::Theme;
use crate::model::Pos;
use crate::site::SiteFiles;
use crate::site::files::utf8_text;
use tera::Tera;

/// Theme templates are registered under this prefix; a site template with the
/// same name (without the prefix) wins.
const THEME_PREFIX: &str = "theme/";

pub struct Templates {
    pub tera: Tera,
    /// The path shown to users for each registered template name.
    paths: std::collections::BTreeMap<String, String>,
    /// The tables vellum writes itself while their templates are the default.
    pub tables: super::builtin_tables::BuiltinTables,
}

/// The templates as last loaded, by the fingerprint of their files (see
/// [`Templates::load_kept`]).
#[derive(Default)]
pub struct KeptTemplates(crate::site::memo::KeptByFingerprint<LoadedTemplates>);

#[derive(Clone)]
struct LoadedTemplates {
    templates: Result<std::sync::Arc<Templates>, Diagnostic>,
    sources: Sources,
}

impl Templates {
    pub fn load(
        site: &SiteFiles,
        theme: &Theme,
        sources: &mut Sources,
    ) -> Result<Templates, Diagnostic> {
        let mut tera = Tera::new();
        tera.set_fallback_prefixes([THEME_PREFIX])
            .map_err(|e| Diagnostic::error(Code::Template, e.to_string()))?;
        tera.autoescape_on([".html", ".xml"]);
        tera.set_escape_fn(crate::prose::html::write_escaped_html);
        let mut all: Vec<(String, String)> = Vec::new();
        let mut paths = std::collections::BTreeMap::new();
        for (rel, bytes) in theme.under("templates/") {
            let shown = theme.display_path(&format!("templates/{rel}"));
            let text = utf8_text(&shown, bytes)?;
            sources.insert(shown.clone(), text);
            paths.insert(format!("{THEME_PREFIX}{rel}"), shown);
            all.push((format!("{THEME_PREFIX}{rel}"), text.to_string()));
        }
        for (rel, bytes) in site.under("templates/") {
            let shown = format!("templates/{rel}");
            let text = utf8_text(&shown, bytes)?;
            sources.insert(shown.clone(), text);
            paths.insert(rel.to_string(), shown);
            all.push((rel.to_string(), text.to_string()));
        }
        let tables = super::builtin_tables::BuiltinTables::choose(&all);
        tera.add_raw_templates(all)
            .map_err(|e| template_diagnostic(&paths, &e))?;
        Ok(Templates {
            tera,
            paths,
            tables,
        })
    }

    /// [`Templates::load`], or what `kept` holds when the template files
    /// are the same: `vellum serve` parses the templates again only when
    /// one changes, not on every save. What is loaded is kept for the next
    /// call, a template error with it.
    pub fn load_kept(
        site: &SiteFiles,
        theme: &Theme,
        kept: Option<&KeptTemplates>,
        sources: &mut Sources,
    ) -> Result<std::sync::Arc<Templates>, Diagnostic> {
        let Some(kept) = kept else {
            return Templates::load(site, theme, sources).map(std::sync::Arc::new);
        };
        let shown: Vec<(String, &[u8])> = theme
            .under("templates/")
            .map(|(rel, bytes)| (theme.display_path(&format!("templates/{rel}")), bytes))
            .chain(
                site.under("templates/")
                    .map(|(rel, bytes)| (format!("templates/{rel}"), bytes)),
            )
            .collect();
        let fingerprint = crate::site::memo::files_fingerprint(
            shown
                .iter()
                .map(|(path, bytes)| (path.as_str(), Some(*bytes))),
        );
        let loaded = kept.0.get(fingerprint, || {
            let mut own_sources = Sources::default();
            let templates = Templates::load(site, theme, &mut own_sources).map(std::sync::Arc::new);
            LoadedTemplates {
                templates,
                sources: own_sources,
            }
        });
        sources.extend(loaded.sources);
        loaded.templates
    }

    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|e| template_diagnostic(&self.paths, &e))
    }

    /// [`Templates::render`] into a buffer of `capacity` bytes from the
    /// start: a page of half a megabyte that grows from the template's own
    /// size copies itself at every doubling.
    pub fn render_sized(
        &self,
        name: &str,
        context: &tera::Context,
        capacity: usize,
    ) -> Result<String, Diagnostic> {
        let mut out = Vec::with_capacity(capacity);
        self.tera
            .render_to(name, context, &mut out)
            .map_err(|e| template_diagnostic(&self.paths, &e))?;
        // Templates and context are text: never lossy.
        Ok(String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }

    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
            || self
                .tera
                .contains_template(&format!("{THEME_PREFIX}{name}"))
    }
}

/// Turns a Tera error into a diagnostic at the template's file, line and column.
pub fn template_diagnostic(
    paths: &std::collections::BTreeMap<String, String>,
    err: &tera::Error,
) -> Diagnostic {
    use tera::ErrorKind;
    let report = match err.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    match report {
        Some(r) => {
            let span = r.span();
            let pos = Pos::new(
                u32::try_from(span.start_line).unwrap_or(u32::MAX),
                u32::try_from(span.start_col + 1).unwrap_or(u32::MAX),
            );
            Diagnostic::error(Code::Template, format!("template error: {}", r.message()))
                .at(
                    paths
                        .get(r.filename())
                        .cloned()
                        .unwrap_or_else(|| r.filename().to_string()),
                    pos,
                )
                .hint("fix the template; variables the theme offers are listed in README.md under Themes")
        }
        None => Diagnostic::error(
            Code::Template,
            format!(
                "template error: {}",
                message.lines().next().unwrap_or_default()
            ),
        )
        .hint("check the template names and the inheritance ({% extends %}) of your templates/"),
    }
}
