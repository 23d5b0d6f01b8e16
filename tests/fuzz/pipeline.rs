//! The whole pipeline on a mutated site: one file changed (or added, or
//! removed) at a time, then every check, the diagnostics report and, when
//! the site is still valid, the rendered pages.

use crate::engine::{Input, Target};
use crate::html::{Allowed, problems};
use crate::mutate::{Format, Mutator};
use crate::rng::{Rng, fnv};
use crate::seeds;
use crate::targets::check_positions;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use vellum::diagnostics::{Format as Report, render_report};
use vellum::site::SiteFiles;

/// Mutators for each format, with words from all the seed sites.
struct SiteMutators {
    yaml: Mutator,
    fluent: Mutator,
    other: Mutator,
    /// Files a site may gain: the theme's language files as site overrides,
    /// a language the notice does not have.
    extras: Vec<(String, Vec<u8>)>,
}

impl SiteMutators {
    fn new(sites: &[seeds::Site]) -> SiteMutators {
        let all: Vec<&(String, Vec<u8>)> = sites.iter().flat_map(|s| &s.files).collect();
        let of = |f: Format| {
            let texts = all.iter().filter(move |(p, _)| Format::of_path(p) == f);
            Mutator::new(f, texts.map(|(_, b)| b.as_slice()))
        };
        let mut extras = seeds::files_ending(&["periods.yaml", "ui.ftl"], "none");
        extras.retain(|(p, _)| p.starts_with("locales/"));
        let german: Vec<_> = extras
            .iter()
            .map(|(p, b)| (p.replacen("/en/", "/de/", 1), b.clone()))
            .collect();
        extras.extend(german);
        SiteMutators {
            yaml: of(Format::Yaml),
            fluent: of(Format::Fluent),
            other: of(Format::Other),
            extras,
        }
    }

    fn mutate(&self, rng: &mut Rng, parent: &Input, corpus: &[Arc<Input>]) -> Input {
        let mut files = parent.clone();
        match rng.below(24) {
            0 if files.len() > 1 => {
                files.remove(rng.below(files.len()));
            }
            1 => {
                let (path, bytes) = rng.pick(&self.extras).clone();
                files.retain(|(p, _)| *p != path);
                files.push((path, bytes));
            }
            2 => {
                // A copy under a new name: a second section file, a misnamed data file.
                let (_, bytes) = rng.pick(&files).clone();
                let renamed = rng.pick(&[
                    "content/sections/99-copy.yaml",
                    "content/sections/copy.yaml",
                    "content/data/product.yaml",
                    "content/notice.yml",
                    "locales/nl/extra.ftl",
                    "content/sections/07-x.yml",
                    "content/sections/x/01-y.yaml",
                ]);
                files.retain(|(p, _)| p.as_str() != *renamed);
                files.push((renamed.to_string(), bytes));
            }
            _ => self.mutate_one_file(rng, &mut files, corpus),
        }
        files
    }

    /// Mutates one file, with the same file of other sites as splice donors;
    /// two times in three inside a value only, which usually keeps the file
    /// parsing (and the site rendering).
    fn mutate_one_file(&self, rng: &mut Rng, files: &mut Input, corpus: &[Arc<Input>]) {
        let i = rng.below(files.len());
        let path = files[i].0.clone();
        let mutator = match Format::of_path(&path) {
            Format::Yaml => &self.yaml,
            Format::Fluent => &self.fluent,
            _ => &self.other,
        };
        let donors: Vec<&[u8]> = (0..3)
            .filter_map(|_| {
                let site = rng.pick(corpus);
                site.iter()
                    .find(|(p, _)| *p == path)
                    .or_else(|| site.get(rng.below(site.len())))
                    .map(|(_, b)| b.as_slice())
            })
            .collect();
        let data = &mut files[i].1;
        match rng.below(3) {
            0 => crate::mutate::insert_in_value(rng, data, crate::mutate::CONTENT_TOKENS),
            1 => mutator.insert_in_line(rng, data),
            _ => mutator.mutate(rng, data, &donors),
        }
    }
}

