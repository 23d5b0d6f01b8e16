//! Stage 2: languages. Builds each language's message catalog from the theme's
//! UI strings and the site's `locales/`, and formats periods and dates in it.

pub mod catalog;
pub mod context;
pub mod diff;
pub mod facts;
pub mod ftl;
pub mod located;
pub mod messages;
pub mod pattern;
pub mod periods;
pub mod status;
pub mod store;
pub mod terms;
pub mod vocabulary;
pub mod words;
pub mod workflow;

pub use catalog::{Catalog, FtlFile};

use crate::diagnostics::{Code, Diagnostic, Sources};
use crate::load::theme::Theme;
use crate::model::{Notice, Pos};
use crate::site::SiteFiles;
use crate::site::files::decode;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// The main language of a regional tag: `nl` of `nl-BE`; `None` for a tag
/// without a region.
pub fn main_language(tag: &str) -> Option<&str> {
    tag.split_once('-').map(|(main, _)| main)
}

/// The language data files a regional language reads from its main
/// language when it has none of its own.
pub const LANGUAGE_DATA: [&str; 4] = [
    words::PROSE_FILE,
    words::LEXICON_FILE,
    vocabulary::VOCABULARY_FILE,
    crate::check::plain::PLAIN_FILE,
];

/// A language's data file (`locales/<lang>/<name>`: its word lists, lexicon,
/// period vocabulary, plain-language words) from the site, else the theme.
/// A regional language without its own (`en-GB`, `nl-BE`, `de-AT`) reads its
/// main language's, so that every check of English runs for British English
/// too. Returns the path to show and the bytes.
pub fn language_file<'a>(
    site: &'a SiteFiles,
    theme: &'a Theme,
    lang: &str,
    name: &str,
) -> Option<(String, &'a [u8])> {
    let of = |l: &str| {
        let rel = format!("locales/{l}/{name}");
        match site.bytes(&rel) {
            Some(bytes) => Some((rel, bytes)),
            None => Some((theme.display_path(&rel), theme.get(&rel)?)),
        }
    };
    of(lang).or_else(|| of(main_language(lang)?))
}

/// Every language's messages and period vocabulary.
#[derive(Default)]
pub struct Languages {
    /// Shared, so that `vellum serve` keeps a language's catalog from one
    /// rebuild to the next when none of its inputs changed.
    pub catalogs: BTreeMap<String, Arc<Catalog>>,
    /// Period vocabularies of the languages that have one.
    pub vocabularies: BTreeMap<String, Arc<vocabulary::Vocabulary>>,
    /// Word lists of the prose checks and the short-text language check.
    pub words: BTreeMap<String, Arc<words::LanguageWords>>,
    /// The generated source file and the terms' file, as the catalogs read
    /// them (checked against the file on disk).
    pub generated: Option<Arc<(String, String)>>,
}

