//! The period recognizer on real phrasings, through the library API, with the
//! vocabularies the built-in theme ships. Each case is (text, expected finds),
//! a find written as "substring=ISO-or-event[/qualifier][!]" (! = mismatch).

use vellum::check::recognize::{Expression, Recognizer};
use vellum::diagnostics::Sources;
use vellum::load::theme::Theme;
use vellum::model::Style;
use vellum::model::{BUILTIN_EVENTS, Event, IsoDuration, Period};
use vellum::translate::Catalog;
use vellum::translate::facts::write_period;
use vellum::translate::vocabulary::{Vocabulary, load_vocabulary};

fn vocabulary(lang: &str) -> Vocabulary {
    let mut sources = Sources::default();
    let mut diags = Vec::new();
    let vocab = load_vocabulary(
        &vellum::site::SiteFiles::default(),
        &Theme::built_in(),
        lang,
        &mut sources,
        &mut diags,
    );
    assert!(diags.is_empty(), "{diags:?}");
    vocab.expect("the theme ships this language")
}

fn catalog(lang: &str) -> Catalog {
    let mut sources = Sources::default();
    let mut diags = Vec::new();
    let c = vellum::translate::load_catalog(
        &vellum::site::SiteFiles::default(),
        &Theme::built_in(),
        lang,
        None,
        &mut sources,
        &mut diags,
    );
    assert!(diags.is_empty(), "{diags:?}");
    c
}

/// "text=value[/qualifier][@start][~early end][!]".
fn describe(e: &Expression) -> String {
    let value = match (e.iso, e.event()) {
        (Some(d), _) => d.to_string(),
        (_, Some(_)) => e
            .ends
            .iter()
            .map(|ev| ev.id())
            .collect::<Vec<_>>()
            .join("|"),
        _ => "?".to_string(),
    };
    let q = e.qualifier.map(|q| format!("/{q}")).unwrap_or_default();
    let start = e
        .start_event
        .as_ref()
        .map(|s| format!("@{s}"))
        .unwrap_or_default();
    let early = e
        .early_end
        .as_ref()
        .map(|s| format!("~{s}"))
        .unwrap_or_default();
    let m = if e.numeral_mismatch { "!" } else { "" };
    format!("{}={value}{q}{start}{early}{m}", e.text)
}

