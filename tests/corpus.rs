//! The period recognizer on the corpus of realistic sentences
//! (`tests/corpus/periods/`, see its README): recall and precision, by exact
//! span and by value, per language, per topic and per kind of expression.
//! `cargo test --test corpus -- --nocapture` prints the figures.
//!
//! A span match is the exact substring the corpus expects. A value match is
//! an expression that overlaps the expected one and agrees on everything it
//! says: the length (equal lengths compare equal, P18M = P1Y6M), the
//! qualifier, the start, the ends and the early end. The floors asserted are
//! the figures reached, rounded down, so that a change that loses ground fails.

use serde::Deserialize;
use std::collections::BTreeMap;
use vellum::check::recognize::{Expression, Recognizer};
use vellum::diagnostics::Sources;
use vellum::load::theme::Theme;
use vellum::model::IsoDuration;
use vellum::translate::vocabulary::{Vocabulary, load_vocabulary};

#[derive(Deserialize)]
struct Item {
    text: String,
    #[serde(default)]
    register: Option<String>,
    expect: Vec<Expected>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize, Debug)]
struct Expected {
    #[serde(rename = "match")]
    matched: String,
    iso: Option<String>,
    qualifier: String,
    start: Option<String>,
    end: Option<Ends>,
    early_end: Option<String>,
}

#[derive(Deserialize, Debug)]
#[serde(untagged)]
enum Ends {
    One(String),
    Many(Vec<String>),
}

impl Expected {
    fn ends(&self) -> Vec<String> {
        match &self.end {
            None => Vec::new(),
            Some(Ends::One(e)) => vec![e.clone()],
            Some(Ends::Many(list)) => list.clone(),
        }
    }

    /// The kinds of expression this is, for the per-kind figures.
    fn kinds(&self) -> Vec<&'static str> {
        let mut kinds = Vec::new();
        let half = ["half", "1.5", "1,5", "anderhalf", "halfjaar"];
        if half.iter().any(|h| self.matched.to_lowercase().contains(h)) {
            kinds.push("fraction");
        }
        if matches!(self.qualifier.as_str(), "under" | "over")
            || ["old", "of age", "oud", "aged", "ouder", "older"]
                .iter()
                .any(|w| self.matched.contains(w))
        {
            kinds.push("age");
        } else if self.qualifier != "exactly" {
            kinds.push("qualified");
        }
        if self.start.is_some() {
            kinds.push("start");
        }
        if self.iso.is_none() {
            kinds.push("event end");
        }
        if self.ends().len() > 1 {
            kinds.push("several ends");
        }
        if self.early_end.is_some() {
            kinds.push("early end");
        }
        if kinds.is_empty() {
            kinds.push("plain length");
        }
        kinds
    }

    /// What differs between this and a found expression ("" when they agree).
    fn differences(&self, e: &Expression) -> Vec<&'static str> {
        let mut out = Vec::new();
        let iso = self
            .iso
            .as_ref()
            .map(|i| IsoDuration::parse(i).expect("corpus iso"));
        let same_iso = match (iso, e.iso) {
            (Some(a), Some(b)) => a.same_as(&b),
            (None, None) => true,
            _ => false,
        };
        if !same_iso {
            out.push("iso");
        }
        if e.qualifier.map_or("exactly", |q| q.id()) != self.qualifier {
            out.push("qualifier");
        }
        if e.start_event.as_ref().map(|s| s.id()) != self.start.as_deref() {
            out.push("start");
        }
        let ends: Vec<&str> = e.ends.iter().map(|e| e.id()).collect();
        if ends != self.ends() {
            out.push("end");
        }
        if e.early_end.as_ref().map(|s| s.id()) != self.early_end.as_deref() {
            out.push("early_end");
        }
        out
    }
}

/// Counts for one group of sentences.
#[derive(Default, Clone, Copy)]
struct Tally {
    expected: usize,
    span_found: usize,
    value_found: usize,
    found: usize,
    found_span_right: usize,
    found_value_right: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.expected += other.expected;
        self.span_found += other.span_found;
        self.value_found += other.value_found;
        self.found += other.found;
        self.found_span_right += other.found_span_right;
        self.found_value_right += other.found_value_right;
    }

    fn ratio(n: usize, d: usize) -> f64 {
        if d == 0 { 1.0 } else { n as f64 / d as f64 }
    }

    fn span_recall(&self) -> f64 {
        Self::ratio(self.span_found, self.expected)
    }
    fn value_recall(&self) -> f64 {
        Self::ratio(self.value_found, self.expected)
    }
    fn span_precision(&self) -> f64 {
        Self::ratio(self.found_span_right, self.found)
    }
    fn value_precision(&self) -> f64 {
        Self::ratio(self.found_value_right, self.found)
    }

    fn row(&self, name: &str) -> String {
        if name.starts_with("kind:") {
            // Found expressions are not sorted by kind: recall only.
            return format!(
                "{name:<42} {:>4} {:>4} {:>6.1}% {:>7} {:>6.1}% {:>7}",
                self.expected,
                "-",
                100.0 * self.span_recall(),
                "-",
                100.0 * self.value_recall(),
                "-",
            );
        }
        format!(
            "{name:<42} {:>4} {:>4} {:>6.1}% {:>6.1}% {:>6.1}% {:>6.1}%",
            self.expected,
            self.found,
            100.0 * self.span_recall(),
            100.0 * self.span_precision(),
            100.0 * self.value_recall(),
            100.0 * self.value_precision(),
        )
    }
}

