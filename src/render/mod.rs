//! Stage 4: render every language's page, the language chooser, the exports
//! and the static files into an in-memory output tree.

pub mod archive;
pub mod builtin_tables;
pub mod content_hash;
pub mod crossref;
pub mod dpv;
pub mod exports;
pub mod localize;
pub mod minify;
mod output_file;
pub mod placement;
pub mod snapshot;
pub mod summary;
pub mod templates;
pub mod timeline;
pub mod view;

use crate::diagnostics::{Code, Diagnostic, Sources};
use crate::load::theme::Theme;
use crate::model::Notice;
use crate::prose::Html;
use crate::site::SiteFiles;
use crate::translate::Catalog;
use crate::versions::Archive;
use crate::versions::format::{Edition, SNAPSHOT_FORMAT, Snapshot};
use localize::Localizer;
use std::collections::BTreeMap;
use templates::Templates;
use view::with_slash;

pub use output_file::OutputFile;

/// Files to write, by path relative to the output folder.
pub type OutputTree = BTreeMap<String, OutputFile>;

pub struct RenderOptions {
    pub minify: bool,
}

/// What rendering reads besides the templates.
pub struct Inputs<'a> {
    /// Pages an earlier rebuild rendered, for languages whose inputs are the same.
    pub reuse: Option<crate::site::memo::Reuse<'a>>,
    pub site: &'a SiteFiles,
    pub notice: &'a Notice,
    pub theme: &'a Theme,
    pub catalogs: &'a BTreeMap<String, std::sync::Arc<Catalog>>,
    pub vocabularies:
        &'a BTreeMap<String, std::sync::Arc<crate::translate::vocabulary::Vocabulary>>,
    /// Facts already in each language's words (a build computes them while
    /// the language's vocabulary is at hand); the others are computed from
    /// `vocabularies`.
    pub facts: &'a BTreeMap<String, std::sync::Arc<crate::translate::facts::FactValues>>,
    /// The versions released before, from `versions/`.
    pub archive: &'a Archive,
    /// The content hash, when computed before `site` released the files it
    /// covers (a build).
    pub content_hash: Option<&'a str>,
    /// The languages to render when not every one (see [`crate::Focus`]):
    /// their pages are as a full render gives them, the rest are left out.
    pub focus: crate::Focus<'a>,
}

/// The version in `content/`, rendered: what the build publishes for it and
/// what `vellum release` freezes.
pub struct LiveVersion {
    /// Each language's page, not yet placed (see [`placement`]).
    pub pages: BTreeMap<String, std::sync::Arc<String>>,
    /// Each language's JSON-LD export.
    pub jsonld: BTreeMap<String, OutputFile>,
    pub retention_json: OutputFile,
    pub notice_json: OutputFile,
    /// The snapshot `vellum release` freezes; its `content_hash` is filled
    /// in only by [`render_release`] (the build's files carry the hash
    /// through [`content_hash`], computed when first read).
    pub snapshot: Snapshot,
    /// The site's content hash, computed when first asked for.
    pub content_hash: std::sync::Arc<content_hash::LazyContentHash>,
}

/// Renders the whole site. Any template error aborts with diagnostics: a
/// partial site is never returned.
pub fn render_site(
    inputs: &Inputs<'_>,
    options: &RenderOptions,
    sources: &mut Sources,
) -> Result<OutputTree, Vec<Diagnostic>> {
    let notice = inputs.notice;
    let kept = inputs
        .reuse
        .map(|reuse| reuse.memo.state::<templates::KeptTemplates>());
    let templates = Templates::load_kept(inputs.site, inputs.theme, kept.as_deref(), sources)
        .map_err(|d| vec![d])?;
    let names = language_names(inputs.catalogs);
    let live = render_live(inputs, &templates, &names)?;
    let mut out = OutputTree::new();
    archive::compose(
        &mut out,
        &archive::Context {
            inputs,
            templates: &templates,
            names: &names,
            live: &live,
            options,
        },
    )?;
    // A focused pass gives its languages' folders alone (`serve` takes no
    // other file from it): the site-wide files wait for the whole rebuild.
    if !inputs.focus.is_all() {
        return Ok(out);
    }
    let chooser =
        render_chooser(notice, &templates, inputs.catalogs, &names).map_err(|d| vec![d])?;
    out.insert(
        "index.html".to_string(),
        OutputFile::from(finish_html(chooser, options)),
    );
    for (rel, bytes) in inputs.theme.under("static/") {
        out.insert(format!("static/{rel}"), bytes.to_vec().into());
    }
    for (name, text) in exports::published_schemas() {
        out.insert(format!("schemas/{name}"), text.into());
    }
    let sitemap =
        crate::site::memo::cached(inputs.reuse, "sitemap", notice.source_language(), 0, || {
            std::sync::Arc::new(exports::sitemap_xml(notice).into_bytes())
        });
    out.insert("sitemap.xml".to_string(), sitemap.into());
    Ok(out)
}

