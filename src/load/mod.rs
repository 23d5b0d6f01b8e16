//! Stage 1: read `content/` into the [`Notice`] model, collecting every syntax and
//! type problem as a diagnostic instead of stopping at the first.

pub mod theme;
mod yaml;

pub use yaml::parse_yaml;

use crate::diagnostics::{Diagnostic, Sources, suggest};
use crate::model::*;
use std::path::Path;
use walkdir::WalkDir;

/// What loading produced: the model (absent when `notice.yaml` itself is broken),
/// the text of every file read, and the problems found.
pub struct Loaded {
    pub notice: Option<Notice>,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the site at `root`: `content/notice.yaml`, `content/sections/*.yaml` and
/// `content/data/*.yaml`.
pub fn load_site(root: &Path) -> Loaded {
    let mut loader = Loader {
        root,
        sources: Sources::default(),
        diagnostics: Vec::new(),
    };
    let notice = loader.load();
    Loaded {
        notice,
        sources: loader.sources,
        diagnostics: loader.diagnostics,
    }
}

struct Loader<'a> {
    root: &'a Path,
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
}

impl Loader<'_> {
    fn load(&mut self) -> Option<Notice> {
        let content = self.root.join("content");
        if !content.is_dir() {
            self.diagnostics.push(
                Diagnostic::error("no-content", format!("no `content/` folder in {}", self.root.display()))
                    .hint("run vellum in the site's root folder (the one holding content/, locales/ and templates/), or pass --root"),
            );
            return None;
        }
        let meta_file = "content/notice.yaml".to_string();
        let meta = self
            .read("content/notice.yaml")
            .and_then(|text| self.parse::<NoticeMeta>(&meta_file, &text, "notice.yaml"));
        if meta.is_none() && !self.root.join(&meta_file).exists() {
            self.diagnostics.push(
                Diagnostic::error("missing-file", "content/notice.yaml is missing")
                    .in_file(meta_file.clone())
                    .hint("create content/notice.yaml with the title, languages, organisation and effective date"),
            );
        }
        self.check_stray_files(&content);
        let sections = self.load_sections();
        let data = self.load_data();
        let meta = meta?;
        Some(Notice {
            meta_file,
            meta,
            sections,
            data,
        })
    }

    /// Reads a file relative to the root, recording its text for snippets.
    fn read(&mut self, rel: &str) -> Option<String> {
        let path = self.root.join(rel);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                self.sources.insert(rel, text.clone());
                Some(text)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                self.diagnostics.push(
                    Diagnostic::error("io", format!("cannot read {rel}: {e}"))
                        .in_file(rel)
                        .hint("check that the file is UTF-8 text and readable"),
                );
                None
            }
        }
    }

    fn parse<T: for<'de> serde::Deserialize<'de>>(
        &mut self,
        file: &str,
        text: &str,
        what: &str,
    ) -> Option<T> {
        match parse_yaml::<T>(file, text, what) {
            Ok(v) => Some(v),
            Err(d) => {
                self.diagnostics.push(d);
                None
            }
        }
    }

    /// Files directly in `content/` other than notice.yaml are likely misplaced.
    fn check_stray_files(&mut self, content: &Path) {
        for entry in sorted_entries(content, 1) {
            let name = entry.file_name().to_string_lossy().to_string();
            if entry.file_type().is_file() && name != "notice.yaml" && is_yaml(&name) {
                self.diagnostics.push(
                    Diagnostic::warning("stray-file", format!("content/{name} is not read by vellum"))
                        .in_file(format!("content/{name}"))
                        .hint("sections go in content/sections/NN-slug.yaml, data in content/data/<kind>.yaml"),
                );
            }
        }
    }

    fn load_sections(&mut self) -> Vec<SectionFile> {
        let dir = self.root.join("content/sections");
        let mut out = Vec::new();
        let mut entries = sorted_entries(&dir, 1);
        // `9-x.yaml` comes before `10-y.yaml`: order by the number, not the text.
        entries.sort_by_key(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
            (digits.parse::<u64>().unwrap_or(u64::MAX), name)
        });
        for entry in entries {
            let name = entry.file_name().to_string_lossy().to_string();
            if !entry.file_type().is_file() || !is_yaml(&name) {
                continue;
            }
            let rel = format!("content/sections/{name}");
            if !has_order_prefix(&name) {
                self.diagnostics.push(
                    Diagnostic::error("section-file-name", format!("section file `{name}` does not start with a number"))
                        .in_file(rel.clone())
                        .hint("name section files NN-slug.yaml (e.g. 03-retention.yaml); the number sets their order"),
                );
            }
            let Some(text) = self.read(&rel) else {
                continue;
            };
            if let Some(section) = self.parse::<Section>(&rel, &text, "a section") {
                out.push(SectionFile { file: rel, section });
            }
        }
        if out.is_empty()
            && !self.diagnostics.iter().any(|d| {
                d.file
                    .as_deref()
                    .is_some_and(|f| f.starts_with("content/sections/"))
            })
        {
            self.diagnostics.push(
                Diagnostic::error("no-sections", "content/sections/ holds no sections")
                    .in_file("content/sections")
                    .hint(
                        "add content/sections/01-introduction.yaml with an id, a title and a body",
                    ),
            );
        }
        out
    }

    fn load_data(&mut self) -> Data {
        let dir = self.root.join("content/data");
        for entry in sorted_entries(&dir, 1) {
            let name = entry.file_name().to_string_lossy().to_string();
            if !entry.file_type().is_file() {
                continue;
            }
            let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
            let known = DATA_FILES.iter().any(|(k, _)| *k == stem);
            if !known || !name.ends_with(".yaml") {
                let names: Vec<&str> = DATA_FILES.iter().map(|(k, _)| *k).collect();
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
                        "unknown-data-file",
                        format!("content/data/{name} is not a known kind of data"),
                    )
                    .in_file(format!("content/data/{name}"))
                    .hint(hint),
                );
            }
        }
        Data {
            legal_bases: self.collection("legal-bases", "a legal basis"),
            purposes: self.collection("purposes", "a purpose"),
            data_categories: self.collection("data-categories", "a data category"),
            products: self.collection("products", "a product"),
            retention: self.collection("retention", "a retention rule"),
            facts: self.collection("facts", "a fact"),
            rights: self.collection("rights", "a right"),
            recipients: self.collection("recipients", "a recipient"),
            subprocessors: self.collection("subprocessors", "a sub-processor"),
            cookie_categories: self.collection("cookie-categories", "a cookie category"),
            cookies: self.collection("cookies", "a cookie"),
            countries: self.collection("countries", "a country"),
            offices: self.collection("offices", "an office"),
        }
    }

    fn collection<T: for<'de> serde::Deserialize<'de>>(
        &mut self,
        kind: &str,
        what: &str,
    ) -> Collection<T> {
        let rel = format!("content/data/{kind}.yaml");
        let Some(text) = self.read(&rel) else {
            return Collection::empty(rel);
        };
        if text.trim().is_empty()
            || text
                .lines()
                .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Collection::empty(rel);
        }
        match self.parse::<Vec<T>>(&rel, &text, what) {
            Some(items) => Collection {
                file: rel,
                items,
                failed: false,
            },
            None => Collection {
                file: rel,
                items: Vec::new(),
                failed: true,
            },
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

/// Directory entries in name order, so output never depends on the file system.
fn sorted_entries(dir: &Path, depth: usize) -> Vec<walkdir::DirEntry> {
    if !dir.is_dir() {
        return Vec::new();
    }
    WalkDir::new(dir)
        .min_depth(1)
        .max_depth(depth)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .collect()
}
