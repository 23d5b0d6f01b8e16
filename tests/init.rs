//! Day one for a writer: `vellum init` writes a notice that builds, `TODO`
//! markers are warnings at their place until they are gone, and `vellum i18n
//! add` starts a language. Everything through the command line.

mod common;
use common::{Run, Site};
use std::path::Path;
use std::process::Command;

fn vellum(cwd: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_vellum"))
        .args(args)
        .env("NO_COLOR", "1")
        .current_dir(cwd)
        .output()
        .expect("run vellum");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

const SECTIONS: [&str; 9] = [
    "who-we-are",
    "personal-data",
    "purposes",
    "recipients",
    "transfers",
    "retention",
    "your-rights",
    "changes",
    "contact",
];

#[test]
fn init_into_an_empty_folder_then_build_gives_a_page_with_every_section() {
    let dir = tempfile::tempdir().expect("temp dir");
    let init = vellum(dir.path(), &["init", "notice"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert!(
        init.stderr.contains("vellum --root notice check"),
        "{}",
        init.stderr
    );
    let build = vellum(dir.path(), &["--root", "notice", "build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = std::fs::read_to_string(dir.path().join("notice/public/en/index.html"))
        .expect("the page was written");
    for id in SECTIONS {
        assert!(
            page.contains(&format!("<section id=\"{id}\"")),
            "no section {id}"
        );
    }
    assert!(page.contains("<h1>Privacy Statement</h1>"));
}

#[test]
fn a_new_notice_has_no_errors_and_a_located_warning_per_todo() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(vellum(dir.path(), &["init"]).code, 0);
    let check = vellum(dir.path(), &["check", "--format", "json"]);
    assert_eq!(check.code, 0, "warnings only: {}", check.stdout);
    let diags = check.diagnostics();
    assert!(diags.len() >= 10, "{}", check.stdout);
    assert!(
        diags
            .iter()
            .all(|d| d["code"] == "todo" && d["severity"] == "warning")
    );
    let notice = std::fs::read_to_string(dir.path().join("content/notice.yaml")).unwrap();
    let line = notice
        .lines()
        .position(|l| l.starts_with("legal_name") || l.contains("  legal_name:"))
        .expect("legal_name line")
        + 1;
    let col = notice.lines().nth(line - 1).unwrap().find("TODO").unwrap() + 1;
    let d = diags
        .iter()
        .find(|d| d["file"] == "content/notice.yaml" && d["line"] == line)
        .unwrap_or_else(|| panic!("no TODO at notice.yaml:{line}: {}", check.stdout));
    assert_eq!(d["column"], col);
    assert_eq!(
        d["message"],
        "left to do: your organisation's registered name"
    );
    assert!(
        d["hint"]
            .as_str()
            .unwrap()
            .contains("delete the TODO marker")
    );
    // A publishing job that denies warnings refuses the draft.
    assert_eq!(vellum(dir.path(), &["check", "--deny-warnings"]).code, 1);
    assert_eq!(vellum(dir.path(), &["build", "--strict"]).code, 1);
    // One idea, one spelling that works for both commands.
    assert_eq!(vellum(dir.path(), &["check", "--strict"]).code, 1);
    assert_eq!(vellum(dir.path(), &["build", "--deny-warnings"]).code, 1);
}

#[test]
fn init_in_english_and_dutch_translates_and_confirms_the_dutch() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(vellum(dir.path(), &["init", "--lang", "en,nl"]).code, 0);
    let check = vellum(dir.path(), &["check", "--format", "json"]);
    assert!(
        check.diagnostics().iter().all(|d| d["code"] == "todo"),
        "only TODOs, no missing or stale translation, no English in Dutch: {}",
        check.stdout
    );
    assert_eq!(vellum(dir.path(), &["build"]).code, 0);
    let nl = std::fs::read_to_string(dir.path().join("public/nl/index.html")).unwrap();
    assert!(nl.contains("<h1>Privacyverklaring</h1>"), "{nl}");
    assert!(nl.contains("Hoe lang wij uw gegevens bewaren"));
}

#[test]
fn init_with_dutch_first_writes_dutch_prose() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(vellum(dir.path(), &["init", "--lang", "nl,en"]).code, 0);
    let section =
        std::fs::read_to_string(dir.path().join("content/sections/06-retention.yaml")).unwrap();
    assert!(
        section.contains("title: Hoe lang wij uw gegevens bewaren"),
        "{section}"
    );
    let check = vellum(dir.path(), &["check", "--format", "json"]);
    assert!(
        check.diagnostics().iter().all(|d| d["code"] == "todo"),
        "{}",
        check.stdout
    );
}

#[test]
fn init_with_a_language_vellum_has_no_words_for_starts_it_from_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(vellum(dir.path(), &["init", "--lang", "en,de"]).code, 0);
    for rel in [
        "locales/de/ui.ftl",
        "locales/de/periods.yaml",
        "locales/de/content.ftl",
    ] {
        let text = std::fs::read_to_string(dir.path().join(rel)).unwrap();
        assert!(
            text.contains("TODO: "),
            "{rel} is not marked for translation"
        );
    }
    let build = vellum(dir.path(), &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(dir.path().join("public/de/index.html").is_file());
}

#[test]
fn init_never_writes_over_an_existing_site() {
    let site = Site::minimal();
    let before = site.read("content/notice.yaml");
    let run = site.run(&["init"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("already has a content/ folder; vellum init wrote nothing"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("content/notice.yaml"), before);
    assert!(!site.path().join("schema").exists());
}

#[test]
fn init_refuses_a_malformed_language_tag() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = vellum(dir.path(), &["init", "--lang", "en,Dutch"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error[usage]: `Dutch` is not a language tag; nothing was written"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("content").exists());
}

#[test]
fn many_languages_collapse_into_a_disclosure_that_links_to_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let init = vellum(dir.path(), &["init", "--lang", "en,nl,de,fr,es,it"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    let build = vellum(dir.path(), &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let en = std::fs::read_to_string(dir.path().join("public/en/index.html")).unwrap();
    assert!(en.contains("<details><summary><span class=\"label\">Language:</span> <span lang=\"en\">English</span></summary>"), "{en}");
    assert!(
        en.contains("<a href=\"../fr/index.html\" hreflang=\"fr\""),
        "{en}"
    );
    let chooser = std::fs::read_to_string(dir.path().join("public/index.html")).unwrap();
    assert!(chooser.contains("href=\"it/index.html\""), "{chooser}");
}

// ---- TODO markers in a site ---------------------------------------------------

#[test]
fn a_todo_is_a_warning_at_its_line_and_column_in_every_format() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "title: ",
        "# TODO: ask legal about the title\ntitle: ",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning[todo]: left to do: ask legal about the title\n --> content/sections/01-introduction.yaml:"
        ),
        "{}",
        run.stderr
    );
    let json = site.run(&["check", "--format", "json"]);
    let d = &json.diagnostics()[0];
    assert_eq!(
        (d["code"].as_str(), d["column"].as_u64()),
        (Some("todo"), Some(3))
    );
    let github = site.run(&["check", "--format", "github"]);
    assert!(
        github
            .stdout
            .starts_with("::warning file=content/sections/01-introduction.yaml,line="),
        "{}",
        github.stdout
    );
}

#[test]
fn lower_case_todo_and_words_containing_it_are_prose() {
    let site = Site::minimal();
    site.edit(
        "content/sections/01-introduction.yaml",
        "title: ",
        "# todo, TODOS and MASTODON are words\ntitle: ",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert!(
        run.diagnostics().iter().all(|d| d["code"] != "todo"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_todo_in_prose_is_reported_once_not_again_in_the_generated_file() {
    let site = Site::bilingual();
    site.edit(
        "content/sections/01-introduction.yaml",
        "body: |\n",
        "body: |\n  TODO: a first paragraph.\n\n",
    );
    assert_eq!(site.run(&["i18n", "sync"]).code, 0);
    let run = site.run(&["check", "--format", "json"]);
    let todos: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d["code"] == "todo")
        .collect();
    assert_eq!(todos.len(), 1, "{}", run.stdout);
    assert_eq!(todos[0]["file"], "content/sections/01-introduction.yaml");
}

// ---- vellum i18n add --------------------------------------------------------

#[test]
fn adding_a_language_writes_its_starting_points_and_extends_a_flow_list() {
    let site = Site::minimal();
    let run = site.run(&["i18n", "add", "de"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("content/notice.yaml")
            .contains("languages: [en, de]\n")
    );
    let ui = site.read("locales/de/ui.ftl");
    assert!(
        ui.contains("# TODO: translate every message below into `de`"),
        "{ui}"
    );
    assert!(ui.contains("# TODO: the language's name in itself, as the language switcher shows it\nlanguage-name = English"));
    let periods = site.read("locales/de/periods.yaml");
    assert!(
        periods.starts_with("# yaml-language-server: $schema=../../schema/periods.schema.json\n")
    );
    // The site still builds: the new language falls back to the source text.
    assert_eq!(site.run(&["build"]).code, 0);
}

#[test]
fn adding_a_language_extends_a_block_list_in_its_own_style() {
    let site = Site::minimal();
    site.edit(
        "content/notice.yaml",
        "languages: [en]",
        "languages:\n  - en # source",
    );
    assert_eq!(site.run(&["i18n", "add", "fr"]).code, 0);
    assert!(
        site.read("content/notice.yaml")
            .contains("languages:\n  - en # source\n  - fr\n")
    );
}

#[test]
fn a_list_vellum_cannot_extend_safely_is_left_and_the_line_printed() {
    let site = Site::minimal();
    site.edit(
        "content/notice.yaml",
        "languages: [en]",
        "languages: [\n  en\n  ]",
    );
    let before = site.read("content/notice.yaml");
    let run = site.run(&["i18n", "add", "fr"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("content/notice.yaml"), before);
    assert!(
        run.stderr
            .contains("write this line there:\n  languages: [en, fr]"),
        "{}",
        run.stderr
    );
}

#[test]
fn adding_a_built_in_language_writes_no_theme_files_and_never_overwrites() {
    let site = Site::minimal();
    let run = site.run(&["i18n", "add", "nl"]);
    assert!(
        run.stderr
            .contains("left locales/nl/ui.ftl alone: the theme has ui.ftl for `nl` already"),
        "{}",
        run.stderr
    );
    assert!(!site.path().join("locales/nl/ui.ftl").exists());
    site.write("locales/de/ui.ftl", "language-name = Deutsch\n");
    let run = site.run(&["i18n", "add", "de"]);
    assert!(
        run.stderr
            .contains("left locales/de/ui.ftl alone: it is there already"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("locales/de/ui.ftl"), "language-name = Deutsch\n");
    let again = site.run(&["i18n", "add", "de"]);
    assert!(
        again
            .stderr
            .contains("content/notice.yaml lists `de` already"),
        "{}",
        again.stderr
    );
}

#[test]
fn adding_a_malformed_tag_is_a_usage_error() {
    let site = Site::minimal();
    let run = site.run(&["i18n", "add", "../x"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error[usage]: `../x` is not a language tag; nothing was written"),
        "{}",
        run.stderr
    );
    assert!(!site.path().join("locales").exists());
}

#[test]
fn adding_a_regional_language_starts_from_its_main_language() {
    let site = Site::minimal();
    assert_eq!(site.run(&["i18n", "add", "nl"]).code, 0);
    let run = site.run(&["i18n", "add", "nl-BE"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ui = site.read("locales/nl-BE/ui.ftl");
    assert!(ui.starts_with("# User-interface strings for `nl-BE`, written by `vellum i18n add nl-BE` from those\n# of `nl`."), "{ui}");
    assert!(ui.contains("\nlanguage-name = Nederlands\n"), "{ui}");
    assert!(!ui.contains("TODO"), "{ui}");
    assert!(
        run.stderr.contains(
            "left locales/nl-BE/periods.yaml alone: `nl-BE` reads the periods.yaml of `nl`"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.path().join("locales/nl-BE/periods.yaml").exists());
    // Its periods are checked with the Dutch words: no missing vocabulary.
    let check = site.run(&["check", "--format", "json"]);
    assert!(
        !check
            .diagnostics()
            .iter()
            .any(|d| d["code"] == "no-vocabulary" || d["code"] == "missing-ui-strings"),
        "{:#?}",
        check.diagnostics()
    );
}
