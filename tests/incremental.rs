//! `vellum serve` reuses each language's findings and page from the previous
//! rebuild when that language's inputs did not change (issue 15). Whatever
//! the sequence of saves, the result must be what a full build gives: the
//! same findings and the same bytes, file by file. `vellum build` itself
//! takes the languages through the stages one by one and compacts their
//! catalogs; it must give the same too.

mod common;
use std::collections::BTreeMap;
use std::path::Path;
use vellum::site::SiteFiles;
use vellum::site::memo::Memo;

type Files = BTreeMap<String, Vec<u8>>;

/// The bundled example in three languages: a third, `de`, holding the Dutch
/// translation (its findings differ from Dutch ones, which is what matters).
fn example() -> Files {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Files::new();
    for dir in ["content", "locales", "versions"] {
        for (rel, bytes) in common::files(&root.join(dir)) {
            files.insert(format!("{dir}/{rel}"), bytes);
        }
    }
    copy_language(&mut files, "nl", "de");
    // A block template of the site's own, over the theme's: saves below
    // change it and break it, and the templates a rebuild kept must follow.
    let contact = std::fs::read(root.join("theme/templates/blocks/contact.html")).unwrap();
    files.insert("templates/blocks/contact.html".to_string(), contact);
    // The theme has no German; the site brings the strings and words.
    for name in ["ui.ftl", "periods.yaml"] {
        let theme = std::fs::read(root.join("theme/locales/nl").join(name)).unwrap();
        files.insert(format!("locales/de/{name}"), theme);
    }
    edit(
        &mut files,
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [en, nl, de]",
    );
    // A Dutch text that names a section by its title, and the Dutch prose
    // words as the site's own file: saves below change the title and the
    // words but not the text, whose findings a rebuild may have kept.
    edit(
        &mut files,
        "locales/nl/content.ftl",
        "zegt dat eveneens.",
        "zegt dat eveneens. Zie de sectie \"Uw rechten\".",
    );
    let words = std::fs::read(root.join("theme/locales/nl/prose.yaml")).unwrap();
    files.insert("locales/nl/prose.yaml".to_string(), words);
    files
}

/// Copies the site's files of language `from` to language `to`.
fn copy_language(files: &mut Files, from: &str, to: &str) {
    let prefix = format!("locales/{from}/");
    let copied: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|(rel, b)| Some((rel.strip_prefix(&prefix)?.to_string(), b.clone())))
        .collect();
    for (name, bytes) in copied {
        files.insert(format!("locales/{to}/{name}"), bytes);
    }
}

fn edit(files: &mut Files, rel: &str, from: &str, to: &str) -> bool {
    let text = String::from_utf8(files[rel].clone()).unwrap();
    if !text.contains(from) {
        return false;
    }
    files.insert(rel.to_string(), text.replacen(from, to, 1).into_bytes());
    true
}

/// Keeps the generated source-language file in step with content/, as
/// `vellum serve` does on a writer's save (else every writer's save would
/// only fail the build, and no page after one would be compared).
fn sync_source_file(files: &mut Files) {
    let site = SiteFiles::from_memory(files.clone());
    let Some(notice) = vellum::analyse_files(site, Vec::new()).notice else {
        return;
    };
    let messages = vellum::translate::messages::source_messages(&notice);
    let text = vellum::translate::workflow::source_file_text(&notice, &messages);
    files.insert("locales/en/content.ftl".to_string(), text.into_bytes());
}

/// What a build publishes and reports: every finding and every output file
/// (none when a finding blocks the build).
type Outcome = (Vec<String>, Option<vellum::render::OutputTree>);

fn outcome_of(analysis: &vellum::Analysis, tree: Option<vellum::render::OutputTree>) -> Outcome {
    let found = analysis
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    (found, tree)
}

/// What a build of `files` gives: with `memo`, as `vellum serve` rebuilds
/// (the checks beside the rendering, reusing what `memo` kept); without, as
/// `vellum check` analyses and a build renders.
fn outcome(files: &Files, memo: Option<&Memo>) -> Outcome {
    let site = SiteFiles::from_memory(files.clone());
    let (analysis, tree) = match memo {
        Some(memo) => {
            vellum::check_and_render_files(site, Vec::new(), memo, vellum::Focus::All, |_| false)
        }
        None => {
            let analysis = vellum::analyse_files(site, Vec::new());
            vellum::render_analysis(analysis, false, false)
        }
    };
    outcome_of(&analysis, tree)
}

