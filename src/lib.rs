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
pub mod prose;
pub mod release;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod translate;
pub mod versions;
pub mod write;

use diagnostics::{Diagnostic, Sources};
use load::theme::Theme;
use model::Notice;
use site::SiteFiles;
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
    pub catalogs: BTreeMap<String, std::sync::Arc<Catalog>>,
    /// Period vocabularies of the languages that have one.
    pub vocabularies: BTreeMap<String, std::sync::Arc<translate::vocabulary::Vocabulary>>,
    /// Each language's facts in its words, when computed while checking
    /// (a build, which lets go of the vocabularies); see [`render::Inputs`].
    pub facts: BTreeMap<String, std::sync::Arc<translate::facts::FactValues>>,
    /// The versions released before, from `versions/`.
    pub archive: versions::Archive,
    /// Fingerprints of each language's inputs, when analysed with a memo.
    pub language_keys: Option<site::memo::LanguageKeys>,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    pub timings: Timings,
    /// The content hash, computed before `site` released the files it
    /// covers (see [`build`]); otherwise computed when rendering needs it.
    pub content_hash: Option<String>,
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The languages a pass checks and renders: all of them, or some first.
/// `vellum serve` checks and renders the languages of the open pages before
/// the others, so that the page being read reloads without waiting for the
/// rest of the site (issue 15). A focused pass gives its languages' pages
/// exactly as the full pass does, and every finding of the checks that can
/// fail; the checks that can only warn (the language a text reads as, the
/// form of address, TODO markers) wait for the full pass.
#[derive(Debug, Clone, Copy, Default)]
pub enum Focus<'a> {
    #[default]
    All,
    Only(&'a [String]),
}

impl Focus<'_> {
    pub fn includes(&self, lang: &str) -> bool {
        match self {
            Focus::All => true,
            Focus::Only(langs) => langs.iter().any(|l| l == lang),
        }
    }

    pub fn is_all(&self) -> bool {
        matches!(self, Focus::All)
    }
}

/// Loads the site at `root` and runs every check.
pub fn analyse(root: &Path) -> Analysis {
    analyse_with(root, None)
}

/// [`analyse`] with a memo of earlier rebuilds (see [`analyse_files_with`]).
pub fn analyse_with(root: &Path, memo: Option<&site::memo::Memo>) -> Analysis {
    let clock = Instant::now();
    let (site, diagnostics) = SiteFiles::read_with(root, memo.map(site::memo::Memo::reads));
    let read = clock.elapsed();
    let mut analysis = analyse_files_with(site, diagnostics, memo);
    analysis.timings.load += read;
    analysis
}

/// Runs the pipeline up to the checks on a site already read into memory;
/// `read_problems` are what reading it found.
pub fn analyse_files(site: SiteFiles, read_problems: Vec<Diagnostic>) -> Analysis {
    analyse_files_with(site, read_problems, None)
}

/// [`analyse_files`], reusing what `memo` kept from an earlier analysis of
/// the same site for every language whose inputs did not change (`vellum
/// serve`); the result is the same.
pub fn analyse_files_with(
    site: SiteFiles,
    read_problems: Vec<Diagnostic>,
    memo: Option<&site::memo::Memo>,
) -> Analysis {
    let Translated {
        mut front,
        site,
        language_keys,
        messages,
        languages,
    } = translate_stage(site, read_problems, memo);
    let reuse = memo
        .zip(language_keys.as_ref())
        .map(|(memo, keys)| site::memo::Reuse { memo, keys });
    let (Some(notice), Some(messages)) = (&front.notice, messages) else {
        return front.finish(site, languages, BTreeMap::new(), language_keys);
    };
    let clock = Instant::now();
    let plain = check::plain::load_all(
        &site,
        &front.theme,
        &notice.language_tags(),
        &mut front.sources,
        &mut front.diagnostics,
    );
    let found = check::run(&check::Inputs {
        reuse,
        site: &site,
        notice,
        messages: &messages,
        languages: &languages,
        sources: &front.sources,
        plain: &plain,
        focus: Focus::All,
    });
    front.diagnostics.extend(found);
    front.timings.check = clock.elapsed();
    front.finish(site, languages, BTreeMap::new(), language_keys)
}

