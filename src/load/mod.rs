//! Stage 1: read `content/` into the [`Notice`] model, collecting every syntax and
//! type problem as a diagnostic instead of stopping at the first.

mod recover;
pub mod reference;
mod required;
pub mod theme;
mod yaml;

pub use crate::site::SiteFiles;

/// The most entries one data file may list.
pub const MAX_ENTRIES: usize = 200_000;
pub use yaml::parse_yaml;

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources, suggest};
use crate::model::*;

/// What loading produced: the model (absent when `notice.yaml` itself is broken),
/// the text of every file read, and the problems found.
#[derive(Clone)]
pub struct Loaded {
    pub notice: Option<Notice>,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses one content file as what its path makes it (`content/notice.yaml`,
/// a section, a data file, a period vocabulary): whether it parsed, and every
/// problem found. For tools that hold one file (editors, the fuzzer).
pub fn parse_content_file(rel: &str, text: &str) -> (bool, Vec<Diagnostic>) {
    struct Parse<'a>(&'a str, &'a str);
    impl KindVisitor for Parse<'_> {
        type Output = (bool, Vec<Diagnostic>);
        fn visit<E: Entity>(self) -> Self::Output {
            let (parsed, problems) = parse_yaml::<Vec<E>>(self.0, self.1, "a data file");
            (parsed.is_some(), problems)
        }
    }
    fn parse<T: for<'de> serde::Deserialize<'de>>(
        rel: &str,
        text: &str,
        what: &str,
    ) -> (bool, Vec<Diagnostic>) {
        let (parsed, problems) = parse_yaml::<T>(rel, text, what);
        (parsed.is_some(), problems)
    }
    if rel == "content/notice.yaml" {
        return parse::<NoticeMeta>(rel, text, "notice.yaml");
    }
    if rel.starts_with("content/sections/") {
        return parse::<Section>(rel, text, "a section");
    }
    if rel.ends_with("/periods.yaml") {
        return parse::<vocabulary::VocabularyFile>(rel, text, "a period vocabulary");
    }
    let kind = rel
        .strip_prefix("content/data/")
        .and_then(|f| f.strip_suffix(".yaml"))
        .and_then(|file| visit_kind_of_file(file, Parse(rel, text)));
    kind.unwrap_or_else(|| parse::<serde_json::Value>(rel, text, "a YAML file"))
}

/// Reads the model from the site's files: `content/notice.yaml`,
/// `content/sections/*.yaml` and `content/data/*.yaml`.
pub fn load_site(files: &SiteFiles) -> Loaded {
    load_site_parsed(files, None)
}

fn load_site_parsed(files: &SiteFiles, parsed: Option<&ParsedFiles>) -> Loaded {
    let mut loader = Loader {
        files,
        sources: Sources::default(),
        diagnostics: Vec::new(),
        gaps: Gaps::default(),
        parsed,
    };
    let notice = loader.load();
    Loaded {
        notice,
        sources: loader.sources,
        diagnostics: loader.diagnostics,
    }
}

/// The model as last loaded and the `content/` folder it came from, and each
/// file of it as last parsed: what `vellum serve` keeps, so that a save
/// outside `content/` (a translator's) does not parse the YAML again, and a
/// writer's save parses the one file it changed.
#[derive(Default)]
pub struct KeptModel {
    model: std::sync::Mutex<Option<(crate::site::files::Folder, Loaded)>>,
    parsed: ParsedFiles,
}

/// Section and data files as last parsed, by path: the text and what
/// parsing it gave (the value, repaired, and the problems, explained).
#[derive(Default)]
struct ParsedFiles(std::sync::Mutex<std::collections::HashMap<String, (String, ParsedFile)>>);

/// What parsing one file gave: a [`recover::Recovered`] of the file's type.
type ParsedFile = std::sync::Arc<dyn std::any::Any + Send + Sync>;

/// [`load_site`], or the model `kept` holds when `content/` is unchanged
/// (same paths, same bytes); what is loaded is kept for the next call.
pub fn load_site_kept(files: &SiteFiles, kept: &KeptModel) -> Loaded {
    let folder = files.folder("content/");
    let mut model = kept
        .model
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((seen, loaded)) = &mut *model
        && *seen == folder
    {
        // This read's bytes, so the next comparison is by pointer.
        *seen = folder;
        return loaded.clone();
    }
    let loaded = load_site_parsed(files, Some(&kept.parsed));
    *model = Some((folder, loaded.clone()));
    loaded
}

struct Loader<'a> {
    files: &'a SiteFiles,
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
    gaps: Gaps,
    /// The files as an earlier load parsed them (`vellum serve`).
    parsed: Option<&'a ParsedFiles>,
}

