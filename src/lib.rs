//! vellum compiles a structured privacy notice (YAML model, Markdown prose,
//! Fluent translations) into a multilingual static site, and checks that the
//! prose agrees with the machine-readable rules.
//!
//! The pipeline runs in stages, one module each: [`load`] reads `content/`,
//! [`translate`] builds each language's messages, [`check`] finds problems,
//! [`render`] produces the pages and exports, [`write`] puts them on disk.

pub mod check;
pub mod diagnostics;
pub mod load;
pub mod model;
pub mod render;
pub mod serve;
pub mod translate;
pub mod write;

use diagnostics::{Diagnostic, Sources};
use load::SiteFiles;
use load::theme::Theme;
use model::Notice;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use translate::Catalog;

/// Everything known about a site after loading and checking it.
pub struct Analysis {
    /// The input files as read, once, at the start.
    pub site: SiteFiles,
    pub notice: Option<Notice>,
    pub theme: Option<Theme>,
    pub catalogs: BTreeMap<String, Catalog>,
    /// Period vocabularies of the languages that have one.
    pub vocabularies: BTreeMap<String, translate::vocabulary::Vocabulary>,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    pub timings: Timings,
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Loads the site at `root` and runs every check.
pub fn analyse(root: &Path) -> Analysis {
    let clock = Instant::now();
    let (site, diagnostics) = SiteFiles::read(root);
    let read = clock.elapsed();
    let mut analysis = analyse_files(site, diagnostics);
    analysis.timings.load += read;
    analysis
}

/// Runs every check on a site already read into memory; `read_problems` are
/// what reading it found.
pub fn analyse_files(site: SiteFiles, read_problems: Vec<Diagnostic>) -> Analysis {
    let mut timings = Timings::default();
    let clock = Instant::now();
    let loaded = load::load_site(&site);
    let mut sources = loaded.sources;
    let mut diagnostics = read_problems;
    diagnostics.extend(loaded.diagnostics);
    let theme = Some(Theme::load(&site));
    timings.load = clock.elapsed();

    let clock = Instant::now();
    let mut catalogs = BTreeMap::new();
    let mut vocabularies = BTreeMap::new();
    // The translatable texts, read once for the catalogs and the checks.
    let messages = loaded
        .notice
        .as_ref()
        .map(translate::messages::source_messages)
        .unwrap_or_default();
    if let (Some(notice), Some(theme)) = (&loaded.notice, &theme) {
        let source_lang = notice.source_language().to_string();
        let generated = translate::ftl::generate_source_file(&messages, &source_lang);
        // Each language's catalog and vocabulary is independent: build them in
        // parallel, then merge sources and diagnostics in language order.
        use rayon::prelude::*;
        let built: Vec<_> = notice
            .site_languages()
            .into_par_iter()
            .map(|lang| {
                let mut own_sources = Sources::default();
                let mut own_diags = Vec::new();
                let generated_here = (lang.value == source_lang).then_some(generated.as_str());
                let catalog = translate::load_catalog(
                    &site,
                    theme,
                    &lang.value,
                    generated_here,
                    &mut own_sources,
                    &mut own_diags,
                );
                let vocab = translate::vocabulary::load_vocabulary(
                    &site,
                    theme,
                    &lang.value,
                    &mut own_sources,
                    &mut own_diags,
                );
                (lang, catalog, vocab, own_sources, own_diags)
            })
            .collect();
        for (lang, catalog, vocab, own_sources, own_diags) in built {
            sources.extend(own_sources);
            diagnostics.extend(own_diags);
            if !catalog.has("contents") {
                diagnostics.push(
                    Diagnostic::error("missing-ui-strings", format!("no user-interface strings for language `{}`", lang.value))
                        .at(&notice.meta_file, lang.pos)
                        .in_language(&lang.value)
                        .hint(format!("add locales/{}/ui.ftl with the theme's messages (copy them from the theme's locales/en/ui.ftl)", lang.value)),
                );
            }
            catalogs.insert(lang.value.clone(), catalog);
            match vocab {
                Some(v) => {
                    vocabularies.insert(lang.value.clone(), v);
                }
                None => diagnostics.push(
                    Diagnostic::warning("no-vocabulary", format!("no period vocabulary for `{}`: its periods are not checked", lang.value))
                        .at(&notice.meta_file, lang.pos)
                        .in_language(&lang.value)
                        .hint(format!("add locales/{}/periods.yaml (copy the theme's locales/en/periods.yaml and translate the words)", lang.value)),
                ),
            }
        }
    }
    timings.translate = clock.elapsed();

    let clock = Instant::now();
    if let Some(notice) = &loaded.notice {
        // The catalogs already parsed the translators' files; reuse what they found.
        let translations: translate::status::Translations = notice
            .translation_languages()
            .into_iter()
            .filter_map(|lang| Some((lang.to_string(), catalogs.get(lang)?.translations().clone())))
            .collect();
        let texts = CheckInputs {
            notice,
            messages: &messages,
            translations: &translations,
            catalogs: &catalogs,
            vocabularies: &vocabularies,
            sources: &sources,
        };
        // The model-wide checks run alongside the per-language ones.
        let (mut model_wide, per_language) = rayon::join(
            || {
                let mut found = check::check_notice(notice, &sources);
                translate::status::check_translations(
                    &site,
                    notice,
                    &messages,
                    &translations,
                    &mut found,
                );
                found
            },
            || check_every_language(&texts),
        );
        diagnostics.append(&mut model_wide);
        diagnostics.extend(per_language);
    }
    diagnostics::sort(&mut diagnostics);
    timings.check = clock.elapsed();
    Analysis {
        site,
        notice: loaded.notice,
        theme,
        catalogs,
        vocabularies,
        sources,
        diagnostics,
        timings,
    }
}

/// Wall time per pipeline stage, for `vellum build --timings`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub load: Duration,
    pub translate: Duration,
    pub check: Duration,
    pub render: Duration,
    pub write: Duration,
}