/// The languages of `focus` of the site at `root`, checked and rendered at
/// once, the checks beside the rendering, for `vellum serve`: the pages are
/// kept only if the checks find no error that blocks (but those `accept`
/// lets through: `serve` writes the generated source file when it is out of
/// date, and the pages do not read it), so a failed save costs a rendering
/// that is thrown away. The findings are the model-wide ones and those of
/// the languages of `focus` (for some languages, only those of loading when
/// loading found an error that blocks); the pages are those a full render
/// gives them.
///
/// `serve` rebuilds the languages of the open pages first, then the whole
/// site; rendering beside the checks takes the time of the shorter of the
/// two off a save that changes one language.
pub fn check_and_render(
    root: &Path,
    memo: &site::memo::Memo,
    focus: Focus<'_>,
    accept: impl Fn(&Diagnostic) -> bool + Sync,
) -> (Analysis, Option<render::OutputTree>) {
    let clock = Instant::now();
    let (site, read_problems) = SiteFiles::read_with(root, Some(memo.reads()));
    let read = clock.elapsed();
    let (mut analysis, tree) = check_and_render_files(site, read_problems, memo, focus, accept);
    analysis.timings.load += read;
    (analysis, tree)
}

/// [`check_and_render`] of a site already read into memory.
pub fn check_and_render_files(
    site: SiteFiles,
    read_problems: Vec<Diagnostic>,
    memo: &site::memo::Memo,
    focus: Focus<'_>,
    accept: impl Fn(&Diagnostic) -> bool + Sync,
) -> (Analysis, Option<render::OutputTree>) {
    let Translated {
        mut front,
        site,
        language_keys,
        messages,
        languages,
    } = translate_stage(site, read_problems, Some(memo));
    let Some(messages) = messages else {
        return (
            front.finish(site, languages, BTreeMap::new(), language_keys),
            None,
        );
    };
    if let Some(notice) = &front.notice {
        let clock = Instant::now();
        let tags = notice.language_tags();
        let plain = check::plain::load_all(
            &site,
            &front.theme,
            &tags,
            &mut front.sources,
            &mut front.diagnostics,
        );
        // The analysis as rendering reads it, and what the checks read.
        let shared = translate::Languages {
            catalogs: languages.catalogs.clone(),
            vocabularies: languages.vocabularies.clone(),
            words: languages.words.clone(),
            generated: languages.generated.clone(),
        };
        front.timings.check = clock.elapsed();
        let mut analysis = front.finish(site, languages, BTreeMap::new(), language_keys);
        let blocked = analysis
            .diagnostics
            .iter()
            .any(|d| d.is_error() && !accept(d));
        let reuse = analysis
            .language_keys
            .as_ref()
            .map(|keys| site::memo::Reuse { memo, keys });
        let (found, rendered) = rayon::join(
            || {
                // An early pass blocked already (a typo in the YAML) runs no
                // checks: the whole rebuild that follows reports everything.
                let early_and_blocked = blocked && !focus.is_all();
                let notice = analysis.notice.as_ref().filter(|_| !early_and_blocked)?;
                let clock = Instant::now();
                let found = check::run(&check::Inputs {
                    reuse,
                    site: &analysis.site,
                    notice,
                    messages: &messages,
                    languages: &shared,
                    sources: &analysis.sources,
                    plain: &plain,
                    focus,
                });
                Some((found, clock.elapsed()))
            },
            || {
                let clock = Instant::now();
                let mut sources = analysis.sources.clone();
                let rendered =
                    (!blocked).then(|| render_parts(&analysis, &mut sources, false, reuse, focus));
                (rendered, clock.elapsed())
            },
        );
        // Each stage's own time: they overlap.
        let (found, checking) = found.unwrap_or_default();
        analysis.diagnostics.extend(found);
        diagnostics::sort(&mut analysis.diagnostics);
        analysis.timings.check += checking;
        analysis.timings.render = rendered.1;
        let blocked = analysis
            .diagnostics
            .iter()
            .any(|d| d.is_error() && !accept(d));
        let tree = match rendered.0 {
            Some(Some(Ok(tree))) if !blocked => Some(tree),
            Some(Some(Err(diags))) => {
                analysis.diagnostics.extend(diags);
                None
            }
            _ => None,
        };
        return (analysis, tree);
    }
    (
        front.finish(site, languages, BTreeMap::new(), language_keys),
        None,
    )
}