impl<'a> Loader<'a> {
    fn load(&mut self) -> Option<Notice> {
        if !self.files.has_dir("content") {
            let root = self
                .files
                .root()
                .map_or_else(|| "the site".to_string(), |r| r.display().to_string());
            self.diagnostics.push(
                Diagnostic::error(Code::NoContent, format!("no `content/` folder in {root}"))
                    .hint("run vellum in the site's root folder (the one holding content/, locales/ and templates/), or pass --root"),
            );
            return None;
        }
        let meta_file = "content/notice.yaml".to_string();
        let meta = self
            .read("content/notice.yaml")
            .and_then(|text| self.parse::<NoticeMeta>(&meta_file, &text, "notice.yaml"));
        let unreadable = self.files.unreadable().any(|f| f == meta_file);
        if meta.is_none() && !self.files.contains(&meta_file) && !unreadable {
            self.diagnostics.push(
                Diagnostic::error(Code::MissingFile, "content/notice.yaml is missing")
                    .in_file(meta_file.clone())
                    .hint("create content/notice.yaml with the title, languages, organisation and effective date"),
            );
        }
        self.check_stray_files();
        let sections = self.load_sections();
        let data = self.load_data();
        let meta = meta?;
        Some(Notice {
            meta_file,
            meta,
            sections,
            data,
            reference: Default::default(),
            gaps: std::mem::take(&mut self.gaps),
        })
    }

