//! Stage 3: every check, in one place. Checks only read; they never fix.
//!
//! Model-wide checks (ids, references, values, prose, the translation
//! workflow) run alongside the per-language ones (prose against rules,
//! language identification), the languages in parallel.

pub mod completeness;
pub mod events;
pub mod formatting;
pub mod found;
pub mod ids;
pub mod language;
pub mod narrative;
pub mod plain;
pub mod prose;
pub mod prose_text;
pub mod recognize;
pub mod register;
pub mod short_text;
pub mod structure;
pub mod todo;
pub mod transfers;
pub mod values;
pub mod visible;

use crate::diagnostics::{Diagnostic, Sources};
use crate::model::Notice;
use crate::site::SiteFiles;
use crate::translate::Languages;
use crate::translate::messages::SourceMessage;
use crate::translate::status::{Translations, check_translations};

/// What the checks read.
pub struct Inputs<'a> {
    /// What an earlier rebuild computed, for languages whose inputs are the same.
    pub reuse: Option<crate::site::memo::Reuse<'a>>,
    pub site: &'a SiteFiles,
    pub notice: &'a Notice,
    pub messages: &'a [SourceMessage],
    pub languages: &'a Languages,
    pub sources: &'a Sources,
    /// Plain-language data of the languages that have it.
    pub plain: &'a std::collections::BTreeMap<String, plain::PlainVocabulary>,
    /// The languages to check when not every one: `vellum serve` checks the
    /// languages of the open pages first (see [`crate::Focus`]).
    pub focus: crate::Focus<'a>,
}

/// Runs every check and returns what was found.
pub fn run(inputs: &Inputs<'_>) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let (mut found, per_language) = rayon::join(
        || model_wide(inputs),
        || {
            let pass = LanguagePass::new(inputs, &inputs.languages.words);
            let mut tags = inputs.notice.language_tags();
            tags.retain(|lang| inputs.focus.includes(lang));
            tags.par_iter()
                .map(|lang| pass.check(inputs, lang))
                .collect::<Vec<_>>()
        },
    );
    let mut used = Vec::new();
    for findings in per_language {
        found.extend(findings.diagnostics);
        used.extend(findings.accepted);
    }
    // Which accepted sentences no language used is known from all of them.
    if inputs.focus.is_all() {
        found.extend(finish(inputs.notice, &used));
    }
    found
}

/// The checks that read the model and the site's files, not a language's
/// messages.
pub fn model_wide(inputs: &Inputs<'_>) -> Vec<Diagnostic> {
    let notice = inputs.notice;
    let mut out = Vec::new();
    let has_forms = |lang: &str| {
        inputs
            .languages
            .words
            .get(lang)
            .is_some_and(|w| w.prose.register.is_some())
    };
    register::check_declarations(notice, &has_forms, &mut out);
    let index = ids::index_ids(notice, &mut out);
    ids::check_references(notice, &index, &mut out);
    values::check_values(notice, &mut out);
    // Markers only warn: an early pass leaves them to the full rebuild.
    if inputs.focus.is_all() {
        todo::check_todos(inputs.site, &mut out);
    }
    structure::check_structure(notice, inputs.sources, &mut out);
    transfers::check_transfers(notice, &mut out);
    completeness::check_completeness(notice, &mut out);
    let generated = inputs.languages.generated.as_ref().map(|g| g.0.as_str());
    check_translations(
        inputs.reuse,
        inputs.site,
        notice,
        (inputs.messages, generated),
        &mut out,
    );
    out
}

/// What every language's checks read besides its own messages, built once.
pub struct LanguagePass<'a> {
    guard: Option<language::LanguageGuard>,
    short: Option<short_text::ShortTexts<'a>>,
    names: language::ProperNames,
    source_links: Vec<Vec<prose::Link>>,
    tracked: crate::translate::status::Tracked,
    narrative: narrative::SiteRules,
    recognizers: recognize::Recognizers,
}

/// The links of each source message, in order: kept per text between
/// rebuilds, as a writer's save changes one text.
fn source_links(inputs: &Inputs<'_>) -> Vec<Vec<prose::Link>> {
    use crate::site::memo::{TextResults, per_text};
    let kept = |kind: crate::model::TextKind| {
        TextResults::<Vec<prose::Link>>::of(inputs.reuse, kind as u64)
    };
    let (plain, markdown) = (
        kept(crate::model::TextKind::Plain),
        kept(crate::model::TextKind::Markdown),
    );
    inputs
        .messages
        .iter()
        .map(|m| {
            let kept = match m.kind {
                crate::model::TextKind::Plain => plain.as_ref(),
                crate::model::TextKind::Markdown => markdown.as_ref(),
            };
            per_text(kept, &m.text, || prose::links(&m.text, m.kind))
        })
        .collect()
}