/// One language's catalog and vocabulary, with what loading them found; as
/// kept between `serve` rebuilds.
#[derive(Clone)]
pub struct Prepared {
    pub catalog: Arc<Catalog>,
    pub vocabulary: Option<Arc<vocabulary::Vocabulary>>,
    pub sources: Arc<Sources>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Something loaded from a language's files, with the files it read and
/// what loading them found; as kept between `serve` rebuilds.
#[derive(Clone)]
struct Loaded<T> {
    value: T,
    sources: Arc<Sources>,
    diagnostics: Vec<Diagnostic>,
}

/// One language's word lists, with what loading them found.
type PreparedWords = Loaded<Arc<words::LanguageWords>>;

/// Stage 2: builds each language's catalog and vocabulary, the languages in
/// parallel; sources and diagnostics are merged in language order. With
/// `reuse`, a language whose inputs did not change since the last rebuild
/// gets what that rebuild built (a translator's save rebuilds one catalog).
pub fn prepare(
    reuse: Option<crate::site::memo::Reuse<'_>>,
    site: &SiteFiles,
    notice: &Notice,
    theme: &Theme,
    texts: (&[messages::SourceMessage], &[terms::Term]),
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Languages {
    use rayon::prelude::*;
    let plan = Plan::new(reuse, site, notice, theme, texts);
    // The word lists beside the catalogs: a writer's save rebuilds the
    // source language's of both, each on one core.
    let (words, built) = rayon::join(
        || plan.load_words(),
        || {
            notice
                .language_tags()
                .into_par_iter()
                .map(|lang| (lang, plan.language(lang)))
                .collect::<Vec<(&str, Prepared)>>()
        },
    );
    let mut languages = Languages {
        words: admit_words(words, sources, out),
        generated: Some(plan.generated()),
        ..Languages::default()
    };
    for (lang, prepared) in built {
        plan.admit(&mut languages, lang, prepared, sources, out);
    }
    languages
}

/// Word lists as loaded, their files and findings added to the site's.
fn admit_words(
    loaded: Vec<(&str, PreparedWords)>,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Arc<words::LanguageWords>> {
    let mut all = BTreeMap::new();
    for (lang, loaded) in loaded {
        sources.extend(Arc::unwrap_or_clone(loaded.sources));
        out.extend(loaded.diagnostics);
        all.insert(lang.to_string(), loaded.value);
    }
    all
}

/// How stage 2 builds each language: [`prepare`] builds them all, a build
/// checks each as soon as it is built (see `lib::analyse_for_build`).
pub struct Plan<'a> {
    reuse: Option<crate::site::memo::Reuse<'a>>,
    site: &'a SiteFiles,
    notice: &'a Notice,
    theme: &'a Theme,
    /// The generated source file and the terms' file.
    generated: Arc<(String, String)>,
    /// Each language's [`catalog_inputs`], computed once for its word lists
    /// and its catalog.
    inputs: Mutex<HashMap<String, u64, crate::prose::hash::KeyHashBuild>>,
    /// The hashes of the generated source file and of the terms' file.
    generated_hashes: std::sync::OnceLock<(u64, u64)>,
    /// Period vocabularies compiled so far, shared by languages that read
    /// the same text.
    vocabularies: vocabulary::CompiledVocabularies,
    /// Whether each catalog is compacted as soon as it is built (see
    /// [`Catalog::compact`]).
    compact: bool,
}

impl<'a> Plan<'a> {
    pub fn new(
        reuse: Option<crate::site::memo::Reuse<'a>>,
        site: &'a SiteFiles,
        notice: &'a Notice,
        theme: &'a Theme,
        (messages, terms): (&[messages::SourceMessage], &[terms::Term]),
    ) -> Plan<'a> {
        let source_lang = notice.source_language();
        // The generated source file and the terms follow from content/ alone,
        // which the source language's key covers.
        let generated = crate::site::memo::cached(reuse, "source-file", source_lang, 0, || {
            let generated = ftl::generate_source_file(messages, terms, source_lang);
            // Translators may write a name as its term; the source file defines them.
            Arc::new((generated, terms::terms_source(terms)))
        });
        Plan {
            reuse,
            site,
            notice,
            theme,
            generated,
            inputs: Default::default(),
            generated_hashes: Default::default(),
            vocabularies: Default::default(),
            compact: false,
        }
    }

    /// Compacts each catalog as soon as it is built, before anything formats
    /// from it: Fluent's bundle is then made for the messages that are not
    /// plain text alone, never for all of them.
    pub fn compacting(self) -> Plan<'a> {
        Plan {
            compact: true,
            ..self
        }
    }

    /// The generated source file and the terms' file.
    pub fn generated(&self) -> Arc<(String, String)> {
        Arc::clone(&self.generated)
    }