fn vocabulary(lang: &str) -> Vocabulary {
    let mut diags = Vec::new();
    let vocab = load_vocabulary(
        &vellum::site::SiteFiles::default(),
        &Theme::built_in(),
        lang,
        &mut Sources::default(),
        &mut diags,
    );
    assert!(diags.is_empty(), "{diags:?}");
    vocab.expect("the theme ships this language")
}

/// The corpus of one language, each item with its topic (the comment
/// heading above it in the file).
fn corpus(lang: &str) -> Vec<(String, Item)> {
    let path = format!(
        "{}/tests/corpus/periods/{lang}.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("corpus file");
    let items: Vec<Item> = serde_saphyr::from_str(&text).expect("corpus parses");
    let mut topics = Vec::new();
    let mut topic = String::new();
    let mut in_body = false;
    for line in text.lines() {
        if line.starts_with("# ----") {
            in_body = true;
            topic = line.trim_start_matches(['#', ' ', '-']).to_string();
        } else if in_body && line.starts_with("# ") {
            topic = line[2..].to_string();
        } else if line.starts_with("- text:") {
            topics.push(topic.clone());
        }
    }
    assert_eq!(topics.len(), items.len(), "every item has a topic");
    topics.into_iter().zip(items).collect()
}

/// Byte range of each expected match in the text, searched in order.
fn expected_ranges(item: &Item) -> Vec<std::ops::Range<usize>> {
    let mut from = 0;
    item.expect
        .iter()
        .map(|e| {
            let at = item.text[from..]
                .find(&e.matched)
                .map(|i| i + from)
                .unwrap_or_else(|| panic!("{:?} not in {:?}", e.matched, item.text));
            from = at + e.matched.len();
            at..from
        })
        .collect()
}

/// How one expected expression fared: its kinds, found by span, found by value.
type KindResult = (Vec<&'static str>, bool, bool);

/// Scores one sentence; misses are described in `log`.
fn score(item: &Item, found: &[Expression], log: &mut Vec<String>) -> (Tally, Vec<KindResult>) {
    let ranges = expected_ranges(item);
    let overlaps = |e: &Expression, r: &std::ops::Range<usize>| e.start < r.end && r.start < e.end;
    let mut tally = Tally {
        expected: item.expect.len(),
        found: found.len(),
        ..Tally::default()
    };
    let mut per_kind = Vec::new();
    for (x, r) in item.expect.iter().zip(&ranges) {
        let span = found.iter().any(|f| f.text == x.matched);
        let value = found
            .iter()
            .any(|f| overlaps(f, r) && x.differences(f).is_empty());
        tally.span_found += usize::from(span);
        tally.value_found += usize::from(value);
        per_kind.push((x.kinds(), span, value));
        if !span || !value {
            let got: Vec<String> = found
                .iter()
                .filter(|f| overlaps(f, r))
                .map(|f| format!("{:?} differs in {:?}", f.text, x.differences(f)))
                .collect();
            log.push(format!(
                "  miss {:?} in {:?}: found {got:?}",
                x.matched, item.text
            ));
        }
    }
    for f in found {
        let hit = item
            .expect
            .iter()
            .zip(&ranges)
            .find(|(_, r)| overlaps(f, r));
        tally.found_span_right += usize::from(item.expect.iter().any(|x| x.matched == f.text));
        tally.found_value_right +=
            usize::from(hit.is_some_and(|(x, _)| x.differences(f).is_empty()));
        if hit.is_none() {
            log.push(format!(
                "  extra {:?} ({:?}) in {:?}",
                f.text,
                f.iso.map(|d| d.to_string()),
                item.text
            ));
        }
    }
    (tally, per_kind)
}

/// Figures of one language: overall, by topic, by register, by kind.
struct Figures {
    all: Tally,
    positives: Tally,
    negatives: Tally,
    groups: BTreeMap<String, Tally>,
    log: Vec<String>,
}

fn measure(lang: &str, file: &str) -> Figures {
    let vocab = vocabulary(lang);
    let recognizer = Recognizer::new(&vocab);
    let mut figures = Figures {
        all: Tally::default(),
        positives: Tally::default(),
        negatives: Tally::default(),
        groups: BTreeMap::new(),
        log: Vec::new(),
    };
    for (topic, item) in corpus(file) {
        let found = recognizer.find(&item.text);
        let (tally, kinds) = score(&item, &found, &mut figures.log);
        figures.all.add(&tally);
        let side = if item.expect.is_empty() {
            &mut figures.negatives
        } else {
            &mut figures.positives
        };
        side.add(&tally);
        figures
            .groups
            .entry(format!("topic: {topic}"))
            .or_default()
            .add(&tally);
        if let Some(register) = &item.register {
            figures
                .groups
                .entry(format!("register: {register}"))
                .or_default()
                .add(&tally);
        }
        let hard = item
            .note
            .as_deref()
            .is_some_and(|n| n.starts_with("Hard:") || n.starts_with("Moeilijk:"));
        if hard {
            figures
                .groups
                .entry("hard cases".to_string())
                .or_default()
                .add(&tally);
        }
        for (kinds, span, value) in kinds {
            for kind in kinds {
                let t = figures.groups.entry(format!("kind: {kind}")).or_default();
                t.expected += 1;
                t.span_found += usize::from(span);
                t.value_found += usize::from(value);
            }
        }
    }
    figures
}

fn report(lang: &str, f: &Figures) {
    println!(
        "\n[{lang}]                                      expected found span-recall span-precision value-recall value-precision"
    );
    println!("{}", f.all.row("all"));
    println!("{}", f.positives.row("positive sentences"));
    println!(
        "{}",
        f.negatives.row("negative sentences (found = false hits)")
    );
    for (name, t) in &f.groups {
        println!("{}", t.row(name));
    }
    if std::env::var_os("CORPUS_MISSES").is_some() {
        println!("{}", f.log.join("\n"));
    }
}

#[test]
fn recall_and_precision_on_the_corpus() {
    let mut floors = Vec::new();
    for (lang, span_recall, span_precision, value_recall, value_precision, false_hits) in [
        ("en", 0.99, 0.99, 0.99, 0.99, 0),
        ("nl", 0.99, 0.99, 0.98, 0.98, 0),
    ] {
        let f = measure(lang, lang);
        report(lang, &f);
        floors.push((lang, "span recall", f.all.span_recall(), span_recall));
        floors.push((
            lang,
            "span precision",
            f.all.span_precision(),
            span_precision,
        ));
        floors.push((lang, "value recall", f.all.value_recall(), value_recall));
        floors.push((
            lang,
            "value precision",
            f.all.value_precision(),
            value_precision,
        ));
        assert!(
            f.negatives.found <= false_hits,
            "[{lang}] {} expressions found in look-alike sentences:\n{}",
            f.negatives.found,
            f.log
                .iter()
                .filter(|l| l.contains("extra"))
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    let below: Vec<String> = floors
        .iter()
        .filter(|(_, _, got, floor)| got < floor)
        .map(|(lang, what, got, floor)| {
            format!(
                "[{lang}] {what} {:.1}% is below {:.1}%",
                100.0 * got,
                100.0 * floor
            )
        })
        .collect();
    assert!(
        below.is_empty(),
        "{} (run with CORPUS_MISSES=1 -- --nocapture to see each miss)",
        below.join("; ")
    );
}

/// Sentences written after the vocabulary and never tuned on: how the
/// recognizer does on wording it has not seen. Lower than on the corpus that
/// guided the vocabulary, as it should be.
#[test]
fn recall_and_precision_on_the_held_out_sentences() {
    let mut below = Vec::new();
    for (lang, span_recall, span_precision, value_recall, value_precision, false_hits) in [
        ("en", 0.74, 0.79, 0.70, 0.75, 0),
        ("nl", 0.68, 0.73, 0.71, 0.76, 0),
    ] {
        let f = measure(lang, &format!("holdout-{lang}"));
        report(&format!("{lang}, held out"), &f);
        for (what, got, floor) in [
            ("span recall", f.all.span_recall(), span_recall),
            ("span precision", f.all.span_precision(), span_precision),
            ("value recall", f.all.value_recall(), value_recall),
            ("value precision", f.all.value_precision(), value_precision),
        ] {
            if got < floor {
                below.push(format!(
                    "[{lang}] {what} {:.1}% is below {:.1}%",
                    100.0 * got,
                    100.0 * floor
                ));
            }
        }
        if f.negatives.found > false_hits {
            below.push(format!("[{lang}] {} false hits", f.negatives.found));
        }
    }
    assert!(below.is_empty(), "{}", below.join("; "));
}

#[test]
fn the_corpus_has_the_size_its_readme_states() {
    let count = |lang| {
        let items = corpus(lang);
        let positives = items.iter().filter(|(_, i)| !i.expect.is_empty()).count();
        let expressions: usize = items.iter().map(|(_, i)| i.expect.len()).sum();
        (positives, items.len() - positives, expressions)
    };
    assert_eq!(count("en"), (127, 41, 141));
    assert_eq!(count("nl"), (140, 43, 154));
}
