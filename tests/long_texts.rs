//! The shortcut that spares lingua most long texts (issue 15): a paragraph
//! whose words speak plainly for its page's language is not sent to
//! statistical identification. This must never hide a foreign text that
//! lingua would flag. (Where lingua flags a text that is wholly in the page's
//! language, an English sentence naming a Dutch street or authority, it is
//! wrong, and the shortcut sparing the writer that false alarm is a gain: the
//! test counts those apart.)
//!
//! Measured over every sentence of the labelled corpora (periods, hedges,
//! register; English and Dutch), pairs of sentences, and mixed paragraphs (a
//! Dutch sentence with an English one, either order), on both pages.
//! `cargo test --test long_texts -- --nocapture` prints how many texts the
//! shortcut settles.

use serde::Deserialize;
use vellum::check::language::{LanguageGuard, MIN_WORDS};
use vellum::check::short_text::ShortTexts;
use vellum::diagnostics::Sources;
use vellum::load::theme::Theme;
use vellum::site::SiteFiles;
use vellum::translate::words::{LanguageWords, load_words};

#[derive(Deserialize)]
struct Entry {
    text: String,
}

fn corpus(path: &str) -> Vec<String> {
    let path = format!("{}/tests/corpus/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("corpus file");
    let entries: Vec<Entry> = serde_saphyr::from_str(&text).expect("corpus parses");
    entries.into_iter().map(|e| e.text).collect()
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

/// The short-text judge over the English and Dutch lexicons.
fn short_texts<'a>(en: &'a LanguageWords, nl: &'a LanguageWords) -> ShortTexts<'a> {
    ShortTexts::new(vec![
        ("en".to_string(), en.lexicon.as_ref().expect("en lexicon")),
        ("nl".to_string(), nl.lexicon.as_ref().expect("nl lexicon")),
    ])
}

fn sentences(lang: &str) -> Vec<String> {
    let mut all = Vec::new();
    for file in [
        "periods/{}.yaml",
        "periods/holdout-{}.yaml",
        "hedges/{}.yaml",
    ] {
        all.extend(corpus(&file.replace("{}", lang)));
    }
    if lang == "nl" {
        all.extend(corpus("register/nl.yaml"));
    }
    all
}

fn long(texts: impl IntoIterator<Item = String>) -> Vec<String> {
    texts
        .into_iter()
        .filter(|t| t.split_whitespace().count() >= MIN_WORDS)
        .collect()
}

/// Single sentences, and each sentence joined with the next (a paragraph).
fn paragraphs(list: &[String]) -> Vec<String> {
    let pairs = list.windows(2).map(|w| format!("{} {}", w[0], w[1]));
    long(list.iter().cloned().chain(pairs))
}

#[test]
fn the_shortcut_never_hides_a_text_lingua_would_flag() {
    let (en_words, nl_words) = (words("en"), words("nl"));
    let short = short_texts(&en_words, &nl_words);
    let guard = LanguageGuard::new(&["en", "nl"]).expect("lingua knows en and nl");
    let (en, nl) = (sentences("en"), sentences("nl"));
    let mixed: Vec<String> = long(
        en.iter()
            .zip(&nl)
            .flat_map(|(e, n)| [format!("{n} {e}"), format!("{e} {n}")]),
    );
    // Each set with the languages its texts are written in.
    let sets = [
        ("en paragraphs", &["en"][..], paragraphs(&en)),
        ("nl paragraphs", &["nl"][..], paragraphs(&nl)),
        ("mixed en+nl paragraphs", &["en", "nl"][..], mixed),
    ];
    let mut hidden = Vec::new();
    println!(
        "{:<26} {:>5} {:>6} {:>8} {:>8} {:>14}",
        "texts", "page", "count", "settled", "flagged", "false alarms"
    );
    for (label, written_in, texts) in &sets {
        for page in ["en", "nl"] {
            let foreign_text = written_in.iter().any(|l| *l != page);
            let (mut settled, mut flagged, mut spared) = (0, 0, 0);
            for text in texts {
                let plain = short.plainly_in(text, page);
                let foreign = guard.foreign_language(text, page);
                settled += usize::from(plain);
                flagged += usize::from(foreign.is_some());
                match foreign {
                    Some((lang, confidence)) if plain && foreign_text => hidden.push(format!(
                        "{page} page, lingua says {lang} ({confidence:.2}): {text}"
                    )),
                    Some(_) if plain => spared += 1,
                    _ => {}
                }
            }
            println!(
                "{label:<26} {page:>5} {:>6} {settled:>8} {flagged:>8} {spared:>14}",
                texts.len()
            );
        }
    }
    assert!(
        hidden.is_empty(),
        "the shortcut hid {} texts lingua flags:\n{}",
        hidden.len(),
        hidden.join("\n")
    );
}

#[test]
fn the_shortcut_settles_most_texts_of_the_page_language_and_none_of_another() {
    let (en_words, nl_words) = (words("en"), words("nl"));
    let short = short_texts(&en_words, &nl_words);
    for (lang, other) in [("en", "nl"), ("nl", "en")] {
        let texts = paragraphs(&sentences(lang));
        let settled = texts.iter().filter(|t| short.plainly_in(t, lang)).count();
        // Without this the shortcut saves nothing and lingua's cost returns.
        assert!(
            settled * 10 >= texts.len() * 7,
            "{lang}: only {settled} of {} settled",
            texts.len()
        );
        let wrongly: Vec<&String> = texts
            .iter()
            .filter(|t| short.plainly_in(t, other))
            .collect();
        assert!(
            wrongly.is_empty(),
            "{lang} texts settled as {other}: {wrongly:?}"
        );
    }
}

/// Where lingua is unsure of a long text (below its confidence bar either
/// way), the lexicons' word evidence decides, as for a short text. Over the
/// corpora's paragraphs this must flag no text on its own language's page,
/// and catch the foreign ones lingua lets through.
#[test]
fn where_lingua_is_unsure_the_lexicons_decide_without_false_alarms() {
    use vellum::check::language::Identified;
    use vellum::check::short_text::Verdict;
    let (en_words, nl_words) = (words("en"), words("nl"));
    let short = short_texts(&en_words, &nl_words);
    let guard = LanguageGuard::new(&["en", "nl"]).unwrap();
    let mut en = paragraphs(&sentences("en"));
    // A heading of frequent words only: lingua is 0.82 sure it is English.
    en.push("Who we are and what we do for you".to_string());
    let nl = paragraphs(&sentences("nl"));
    let (mut false_alarms, mut missed) = (Vec::new(), Vec::new());
    let mut caught = 0;
    println!(
        "{:<14} {:>5} {:>7} {:>7}",
        "texts", "page", "unsure", "flagged"
    );
    for (written, texts) in [("en", &en), ("nl", &nl)] {
        for page in ["en", "nl"] {
            let unsure: Vec<&String> = texts
                .iter()
                .filter(|t| !short.plainly_in(t, page))
                .filter(|t| matches!(guard.identify(t, page), Some(Identified::Unsure)))
                .collect();
            let flagged: Vec<&&String> = unsure
                .iter()
                .filter(|t| matches!(short.judge(t, page), Verdict::Foreign { .. }))
                .collect();
            println!(
                "{:<14} {page:>5} {:>7} {:>7}",
                format!("{written} paragraphs"),
                unsure.len(),
                flagged.len()
            );
            if written == page {
                false_alarms.extend(flagged.iter().map(|t| format!("{page} page: {t}")));
            } else {
                caught += flagged.len();
                missed.extend(
                    unsure
                        .iter()
                        .filter(|t| !flagged.contains(t))
                        .map(|t| format!("{page} page: {t}")),
                );
            }
        }
    }
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
    assert!(caught > 0, "the corpora have no text lingua is unsure of");
    assert!(missed.len() * 10 <= caught, "missed {missed:#?}");
}