/// The stages before the checks: the model and the theme loaded, and every
/// language's catalog built (reusing what `memo` kept).
struct Translated {
    front: Front,
    site: SiteFiles,
    language_keys: Option<site::memo::LanguageKeys>,
    /// The translatable texts; `None` when there is no model.
    messages: Option<std::sync::Arc<Vec<translate::messages::SourceMessage>>>,
    languages: translate::Languages,
}

fn translate_stage(
    site: SiteFiles,
    read_problems: Vec<Diagnostic>,
    memo: Option<&site::memo::Memo>,
) -> Translated {
    let mut front = load_stage(&site, read_problems, memo);
    let clock = Instant::now();
    if let Some(memo) = memo {
        memo.begin_rebuild();
    }
    let language_keys = match (&front.notice, memo) {
        (Some(notice), Some(memo)) => Some(site::memo::LanguageKeys::of(
            &site,
            &notice.language_tags(),
            notice.source_language(),
            memo,
        )),
        _ => None,
    };
    let reuse = memo
        .zip(language_keys.as_ref())
        .map(|(memo, keys)| site::memo::Reuse { memo, keys });
    let Some(notice) = &front.notice else {
        return Translated {
            front,
            site,
            language_keys,
            messages: None,
            languages: translate::Languages::default(),
        };
    };
    // The translatable texts, read once for the catalogs and the checks. They
    // follow from content/ alone, which the source language's key covers.
    let (messages, terms) = site::memo::cached(
        reuse,
        "source-messages",
        notice.source_language(),
        0,
        || {
            let texts = translate::messages::source_texts_kept(notice, reuse);
            (
                std::sync::Arc::new(texts.messages),
                std::sync::Arc::new(texts.terms),
            )
        },
    );
    let languages = translate::prepare(
        reuse,
        &site,
        notice,
        &front.theme,
        (&messages, &terms),
        &mut front.sources,
        &mut front.diagnostics,
    );
    front.timings.translate = clock.elapsed();
    Translated {
        front,
        site,
        language_keys,
        messages: Some(messages),
        languages,
    }
}

/// [`analyse_files`] for a build, which renders from the catalogs and
/// nothing else of the languages: each language is checked as soon as its
/// catalog is built, then keeps only what rendering reads (see
/// [`translate::Catalog::compact`]), so that a site's languages are never
/// all held in full at once. The findings are the same.
pub fn analyse_for_build(site: SiteFiles, read_problems: Vec<Diagnostic>) -> Analysis {
    use rayon::prelude::*;
    let mut front = load_stage(&site, read_problems, None);
    let Some(notice) = &front.notice else {
        return front.finish(site, translate::Languages::default(), BTreeMap::new(), None);
    };
    let clock = Instant::now();
    let translate::messages::SourceTexts { messages, terms } =
        translate::messages::source_texts(notice);
    // Checked and rendered compact: plain messages as text, and Fluent's
    // bundle made for the others alone (formatting gives the same text).
    let plan =
        translate::Plan::new(None, &site, notice, &front.theme, (&messages, &terms)).compacting();
    let words = plan.words(&mut front.sources, &mut front.diagnostics);
    front.timings.translate = clock.elapsed();
    front.timings.catalogs_in_check = true;
    let clock = Instant::now();
    let plain = check::plain::load_all(
        &site,
        &front.theme,
        &notice.language_tags(),
        &mut front.sources,
        &mut front.diagnostics,
    );
    let shared_languages = translate::Languages {
        words: words.clone(),
        generated: Some(plan.generated()),
        ..translate::Languages::default()
    };
    let inputs = check::Inputs {
        reuse: None,
        site: &site,
        notice,
        messages: &messages,
        languages: &shared_languages,
        sources: &front.sources,
        plain: &plain,
        focus: Focus::All,
    };
    // First, so that each language knows which of its files a finding
    // quotes (a `TODO` in a translation) before it lets go of them.
    let model_wide = check::model_wide(&inputs);
    let pass = check::LanguagePass::new(&inputs, &words);
    let checked: Vec<(&str, CheckedLanguage)> = notice
        .language_tags()
        .into_par_iter()
        .map(|lang| {
            let checked = CheckedLanguage::new(&plan, &pass, &inputs, &model_wide, lang);
            (lang, checked)
        })
        .collect();
    let mut languages = translate::Languages {
        words,
        ..translate::Languages::default()
    };
    let mut accepted = Vec::new();
    let mut found = model_wide;
    let mut facts = BTreeMap::new();
    for (lang, checked) in checked {
        facts.insert(lang.to_string(), checked.facts);
        plan.admit(
            &mut languages,
            lang,
            checked.prepared,
            &mut front.sources,
            &mut front.diagnostics,
        );
        found.extend(checked.findings.diagnostics);
        accepted.extend(checked.findings.accepted);
    }
    found.extend(check::finish(notice, &accepted));
    front.diagnostics.extend(found);
    front.timings.check = clock.elapsed();
    front.finish(site, languages, facts, None)
}