fn assert_finds(lang: &str, cases: &[(&str, &[&str])]) {
    let vocab = vocabulary(lang);
    let r = Recognizer::new(&vocab);
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let found: Vec<String> = r.find(text).iter().map(describe).collect();
        if found != *expected {
            failures.push(format!(
                "{text:?}\n  expected {expected:?}\n  found    {found:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn english_phrasings() {
    assert_finds(
        "en",
        &[
            ("We keep it for six (6) months.", &["six (6) months=P6M"]),
            ("kept for 6 months", &["6 months=P6M"]),
            ("kept for six months", &["six months=P6M"]),
            ("kept for 6 (six) months", &["6 (six) months=P6M"]),
            ("Six (6) Months", &["Six (6) Months=P6M"]),
            (
                "up to two (2) years where the law requires it",
                &["up to two (2) years=P2Y/up-to"],
            ),
            (
                "no longer than twelve (12) months",
                &["no longer than twelve (12) months=P12M/up-to"],
            ),
            // A leading "for" only introduces the length.
            (
                "for a maximum of ten (10) years",
                &["a maximum of ten (10) years=P10Y/up-to"],
            ),
            // "old" makes the length an age.
            (
                "at least eighteen (18) years old",
                &["at least eighteen (18) years old=P18Y/at-least"],
            ),
            (
                "within one (1) month of receipt",
                &["within one (1) month of receipt=P1M/within@request-received"],
            ),
            ("within a month", &["within a month=P1M/within"]),
            ("a two (2) month response time", &["two (2) month=P2M"]),
            ("a two-month extension", &["two-month=P2M"]),
            ("twenty-four (24) months", &["twenty-four (24) months=P24M"]),
            ("twenty four months", &["twenty four months=P24M"]),
            ("ninety-nine (99) days", &["ninety-nine (99) days=P99D"]),
            (
                "one hundred (100) years",
                &["one hundred (100) years=P100Y"],
            ),
            ("thirty (30) days", &["thirty (30) days=P30D"]),
            ("two (2) weeks", &["two (2) weeks=P2W"]),
            ("72 hours", &["72 hours=PT72H"]),
            ("thirty (30) minutes", &["thirty (30) minutes=PT30M"]),
            (
                "one (1) year and six (6) months",
                &["one (1) year and six (6) months=P1Y6M"],
            ),
            ("six (7) months", &["six (7) months=P6M!"]),
            ("twelve (21) months", &["twelve (21) months=P12M!"]),
            (
                "for the duration of the contract",
                &["for the duration of the contract=end-of-contract"],
            ),
            (
                "until you withdraw your consent",
                &["until you withdraw your consent=consent-withdrawn"],
            ),
            (
                "Until You Withdraw Consent.",
                &["Until You Withdraw Consent=consent-withdrawn"],
            ),
            (
                "for as long as you use our services",
                &["for as long as you use our services=end-of-services"],
            ),
            (
                "until you close your browser",
                &["until you close your browser=browser-session"],
            ),
            (
                "six (6) months, or twelve (12) months for marketing",
                &["six (6) months=P6M", "twelve (12) months=P12M"],
            ),
            ("1 day", &["1 day=P1D"]),
            ("a month", &[]),
            ("once a day", &[]),
            (
                "We were founded in 2012 and certified to ISO 27001:2013.",
                &[],
            ),
            ("the Telecommunications Act of 2012", &[]),
            ("In force from 18 May 2026", &[]),
            ("on 1 January 2024", &[]),
            ("over 50% of messages", &[]),
            ("Keizersgracht 1, 1015 AA Amsterdam", &[]),
            ("four types of cookies", &[]),
            ("two additional services", &[]),
            ("Kestrel Voice 2 and Web3 Days", &[]),
            // Fractions are lengths too (corpus README): 1.5 years is 18 months.
            ("1.5 years", &["1.5 years=P18M"]),
            ("1,5 years", &[]),
            ("2,000 days", &[]),
            ("0 days", &[]),
            ("section 7 of the Act", &[]),
        ],
    );
}

#[test]
fn dutch_phrasings() {
    assert_finds(
        "nl",
        &[
            (
                "Wij bewaren deze gegevens zes (6) maanden.",
                &["zes (6) maanden=P6M"],
            ),
            ("6 maanden", &["6 maanden=P6M"]),
            ("twee (2) jaar", &["twee (2) jaar=P2Y"]),
            ("twee jaren", &["twee jaren=P2Y"]),
            ("één (1) maand", &["één (1) maand=P1M"]),
            ("een (1) maand", &["een (1) maand=P1M"]),
            ("binnen een maand", &["binnen een maand=P1M/within"]),
            (
                "binnen één (1) maand na ontvangst",
                &["binnen één (1) maand na ontvangst=P1M/within@request-received"],
            ),
            (
                "vierentwintig (24) maanden",
                &["vierentwintig (24) maanden=P24M"],
            ),
            ("tweeëntwintig dagen", &["tweeëntwintig dagen=P22D"]),
            ("drieëndertig (33) dagen", &["drieëndertig (33) dagen=P33D"]),
            ("eenenzestig (61) dagen", &["eenenzestig (61) dagen=P61D"]),
            ("honderd (100) jaar", &["honderd (100) jaar=P100Y"]),
            (
                "maximaal twee (2) jaar",
                &["maximaal twee (2) jaar=P2Y/up-to"],
            ),
            (
                "tot twaalf (12) maanden",
                &["tot twaalf (12) maanden=P12M/up-to"],
            ),
            (
                "niet langer dan tien (10) jaar",
                &["niet langer dan tien (10) jaar=P10Y/up-to"],
            ),
            (
                "ten minste achttien (18) jaar oud",
                &["ten minste achttien (18) jaar oud=P18Y/at-least"],
            ),
            (
                "minimaal vijf (5) jaar",
                &["minimaal vijf (5) jaar=P5Y/at-least"],
            ),
            ("zeventig (70) uur", &["zeventig (70) uur=PT70H"]),
            (
                "één (1) jaar en zes (6) maanden",
                &["één (1) jaar en zes (6) maanden=P1Y6M"],
            ),
            ("zes (7) maanden", &["zes (7) maanden=P6M!"]),
            (
                "gedurende de looptijd van het contract",
                &["gedurende de looptijd van het contract=end-of-contract"],
            ),
            (
                "gedurende de looptijd van de overeenkomst",
                &["gedurende de looptijd van de overeenkomst=end-of-contract"],
            ),
            (
                "tot het einde van de overeenkomst",
                &["tot het einde van de overeenkomst=end-of-contract"],
            ),
            (
                "totdat u uw toestemming intrekt",
                &["totdat u uw toestemming intrekt=consent-withdrawn"],
            ),
            (
                "zolang u onze diensten gebruikt",
                &["zolang u onze diensten gebruikt=end-of-services"],
            ),
            ("Op 18 mei 2022 is deze verklaring gewijzigd.", &[]),
            ("de Telecommunicatiewet van 2012", &[]),
            ("ISO 27001:2013", &[]),
            ("twee aanvullende diensten", &[]),
            ("vier soorten cookies", &[]),
            ("meer dan 50% van de berichten", &[]),
            ("Keizersgracht 1, 1015 AA Amsterdam", &[]),
            ("een dag per week", &[]),
            ("een keer per jaar", &[]),
            ("1,5 jaar", &["1,5 jaar=P18M"]),
            ("1.000 dagen", &[]),
        ],
    );
}

/// Every unit and every value with a number word: written in the language's
/// legal style, then recognized, gives back the same ISO value.
#[test]
fn writing_then_recognizing_gives_the_same_period_for_every_value() {
    for lang in ["en", "nl"] {
        let vocab = vocabulary(lang);
        let cat = catalog(lang);
        let r = Recognizer::new(&vocab);
        let mut checked = 0;
        for style in [Style::WordsAndNumerals, Style::Numerals] {
            for unit in ["years", "months", "weeks", "days"] {
                for n in 1..=100u32 {
                    let mut d = IsoDuration::default();
                    match unit {
                        "years" => d.years = n,
                        "months" => d.months = n,
                        "weeks" => d.weeks = n,
                        _ => d.days = n,
                    }
                    let text = write_period(&cat, Some(&vocab), style, &Period::Duration(d));
                    let found = r.find(&text);
                    assert_eq!(found.len(), 1, "[{lang}] {text:?}: {found:?}");
                    assert_eq!(found[0].iso, Some(d), "[{lang}] {text:?}");
                    assert_eq!(
                        found[0].text, text,
                        "[{lang}] the whole text is the expression"
                    );
                    assert!(!found[0].numeral_mismatch);
                    checked += 1;
                }
            }
        }
        // Every built-in event, as the theme writes it ending a period and
        // starting one, reads back as that event.
        let mut events = 0;
        for id in BUILTIN_EVENTS {
            let e = Event::new(id).unwrap();
            if cat.has(&e.end_message()) {
                let text = write_period(
                    &cat,
                    Some(&vocab),
                    Style::WordsAndNumerals,
                    &Period::Until(e.clone()),
                );
                let found = r.find(&text);
                assert_eq!(
                    found.iter().map(|f| f.event().cloned()).collect::<Vec<_>>(),
                    [Some(e.clone())],
                    "[{lang}] {text:?}"
                );
                events += 1;
            }
            if cat.has(&e.start_message()) {
                let length = write_period(
                    &cat,
                    Some(&vocab),
                    Style::WordsAndNumerals,
                    &Period::Duration(IsoDuration {
                        years: 2,
                        ..IsoDuration::default()
                    }),
                );
                let text = format!("{length} {}", cat.text(&e.start_message()));
                let found = r.find(&text);
                assert_eq!(found.len(), 1, "[{lang}] {text:?}: {found:?}");
                assert_eq!(
                    found[0].text, text,
                    "[{lang}] the whole text is the expression"
                );
                assert_eq!(found[0].start_event.as_ref(), Some(&e), "[{lang}] {text:?}");
                events += 1;
            }
            assert!(
                cat.has(&e.end_message()) || cat.has(&e.start_message()),
                "[{lang}] the theme has no words for the built-in event {id}"
            );
        }
        // Nineteen start, ten end forms.
        assert_eq!(events, 29, "[{lang}]");
        assert_eq!(checked, 800);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

        /// Compound durations ("one (1) year and six (6) months") from 1 day to
        /// 100 years survive writing and recognizing, inside a sentence.
        #[test]
        fn compound_durations_round_trip(years in 0u32..=99, months in 0u32..=11, days in 0u32..=30, lang in prop::sample::select(vec!["en", "nl"])) {
            prop_assume!(years + months + days > 0);
            let d = IsoDuration { years, months, days, ..IsoDuration::default() };
            let vocab = vocabulary(lang);
            let text = write_period(&catalog(lang), Some(&vocab), Style::WordsAndNumerals, &Period::Duration(d));
            let sentence = format!("We keep it {text}, then delete it.");
            let found = Recognizer::new(&vocab).find(&sentence);
            prop_assert_eq!(found.len(), 1, "{} -> {:?}", sentence, found);
            prop_assert_eq!(found[0].iso, Some(d));
        }
    }
}