impl std::fmt::Display for Timings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        write!(
            f,
            "load {:.1} ms, translate {:.1} ms, check {:.1} ms, render {:.1} ms, write {:.1} ms",
            ms(self.load),
            ms(self.translate),
            ms(self.check),
            ms(self.render),
            ms(self.write)
        )
    }
}

/// What the per-language checks read.
struct CheckInputs<'a> {
    notice: &'a Notice,
    messages: &'a [translate::messages::SourceMessage],
    translations: &'a translate::status::Translations,
    catalogs: &'a BTreeMap<String, Catalog>,
    vocabularies: &'a BTreeMap<String, translate::vocabulary::Vocabulary>,
    sources: &'a Sources,
}

/// Prose against rules, and language identification, for every language, the
/// languages in parallel.
fn check_every_language(inputs: &CheckInputs<'_>) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let notice = inputs.notice;
    let tags: Vec<&str> = notice
        .site_languages()
        .into_iter()
        .map(|l| l.value.as_str())
        .collect();
    let guard = check::language::LanguageGuard::new(&tags);
    let names = check::language::proper_names(notice);
    let narrative = check::narrative::NarrativeCheck {
        notice,
        messages: inputs.messages,
        sources: inputs.sources,
    };
    let per_language: Vec<Vec<Diagnostic>> = tags
        .par_iter()
        .map(|lang| {
            let mut out = Vec::new();
            let Some(catalog) = inputs.catalogs.get(*lang) else {
                return out;
            };
            let found = inputs.translations.get(*lang);
            if let Some(vocab) = inputs.vocabularies.get(*lang) {
                let recognizer = check::recognize::Recognizer::new(vocab);
                let texts = check::narrative::LanguageTexts {
                    lang,
                    recognizer: &recognizer,
                    translations: found,
                    catalog,
                    cache: Default::default(),
                };
                narrative.check_language(&texts, &mut out);
            }
            if let Some(guard) = guard.as_ref().filter(|g| g.knows(lang)) {
                check::language::check_language(
                    guard,
                    lang,
                    catalog,
                    inputs.messages,
                    found,
                    &names,
                    inputs.sources,
                    &mut out,
                );
            }
            out
        })
        .collect();
    per_language.into_iter().flatten().collect()
}

pub struct BuildOptions {
    pub out: PathBuf,
    pub minify: bool,
    /// Treat warnings as errors.
    pub strict: bool,
}

/// What a build did.
pub struct BuildOutcome {
    pub analysis: Analysis,
    /// Files written, or `None` when the build stopped before writing.
    pub written: Option<usize>,
    /// Why the output was not written (the previous output is kept): a
    /// refused output folder or an I/O failure.
    pub write_error: Option<Diagnostic>,
    /// Problems while writing that did not stop it (a leftover not removed).
    pub write_warnings: Vec<Diagnostic>,
}

/// Checks and renders the site in memory. The tree is `None` when a check or
/// a template failed (or, with `strict`, anything was found).
pub fn render(root: &Path, minify: bool, strict: bool) -> (Analysis, Option<render::OutputTree>) {
    render_analysis(analyse(root), minify, strict)
}

/// Renders a site that has been analysed, unless the analysis blocks it.
pub fn render_analysis(
    mut analysis: Analysis,
    minify: bool,
    strict: bool,
) -> (Analysis, Option<render::OutputTree>) {
    let blocked = analysis.has_errors() || (strict && !analysis.diagnostics.is_empty());
    let (Some(notice), Some(theme), false) = (&analysis.notice, &analysis.theme, blocked) else {
        return (analysis, None);
    };
    let render_options = render::RenderOptions { minify };
    let clock = Instant::now();
    let result = render::render_site(
        &analysis.site,
        notice,
        theme,
        &analysis.catalogs,
        &analysis.vocabularies,
        &render_options,
        &mut analysis.sources,
    );
    analysis.timings.render = clock.elapsed();
    match result {
        Ok(tree) => (analysis, Some(tree)),
        Err(diags) => {
            analysis.diagnostics.extend(diags);
            (analysis, None)
        }
    }
}

/// Checks, renders and writes the site. Nothing is written unless every stage
/// succeeds.
pub fn build(root: &Path, options: &BuildOptions) -> BuildOutcome {
    let (mut analysis, tree) = render(root, options.minify, options.strict);
    let Some(tree) = tree else {
        return BuildOutcome {
            analysis,
            written: None,
            write_error: None,
            write_warnings: Vec::new(),
        };
    };
    let clock = Instant::now();
    let written = write::write_site(&tree, &options.out, root);
    analysis.timings.write = clock.elapsed();
    match written {
        Ok(write_warnings) => BuildOutcome {
            analysis,
            written: Some(tree.len()),
            write_error: None,
            write_warnings,
        },
        Err(e) => BuildOutcome {
            analysis,
            written: None,
            write_error: Some(e),
            write_warnings: Vec::new(),
        },
    }
}