/// Saves as writers and translators make them, each with its undo.
const EDITS: &[(&str, &str, &str)] = &[
    // A translator rewords a Dutch sentence; the other languages are untouched.
    ("locales/nl/content.ftl", "Wij", "Wij zelf"),
    // ... and the German file gets an English sentence (a wrong-language finding).
    (
        "locales/de/content.ftl",
        "section-who-we-are-title = Wie wij zijn",
        "section-who-we-are-title = Who we are and what we do",
    ),
    // A writer changes the source text: every translation goes stale.
    (
        "content/sections/01-who-we-are.yaml",
        "runs a cloud",
        "operates a cloud",
    ),
    // A mistake that blocks the build, then its repair.
    (
        "content/sections/01-who-we-are.yaml",
        "title: Who we are",
        "titel: Who we are",
    ),
    // A language's name, which every page's chooser shows.
    (
        "locales/nl/content.ftl",
        "notice-title = Privacyverklaring",
        "notice-title = Privacyverklaring van Kestrel",
    ),
    (
        "locales/de/ui.ftl",
        "language-name = Nederlands",
        "language-name = Duits",
    ),
    // The trade name, a term every translation's catalog reads.
    (
        "content/notice.yaml",
        "trade_name: Kestrel",
        "trade_name: Kestrel Cloud",
    ),
    // The source language's own UI strings, which every language falls back to.
    (
        "locales/en/ui.ftl",
        "-authority = Autoriteit Persoonsgegevens",
        "-authority = Dutch Data Protection Authority",
    ),
    // A translation's period words: its vocabulary and every period it
    // writes and recognizes, in texts that did not change.
    (
        "locales/de/periods.yaml",
        "months: [maand, maanden]",
        "months: [maand]",
    ),
    // The Dutch title that a Dutch text names: the text did not change.
    (
        "locales/nl/content.ftl",
        "section-your-rights-title = Uw rechten",
        "section-your-rights-title = Uw privacyrechten",
    ),
    // A Dutch word for "here": texts that did not change now end in one.
    (
        "locales/nl/prose.yaml",
        "here: [hier]",
        "here: [hier, eveneens]",
    ),
    // A hedge ("soms", sometimes) in Dutch: a plain-language finding.
    (
        "locales/nl/content.ftl",
        "Wij verzamelen alleen",
        "Wij verzamelen soms alleen",
    ),
    // The site's contact template changes every page ...
    (
        "templates/blocks/contact.html",
        "<dl class=\"definitions contact\">",
        "<dl class=\"definitions contact site\">",
    ),
    // ... and is broken: a template error, at its line, blocks the build.
    (
        "templates/blocks/contact.html",
        "{% endif %}</dl>",
        "{% endif %</dl>",
    ),
    // A translator's note above the first section: every later line of
    // the file moves down one, and so do the positions of its findings
    // (the file is parsed in pieces, kept by where they start).
    (
        "locales/de/content.ftl",
        "section-who-we-are-title =",
        "# Translator's note: keep it short.\nsection-who-we-are-title =",
    ),
    // A group heading of the translator's own, in the middle of a section:
    // one piece becomes two.
    (
        "locales/nl/content.ftl",
        "section-your-rights-title =",
        "## Rechten\n\nsection-your-rights-title =",
    ),
    // A message without its `=`: one piece does not parse, and the whole
    // file's errors are reported as when it is parsed at once.
    (
        "locales/nl/content.ftl",
        "section-security-title = Beveiliging",
        "section-security-title Beveiliging",
    ),
    // A period that contradicts its rule, in one translation only.
    (
        "locales/de/content.ftl",
        "zes (6) maanden",
        "zeven (7) maanden",
    ),
    // A text names a sub-processor: its name becomes a term of every
    // catalog, and the comments of the messages naming it say so.
    (
        "content/sections/07-subprocessors.yaml",
        "work of our sub-processors.",
        "work of our sub-processors, such as Saltmarsh Mail Relay Ltd.",
    ),
    // ... and the sub-processor is renamed: texts that did not change no
    // longer name a term.
    (
        "content/data/subprocessors.yaml",
        "name: Saltmarsh Mail Relay Ltd",
        "name: Saltmarsh Relay Ltd",
    ),
];

/// What `vellum build` publishes and reports: each language is checked as
/// soon as its catalog is built, then compacted (`analyse_for_build`).
fn built(files: &Files) -> Outcome {
    let site = SiteFiles::from_memory(files.clone());
    let analysis = vellum::analyse_for_build(site, Vec::new());
    let (analysis, tree) = vellum::render_analysis(analysis, false, false);
    outcome_of(&analysis, tree)
}

