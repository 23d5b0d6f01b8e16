//! The single-file targets: YAML into each model type, Fluent into a catalog,
//! Markdown through the renderer and the prose check, prose through the
//! period recognizer.

use crate::engine::{Input, Target};
use crate::html::{Allowed, problems};
use crate::mutate::{Format, Mutator};
use crate::rng::{Rng, fnv};
use crate::seeds;
use std::sync::Arc;
use vellum::diagnostics::{Diagnostic, Format as Report, Sources, render_report};
use vellum::load::parse_yaml;
use vellum::model::*;
use vellum::site::files::utf8_text;

/// Where each model type lives: the YAML target parses a file as the type its
/// path names, and sometimes moves a file to another type's path.
const MODEL_PATHS: &[&str] = &[
    "content/notice.yaml",
    "content/sections/01-x.yaml",
    "locales/en/periods.yaml",
    "content/data/legal-bases.yaml",
    "content/data/purposes.yaml",
    "content/data/data-categories.yaml",
    "content/data/products.yaml",
    "content/data/retention.yaml",
    "content/data/facts.yaml",
    "content/data/rights.yaml",
    "content/data/recipients.yaml",
    "content/data/subprocessors.yaml",
    "content/data/cookie-categories.yaml",
    "content/data/cookies.yaml",
    "content/data/countries.yaml",
    "content/data/offices.yaml",
];

/// A single-file target: seeds, a mutator for their format, and how often
/// the path is changed (`retarget` picks a new one).
fn single_file_target(
    name: &'static str,
    seeds: Vec<Input>,
    format: Format,
    retarget: fn(&mut Rng, &str) -> String,
    exec: Box<crate::engine::ExecFn>,
) -> Target {
    let mutator = Mutator::new(format, seeds.iter().map(|i| i[0].1.as_slice()));
    let mutate = move |rng: &mut Rng, parent: &Input, corpus: &[Arc<Input>]| {
        let (mut path, mut data) = parent[0].clone();
        let donors: Vec<&[u8]> = (0..3).map(|_| rng.pick(corpus)[0].1.as_slice()).collect();
        mutator.mutate(rng, &mut data, &donors);
        if rng.one_in(16) {
            path = retarget(rng, &path);
        }
        vec![(path, data)]
    };
    Target {
        name,
        seeds,
        mutate: Box::new(mutate),
        exec,
        divisor: 1,
        short_secs: 4.0,
        max_corpus: 4096,
        favored: 0,
    }
}

pub fn yaml() -> Target {
    let seeds = seeds::files_ending(&[".yaml", ".yml"], "yaml")
        .into_iter()
        .map(|f| vec![f])
        .collect();
    let retarget = |rng: &mut Rng, _: &str| rng.pick(MODEL_PATHS).to_string();
    single_file_target("yaml", seeds, Format::Yaml, retarget, Box::new(exec_yaml))
}

/// Parses one YAML file as the model type its path names.
fn parse_model(path: &str, text: &str) -> Result<(), Diagnostic> {
    let (parsed, mut problems) = vellum::load::parse_content_file(path, text);
    match (parsed, problems.pop()) {
        (true, _) | (false, None) => Ok(()),
        (false, Some(d)) => Err(d),
    }
}

fn exec_yaml(input: &Input) -> Result<u64, String> {
    let (path, bytes) = &input[0];
    let text = match utf8_text(path, bytes) {
        Ok(text) => text,
        Err(d) => return Ok(signature(&[&d], "utf8")),
    };
    let Err(d) = parse_model(path, text) else {
        return Ok(fnv(path.as_bytes()));
    };
    if d.file.as_deref() != Some(path.as_str()) {
        return Err(format!(
            "the diagnostic names {:?}, not {path}: {d}",
            d.file
        ));
    }
    let mut sources = Sources::default();
    sources.insert(path.as_str(), text);
    check_positions(std::slice::from_ref(&d), &sources)?;
    render_report(std::slice::from_ref(&d), &sources, Report::Human, false);
    Ok(signature(&[&d], path))
}