/// Renders the version in `content/` for `vellum release`: its pages,
/// exports and snapshot, as the build would publish them.
pub fn render_release(
    inputs: &Inputs<'_>,
    sources: &mut Sources,
) -> Result<LiveVersion, Vec<Diagnostic>> {
    let templates = Templates::load(inputs.site, inputs.theme, sources).map_err(|d| vec![d])?;
    let mut live = render_live(inputs, &templates, &language_names(inputs.catalogs))?;
    live.snapshot.content_hash = live.content_hash.get().to_string();
    Ok(live)
}

fn language_names(
    catalogs: &BTreeMap<String, std::sync::Arc<Catalog>>,
) -> BTreeMap<String, String> {
    catalogs
        .iter()
        .map(|(lang, cat)| {
            let name = cat
                .format("language-name", &[])
                .unwrap_or_else(|| lang.clone());
            (lang.clone(), name)
        })
        .collect()
}

/// One language of the version in `content/`.
struct LanguageOutput {
    page: std::sync::Arc<String>,
    edition: std::sync::Arc<Edition>,
    jsonld: OutputFile,
}

/// Every language of the version in `content/`, the languages in parallel.
fn render_live(
    inputs: &Inputs<'_>,
    templates: &Templates,
    language_names: &BTreeMap<String, String>,
) -> Result<LiveVersion, Vec<Diagnostic>> {
    let notice = inputs.notice;
    let Some(source) = inputs.catalogs.get(notice.source_language()) else {
        return Err(vec![Diagnostic::error(
            Code::Internal,
            "the source language has no catalog",
        )]);
    };
    let names_key = crate::prose::hash::fnv1a(format!("{language_names:?}").as_bytes());
    let content_hash = match inputs.content_hash {
        Some(known) => content_hash::LazyContentHash::known(known.to_string()),
        None => content_hash::LazyContentHash::of(
            inputs.site,
            inputs
                .reuse
                .map(|r| r.memo.state::<crate::versions::digest::ContentHashState>()),
        ),
    };
    let with_hash = |text: std::sync::Arc<content_hash::HashSlot>| {
        OutputFile::pending(content_hash::WithContentHash {
            text,
            hash: std::sync::Arc::clone(&content_hash),
        })
    };
    // They follow from content/ alone, which the source language's key
    // covers. A focused pass publishes no site-wide file (see `render_site`).
    let model_exports = inputs.focus.is_all().then(|| {
        crate::site::memo::cached(
            inputs.reuse,
            "model-exports",
            notice.source_language(),
            0,
            || {
                std::sync::Arc::new((
                    std::sync::Arc::new(exports::retention_json_with_slot(notice)),
                    std::sync::Arc::new(exports::notice_json_with_slot(notice)),
                ))
            },
        )
    });
    let (retention_json, notice_json) = match &model_exports {
        Some(e) => (with_hash(e.0.clone()), with_hash(e.1.clone())),
        None => (OutputFile::from(Vec::new()), OutputFile::from(Vec::new())),
    };
    let kept = render_languages(inputs, templates, language_names, source, names_key);
    let rendered = kept.into_iter().map(|(lang, kept)| {
        let output = kept.map(|(page, edition, export)| LanguageOutput {
            page,
            edition,
            jsonld: with_hash(export),
        });
        (lang, output)
    });
    let mut live = LiveVersion {
        pages: BTreeMap::new(),
        jsonld: BTreeMap::new(),
        retention_json,
        notice_json,
        snapshot: Snapshot {
            format: SNAPSHOT_FORMAT.to_string(),
            version: notice.meta.version.value.clone(),
            effective_date: notice.meta.effective_date.text().to_string(),
            // Known once asked for: see `render_release`.
            content_hash: String::new(),
            source_language: notice.source_language().to_string(),
            editions: BTreeMap::new(),
        },
        content_hash: std::sync::Arc::clone(&content_hash),
    };
    let mut errors = Vec::new();
    for (lang, output) in rendered {
        match output {
            Ok(o) => {
                live.pages.insert(lang.to_string(), o.page);
                live.jsonld.insert(lang.to_string(), o.jsonld);
                live.snapshot.editions.insert(lang.to_string(), o.edition);
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(live)
    } else {
        errors.dedup();
        Err(errors)
    }
}

/// A language's page, edition and export (without the content hash).
type KeptLanguage = Result<
    (
        std::sync::Arc<String>,
        std::sync::Arc<Edition>,
        std::sync::Arc<content_hash::HashSlot>,
    ),
    Diagnostic,
>;

/// Every language's page, edition and export, in parallel; each kept by
/// the memo for a rebuild with the same inputs.
fn render_languages<'a>(
    inputs: &'a Inputs<'_>,
    templates: &Templates,
    language_names: &BTreeMap<String, String>,
    source: &Catalog,
    names_key: u64,
) -> Vec<(&'a str, KeptLanguage)> {
    use rayon::prelude::*;
    let notice = inputs.notice;
    notice
        .language_tags()
        .par_iter()
        .filter(|lang| inputs.focus.includes(lang))
        .filter_map(|lang| {
            let catalog = inputs.catalogs.get(*lang)?;
            // A page reads every language's name (the chooser) besides its
            // inputs. The export is kept without the content hash, which
            // every language's files change, and gets it afterwards.
            let kept = crate::site::memo::cached(inputs.reuse, "page", lang, names_key, || {
                let facts = inputs.facts.get(*lang).cloned().unwrap_or_else(|| {
                    let vocabulary = inputs.vocabularies.get(*lang).map(|v| &**v);
                    std::sync::Arc::new(crate::translate::facts::fact_values(
                        notice, catalog, vocabulary,
                    ))
                });
                // The page and the export in parallel (under `serve` a save
                // renders one language), each with a localizer of its own:
                // rendering the page numbers its notes, and Fluent arguments
                // are not shared between threads.
                let (page, export) = rayon::join(
                    || {
                        let args = crate::translate::facts::args_of(&facts);
                        let mut localizer = Localizer::new(notice, lang, catalog, source, &args);
                        render_language(templates, &mut localizer, language_names)
                    },
                    || {
                        let args = crate::translate::facts::args_of(&facts);
                        let localizer = Localizer::new(notice, lang, catalog, source, &args);
                        std::sync::Arc::new(dpv::export_with_slot(&localizer))
                    },
                );
                let (page, edition) = page?;
                let edition = std::sync::Arc::new(edition);
                Ok::<_, Diagnostic>((std::sync::Arc::new(page), edition, export))
            });
            Some((*lang, kept))
        })
        .collect()
}

/// One language's page, with the facts of its edition for the changelog.
fn render_language(
    templates: &Templates,
    localizer: &mut Localizer<'_>,
    language_names: &BTreeMap<String, String>,
) -> Result<(String, Edition), Diagnostic> {
    let prepare = |e: tera::Error| {
        Diagnostic::error(
            Code::Template,
            format!("cannot prepare the page context: {e}"),
        )
    };
    let (mut context, mut page, tables, rows) =
        view::page_context(localizer, language_names, &templates.tables).map_err(prepare)?;
    context.extend(tera::Context::from_serialize(&page).map_err(prepare)?);
    archive::page_extras(&mut context, localizer);
    context.insert("retention_timeline", &timeline::view(localizer));
    // Blocks are separate templates so a site can override one table alone.
    for section in &mut page.sections {
        context.insert("section_id", &section.id);
        let block_html = |block: &str| match tables.render(block, &rows, &page.t, &section.id) {
            Some(html) => Ok(html),
            None => render_block(templates, &context, block),
        };
        let mut html = String::new();
        let mut parts = section.parts.iter();
        html.push_str(parts.next().map_or("", Html::as_str));
        for (block, part) in section.inline_blocks.iter().zip(parts) {
            html.push_str(&block_html(block)?);
            html.push_str(part.as_str());
        }
        let mut blocks_html = Vec::with_capacity(section.blocks.len());
        for block in &section.blocks {
            blocks_html.push(Html::trusted(block_html(block)?));
        }
        section.html = Html::trusted(html);
        section.blocks_html = blocks_html;
    }
    let edition = snapshot::edition(localizer, &page);
    context.insert("sections", &page.sections);
    // The sections and their tables are most of the page.
    let size: usize = page
        .sections
        .iter()
        .map(|s| {
            s.html.as_str().len()
                + s.blocks_html
                    .iter()
                    .map(|b| b.as_str().len())
                    .sum::<usize>()
        })
        .sum();
    let html = templates.render_sized("page.html", &context, size + size / 4 + 16 * 1024)?;
    let numbers = page
        .sections
        .iter()
        .map(|s| (s.id.as_str(), s.number.as_str()));
    Ok((crossref::number_links(&html, numbers), edition))
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
    catalogs: &BTreeMap<String, std::sync::Arc<Catalog>>,
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

pub fn finish_html(html: String, options: &RenderOptions) -> String {
    if options.minify {
        minify::minify_html(&html)
    } else {
        html
    }
}