    /// Every language's word lists, which the checks of each language read
    /// (a short text is judged by every lexicon).
    pub fn words(
        &self,
        sources: &mut Sources,
        out: &mut Vec<Diagnostic>,
    ) -> BTreeMap<String, Arc<words::LanguageWords>> {
        admit_words(self.load_words(), sources, out)
    }

    /// Every language's word lists, with what loading them found.
    fn load_words(&self) -> Vec<(&'a str, PreparedWords)> {
        use rayon::prelude::*;
        self.notice
            .language_tags()
            .into_par_iter()
            .map(|lang| {
                let key = |_: &crate::site::memo::LanguageKeys| {
                    Some(self.data_key(lang, &[words::PROSE_FILE, words::LEXICON_FILE]))
                };
                let loaded = crate::site::memo::cached_by(self.reuse, "words", lang, key, || {
                    let mut own_sources = Sources::default();
                    let mut own_diags = Vec::new();
                    let words = words::load_words(
                        self.site,
                        self.theme,
                        lang,
                        &mut own_sources,
                        &mut own_diags,
                    );
                    PreparedWords {
                        value: Arc::new(words),
                        sources: Arc::new(own_sources),
                        diagnostics: own_diags,
                    }
                });
                (lang, loaded)
            })
            .collect()
    }

    /// What a language's catalog, vocabulary and word lists read besides its
    /// own files (see [`catalog_inputs`]).
    fn inputs_of(&self, lang: &str, keys: &crate::site::memo::LanguageKeys) -> u64 {
        let lock = || self.inputs.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(known) = lock().get(lang) {
            return *known;
        }
        let (generated, terms) = self.texts_for(lang);
        // The same two texts for every language: hashed once.
        let &(generated_hash, terms_hash) = self.generated_hashes.get_or_init(|| {
            let (generated, terms) = &*self.generated;
            let hash = crate::site::memo::content_hash;
            (hash(generated.as_bytes()), hash(terms.as_bytes()))
        });
        let texts = CatalogTexts {
            lang,
            source_lang: self.notice.source_language(),
            generated: generated.map(|_| generated_hash),
            terms: terms.map(|_| terms_hash),
        };
        let inputs = catalog_inputs(self.site, self.theme, &texts, keys);
        lock().insert(lang.to_string(), inputs);
        inputs
    }

    /// The generated source file (the source language) or the terms (a
    /// translation) that `lang`'s catalog loads.
    fn texts_for(&self, lang: &str) -> (Option<&str>, Option<&str>) {
        let source = lang == self.notice.source_language();
        let (generated, terms) = &*self.generated;
        (
            source.then_some(generated.as_str()),
            (!source).then_some(terms.as_str()),
        )
    }

    /// A fingerprint of the language data files `names` as `lang` reads
    /// them (see [`language_file`]): all that its word lists or its period
    /// vocabulary read. A writer's save, which rewrites the source
    /// language's generated file, leaves them as they were.
    fn data_key(&self, lang: &str, names: &[&str]) -> u64 {
        let files: Vec<(String, Option<&[u8]>)> = names
            .iter()
            .map(
                |name| match language_file(self.site, self.theme, lang, name) {
                    Some((path, bytes)) => (path, Some(bytes)),
                    None => (format!("{lang}: no {name}"), None),
                },
            )
            .collect();
        crate::site::memo::files_fingerprint(
            files.iter().map(|(path, bytes)| (path.as_str(), *bytes)),
        )
    }