/// One language of a build, checked, with only what rendering reads kept.
struct CheckedLanguage {
    prepared: translate::Prepared,
    findings: check::LanguageFindings,
    facts: std::sync::Arc<translate::facts::FactValues>,
}

impl CheckedLanguage {
    /// Builds `lang`'s catalog (compact) and runs its checks (`inputs` are
    /// the shared ones; `model_wide` what the model-wide checks found), then
    /// puts the facts in words and lets go of the vocabulary, of what only
    /// the checks read and of the text of the files no finding quotes.
    fn new(
        plan: &translate::Plan<'_>,
        pass: &check::LanguagePass<'_>,
        inputs: &check::Inputs<'_>,
        model_wide: &[Diagnostic],
        lang: &str,
    ) -> CheckedLanguage {
        let mut prepared = plan.language(lang);
        let mut sources = inputs.sources.clone();
        sources.extend((*prepared.sources).clone());
        let one = translate::Languages {
            catalogs: BTreeMap::from([(lang.to_string(), prepared.catalog.clone())]),
            vocabularies: prepared
                .vocabulary
                .iter()
                .map(|v| (lang.to_string(), v.clone()))
                .collect(),
            words: inputs.languages.words.clone(),
            generated: None,
        };
        let language_inputs = check::Inputs {
            languages: &one,
            sources: &sources,
            ..*inputs
        };
        let findings = pass.check(&language_inputs, lang);
        drop((one, sources));
        if let Some(catalog) = std::sync::Arc::get_mut(&mut prepared.catalog) {
            catalog.forget_positions();
        }
        // Rendering reads the vocabulary for the facts alone.
        let vocabulary = prepared.vocabulary.take();
        let facts =
            translate::facts::fact_values(inputs.notice, &prepared.catalog, vocabulary.as_deref());
        drop(vocabulary);
        let quoted = model_wide
            .iter()
            .chain(&prepared.diagnostics)
            .chain(&findings.diagnostics);
        let mut own = std::sync::Arc::unwrap_or_clone(std::mem::take(&mut prepared.sources));
        own.keep_quoted(quoted);
        prepared.sources = std::sync::Arc::new(own);
        CheckedLanguage {
            prepared,
            findings,
            facts: std::sync::Arc::new(facts),
        }
    }
}

/// A site's model, theme and reference facts, loaded.
struct Front {
    notice: Option<Notice>,
    theme: Theme,
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
    timings: Timings,
}

/// Loads `content/` (reusing the model when `memo` kept it and content/ did
/// not change) and the theme's reference facts.
fn load_stage(
    site: &SiteFiles,
    read_problems: Vec<Diagnostic>,
    memo: Option<&site::memo::Memo>,
) -> Front {
    let mut timings = Timings::default();
    let clock = Instant::now();
    // A translator's save leaves content/ alone: the model is not parsed again.
    let mut loaded = match memo {
        Some(memo) => load::load_site_kept(site, &memo.state::<load::KeptModel>()),
        None => load::load_site(site),
    };
    let mut sources = loaded.sources;
    let mut diagnostics = read_problems;
    diagnostics.extend(loaded.diagnostics);
    let theme = Theme::load(site);
    // The notice is judged against, and laid out by, the theme's reference facts.
    let reference = match memo {
        Some(memo) => load::reference::load_reference_kept(
            &theme,
            &memo.state::<load::reference::KeptReference>(),
            &mut sources,
            &mut diagnostics,
        ),
        None => std::sync::Arc::new(load::reference::load_reference(
            &theme,
            &mut sources,
            &mut diagnostics,
        )),
    };
    if let Some(notice) = &mut loaded.notice {
        notice.reference = reference;
    }
    timings.load = clock.elapsed();
    Front {
        notice: loaded.notice,
        theme,
        sources,
        diagnostics,
        timings,
    }
}