    /// A file's text, recorded for snippets; `None` when absent. Text that is
    /// not UTF-8 is reported and read on with the bad bytes replaced, so the
    /// rest of the file raises no follow-on findings.
    fn read(&mut self, rel: &str) -> Option<std::borrow::Cow<'a, str>> {
        let (text, problem) = crate::site::files::decode(rel, self.files.bytes(rel)?);
        self.diagnostics.extend(problem);
        self.sources.insert(rel, text.as_ref());
        Some(text)
    }

    fn parse<T: for<'de> serde::Deserialize<'de> + schemars::JsonSchema>(
        &mut self,
        file: &str,
        text: &str,
        what: &str,
    ) -> Option<T> {
        let (value, mut problems) = parse_yaml::<T>(file, text, what);
        explain::<T>(file, text, what, &mut problems);
        self.diagnostics.extend(problems);
        value
    }

    /// `text`, the file `rel`, read as `T` with its problems repaired and
    /// explained; the same text as an earlier load's is not parsed again.
    fn parse_file<T>(&self, rel: &str, text: &str, what: &str) -> recover::Recovered<T>
    where
        T: for<'de> serde::Deserialize<'de> + schemars::JsonSchema + Clone + Send + Sync + 'static,
    {
        let parse = || {
            let mut read = recover::parse_recovering::<T>(rel, text, what);
            explain::<T>(rel, text, what, &mut read.diagnostics);
            read
        };
        let Some(parsed) = self.parsed else {
            return parse();
        };
        let lock = || {
            parsed
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some((seen, kept)) = lock().get(rel)
            && seen == text
            && let Some(read) = kept.downcast_ref::<recover::Recovered<T>>()
        {
            return read.clone();
        }
        let read = parse();
        let kept = std::sync::Arc::new(read.clone());
        lock().insert(rel.to_string(), (text.to_string(), kept));
        read
    }

    /// Files directly in `content/` other than notice.yaml are likely misplaced.
    fn check_stray_files(&mut self) {
        for entry in self.files.entries("content") {
            let name = entry.name;
            if !entry.is_dir && name != "notice.yaml" && is_yaml(&name) {
                self.diagnostics.push(
                    Diagnostic::warning(Code::StrayFile, format!("content/{name} is not read by vellum"))
                        .in_file(format!("content/{name}"))
                        .hint("sections go in content/sections/NN-slug.yaml, data in content/data/<kind>.yaml"),
                );
            }
        }
    }

    fn load_sections(&mut self) -> Vec<SectionFile> {
        let mut out = Vec::new();
        let mut entries = self.files.entries("content/sections");
        // `9-x.yaml` comes before `10-y.yaml`: order by the number, not the text.
        entries.sort_by_key(|e| {
            let digits: String = e.name.chars().take_while(char::is_ascii_digit).collect();
            (digits.parse::<u64>().unwrap_or(u64::MAX), e.name.clone())
        });
        for entry in entries {
            let name = entry.name;
            if entry.is_dir || !is_yaml(&name) {
                continue;
            }
            let rel = format!("content/sections/{name}");
            if !has_order_prefix(&name) {
                self.diagnostics.push(
                    Diagnostic::error(Code::SectionFileName, format!("section file `{name}` does not start with a number"))
                        .in_file(rel.clone())
                        .hint("name section files NN-slug.yaml (e.g. 03-retention.yaml); the number sets their order"),
                );
            }
            let Some(text) = self.read(&rel) else {
                continue;
            };
            let read = self.parse_file::<Section>(&rel, &text, "a section");
            // A value left out (a block not known, a heading style misspelt)
            // makes the section incomplete too: what it would show is unknown.
            let blanked = read.diagnostics.iter().any(Diagnostic::is_error);
            if !read.dropped.is_empty() || read.value.is_none() || blanked {
                self.gaps.files.push(rel.clone());
            }
            self.diagnostics.extend(read.diagnostics);
            self.gaps.sections.extend(read.dropped);
            self.gaps.unknown_sections |= read.dropped_unnamed;
            match (read.value, read.failed_id) {
                (Some(section), _) => out.push(SectionFile { file: rel, section }),
                (None, Some(id)) => {
                    self.gaps.sections.insert(id);
                }
                (None, None) => self.gaps.unknown_sections = true,
            }
        }
        for rel in self.files.unreadable() {
            if rel.starts_with("content/sections/") && is_yaml(rel) {
                self.gaps.files.push(rel.to_string());
                self.gaps.unknown_sections = true;
            }
        }
        let lost = self.gaps.unknown_sections || !self.gaps.sections.is_empty();
        if out.is_empty()
            && !lost
            && !self.diagnostics.iter().any(|d| {
                d.file
                    .as_deref()
                    .is_some_and(|f| f.starts_with("content/sections/"))
            })
        {
            self.diagnostics.push(
                Diagnostic::error(Code::NoSections, "content/sections/ holds no sections")
                    .in_file("content/sections")
                    .hint(
                        "add content/sections/01-introduction.yaml with an id, a title and a body",
                    ),
            );
        }
        out
    }

    fn load_data(&mut self) -> Data {
        for entry in self.files.entries("content/data") {
            let name = entry.name;
            if entry.is_dir {
                continue;
            }
            let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
            let names: Vec<&str> = Kind::DATA.iter().map(|k| k.info().file).collect();
            let known = names.contains(&stem);
            if !known || !name.ends_with(".yaml") {
                let hint = match suggest::closest(stem, names.iter().copied()) {
                    Some(best) => format!("did you mean `{best}.yaml`?"),
                    None => format!(
                        "data files are named {}",
                        names
                            .iter()
                            .map(|n| format!("{n}.yaml"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownDataFile,
                        format!("content/data/{name} is not a known kind of data"),
                    )
                    .in_file(format!("content/data/{name}"))
                    .hint(hint),
                );
            }
        }
        Data::load(self)
    }
}

impl DataLoader for Loader<'_> {
    fn load<T: Entity>(&mut self) -> Collection<T> {
        let info = T::KIND.info();
        let rel = format!("content/data/{}.yaml", info.file);
        let article = if info.name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        let what = format!("{article} {}", info.name);
        let what = what.as_str();
        let Some(text) = self.read(&rel) else {
            let mut empty = Collection::empty(rel);
            if self.files.unreadable().any(|f| f == empty.file) {
                self.gaps.files.push(empty.file.clone());
                empty.failed = true;
            }
            return empty;
        };
        if text.trim().is_empty()
            || text
                .lines()
                .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Collection::empty(rel);
        }
        let read = self.parse_file::<Vec<T>>(&rel, &text, what);
        if !read.dropped.is_empty() || read.value.is_none() {
            self.gaps.files.push(rel.clone());
        }
        self.diagnostics.extend(read.diagnostics);
        let (dropped, repaired) = (read.dropped, read.repaired);
        // Without the id of what was left out, no reference can be judged.
        let unreliable = read.dropped_unnamed;
        match read.value {
            Some(items) if items.len() > MAX_ENTRIES => {
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::TooManyEntries,
                        format!(
                            "{rel} has {} entries; the limit is {}",
                            yaml::thousands(items.len()),
                            yaml::thousands(MAX_ENTRIES)
                        ),
                    )
                    .in_file(rel.clone())
                    .hint("a privacy notice lists far fewer; check that the file was not generated by mistake"),
                );
                Collection::new(rel, Vec::new(), true).with_gaps(dropped, repaired)
            }
            Some(items) => Collection::new(rel, items, unreliable).with_gaps(dropped, repaired),
            None => Collection::new(rel, Vec::new(), true).with_gaps(dropped, repaired),
        }
    }
}

/// Makes a file's structural problems say more than serde does: every
/// missing required key at once, each with what it is and an example, and
/// "expected a mapping here" with the keys that mapping takes.
fn explain<T: schemars::JsonSchema>(
    file: &str,
    text: &str,
    what: &str,
    problems: &mut Vec<Diagnostic>,
) {
    if problems.iter().any(|d| d.code == Code::MissingKey) {
        let all = required::missing_keys::<T>(file, text, what);
        if !all.is_empty() {
            problems.retain(|d| d.code != Code::MissingKey);
            problems.extend(all);
        }
    }
    for d in problems.iter_mut() {
        if d.code == Code::WrongType && d.message.ends_with("expected a mapping here") {
            let pos = Pos::new(d.line.unwrap_or(0), d.column.unwrap_or(0));
            if let Some(hint) = required::mapping_hint::<T>(text, pos) {
                d.hint = Some(hint);
            }
        }
    }
}

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

fn has_order_prefix(name: &str) -> bool {
    let digits = name.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && name[digits..].starts_with('-')
}