    /// One language's catalog and vocabulary. The catalog reads the
    /// language's files, the theme's for the language and, from content/,
    /// the terms (and, for the source language, the generated file): a
    /// writer's save that leaves the terms alone rebuilds the source catalog
    /// only. The vocabulary reads its `periods.yaml` alone.
    pub fn language(&self, lang: &str) -> Prepared {
        let key =
            |keys: &crate::site::memo::LanguageKeys| keys.own_key(lang, self.inputs_of(lang, keys));
        let catalog = crate::site::memo::cached_by(self.reuse, "catalog", lang, key, || {
            let (source_file, terms) = self.texts_for(lang);
            let mut sources = Sources::default();
            let mut diagnostics = Vec::new();
            let mut catalog = load_catalog_with(
                self.site,
                self.theme,
                Generated {
                    lang,
                    source_file,
                    terms,
                },
                &mut sources,
                &mut diagnostics,
            );
            if self.compact {
                catalog.compact();
            }
            Loaded {
                value: Arc::new(catalog),
                sources: Arc::new(sources),
                diagnostics,
            }
        });
        let key = |_: &crate::site::memo::LanguageKeys| {
            Some(self.data_key(lang, &[vocabulary::VOCABULARY_FILE]))
        };
        let vocabulary = crate::site::memo::cached_by(self.reuse, "vocabulary", lang, key, || {
            let mut sources = Sources::default();
            let mut diagnostics = Vec::new();
            let vocabulary = vocabulary::load_vocabulary_shared(
                self.site,
                self.theme,
                lang,
                &mut sources,
                &mut diagnostics,
                &self.vocabularies,
            );
            Loaded {
                value: vocabulary.map(Arc::new),
                sources: Arc::new(sources),
                diagnostics,
            }
        });
        let mut sources = Arc::unwrap_or_clone(catalog.sources);
        sources.extend(Arc::unwrap_or_clone(vocabulary.sources));
        let mut diagnostics = catalog.diagnostics;
        diagnostics.extend(vocabulary.diagnostics);
        self.missing(
            lang,
            &catalog.value,
            vocabulary.value.is_some(),
            &mut diagnostics,
        );
        Prepared {
            catalog: catalog.value,
            vocabulary: vocabulary.value,
            sources: Arc::new(sources),
            diagnostics,
        }
    }

    /// What a language lacks: its UI strings, its period vocabulary.
    fn missing(&self, lang: &str, catalog: &Catalog, vocabulary: bool, out: &mut Vec<Diagnostic>) {
        let notice = self.notice;
        let pos = notice
            .site_languages()
            .into_iter()
            .find(|l| l.text() == lang)
            .map_or_else(Pos::default, |l| l.pos);
        if !catalog.has("contents") {
            out.push(
                Diagnostic::error(Code::MissingUiStrings, format!("no user-interface strings for language `{lang}`"))
                    .at(&notice.meta_file, pos)
                    .in_language(lang)
                    .hint(format!("run `vellum i18n add {lang}`: it writes locales/{lang}/ui.ftl with the theme's English messages to translate")),
            );
        } else if let Some(d) = self.missing_ui_messages(lang, catalog) {
            out.push(d);
        }
        if !vocabulary {
            out.push(
                Diagnostic::warning(Code::NoVocabulary, format!("no period vocabulary for `{lang}`: its periods are not checked"))
                    .at(&notice.meta_file, pos)
                    .in_language(lang)
                    .hint(format!("run `vellum i18n add {lang}`: it writes locales/{lang}/periods.yaml with the English words to translate")),
            );
        }
    }

