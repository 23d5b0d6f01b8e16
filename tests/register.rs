//! The register detector measured on the labelled corpus in
//! tests/corpus/register (see its README). `cargo test --test register --
//! --nocapture` prints the figures; tests/workflow.rs shows the edition check
//! through the CLI.
//!
//! The Dutch words were written before measuring; the German rules for
//! sentence-initial "Sie"/"Ihr" (ambiguous, counted in a text's first sentence
//! or next to another formal word), clause-start imperatives and "ihr" + verb
//! pairs were added after a first measurement on this corpus, which has no
//! held-out part: the German figures are a fit, not a blind test.
use serde::Deserialize;
use vellum::check::register::{Form, forms_used, markers};
use vellum::diagnostics::Sources;
use vellum::load::theme::Theme;
use vellum::site::SiteFiles;
use vellum::translate::words::{Register, load_words};

#[derive(Deserialize)]
struct Entry {
    text: String,
    register: String,
    #[serde(default)]
    markers: Vec<String>,
    #[serde(default)]
    decoys: Vec<String>,
    #[serde(default)]
    context: Option<String>,
}

fn corpus(lang: &str) -> Vec<Entry> {
    let path = format!(
        "{}/tests/corpus/register/{lang}.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn register(lang: &str) -> Register {
    let mut sources = Sources::default();
    let mut diags = Vec::new();
    let w = load_words(
        &SiteFiles::default(),
        &Theme::built_in(),
        lang,
        &mut sources,
        &mut diags,
    );
    assert!(diags.is_empty(), "{diags:?}");
    w.prose.register.expect("the theme ships register words")
}

const LABELS: [&str; 4] = ["formal", "informal", "neutral", "mixed"];

/// The label the detector gives a sentence, and the words it took for markers.
fn classify(r: &Register, e: &Entry, with_context: bool) -> (&'static str, Vec<String>) {
    let (text, skip) = match (&e.context, with_context) {
        (Some(c), true) => (format!("{c} {}", e.text), c.len() + 1),
        _ => (e.text.clone(), 0),
    };
    let found: Vec<_> = markers(&text, r)
        .into_iter()
        .filter(|m| m.offset >= skip)
        .collect();
    let label = match forms_used(&found) {
        (true, true) => "mixed",
        (true, false) => "formal",
        (false, true) => "informal",
        (false, false) => "neutral",
    };
    (label, found.into_iter().map(|m| m.word).collect())
}

/// Prints the confusion matrix and per-form precision and recall; returns
/// (sentences wrong, decoys taken for markers).
fn measure(lang: &str, with_context: bool) -> (usize, usize) {
    let r = register(lang);
    let entries = corpus(lang);
    let mut matrix = [[0usize; 4]; 4];
    let mut decoys = 0;
    let mut wrong = Vec::new();
    for e in &entries {
        let (got, words) = classify(&r, e, with_context);
        let want = LABELS
            .iter()
            .position(|l| *l == e.register)
            .expect("known label");
        let got_i = LABELS.iter().position(|l| *l == got).unwrap();
        matrix[want][got_i] += 1;
        decoys += words
            .iter()
            .filter(|w| e.decoys.contains(w) && !e.markers.contains(w))
            .count();
        if want != got_i {
            wrong.push(format!("{:?}: {} as {got}", e.text, e.register));
        }
    }
    println!(
        "\n{lang} ({} sentences, context {}):",
        entries.len(),
        if with_context { "used" } else { "ignored" }
    );
    println!(
        "{:>10} | {:>8} {:>8} {:>8} {:>8}",
        "label\\got", LABELS[0], LABELS[1], LABELS[2], LABELS[3]
    );
    for (i, row) in matrix.iter().enumerate() {
        println!(
            "{:>10} | {:>8} {:>8} {:>8} {:>8}",
            LABELS[i], row[0], row[1], row[2], row[3]
        );
    }
    // A sentence uses a form when it is labelled that form or mixed.
    for (form, i) in [(Form::Formal, 0), (Form::Informal, 1)] {
        let uses = |k: usize| k == i || k == 3;
        let mut tp = 0;
        let (mut predicted, mut actual) = (0, 0);
        for (want, row) in matrix.iter().enumerate() {
            for (got, n) in row.iter().enumerate() {
                if uses(got) {
                    predicted += n;
                }
                if uses(want) {
                    actual += n;
                }
                if uses(got) && uses(want) {
                    tp += n;
                }
            }
        }
        println!(
            "{:>8}: precision {:.1}% ({tp}/{predicted}), recall {:.1}% ({tp}/{actual})",
            form.name(),
            100.0 * tp as f64 / predicted.max(1) as f64,
            100.0 * tp as f64 / actual.max(1) as f64
        );
    }
    let right: usize = (0..4).map(|i| matrix[i][i]).sum();
    println!(
        "accuracy {:.1}% ({right}/{}), decoys taken for markers: {decoys}",
        100.0 * right as f64 / entries.len() as f64,
        entries.len()
    );
    for w in &wrong {
        println!("  wrong: {w}");
    }
    (wrong.len(), decoys)
}

#[test]
fn the_register_corpus_is_classified() {
    let (nl_wrong, nl_decoys) = measure("nl", true);
    let (de_wrong, de_decoys) = measure("de", true);
    let _ = measure("de", false);
    assert_eq!(nl_decoys + de_decoys, 0, "decoys taken for markers");
    assert_eq!(nl_wrong, 0, "Dutch sentences misclassified");
    assert_eq!(de_wrong, 0, "German sentences misclassified (context used)");
}