/// What the checks of one language found.
pub struct LanguageFindings {
    pub diagnostics: Vec<Diagnostic>,
    /// The accepted plain-language sentences the language used.
    pub accepted: Vec<usize>,
}

impl<'a> LanguagePass<'a> {
    /// `words` are every language's: a short text is judged by all lexicons.
    pub fn new(
        inputs: &Inputs<'_>,
        words: &'a std::collections::BTreeMap<
            String,
            std::sync::Arc<crate::translate::words::LanguageWords>,
        >,
    ) -> LanguagePass<'a> {
        let notice = inputs.notice;
        let tags = notice.language_tags();
        let lexicons: Vec<(String, &crate::translate::words::Lexicon)> = tags
            .iter()
            .filter_map(|t| {
                let lexicon = words.get(*t)?.lexicon.as_ref()?;
                Some((t.to_string(), lexicon))
            })
            .collect();
        // Short texts are judged when at least two languages have a lexicon.
        let short = (lexicons.len() >= 2).then(|| short_text::ShortTexts::new(lexicons));
        LanguagePass {
            guard: language::LanguageGuard::new(&tags),
            short,
            names: language::proper_names(notice),
            source_links: source_links(inputs),
            tracked: crate::translate::status::Tracked::default(),
            narrative: narrative::SiteRules::new(notice, inputs.messages),
            recognizers: recognize::Recognizers::default(),
        }
    }

    /// Every check of `lang`'s messages, which `inputs.languages` holds (it
    /// may hold that language alone, as a build checks each language as soon
    /// as it is loaded).
    pub fn check(&self, inputs: &Inputs<'_>, lang: &str) -> LanguageFindings {
        let notice = inputs.notice;
        let translations: Translations = inputs
            .languages
            .catalogs
            .get(lang)
            .filter(|_| lang != notice.source_language())
            .map(|c| (lang.to_string(), c.translations().clone()))
            .into_iter()
            .collect();
        let found = translations.get(lang).map(|f| found::FoundById::new(f));
        let found = found.as_ref();
        let shared = Shared {
            names: &self.names,
            source_links: &self.source_links,
            guard: self.guard.as_ref(),
            short: self.short.as_ref(),
            recognizers: &self.recognizers,
        };
        let narrative = narrative::NarrativeCheck {
            notice,
            messages: inputs.messages,
            sources: inputs.sources,
            rules: &self.narrative,
        };
        // An early pass (`serve` rebuilding the open pages' languages first)
        // only decides whether those pages may be shown: the checks that can
        // only warn wait for the full rebuild, which reports everything.
        let warnings = inputs.focus.is_all();
        let (mut diagnostics, translation) = rayon::join(
            || {
                let (mut found, warned) = rayon::join(
                    || {
                        crate::site::memo::cached(inputs.reuse, "language-checks", lang, 0, || {
                            language_checks(inputs, &shared, &narrative, lang, found)
                        })
                    },
                    || {
                        if !warnings {
                            return Vec::new();
                        }
                        crate::site::memo::cached(
                            inputs.reuse,
                            "language-warnings",
                            lang,
                            0,
                            || language_warnings(inputs, &shared, lang, found),
                        )
                    },
                );
                found.extend(warned);
                found
            },
            || {
                if lang == notice.source_language() {
                    return Vec::new();
                }
                let (site, messages) = (inputs.site, inputs.messages);
                self.tracked
                    .findings(inputs.reuse, site, notice, messages, lang, &translations)
            },
        );
        diagnostics.extend(translation);
        let (plain, accepted) = plain_language(inputs, found, lang);
        diagnostics.extend(plain);
        LanguageFindings {
            diagnostics,
            accepted,
        }
    }
}

/// What is found once every language is checked: the accepted sentences
/// that no language used.
pub fn finish(notice: &Notice, accepted: &[usize]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    plain::unused_acceptances(notice, accepted, &mut out);
    out
}

/// The plain-language checks of one language, and the accepted sentences it used.
fn plain_language(
    inputs: &Inputs<'_>,
    found: Option<&found::FoundById<'_>>,
    lang: &str,
) -> (Vec<Diagnostic>, Vec<usize>) {
    let notice = inputs.notice;
    let (Some(vocab), Some(catalog)) =
        (inputs.plain.get(lang), inputs.languages.catalogs.get(lang))
    else {
        return (Vec::new(), Vec::new());
    };
    crate::site::memo::cached(inputs.reuse, "plain-language", lang, 0, || {
        // Fluent arguments are not shared between threads.
        let placeholders = narrative::literal_placeables(notice);
        let texts = plain::Texts {
            lang,
            messages: inputs.messages,
            translations: found,
            catalog,
            placeholders: &placeholders,
            sources: inputs.sources,
            reuse: inputs.reuse,
        };
        let mut out = Vec::new();
        let used = plain::check_language(notice, vocab, &texts, &mut out);
        (out, used)
    })
}