/// Folds the kinds of diagnostics (codes, and messages without the quoted
/// parts, which repeat the input) into a signature.
pub fn signature(diags: &[&Diagnostic], salt: &str) -> u64 {
    let mut text = salt.to_string();
    for d in diags {
        text.push_str(d.code.as_str());
        let skeleton: String = d
            .message
            .split('`')
            .step_by(2)
            .flat_map(|part| part.chars().filter(|c| c.is_alphabetic() || *c == ' '))
            .take(60)
            .collect();
        text.push_str(&skeleton);
    }
    fnv(text.as_bytes())
}

/// Every located diagnostic points inside its file: a line that exists and
/// a column at most one past the line's end. YAML also ends a line at a lone
/// `\r`, Fluent does not: a position is fine if it fits either reading.
pub fn check_positions(diags: &[Diagnostic], sources: &Sources) -> Result<(), String> {
    // Lengths in characters of each line of each file, in both readings,
    // computed once: thousands of diagnostics may point into one file.
    let mut lengths: std::collections::HashMap<&str, [Vec<usize>; 2]> = Default::default();
    for d in diags {
        let (Some(file), Some(line), Some(col)) = (&d.file, d.line, d.column) else {
            continue;
        };
        let Some(text) = sources.get(file) else {
            continue;
        };
        let [plain, yaml] = lengths.entry(file.as_str()).or_insert_with(|| {
            let count = |l: &str| l.trim_end_matches('\r').chars().count();
            let yaml_text = text.replace("\r\n", "\n");
            [
                text.split('\n').map(count).collect(),
                yaml_text.split(['\n', '\r']).map(count).collect(),
            ]
        });
        let fits = |lines: &[usize]| {
            lines
                .get((line as usize).wrapping_sub(1))
                .is_some_and(|chars| col as usize <= chars + 1)
        };
        if !fits(plain) && !fits(yaml) {
            let lines = plain.len();
            return Err(format!(
                "{file}:{line}:{col} lies outside the file ({lines} lines): {d}"
            ));
        }
    }
    Ok(())
}

pub fn fluent() -> Target {
    let seeds = seeds::files_ending(&[".ftl"], "fluent")
        .into_iter()
        .map(|f| vec![f])
        .collect();
    let retarget = |rng: &mut Rng, path: &str| {
        let lang = rng.pick(&[
            "en",
            "nl",
            "de",
            "ar",
            "ja",
            "pl",
            "x",
            "en-US",
            "zz-Latn-ZZ",
            "",
            "*",
        ]);
        let name = path.rsplit('/').next().unwrap_or("x.ftl");
        format!("locales/{lang}/{name}")
    };
    single_file_target(
        "fluent",
        seeds,
        Format::Fluent,
        retarget,
        Box::new(exec_fluent),
    )
}

fn exec_fluent(input: &Input) -> Result<u64, String> {
    use fluent_bundle::FluentValue;
    use vellum::translate::{Catalog, FtlFile};
    let (path, bytes) = &input[0];
    let text = match utf8_text(path, bytes) {
        Ok(text) => text,
        Err(d) => return Ok(signature(&[&d], "utf8")),
    };
    let lang = path.split('/').nth(1).unwrap_or("en");
    let mut sources = Sources::default();
    let mut diags = Vec::new();
    let file = FtlFile {
        path: path.clone(),
        text: text.to_string(),
        translation: true,
    };
    let catalog = Catalog::build(lang, vec![file], &mut sources, &mut diags);
    let args = [
        ("x", FluentValue::from("x")),
        ("n", FluentValue::from(1)),
        ("sms-voice-traffic", FluentValue::from("six (6) months")),
        ("minimum-age", FluentValue::from(18)),
    ];
    let ids: Vec<String> = catalog.ids().map(str::to_string).collect();
    for id in &ids {
        catalog.format(id, &args);
    }
    // Unsafe for the parser (too deep, a cut escape), or invalid: an error must say so.
    let hazard = vellum::translate::ftl::parser_hazard(text).is_some();
    if (hazard || fluent_syntax::parser::parse_runtime(text).is_err())
        && !diags
            .iter()
            .any(|d| d.is_error() && d.file.as_deref() == Some(path.as_str()))
    {
        return Err("invalid Fluent without an error that names the file".to_string());
    }
    check_positions(&diags, &sources)?;
    render_report(&diags, &sources, Report::Human, false);
    let refs: Vec<&Diagnostic> = diags.iter().collect();
    Ok(signature(
        &refs,
        &format!("{}{}", lang, ids.len().ilog2_or_zero()),
    ))
}