impl Front {
    /// The analysis, once the languages are built and checked: the released
    /// versions are read and checked against `content/` last.
    fn finish(
        mut self,
        site: SiteFiles,
        languages: translate::Languages,
        facts: BTreeMap<String, std::sync::Arc<translate::facts::FactValues>>,
        language_keys: Option<site::memo::LanguageKeys>,
    ) -> Analysis {
        let clock = Instant::now();
        let archive = versions::Archive::read(&site, &mut self.sources, &mut self.diagnostics);
        if let Some(notice) = &self.notice {
            self.diagnostics
                .extend(archive.check_current(&site, notice));
        }
        diagnostics::sort(&mut self.diagnostics);
        self.timings.check += clock.elapsed();
        Analysis {
            site,
            notice: self.notice,
            theme: Some(self.theme),
            catalogs: languages.catalogs,
            vocabularies: languages.vocabularies,
            facts,
            archive,
            language_keys,
            sources: self.sources,
            diagnostics: self.diagnostics,
            timings: self.timings,
            content_hash: None,
        }
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
    /// A build loads each language's catalog within the check stage, just
    /// before checking it (see [`analyse_for_build`]): `translate` is then
    /// only what every language shares, and `check` includes the catalogs.
    pub catalogs_in_check: bool,
}

impl std::fmt::Display for Timings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let check = if self.catalogs_in_check {
            "catalogs and check"
        } else {
            "check"
        };
        write!(
            f,
            "load {:.1} ms, translate {:.1} ms, {check} {:.1} ms, render {:.1} ms, write {:.1} ms",
            ms(self.load),
            ms(self.translate),
            ms(self.check),
            ms(self.render),
            ms(self.write)
        )
    }
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
    if blocked || analysis.notice.is_none() || analysis.theme.is_none() {
        return (analysis, None);
    }
    let clock = Instant::now();
    let mut sources = std::mem::take(&mut analysis.sources);
    let result = render_parts(&analysis, &mut sources, minify, None, Focus::All);
    analysis.sources = sources;
    analysis.timings.render = clock.elapsed();
    match result.unwrap_or_else(|| Err(Vec::new())) {
        Ok(tree) => (analysis, Some(tree)),
        Err(diags) => {
            analysis.diagnostics.extend(diags);
            (analysis, None)
        }
    }
}

/// Renders what `analysis` holds for the languages of `focus`, adding the
/// templates' sources to `sources`; `None` without a model or theme.
fn render_parts(
    analysis: &Analysis,
    sources: &mut Sources,
    minify: bool,
    reuse: Option<site::memo::Reuse<'_>>,
    focus: Focus<'_>,
) -> Option<Result<render::OutputTree, Vec<Diagnostic>>> {
    let (notice, theme) = (analysis.notice.as_ref()?, analysis.theme.as_ref()?);
    let inputs = render::Inputs {
        reuse,
        site: &analysis.site,
        notice,
        theme,
        catalogs: &analysis.catalogs,
        vocabularies: &analysis.vocabularies,
        facts: &analysis.facts,
        archive: &analysis.archive,
        content_hash: analysis.content_hash.as_deref(),
        focus,
    };
    Some(render::render_site(
        &inputs,
        &render::RenderOptions { minify },
        sources,
    ))
}

/// Checks, renders and writes the site. Nothing is written unless every stage
/// succeeds.
pub fn build(root: &Path, options: &BuildOptions) -> BuildOutcome {
    let clock = Instant::now();
    let (site, read_problems) = SiteFiles::read(root);
    let read = clock.elapsed();
    let mut analysis = analyse_for_build(site, read_problems);
    analysis.timings.load += read;
    // Neither is read again once the languages are built and checked: the
    // translations (the catalogs hold their own copy) and their fingerprints.
    // The content hash, which covers the translations, is taken first.
    if !analysis.has_errors() {
        analysis.content_hash = Some(versions::digest::content_hash(&analysis.site));
        analysis.site.release("locales/");
    }
    let (mut analysis, tree) = render_analysis(analysis, options.minify, options.strict);
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