/// The seed sites that render (the others are the invalid fixtures).
const VALID_SITES: &[&str] = &["minimal", "bilingual", "example"];

pub fn pipeline() -> Target {
    let mut sites = seeds::sites();
    // The valid sites first: they are the favored parents.
    sites.sort_by_key(|s| !VALID_SITES.contains(&s.name.as_str()));
    let allowed = reference_markup(&sites);
    let mutators = SiteMutators::new(&sites);
    let seeds: Vec<Input> = sites.into_iter().map(|s| s.files).collect();
    Target {
        name: "pipeline",
        seeds,
        mutate: Box::new(move |rng, parent, corpus| mutators.mutate(rng, parent, corpus)),
        exec: Box::new(move |input| exec_pipeline(input, &allowed)),
        divisor: 50,
        short_secs: 12.0,
        max_corpus: 256,
        favored: VALID_SITES.len(),
    }
}

/// The tags and scripts of the pages rendered from the valid seed sites,
/// plain and minified: what the theme itself puts on a page.
fn reference_markup(sites: &[seeds::Site]) -> Allowed {
    let mut allowed = Allowed::markdown();
    for site in sites {
        for minify in [false, true] {
            let files = SiteFiles::from_memory(site.files.iter().cloned());
            let (_, tree) =
                vellum::render_analysis(vellum::analyse_files(files, Vec::new()), minify, false);
            let valid = VALID_SITES.contains(&site.name.as_str());
            assert!(
                tree.is_some() || !valid,
                "the seed site {} does not render",
                site.name
            );
            for (path, bytes) in tree.into_iter().flatten() {
                if path.ends_with(".html") {
                    allowed.learn(&String::from_utf8_lossy(&bytes.bytes()));
                }
            }
        }
    }
    assert!(!allowed.scripts.is_empty(), "no seed site rendered");
    allowed
}

/// Executions whose site still rendered (so its HTML was checked), of all.
static RENDERED: AtomicU64 = AtomicU64::new(0);
static ANALYSED: AtomicU64 = AtomicU64::new(0);

/// How much of the run reached the renderer, for the report.
pub fn summary() -> String {
    let (rendered, all) = (
        RENDERED.load(Ordering::Relaxed),
        ANALYSED.load(Ordering::Relaxed),
    );
    format!("{rendered} of {all} executions rendered pages whose HTML was checked")
}

fn exec_pipeline(input: &Input, allowed: &Allowed) -> Result<u64, String> {
    ANALYSED.fetch_add(1, Ordering::Relaxed);
    let site = SiteFiles::from_memory(input.iter().cloned());
    let analysis = vellum::analyse_files(site, Vec::new());
    check_named_files(input, &analysis)?;
    check_broken_files_reported(input, &analysis)?;
    check_positions(&analysis.diagnostics, &analysis.sources)?;
    for format in [Report::Human, Report::Json, Report::Github] {
        render_report(&analysis.diagnostics, &analysis.sources, format, false);
    }
    let mut codes: Vec<&str> = analysis
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let mut signature = codes.join(",");
    let minify = crate::engine::input_hash(input).is_multiple_of(8);
    let (_, tree) = vellum::render_analysis(analysis, minify, false);
    if tree.is_some() {
        RENDERED.fetch_add(1, Ordering::Relaxed);
    }
    for (path, bytes) in tree.iter().flatten() {
        if !path.ends_with(".html") {
            continue;
        }
        let bytes = bytes.bytes();
        let html = String::from_utf8_lossy(&bytes);
        if let Some(problem) = problems(&html, allowed).first() {
            return Err(format!("unsafe HTML in {path}: {problem}"));
        }
        signature.push_str(path);
    }
    Ok(fnv(signature.as_bytes()))
}