trait Log2 {
    fn ilog2_or_zero(self) -> u32;
}

impl Log2 for usize {
    fn ilog2_or_zero(self) -> u32 {
        self.checked_ilog2().unwrap_or(0)
    }
}

pub fn markdown() -> Target {
    let seeds = seeds::markdown_texts()
        .into_iter()
        .map(|t| vec![("prose.md".to_string(), t.into_bytes())])
        .collect();
    let keep = |_: &mut Rng, path: &str| path.to_string();
    single_file_target(
        "markdown",
        seeds,
        Format::Markdown,
        keep,
        Box::new(exec_markdown),
    )
}

fn exec_markdown(input: &Input) -> Result<u64, String> {
    use vellum::prose::markdown::{render_inline, render_markdown};
    // The pipeline hands only UTF-8 to the renderer (files are decoded first).
    let text = String::from_utf8_lossy(&input[0].1);
    let salt = fnv(text.as_bytes());
    let level = 1 + (salt % 6) as u8;
    let allowed = Allowed::markdown();
    let mut signature = String::new();
    for html in [
        render_markdown(&text, "s", level),
        render_inline(&text, "s"),
    ] {
        let html = html.into_string();
        if let Some(problem) = problems(&html, &allowed).first() {
            return Err(format!("unsafe HTML from Markdown: {problem}"));
        }
        for tag in crate::html::scan(&html) {
            if !signature.contains(&tag.name) {
                signature.push_str(&tag.name);
            }
        }
    }
    let diags = prose_diagnostics(&text, salt.is_multiple_of(2))?;
    for d in &diags {
        signature.push_str(d.code.as_str());
    }
    fluent_round_trip(&text)?;
    Ok(fnv(signature.as_bytes()))
}

/// Runs the prose check on `text`, either as the whole file or inside a
/// section's YAML block scalar (so positions are mapped through YAML).
fn prose_diagnostics(text: &str, in_yaml: bool) -> Result<Vec<Diagnostic>, String> {
    let mut sources = Sources::default();
    let file = "content/sections/01-s.yaml";
    let body = if in_yaml {
        let indented: Vec<String> = text.split('\n').map(|l| format!("  {l}")).collect();
        let yaml = format!("id: s\ntitle: t\nbody: |2-\n{}\n", indented.join("\n"));
        let parsed = parse_yaml::<Section>(file, &yaml, "a section").0;
        sources.insert(file, yaml);
        parsed.and_then(|s| s.body)
    } else {
        None
    };
    let body = body.unwrap_or_else(|| {
        sources.insert(file, text);
        Located::new(text.to_string(), Pos::new(1, 1))
    });
    let ids = ["s", "introduction", "retention"].into_iter().collect();
    let mut out = Vec::new();
    let words = english_prose_words();
    vellum::check::prose::check_markdown(file, &body, &ids, words, &sources, &mut out);
    check_positions(&out, &sources)?;
    Ok(out)
}

/// The built-in English word lists of the prose checks, loaded once.
fn english_prose_words() -> &'static vellum::translate::words::ProseWords {
    static WORDS: std::sync::OnceLock<vellum::translate::words::ProseWords> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        vellum::translate::words::load_words(
            &vellum::site::SiteFiles::default(),
            &vellum::load::theme::Theme::built_in(),
            "en",
            &mut Sources::default(),
            &mut Vec::new(),
        )
        .prose
    })
}

