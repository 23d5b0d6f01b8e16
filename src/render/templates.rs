//! Tera templates: the theme's, overridden by the site's `templates/` folder
//! file by file. Template errors become diagnostics pointing into the template.

use crate::diagnostics::{Diagnostic, Sources};
use crate::load::theme::{Theme, read_tree};
use crate::model::Pos;
use std::path::Path;
use tera::Tera;

/// Theme templates are registered under this prefix; a site template with the
/// same name (without the prefix) wins.
const THEME_PREFIX: &str = "theme/";

pub struct Templates {
    pub tera: Tera,
    theme_label: String,
}

impl Templates {
    pub fn load(
        root: &Path,
        theme: &Theme,
        sources: &mut Sources,
    ) -> Result<Templates, Diagnostic> {
        let mut tera = Tera::new();
        tera.set_fallback_prefixes([THEME_PREFIX])
            .map_err(|e| Diagnostic::error("template", e.to_string()))?;
        tera.autoescape_on([".html", ".xml"]);
        let mut all: Vec<(String, String)> = Vec::new();
        for (rel, bytes) in theme.under("templates/") {
            let text = String::from_utf8_lossy(bytes).into_owned();
            sources.insert(format!("{}templates/{rel}", theme.label), text.clone());
            all.push((format!("{THEME_PREFIX}{rel}"), text));
        }
        let site = read_tree(&root.join("templates")).map_err(|e| {
            Diagnostic::error("io", format!("cannot read templates/: {e}"))
                .in_file("templates")
                .hint("check the folder's permissions")
        })?;
        for (rel, bytes) in site {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            sources.insert(format!("templates/{rel}"), text.clone());
            all.push((rel, text));
        }
        let label = theme.label.clone();
        tera.add_raw_templates(all)
            .map_err(|e| template_diagnostic(&label, &e))?;
        Ok(Templates {
            tera,
            theme_label: label,
        })
    }

    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|e| template_diagnostic(&self.theme_label, &e))
    }

    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
            || self
                .tera
                .contains_template(&format!("{THEME_PREFIX}{name}"))
    }
}

/// The user-facing path of a template registered as `name`.
fn template_path(theme_label: &str, name: &str) -> String {
    match name.strip_prefix(THEME_PREFIX) {
        Some(rest) => format!("{theme_label}templates/{rest}"),
        None => format!("templates/{name}"),
    }
}

/// Turns a Tera error into a diagnostic at the template's file, line and column.
pub fn template_diagnostic(theme_label: &str, err: &tera::Error) -> Diagnostic {
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
            Diagnostic::error("template", format!("template error: {}", r.message()))
                .at(template_path(theme_label, r.filename()), pos)
                .hint("fix the template; variables the theme offers are listed in README.md under Themes")
        }
        None => Diagnostic::error(
            "template",
            format!(
                "template error: {}",
                message.lines().next().unwrap_or_default()
            ),
        )
        .hint("check the template names and the inheritance ({% extends %}) of your templates/"),
    }
}