/// Asserts the same findings and bytes; returns whether the site built.
fn same_outcome(a: &Outcome, b: &Outcome, what: &str) -> bool {
    assert_eq!(a.0, b.0, "{what}: findings differ");
    match (&a.1, &b.1) {
        (Some(a), Some(b)) => {
            let names: Vec<&String> = a.keys().collect();
            assert_eq!(names, b.keys().collect::<Vec<_>>(), "{what}: files differ");
            for (name, bytes) in a {
                assert!(bytes == &b[name], "{what}: {name} differs");
            }
            true
        }
        (None, None) => false,
        _ => panic!("{what}: one build failed, the other did not"),
    }
}

/// Builds `files` with the memo, without, and as `vellum build` does, and
/// asserts the same findings and bytes; returns whether the site built.
/// Before the rebuild with the memo, the source language and `de` are each
/// checked and rendered alone with the same memo, as `vellum serve` does for
/// the language of an open page: see [`same_as_full_build_for`].
fn same_as_full_build(files: &Files, memo: &Memo, what: &str) -> bool {
    let full = outcome(files, None);
    for lang in ["en", "de"] {
        same_as_full_build_for(files, memo, lang, &full, what);
    }
    let incremental = outcome(files, Some(memo));
    same_outcome(&built(files), &full, &format!("{what}, as `vellum build`"));
    same_outcome(&incremental, &full, what)
}

/// A pass focused on `lang` finds nothing the full build does not, fails
/// only when the full build fails, and gives `lang`'s files exactly as the
/// full build does whenever the full build succeeds.
fn same_as_full_build_for(files: &Files, memo: &Memo, lang: &str, full: &Outcome, what: &str) {
    let what = format!("{what}, {lang} first");
    let langs = [lang.to_string()];
    let site = SiteFiles::from_memory(files.clone());
    let focus = vellum::Focus::Only(&langs);
    let (analysis, tree) = vellum::check_and_render_files(site, Vec::new(), memo, focus, |_| false);
    let (found, tree) = outcome_of(&analysis, tree);
    for finding in &found {
        assert!(
            full.0.contains(finding),
            "{what}: found only when focused: {finding}"
        );
    }
    // When the full build fails, the focused pass, which checks less, may
    // or may not: `vellum serve` then serves the last good build again.
    let Some(full_tree) = &full.1 else {
        return;
    };
    let Some(tree) = tree else {
        panic!("{what}: the focused pass failed, the full build did not: {found:#?}");
    };
    let prefix = format!("{lang}/");
    let of_lang = |t: &vellum::render::OutputTree| -> Vec<(String, Vec<u8>)> {
        t.iter()
            .filter(|(name, _)| name.starts_with(&prefix))
            .map(|(name, file)| (name.clone(), file.bytes().into_owned()))
            .collect()
    };
    let (mine, theirs) = (of_lang(&tree), of_lang(full_tree));
    assert!(!mine.is_empty(), "{what}: no files of {lang}");
    assert!(
        mine == theirs,
        "{what}: {lang}'s files differ from the full build's"
    );
}

/// The saves above that make an error, so the site does not build.
const BLOCKING: &[&str] = &[
    "titel: Who we are",
    "{% endif %</dl>",
    "section-security-title Beveiliging",
    "zeven (7) maanden",
    "months: [maand]",
];

#[test]
fn rebuilds_that_reuse_work_equal_full_builds_after_any_sequence_of_saves() {
    let mut files = example();
    let memo = Memo::default();
    assert!(
        same_as_full_build(&files, &memo, "the three-language example"),
        "the three-language example does not build: {:#?}",
        outcome(&files, None).0
    );
    // Each save alone, then its undo: every one is compared on a site that
    // builds (but those that make an error).
    for (i, (rel, from, to)) in EDITS.iter().enumerate() {
        assert!(edit(&mut files, rel, from, to), "edit {i} did not apply");
        sync_source_file(&mut files);
        let built = same_as_full_build(&files, &memo, &format!("edit {i} alone"));
        assert!(
            built || BLOCKING.contains(to),
            "edit {i} alone does not build"
        );
        assert!(edit(&mut files, rel, to, from));
        sync_source_file(&mut files);
        same_as_full_build(&files, &memo, &format!("edit {i} undone"));
    }
    // Then saves in a random order, several in force at once. A fixed seed:
    // the sequence is the same on every run.
    let mut seed: u64 = 0x0015_eed5;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut applied = vec![false; EDITS.len()];
    let mut built_once = false;
    for step in 0..16 {
        let i = (next() % EDITS.len() as u64) as usize;
        let (rel, from, to) = EDITS[i];
        let changed = if applied[i] {
            edit(&mut files, rel, to, from)
        } else {
            edit(&mut files, rel, from, to)
        };
        assert!(changed, "step {step}: edit {i} did not apply");
        applied[i] = !applied[i];
        sync_source_file(&mut files);
        built_once |= same_as_full_build(&files, &memo, &format!("step {step} (edit {i})"));
    }
    assert!(built_once, "no step built: the sequence tests nothing");
}