/// The checks of one language's texts that can find an error, in two
/// parallel groups (and beside [`language_warnings`]): under `serve` a save
/// re-checks one language, which would otherwise run on one core. The
/// findings keep the order of a sequential run.
fn language_checks(
    inputs: &Inputs<'_>,
    shared: &Shared<'_>,
    narrative: &narrative::NarrativeCheck<'_>,
    lang: &str,
    found: Option<&found::FoundById<'_>>,
) -> Vec<Diagnostic> {
    let notice = inputs.notice;
    let Some(catalog) = inputs.languages.catalogs.get(lang) else {
        return Vec::new();
    };
    let vocab = inputs.languages.vocabularies.get(lang).map(|v| &**v);
    let (mut out, narrative) = rayon::join(
        || {
            let mut out = Vec::new();
            let facts = crate::translate::facts::fact_args(notice, catalog, vocab);
            formatting::check_formatting(catalog, &facts, &mut out);
            events::check_event_words(notice, lang, catalog, &mut out);
            prose_checks(inputs, shared, lang, found, catalog, &mut out);
            out
        },
        || {
            let mut out = Vec::new();
            if let Some(vocab) = vocab {
                let recognizer = recognize::Recognizer::shared(vocab, shared.recognizers);
                let texts = narrative::LanguageTexts {
                    lang,
                    recognizer: &recognizer,
                    translations: found,
                    catalog,
                    placeholders: narrative::literal_placeables(notice),
                    cache: Default::default(),
                    periods: crate::site::memo::TextResults::of(inputs.reuse, vocab.fingerprint),
                };
                narrative.check_language(&texts, &mut out);
            }
            out
        },
    );
    out.extend(narrative);
    out
}

/// The checks of one language that can only warn: the language each text
/// reads as, and its form of address.
fn language_warnings(
    inputs: &Inputs<'_>,
    shared: &Shared<'_>,
    lang: &str,
    found: Option<&found::FoundById<'_>>,
) -> Vec<Diagnostic> {
    let Some(catalog) = inputs.languages.catalogs.get(lang) else {
        return Vec::new();
    };
    let (mut out, register) = rayon::join(
        || {
            let texts = language::Texts {
                lang,
                catalog,
                messages: inputs.messages,
                translations: found,
                names: shared.names,
                sources: inputs.sources,
                guard: shared.guard,
                short: shared.short,
            };
            let mut out = Vec::new();
            language::check_language(&texts, &mut out);
            out
        },
        || register_checks(inputs, lang, found, catalog),
    );
    out.extend(register);
    out
}

/// What the word checks of every language share.
struct Shared<'a> {
    names: &'a language::ProperNames,
    source_links: &'a [Vec<prose::Link>],
    guard: Option<&'a language::LanguageGuard>,
    short: Option<&'a short_text::ShortTexts<'a>>,
    recognizers: &'a recognize::Recognizers,
}

/// The prose checks of a language: links, prompts, addresses, section titles.
fn prose_checks(
    inputs: &Inputs<'_>,
    shared: &Shared<'_>,
    lang: &str,
    found: Option<&found::FoundById<'_>>,
    catalog: &crate::translate::Catalog,
    out: &mut Vec<Diagnostic>,
) {
    let no_words = crate::translate::words::LanguageWords::default();
    let words = inputs.languages.words.get(lang).map_or(&no_words, |w| &**w);
    let prose = prose::LanguageProse {
        notice: inputs.notice,
        lang,
        messages: inputs.messages,
        translations: found,
        catalog,
        words: &words.prose,
        sources: inputs.sources,
        source_links: shared.source_links,
        reuse: inputs.reuse,
    };
    prose::check_language(&prose, out);
}

/// The register (formal or informal address) of a language's texts.
fn register_checks(
    inputs: &Inputs<'_>,
    lang: &str,
    found: Option<&found::FoundById<'_>>,
    catalog: &crate::translate::Catalog,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(register) = inputs
        .languages
        .words
        .get(lang)
        .and_then(|w| w.prose.register.as_ref())
    else {
        return out;
    };
    let edition = register::Edition {
        notice: inputs.notice,
        lang,
        messages: inputs.messages,
        translations: found,
        catalog,
        register,
        sources: inputs.sources,
    };
    register::check_edition(&edition, &mut out);
    out
}