    /// A language whose UI strings are the site's own (`vellum i18n add`
    /// copied the theme's English ones) lacks those the theme gained since:
    /// its pages would show their ids. The theme's own languages have them
    /// all (`the_themes_languages_define_the_same_ui_messages`).
    fn missing_ui_messages(&self, lang: &str, catalog: &Catalog) -> Option<Diagnostic> {
        let own = format!("locales/{lang}/");
        if self.theme.under(&own).any(|(rel, _)| rel.ends_with(".ftl")) {
            return None;
        }
        let (_, english) = self
            .theme
            .under("locales/en/")
            .find(|(rel, _)| *rel == "ui.ftl")?;
        let english = String::from_utf8_lossy(english);
        // Each missing id with its English line, to translate.
        let missing: Vec<(&str, &str)> = english
            .lines()
            .filter_map(|line| message_id(line).map(|id| (id, line.trim_end())))
            .filter(|(id, _)| !catalog.has(id))
            .collect();
        if missing.is_empty() {
            return None;
        }
        let file = format!("{own}ui.ftl");
        // At the file's last line, where they would be added.
        let (at, pos) = if let Some(Ok(text)) = self.site.text(&file) {
            let last = text.lines().count().max(1);
            (
                file.clone(),
                Pos::new(u32::try_from(last).unwrap_or(u32::MAX), 1),
            )
        } else {
            let pos = self
                .notice
                .site_languages()
                .into_iter()
                .find(|l| l.text() == lang)
                .map_or_else(Pos::default, |l| l.pos);
            (self.notice.meta_file.clone(), pos)
        };
        let listed = &missing[..missing.len().min(8)];
        let more = match missing.len() - listed.len() {
            0 => String::new(),
            n => format!(", and {n} more"),
        };
        let ids: Vec<&str> = listed.iter().map(|(id, _)| *id).collect();
        let shown = format!("{}{more}", ids.join(", "));
        let lines: Vec<&str> = listed.iter().map(|(_, line)| *line).collect();
        Some(
            Diagnostic::warning(
                Code::MissingUiMessages,
                format!(
                    "`{lang}` lacks {} user-interface message{} that the theme has, which its pages would show as ids: {shown}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" }
                ),
            )
            .at(&at, pos)
            .in_language(lang)
            .hint(format!(
                "add them to {file}, translated; in the theme's English they read: {}{more}",
                lines.join("; ")
            )),
        )
    }

    /// Adds a prepared language to `languages`, its sources and diagnostics
    /// to the site's.
    pub fn admit(
        &self,
        languages: &mut Languages,
        lang: &str,
        prepared: Prepared,
        sources: &mut Sources,
        out: &mut Vec<Diagnostic>,
    ) {
        let Prepared {
            catalog,
            vocabulary,
            sources: own_sources,
            diagnostics: own_diags,
        } = prepared;
        sources.extend(Arc::unwrap_or_clone(own_sources));
        out.extend(own_diags);
        languages.catalogs.insert(lang.to_string(), catalog);
        if let Some(v) = vocabulary {
            languages.vocabularies.insert(lang.to_string(), v);
        }
    }
}

/// A fingerprint of what a language's catalog, vocabulary and word lists
/// read besides the language's own files (which the memo's key covers): the
/// generated source file, the terms, the theme's files for the language, and
/// the site's files in `locales/<lang>/` that count as shared (all of the
/// source language's, and the language data, which the memo's keys count as
/// shared: the lexicon judges every language, and a regional language reads
/// its main language's data), and the main language's data.
/// The language a catalog is for, and the hashes of the generated texts it
/// loads (see [`Plan::texts_for`]).
struct CatalogTexts<'a> {
    lang: &'a str,
    source_lang: &'a str,
    generated: Option<u64>,
    terms: Option<u64>,
}