#[test]
fn a_translators_save_reuses_the_other_languages() {
    let mut files = example();
    let memo = Memo::default();
    let keys_of = |files: &Files| {
        let site = SiteFiles::from_memory(files.clone());
        vellum::analyse_files_with(site, Vec::new(), Some(&memo))
            .language_keys
            .unwrap()
    };
    let before = keys_of(&files);
    edit(
        &mut files,
        "locales/de/content.ftl",
        "zes (6) maanden",
        "zeven (7) maanden",
    );
    let after = keys_of(&files);
    // Only `de`'s inputs changed: the other languages' findings are found again.
    for lang in ["en", "nl"] {
        let key = after.key(lang, 0).unwrap();
        assert_eq!(Some(key), before.key(lang, 0), "{lang}");
        assert!(
            memo.get::<Vec<vellum::diagnostics::Diagnostic>>("language-checks", lang, key)
                .is_some(),
            "{lang}"
        );
    }
    assert_ne!(after.key("de", 0), before.key("de", 0));
    // A writer's save changes what every language reads.
    edit(
        &mut files,
        "content/sections/01-who-we-are.yaml",
        "runs a cloud",
        "operates a cloud",
    );
    let writer = keys_of(&files);
    for lang in ["en", "nl", "de"] {
        assert_ne!(writer.key(lang, 0), after.key(lang, 0), "{lang}");
    }
}

/// A regional language without word lists of its own reads its main
/// language's: a save to those must check it again, as a full build does.
#[test]
fn a_save_to_the_main_languages_words_checks_the_regional_language_again() {
    let mut files = example();
    copy_language(&mut files, "nl", "nl-BE");
    // Without word lists of its own: it reads the Dutch ones.
    files.remove("locales/nl-BE/prose.yaml");
    // UI strings are not read from the main language: the site brings them.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ui = std::fs::read(root.join("theme/locales/nl/ui.ftl")).unwrap();
    files.insert("locales/nl-BE/ui.ftl".into(), ui);
    assert!(edit(
        &mut files,
        "content/notice.yaml",
        "languages: [en, nl, de]",
        "languages: [en, nl, de, nl-BE]",
    ));
    let memo = Memo::default();
    assert!(
        same_as_full_build(&files, &memo, "with nl-BE"),
        "{:#?}",
        outcome(&files, None).0
    );
    // The site's own Dutch word lists, with a prompt that the Dutch text has.
    let prose = std::fs::read_to_string(root.join("theme/locales/nl/prose.yaml")).unwrap();
    let prose = prose.replace("tik hier]", "tik hier, hoe lang wij ze bewaren]");
    files.insert("locales/nl/prose.yaml".into(), prose.into_bytes());
    same_as_full_build(&files, &memo, "after a save to locales/nl/prose.yaml");
    let found = outcome(&files, Some(&memo)).0;
    let in_belgian_dutch = |f: &&String| f.contains("locales/nl-BE/content.ftl");
    assert!(
        found
            .iter()
            .filter(in_belgian_dutch)
            .any(|f| f.contains("hoe lang wij ze bewaren")),
        "{found:#?}"
    );
}