/// Prose escaped for Fluent, as `vellum i18n sync` writes it, must parse
/// without error and format back to the same text (up to whitespace, which
/// Fluent normalizes): an escaping gap would silently cut the message.
fn fluent_round_trip(text: &str) -> Result<(), String> {
    use fluent_bundle::FluentValue;
    use vellum::translate::ftl::write_message;
    use vellum::translate::pattern::{escape_pattern, placeables_in};
    use vellum::translate::{Catalog, FtlFile};
    if text.trim().is_empty() {
        return Ok(());
    }
    let pattern = escape_pattern(text);
    let mut ftl = String::new();
    write_message(&mut ftl, "m", &pattern);
    let names: Vec<String> = placeables_in(&pattern).into_iter().collect();
    let values: Vec<String> = names.iter().map(|n| format!("{{${n}}}")).collect();
    let args: Vec<(&str, FluentValue)> = names
        .iter()
        .zip(&values)
        .map(|(n, v)| (n.as_str(), FluentValue::from(v.as_str())))
        .collect();
    let mut diags = Vec::new();
    let file = FtlFile {
        path: "content.ftl".into(),
        text: ftl.clone(),
        translation: false,
    };
    let catalog = Catalog::build("en", vec![file], &mut Sources::default(), &mut diags);
    if let Some(d) = diags.first() {
        return Err(format!("escaped prose is not valid Fluent: {d}\n{ftl}"));
    }
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let formatted = catalog.format("m", &args).unwrap_or_default();
    if squeeze(&formatted) != squeeze(text) {
        return Err(format!(
            "escaped prose does not format back to itself\n{ftl}\nformats as {formatted:?}"
        ));
    }
    Ok(())
}

pub fn recognizer() -> Target {
    use vellum::check::recognize::Recognizer;
    use vellum::load::theme::Theme;
    use vellum::site::SiteFiles;
    let mut seeds = Vec::new();
    let mut recognizers = Vec::new();
    for lang in ["en", "nl"] {
        for text in seeds::prose_texts(lang) {
            seeds.push(vec![(format!("{lang}.txt"), text.into_bytes())]);
        }
        let vocab = vellum::translate::vocabulary::load_vocabulary(
            &SiteFiles::default(),
            &Theme::built_in(),
            lang,
            &mut Sources::default(),
            &mut Vec::new(),
        )
        .expect("the built-in theme has a vocabulary");
        // The recognizer borrows its vocabulary; the target lives for the run.
        let vocab: &'static _ = Box::leak(Box::new(vocab));
        recognizers.push((lang, Recognizer::new(vocab)));
    }
    let swap = |_: &mut Rng, path: &str| {
        if path.starts_with("en") {
            "nl.txt"
        } else {
            "en.txt"
        }
        .to_string()
    };
    let exec = move |input: &Input| {
        let (path, bytes) = &input[0];
        let text = String::from_utf8_lossy(bytes);
        let (lang, recognizer) = recognizers
            .iter()
            .find(|(l, _)| path.starts_with(l))
            .unwrap_or(&recognizers[0]);
        check_expressions(lang, &text, &recognizer.find(&text))
    };
    let mut target = single_file_target("recognizer", seeds, Format::Prose, swap, Box::new(exec));
    target.max_corpus = 2048;
    target
}

/// Each expression is the slice of the text its offsets name, in order,
/// without overlap.
fn check_expressions(
    lang: &str,
    text: &str,
    found: &[vellum::check::recognize::Expression],
) -> Result<u64, String> {
    let mut end = 0;
    let mut signature = format!("{lang}{}", found.len().min(8));
    for e in found {
        let slice = text.get(e.start..e.end);
        if slice != Some(e.text.as_str()) || e.start < end {
            return Err(format!(
                "expression {:?} at {}..{} does not match the text {:?} (previous ended at {end})",
                e.text, e.start, e.end, slice
            ));
        }
        end = e.end;
        let iso = e.iso.as_ref().map(ToString::to_string).unwrap_or_default();
        let shape: String = iso.chars().filter(char::is_ascii_alphabetic).collect();
        signature.push_str(&format!(
            "{shape}{:?}{:?}{}",
            e.event(),
            e.qualifier,
            e.numeral_mismatch
        ));
    }
    Ok(fnv(signature.as_bytes()))
}