fn catalog_inputs(
    site: &SiteFiles,
    theme: &Theme,
    texts: &CatalogTexts<'_>,
    keys: &crate::site::memo::LanguageKeys,
) -> u64 {
    use std::hash::Hasher;
    let (lang, source_lang) = (texts.lang, texts.source_lang);
    let mut h = crate::prose::hash::Fnv::default();
    for text in [texts.generated, texts.terms] {
        match text {
            Some(hash) => h.write(&hash.to_le_bytes()),
            None => h.write(b"\0none"),
        }
    }
    let prefix = format!("locales/{lang}/");
    let theme_files = theme
        .under(&prefix)
        .map(|(rel, bytes)| (false, prefix.as_str(), rel, bytes));
    let site_files = site
        .under(&prefix)
        .filter(|(rel, _)| lang == source_lang || LANGUAGE_DATA.contains(rel))
        .map(|(rel, bytes)| (true, prefix.as_str(), rel, bytes));
    // A regional language reads its main language's data files where it has
    // none of its own (`language_file`).
    let main = main_language(lang).map(|main| format!("locales/{main}/"));
    let main_files = main
        .iter()
        .flat_map(|prefix| {
            let theme = theme
                .under(prefix)
                .map(|(rel, b)| (false, prefix.as_str(), rel, b));
            theme.chain(
                site.under(prefix)
                    .map(|(rel, b)| (true, prefix.as_str(), rel, b)),
            )
        })
        .filter(|(_, _, rel, _)| LANGUAGE_DATA.contains(rel));
    for (in_site, dir, rel, bytes) in theme_files.chain(site_files).chain(main_files) {
        h.write(if in_site { b"site" } else { b"theme" });
        h.write(dir.as_bytes());
        h.write(rel.as_bytes());
        // A site file's fingerprint is known from this rebuild's keys: the
        // language data (a lexicon, the periods) is not hashed again for
        // every language that reads it, on every rebuild.
        match keys.file_hash(&format!("{dir}{rel}")).filter(|_| in_site) {
            Some(known) => h.write(&known.to_le_bytes()),
            None => h.write(&crate::site::memo::content_hash(bytes).to_le_bytes()),
        }
    }
    h.finish()
}

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
    let what = Generated {
        lang,
        source_file: generated,
        terms: None,
    };
    load_catalog_with(site, theme, what, sources, out)
}

/// What vellum generates into a language's catalog: the source file (for the
/// source language) or the notice's terms (for a translation).
pub struct Generated<'a> {
    pub lang: &'a str,
    pub source_file: Option<&'a str>,
    pub terms: Option<&'a str>,
}

/// The name under which the generated terms are loaded into translations.
pub const TERMS_PATH: &str = "(terms from content/)";

/// [`load_catalog`] with the terms of the notice.
pub fn load_catalog_with(
    site: &SiteFiles,
    theme: &Theme,
    what: Generated<'_>,
    sources: &mut Sources,
    out: &mut Vec<Diagnostic>,
) -> Catalog {
    let Generated {
        lang,
        source_file: generated,
        terms,
    } = what;
    let mut files = Vec::new();
    if let Some(terms) = terms {
        // First, so a translation may override a term it must write otherwise.
        files.push(FtlFile {
            path: TERMS_PATH.to_string(),
            text: terms.to_string(),
            translation: false,
        });
    }
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

/// The id a Fluent line defines, if it starts a message (not a term, a
/// comment or a continuation).
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let first = id.chars().next()?;
    (first.is_ascii_alphabetic()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A regional language starts from its main language's `ui.ftl`, and the
    /// check above compares with the English one: the theme's languages
    /// must define the same messages.
    #[test]
    fn the_themes_languages_define_the_same_ui_messages() {
        let ids = |lang: &str| -> std::collections::BTreeSet<String> {
            let path = format!("locales/{lang}/ui.ftl");
            let (_, bytes) = Theme::built_in_files()
                .find(|(p, _)| *p == path)
                .expect("the theme's ui.ftl");
            std::str::from_utf8(bytes)
                .expect("UTF-8")
                .lines()
                .filter_map(message_id)
                .map(str::to_string)
                .collect()
        };
        let (en, nl) = (ids("en"), ids("nl"));
        assert!(en.len() > 300, "{}", en.len());
        assert_eq!(
            en.symmetric_difference(&nl).collect::<Vec<_>>(),
            Vec::<&String>::new()
        );
    }

    #[test]
    fn only_message_lines_define_ids() {
        assert_eq!(
            message_id("changes-area-cookie = cookie"),
            Some("changes-area-cookie")
        );
        assert_eq!(message_id("title=Privacy"), Some("title"));
        for not in [
            "-brand = Kestrel",
            "# a = b",
            "    .title = x",
            " continued = x",
            "x y = z",
            "",
        ] {
            assert_eq!(message_id(not), None, "{not}");
        }
    }
}