/// An early pass (`vellum serve`'s, for the language of an open page) only
/// decides whether that language's new pages may be shown: it finds the
/// language's errors, and leaves the checks that can only warn (the language
/// a text reads as, the form of address, TODO markers) to the full rebuild.
#[test]
fn an_early_pass_finds_errors_and_leaves_warnings_to_the_full_rebuild() {
    let mut files = example();
    // An English title in the Dutch file: a wrong-language warning.
    assert!(edit(
        &mut files,
        "locales/nl/content.ftl",
        "section-who-we-are-title = Wie wij zijn",
        "section-who-we-are-title = Everything about the company that handles your personal information",
    ));
    let memo = Memo::default();
    let early = |files: &Files| {
        let langs = ["nl".to_string()];
        let site = SiteFiles::from_memory(files.clone());
        let focus = vellum::Focus::Only(&langs);
        let (analysis, tree) =
            vellum::check_and_render_files(site, Vec::new(), &memo, focus, |_| false);
        outcome_of(&analysis, tree)
    };
    let is_wrong_language = |f: &String| f.contains("[wrong-language]") && f.contains("nl");
    let full = outcome(&files, None);
    assert!(full.0.iter().any(is_wrong_language), "{:#?}", full.0);
    let (found, tree) = early(&files);
    assert!(!found.iter().any(is_wrong_language), "{found:#?}");
    let tree = tree.expect("a warning does not hold the page back");
    // Only the language's own folder: the site-wide files (the sitemap, the
    // model's JSON exports, the chooser) wait for the whole rebuild.
    let outside: Vec<&String> = tree.keys().filter(|k| !k.starts_with("nl/")).collect();
    assert!(outside.is_empty(), "{outside:#?}");
    assert!(tree.contains_key("nl/index.html"));
    // The full rebuild after it, with the same memo, reports the warning.
    let rebuilt = outcome(&files, Some(&memo));
    assert!(rebuilt.0.iter().any(is_wrong_language), "{:#?}", rebuilt.0);

    // A period that contradicts its rule is an error: the early pass finds
    // it and holds the Dutch pages back.
    assert!(edit(
        &mut files,
        "locales/nl/content.ftl",
        "zes (6) maanden",
        "zeven (7) maanden",
    ));
    let (found, tree) = early(&files);
    assert!(tree.is_none(), "{found:#?}");
    assert!(
        found
            .iter()
            .any(|f| f.contains(": error[period-contradiction]: ")
                && f.contains("zeven (7) maanden")),
        "{found:#?}"
    );
}

/// `vellum serve` keeps what the running-text checks and the period
/// recognizer found in each text, for texts a save leaves alone. What such
/// a text is judged against can still change: the section titles it names,
/// the language's words, its period vocabulary. Each finding then follows
/// the change, located in the unchanged text.
#[test]
fn findings_kept_for_unchanged_texts_follow_the_titles_and_words_they_depend_on() {
    let mut files = example();
    let memo = Memo::default();
    let rebuilt = |files: &Files| outcome(files, Some(&memo)).0;
    let before = rebuilt(&files);
    let names_title = |f: &String| f.contains("\"Uw rechten\" is not the title of a section");
    assert!(!before.iter().any(names_title), "{before:#?}");

    // The Dutch title changes; the text that names it does not.
    assert!(edit(
        &mut files,
        "locales/nl/content.ftl",
        "section-your-rights-title = Uw rechten",
        "section-your-rights-title = Uw privacyrechten",
    ));
    let found = rebuilt(&files);
    let finding = found.iter().find(|f| names_title(f));
    let finding = finding.unwrap_or_else(|| panic!("{found:#?}"));
    assert!(
        finding.starts_with("locales/nl/content.ftl:")
            && finding.contains("warning[unknown-section-title]"),
        "{finding}"
    );

    // The Dutch words gain a word for "here"; no text changes.
    assert!(edit(
        &mut files,
        "locales/nl/prose.yaml",
        "here: [hier]",
        "here: [hier, eveneens]",
    ));
    let found = rebuilt(&files);
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("locales/nl/content.ftl:")
                && f.contains("\"eveneens\" ends a sentence")),
        "{found:#?}"
    );

    // The Dutch plain-language words gain a hedge; no text changes.
    let plain = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("theme/locales/nl/plain.yaml"),
    )
    .unwrap();
    let plain = plain.replacen("hedges:\n", "hedges:\n  - eveneens\n", 1);
    files.insert("locales/nl/plain.yaml".to_string(), plain.into_bytes());
    let found = rebuilt(&files);
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("locales/nl/content.ftl:")
                && f.contains("warning[hedge]: \"eveneens\"")),
        "{found:#?}"
    );

    // The German period words lose "maanden": the German "zes (6) maanden"
    // no longer states the rule it stated, and every finding equals a full build's.
    let full_before = outcome(&files, None).0;
    assert!(edit(
        &mut files,
        "locales/de/periods.yaml",
        "months: [maand, maanden]",
        "months: [maand]",
    ));
    let found = rebuilt(&files);
    assert_eq!(found, outcome(&files, None).0);
    assert_ne!(found, full_before, "the German vocabulary changed nothing");
}