/// Each diagnostic that names a file names one of the site's files (or
/// folders), a built-in theme file, the generated source-language file, the
/// notice.yaml or sections folder that must exist, or a data file of a kind
/// vellum reads (a complete notice names the file to add what it lacks to).
fn check_named_files(input: &Input, analysis: &vellum::Analysis) -> Result<(), String> {
    let mut known = std::collections::HashSet::new();
    for (path, _) in input {
        let mut at = path.as_str();
        known.insert(at);
        while let Some((parent, _)) = at.rsplit_once('/') {
            known.insert(parent);
            at = parent;
        }
    }
    let data_files: Vec<String> = vellum::model::Kind::DATA
        .iter()
        .map(|k| format!("content/data/{}.yaml", k.info().file))
        .collect();
    let data_files: Vec<&str> = data_files.iter().map(String::as_str).collect();
    for d in &analysis.diagnostics {
        let Some(file) = d.file.as_deref() else {
            continue;
        };
        let ok = known.contains(file)
            || file.starts_with(vellum::load::theme::BUILT_IN_LABEL)
            || file == "content/notice.yaml"
            || file == "content/sections"
            || data_files.contains(&file)
            || (file.starts_with("locales/") && file.ends_with("/content.ftl"));
        if !ok {
            return Err(format!(
                "a diagnostic names {file:?}, which the site does not have: {d}"
            ));
        }
    }
    Ok(())
}

/// A file the pipeline reads that is not UTF-8, not YAML or not Fluent gets
/// an error naming it.
fn check_broken_files_reported(input: &Input, analysis: &vellum::Analysis) -> Result<(), String> {
    let notice = analysis.notice.as_ref();
    let languages: Vec<&str> = notice
        .map(|n| n.site_languages().into_iter().map(|l| l.text()).collect())
        .unwrap_or_default();
    let source = notice.map(|n| n.source_language());
    for (path, bytes) in input {
        let Some(format) = read_as(path, &languages, source) else {
            continue;
        };
        let broken = match vellum::site::files::utf8_text(path, bytes) {
            Err(_) => Some("not UTF-8"),
            Ok(text) if format == Format::Fluent => {
                let hazard = vellum::translate::ftl::parser_hazard(text).is_some();
                (hazard || fluent_syntax::parser::parse_runtime(text).is_err())
                    .then_some("not valid Fluent")
            }
            Ok(text) if blank(text) && path.starts_with("content/data/") => None,
            Ok(text) => vellum::load::parse_yaml::<serde_json::Value>(path, text, "YAML")
                .0
                .is_none()
                .then_some("not valid YAML"),
        };
        let reported = analysis
            .diagnostics
            .iter()
            .any(|d| d.is_error() && d.file.as_deref() == Some(path.as_str()));
        if let Some(why) = broken
            && !reported
        {
            return Err(format!("{path} is {why}, and no error names it"));
        }
    }
    Ok(())
}

/// An empty or comments-only data file is an empty list, by design.
fn blank(text: &str) -> bool {
    text.lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

/// How the pipeline reads `path`, if it reads it at all.
fn read_as(path: &str, languages: &[&str], source: Option<&str>) -> Option<Format> {
    let yaml = path.ends_with(".yaml") || path.ends_with(".yml");
    if let Some(name) = path.strip_prefix("content/sections/") {
        return (yaml && !name.contains('/')).then_some(Format::Yaml);
    }
    if let Some(name) = path.strip_prefix("content/data/") {
        let known = vellum::model::Kind::DATA
            .iter()
            .any(|kind| name == format!("{}.yaml", kind.info().file));
        return known.then_some(Format::Yaml);
    }
    if path == "content/notice.yaml" {
        return Some(Format::Yaml);
    }
    let rest = path.strip_prefix("locales/")?;
    let (lang, name) = rest.split_once('/')?;
    if !languages.contains(&lang) {
        return None;
    }
    if name == "periods.yaml" {
        return Some(Format::Yaml);
    }
    let generated = source == Some(lang) && name == "content.ftl";
    (name.ends_with(".ftl") && !generated).then_some(Format::Fluent)
}
