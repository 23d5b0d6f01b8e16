//! The short-text language check measured on the labelled corpus in
//! tests/corpus/short-texts (see its README): English texts planted on a
//! Dutch page and Dutch ones on an English page, texts that are right on
//! both pages, and names. `cargo test --test short_texts -- --nocapture`
//! prints the figures; the test fails when a goal of issue 12 is missed.
//!
//! Guarding against overfitting: the lexicons (theme/locales/*/lexicon.yaml)
//! hold general vocabulary only (function words, common words of privacy
//! notices), written from knowledge of the languages before measuring.
//! Every figure is also reported for the first half of each corpus file
//! (looked at while tuning) and the second half (held out) separately.
//! Names are not declared to the judge here, though a site declares its
//! product, company and office names and vellum removes them before judging:
//! the name figures show the judge's own caution.

use serde::Deserialize;
use vellum::check::short_text::{ShortTexts, Verdict};
use vellum::diagnostics::Sources;
use vellum::load::theme::Theme;
use vellum::site::SiteFiles;
use vellum::translate::words::{LanguageWords, load_words};

#[derive(Deserialize)]
struct Entry {
    text: String,
    kind: String,
}

fn corpus(name: &str) -> Vec<Entry> {
    let path = format!(
        "{}/tests/corpus/short-texts/{name}.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("corpus file");
    serde_saphyr::from_str(&text).expect("corpus parses")
}

fn words(lang: &str) -> LanguageWords {
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
    w
}

/// How one set of texts fared on one page.
#[derive(Default)]
struct Tally {
    total: usize,
    flagged: Vec<String>,
    abstained: usize,
}

impl Tally {
    fn rate(&self) -> f64 {
        100.0 * self.flagged.len() as f64 / self.total.max(1) as f64
    }
}

fn tally<'a>(
    judge: &ShortTexts<'_>,
    entries: impl Iterator<Item = &'a Entry>,
    page: &str,
) -> Tally {
    let mut t = Tally::default();
    for e in entries {
        t.total += 1;
        match judge.judge(&e.text, page) {
            Verdict::Foreign { .. } => t.flagged.push(e.text.clone()),
            Verdict::Abstain => t.abstained += 1,
            Verdict::Fits => {}
        }
    }
    t
}

struct Corpus {
    en: Vec<Entry>,
    nl: Vec<Entry>,
    either: Vec<Entry>,
    names: Vec<Entry>,
}

/// The figures of one method; returns (recall of English headings on a
/// Dutch page, false flags per 100 Dutch headings, flags on names and
/// shared texts).
fn headings(list: &[Entry]) -> Vec<&Entry> {
    list.iter().filter(|e| e.kind == "heading").collect()
}

fn report(c: &Corpus, judge: &ShortTexts<'_>) -> (f64, f64, Vec<String>) {
    println!(
        "{:<48} {:>5} {:>7} {:>7} {:>9}",
        "texts / page", "texts", "flagged", "%", "abstained"
    );
    let row = |label: &str, t: Tally| {
        println!(
            "{label:<48} {:>5} {:>7} {:>6.1}% {:>9}",
            t.total,
            t.flagged.len(),
            t.rate(),
            t.abstained
        );
        t
    };
    let (en_h, nl_h) = (headings(&c.en), headings(&c.nl));
    let recall = row(
        "recall: en headings on an nl page",
        tally(judge, en_h.iter().copied(), "nl"),
    );
    row(
        "recall: en, all kinds, on an nl page",
        tally(judge, c.en.iter(), "nl"),
    );
    row(
        "recall: nl, all kinds, on an en page",
        tally(judge, c.nl.iter(), "en"),
    );
    let false_flags = row(
        "false: nl headings on an nl page",
        tally(judge, nl_h.iter().copied(), "nl"),
    );
    row(
        "false: nl, all kinds, on an nl page",
        tally(judge, c.nl.iter(), "nl"),
    );
    row(
        "false: en, all kinds, on an en page",
        tally(judge, c.en.iter(), "en"),
    );
    for (lang, other, list) in [("en", "nl", &c.en), ("nl", "en", &c.nl)] {
        let (first, held_out) = list.split_at(list.len() / 2);
        for (half, part) in [("first half", first), ("held-out half", held_out)] {
            row(
                &format!("recall: {lang} {half} on an {other} page"),
                tally(judge, part.iter(), other),
            );
            row(
                &format!("false: {lang} {half} on an {lang} page"),
                tally(judge, part.iter(), lang),
            );
        }
    }
    let mut never = Vec::new();
    for page in ["en", "nl"] {
        for (label, list) in [("either", &c.either), ("names", &c.names)] {
            let t = row(
                &format!("must be 0: {label} on an {page} page"),
                tally(judge, list.iter(), page),
            );
            never.extend(t.flagged.iter().map(|f| format!("{label} on {page}: {f}")));
        }
    }
    (recall.rate(), false_flags.rate(), never)
}

#[test]
fn short_texts_on_the_wrong_page_are_flagged() {
    let (en_words, nl_words) = (words("en"), words("nl"));
    let judge = ShortTexts::new(vec![
        (
            "en".to_string(),
            en_words.lexicon.as_ref().expect("en lexicon"),
        ),
        (
            "nl".to_string(),
            nl_words.lexicon.as_ref().expect("nl lexicon"),
        ),
    ]);
    let c = Corpus {
        en: corpus("en"),
        nl: corpus("nl"),
        either: corpus("either"),
        names: corpus("names"),
    };

    println!("\nshort texts (1-7 words), judged by the lexicons");
    let (recall, false_flags, never) = report(&c, &judge);

    assert!(
        never.is_empty(),
        "names and shared words flagged: {never:?}"
    );
    assert!(recall >= 90.0, "recall of English headings: {recall:.1}%");
    assert!(
        false_flags <= 1.0,
        "false flags per 100 Dutch headings: {false_flags:.1}"
    );
}
