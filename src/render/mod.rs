//! Stage 4: render every language's page, the language chooser, the exports
//! and the static files into an in-memory output tree.

pub mod crossref;
pub mod exports;
pub mod localize;
pub mod summary;
pub mod templates;
pub mod view;

use crate::diagnostics::{Code, Diagnostic, Sources};
use crate::load::theme::Theme;
use crate::model::Notice;
use crate::prose::Html;
use crate::site::SiteFiles;
use crate::translate::Catalog;
use localize::Localizer;
use std::collections::BTreeMap;
use templates::Templates;
use view::with_slash;

/// Files to write, by path relative to the output folder.
pub type OutputTree = BTreeMap<String, Vec<u8>>;

pub struct RenderOptions {
    pub minify: bool,
}

/// What rendering reads besides the templates.
pub struct Inputs<'a> {
    pub site: &'a SiteFiles,
    pub notice: &'a Notice,
    pub theme: &'a Theme,
    pub catalogs: &'a BTreeMap<String, Catalog>,
    pub vocabularies: &'a BTreeMap<String, crate::translate::vocabulary::Vocabulary>,
}

/// Renders the whole site. Any template error aborts with diagnostics: a
/// partial site is never returned.
pub fn render_site(
    inputs: &Inputs<'_>,
    options: &RenderOptions,
    sources: &mut Sources,
) -> Result<OutputTree, Vec<Diagnostic>> {
    let notice = inputs.notice;
    let templates = Templates::load(inputs.site, inputs.theme, sources).map_err(|d| vec![d])?;
    let language_names: BTreeMap<String, String> = inputs
        .catalogs
        .iter()
        .map(|(lang, cat)| {
            let name = cat
                .format("language-name", &[])
                .unwrap_or_else(|| lang.clone());
            (lang.clone(), name)
        })
        .collect();
    let mut out = render_pages(inputs, &templates, &language_names, options)?;
    let chooser = render_chooser(notice, &templates, inputs.catalogs, &language_names)
        .map_err(|d| vec![d])?;
    out.insert(
        "index.html".to_string(),
        finish_html(chooser, options).into_bytes(),
    );
    for (rel, bytes) in inputs.theme.under("static/") {
        out.insert(format!("static/{rel}"), bytes.to_vec());
    }
    out.insert(
        "retention.json".to_string(),
        exports::retention_json(notice).into_bytes(),
    );
    out.insert(
        "notice.json".to_string(),
        exports::notice_json(notice).into_bytes(),
    );
    out.insert(
        "sitemap.xml".to_string(),
        exports::sitemap_xml(notice).into_bytes(),
    );
    Ok(out)
}

/// Every language's page, the languages in parallel.
fn render_pages(
    inputs: &Inputs<'_>,
    templates: &Templates,
    language_names: &BTreeMap<String, String>,
    options: &RenderOptions,
) -> Result<OutputTree, Vec<Diagnostic>> {
    use rayon::prelude::*;
    let notice = inputs.notice;
    let Some(source) = inputs.catalogs.get(notice.source_language()) else {
        return Err(vec![Diagnostic::error(
            Code::Internal,
            "the source language has no catalog",
        )]);
    };
    let pages: Vec<(&str, Result<String, Diagnostic>)> = notice
        .language_tags()
        .par_iter()
        .filter_map(|lang| {
            let catalog = inputs.catalogs.get(*lang)?;
            let args =
                crate::translate::facts::fact_args(notice, catalog, inputs.vocabularies.get(*lang));
            let mut localizer = Localizer::new(notice, lang, catalog, source, &args);
            let page = render_language(templates, &mut localizer, language_names)
                .map(|html| finish_html(html, options));
            Some((*lang, page))
        })
        .collect();
    let mut out = OutputTree::new();
    let mut errors = Vec::new();
    for (lang, page) in pages {
        match page {
            Ok(html) => {
                out.insert(format!("{lang}/index.html"), html.into_bytes());
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        errors.dedup();
        Err(errors)
    }
}

fn render_language(
    templates: &Templates,
    localizer: &mut Localizer<'_>,
    language_names: &BTreeMap<String, String>,
) -> Result<String, Diagnostic> {
    let prepare = |e: tera::Error| {
        Diagnostic::error(
            Code::Template,
            format!("cannot prepare the page context: {e}"),
        )
    };
    let (mut context, mut page) = view::page_context(localizer, language_names).map_err(prepare)?;
    context.extend(tera::Context::from_serialize(&page).map_err(prepare)?);
    // Blocks are separate templates so a site can override one table alone.
    for section in &mut page.sections {
        context.insert("section_id", &section.id);
        let mut html = String::new();
        let mut parts = section.parts.iter();
        html.push_str(parts.next().map_or("", Html::as_str));
        for (block, part) in section.inline_blocks.iter().zip(parts) {
            html.push_str(&render_block(templates, &context, block)?);
            html.push_str(part.as_str());
        }
        section.html = Html::trusted(html);
        for block in &section.blocks {
            let html = render_block(templates, &context, block)?;
            section.blocks_html.push(Html::trusted(html));
        }
    }
    context.insert("sections", &page.sections);
    let html = templates.render("page.html", &context)?;
    let numbers = page
        .sections
        .iter()
        .map(|s| (s.id.as_str(), s.number.as_str()));
    Ok(crossref::number_links(&html, numbers))
}

/// One block's template, with the page's context.
fn render_block(
    templates: &Templates,
    context: &tera::Context,
    block: &str,
) -> Result<String, Diagnostic> {
    let name = format!("blocks/{block}.html");
    if !templates.has(&name) {
        return Err(
            Diagnostic::error(Code::Template, format!("no template for block `{block}`")).hint(
                format!("add templates/{name}, or remove the block from the section"),
            ),
        );
    }
    templates.render(&name, context)
}

fn render_chooser(
    notice: &Notice,
    templates: &Templates,
    catalogs: &BTreeMap<String, Catalog>,
    language_names: &BTreeMap<String, String>,
) -> Result<String, Diagnostic> {
    let default = notice.default_language();
    let base = with_slash(notice.meta.base_url.text());
    let title = notice.meta.title.value.as_str();
    let languages: Vec<serde_json::Value> = notice
        .language_tags()
        .into_iter()
        .map(|l| {
            let cat = catalogs.get(l);
            serde_json::json!({
                "lang": l,
                "name": language_names.get(l).cloned().unwrap_or_else(|| l.to_string()),
                // index.html, not `{l}/`: the chooser works opened from disk
                // too, where a folder link shows a directory listing.
                "href": format!("{l}/index.html"),
                "url": format!("{base}{l}/"),
                "title": cat.and_then(|c| c.format(crate::translate::messages::NOTICE_TITLE, &[])).unwrap_or_else(|| title.to_string()),
                "choose": cat.map(|c| c.text("choose-language")).unwrap_or_default(),
            })
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("default_lang", default);
    context.insert("languages", &languages);
    context.insert("title", &notice.meta.title.value);
    context.insert("organisation", &notice.meta.organisation.legal_name.value);
    context.insert("base_url", &base);
    context.insert("default_url", &format!("{base}{default}/"));
    templates.render("index.html", &context)
}

fn finish_html(html: String, options: &RenderOptions) -> String {
    if options.minify { minify(html) } else { html }
}

#[cfg(feature = "minify")]
fn minify(html: String) -> String {
    // The pages carry no inline CSS (the stylesheet is a file) and one tiny
    // script; minifying either would only pull more code into the binary.
    let cfg = minify_html::Cfg {
        minify_css: false,
        minify_js: false,
        keep_closing_tags: false,
        keep_html_and_head_opening_tags: true,
        keep_comments: false,
        ..minify_html::Cfg::default()
    };
    String::from_utf8(minify_html::minify(html.as_bytes(), &cfg)).unwrap_or(html)
}

#[cfg(not(feature = "minify"))]
fn minify(html: String) -> String {
    html
}
