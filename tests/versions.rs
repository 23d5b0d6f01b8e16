//! Versions: `vellum release`, the permalinks of every version, the version
//! index, the changelog, the feeds, and every error path of the archive.
//! The fixture tests/fixtures/versions holds three released versions (1.0,
//! 2.0 and 3.0, the last also its content), made by
//! tests/fixtures/make_versions.py.

mod common;
use common::{Run, Site, copy_tree, repo};
use std::path::Path;
use std::process::Command;

/// A copy of tests/fixtures/versions.
fn fixture() -> Site {
    let site = Site::minimal();
    for dir in ["content", "locales"] {
        std::fs::remove_dir_all(site.path().join(dir)).ok();
    }
    copy_tree(&repo().join("tests/fixtures/versions"), site.path());
    site
}

/// Runs vellum on the site as if it were `today`.
fn run_on(site: &Site, today: &str, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_vellum"))
        .arg("--root")
        .arg(site.path())
        .args(args)
        .env("NO_COLOR", "1")
        .env("VELLUM_TODAY", today)
        .current_dir(site.path())
        .output()
        .expect("run vellum");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn build(site: &Site, today: &str) {
    let run = run_on(site, today, &["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

/// Releases the example's 4.1 and starts 4.2 (in force from 1 September
/// 2026) in `content/`, so that the next build compares the two.
fn release_and_start_next(site: &Site) {
    let run = run_on(site, "2026-06-01", &["release"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site.edit(
        "content/notice.yaml",
        "version: \"4.1\"",
        "version: \"4.2\"",
    );
    site.edit(
        "content/notice.yaml",
        "effective_date: \"2026-05-18\"",
        "effective_date: \"2026-09-01\"",
    );
}

/// The single diagnostic of a `--format json` run, as
/// (code, "file:line:col", message, hint).
fn only_diagnostic(run: &Run) -> (String, String, String, String) {
    let diags = run.diagnostics();
    assert_eq!(diags.len(), 1, "{diags:#?}\n{}", run.stderr);
    let d = &diags[0];
    let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
    (
        s("code"),
        format!("{}:{}:{}", s("file"), d["line"], d["column"]),
        s("message"),
        s("hint"),
    )
}

#[test]
fn every_version_has_a_permalink_in_every_language() {
    let site = fixture();
    build(&site, "2026-06-01");
    for v in ["1.0", "2.0", "3.0"] {
        for lang in ["en", "nl"] {
            let page = site.read(&format!("public/{lang}/versions/{v}/index.html"));
            assert!(page.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")));
            assert!(page.contains(&format!(
                "<link rel=\"canonical\" href=\"https://privacy.example.com/{lang}/versions/{v}/\">"
            )));
            assert!(
                site.path()
                    .join(format!("public/{lang}/versions/{v}/notice.jsonld"))
                    .is_file()
            );
        }
        assert!(
            site.path()
                .join(format!("public/versions/{v}/retention.json"))
                .is_file()
        );
    }
    // The current notice is 3.0, without a status; so is its permalink.
    let current = site.read("public/en/index.html");
    assert!(current.contains("<span>Version 3.0</span>"));
    assert!(
        !current.contains("version-status"),
        "no status on the current notice"
    );
    assert!(
        !site
            .read("public/en/versions/3.0/index.html")
            .contains("version-status")
    );
}

#[test]
fn an_earlier_version_says_it_is_not_in_force_and_looks_as_published() {
    let site = fixture();
    build(&site, "2026-06-01");
    let old = site.read("public/en/versions/1.0/index.html");
    assert!(
        old.contains("<strong>This is version 1.0, in force from 1 January 2024 to 31 December 2024. It is no longer in force.</strong> <a href=\"../../../en/index.html\">Read the current version (3.0)</a>"),
        "{old}"
    );
    assert!(old.contains("<span>Version 1.0</span>"));
    assert!(
        old.contains("six (6) months"),
        "the text of 1.0, not the current one"
    );
    // Its stylesheet is the one it was published with, frozen beside it.
    assert!(
        old.contains("<link rel=\"stylesheet\" href=\"../../../versions/1.0/static/style.css\">")
    );
    assert_eq!(
        site.read("public/versions/1.0/static/style.css"),
        site.read("versions/1.0/static/style.css")
    );
    // The language switcher stays in the version.
    assert!(old.contains("<a href=\"../../../nl/versions/1.0/index.html\" hreflang=\"nl\""));
    let nl = site.read("public/nl/versions/2.0/index.html");
    assert!(nl.contains(
        "<strong>Dit is versie 2.0, van kracht van 1 januari 2025 tot en met 31 december 2025. Deze versie is niet meer van kracht.</strong> <a href=\"../../../nl/index.html\">Lees de huidige versie (3.0)</a>"
    ));
}

#[test]
fn the_version_index_lists_every_version_newest_first() {
    let site = fixture();
    build(&site, "2026-06-01");
    let index = site.read("public/en/versions/index.html");
    let at = |s: &str| {
        index
            .find(s)
            .unwrap_or_else(|| panic!("{s} not in {index}"))
    };
    assert!(at("id=\"version-3.0\"") < at("id=\"version-2.0\""));
    assert!(at("id=\"version-2.0\"") < at("id=\"version-1.0\""));
    assert!(index.contains("<a href=\"../../en/versions/2.0/index.html\">Version 2.0</a>"));
    assert!(index.contains("1 January 2025 – 31 December 2025"));
    assert!(index.contains("<td data-label=\"Status\">In force now</td>"));
    assert!(index.contains("One change to the facts, which is material."));
    assert!(index.contains("3 changes to the facts, 2 of them material. Reworded: 1 Introduction, 2 How long we keep data."));
    let nl = site.read("public/nl/versions/index.html");
    assert!(nl.contains("<td data-label=\"Status\">Niet meer van kracht</td>"));
    assert!(nl.contains("3 wijzigingen in de feiten, waarvan 2 wezenlijk."));
}

#[test]
fn the_changelog_tells_the_facts_in_each_language_and_marks_material_ones() {
    let site = fixture();
    build(&site, "2026-06-01");
    let en = site.read("public/en/versions/changes/index.html");
    for want in [
        "<span class=\"badge material-badge\">Material: new transfer outside the EEA</span> <span class=\"change-kind\">Added</span> <span class=\"change-area\">(sub-processor)</span> <strong>CloudCo Inc.</strong><span class=\"change-detail\">Country: United States</span><span class=\"change-detail\">Transfer safeguard: Standard contractual clauses</span>",
        "<span class=\"badge material-badge\">Material: kept longer</span> <span class=\"change-kind\">Changed</span> <span class=\"change-area\">(retention period)</span> <strong>SMS traffic data</strong><span class=\"change-detail\"><span class=\"before\">6 months; up to 2 years</span> <span aria-hidden=\"true\">→</span><span class=\"visually-hidden\"> becomes </span> <span class=\"after\">12 months; up to 2 years</span></span>",
        "<span class=\"badge material-badge\">Material: new purpose</span> <span class=\"change-kind\">Added</span> <span class=\"change-area\">(purpose)</span> <strong>Preventing fraud</strong><span class=\"change-detail\">Legal basis: Legitimate interest</span>",
        "<span class=\"change-kind\">Added</span> <span class=\"change-area\">(legal basis)</span> <strong>Legitimate interest</strong>",
    ] {
        assert!(en.contains(want), "{want}\nnot in\n{en}");
    }
    // The legal basis added with the purpose is a change, not a material one.
    let other = &en[en.find("<h3>Other changes</h3>").unwrap()..];
    assert!(other.starts_with("<h3>Other changes</h3>\n<ul class=\"changes\">\n<li class=\"change change-added\"><span class=\"change-kind\">Added</span> <span class=\"change-area\">(legal basis)</span>"));
    let nl = site.read("public/nl/versions/changes/index.html");
    assert!(nl.contains("<span class=\"badge material-badge\">Wezenlijk: langer bewaard</span> <span class=\"change-kind\">Gewijzigd</span> <span class=\"change-area\">(bewaartermijn)</span> <strong>Verkeersgegevens van sms-berichten</strong><span class=\"change-detail\"><span class=\"before\">6 maanden; maximaal 2 jaar</span>"), "{nl}");
    assert!(nl.contains("Wezenlijk: nieuwe doorgifte buiten de EER"));
    assert!(nl.contains("<span class=\"change-detail\">Land: Verenigde Staten</span>"));
}

/// A purpose that processes a kind of personal data it did not before is a
/// material change, in every language's words, with the data before and after.
#[test]
fn a_purpose_for_more_personal_data_is_a_material_change() {
    let site = Site::example();
    release_and_start_next(&site);
    site.edit(
        "content/data/purposes.yaml",
        "data_categories: [identifiers, support-interactions, traffic-data]",
        "data_categories: [identifiers, support-interactions, traffic-data, location-data]",
    );
    build(&site, "2026-10-01");
    let en = site.read("public/en/versions/changes/index.html");
    let material = &en[en.find("<h3>Material changes</h3>").expect(&en)..];
    let material = &material[..material.find("</ul>").unwrap()];
    assert!(
        material.contains(
            "<span class=\"badge material-badge\">Material: more personal data</span> <span class=\"change-kind\">Changed</span> <span class=\"change-area\">(purpose)</span> <strong>Providing customer support</strong>"
        ),
        "{material}"
    );
    assert!(
        material.contains("Location data</span></span>"),
        "{material}"
    );
    let nl = site.read("public/nl/versions/changes/index.html");
    assert!(
        nl.contains("<span class=\"badge material-badge\">Wezenlijk: meer persoonsgegevens</span> <span class=\"change-kind\">Gewijzigd</span> <span class=\"change-area\">(doel)</span>"),
        "{nl}"
    );
    let feed = site.read("public/en/versions/feed.xml");
    assert!(feed.contains("Material: more personal data"), "{feed}");
}

/// Sources of personal data (Art. 14(2)(f) GDPR) are compared: one that now
/// gives more kinds of data is material, and so is a new one; a version
/// released before vellum recorded sources is compared without them.
#[test]
fn a_source_that_gives_more_data_is_a_material_change() {
    let site = Site::example();
    // The example's released versions predate recorded sources: the
    // changelog of the current version does not list any.
    build(&site, "2026-06-01");
    let en = site.read("public/en/versions/changes/index.html");
    assert!(!en.contains("(source of personal data)"), "{en}");
    release_and_start_next(&site);
    site.edit(
        "content/data/sources.yaml",
        "public: false\n  categories: [partner-data]",
        "public: false\n  categories: [partner-data, fraud-signals]",
    );
    build(&site, "2026-10-01");
    let en = site.read("public/en/versions/changes/index.html");
    assert!(
        en.contains(
            "<span class=\"badge material-badge\">Material: more personal data</span> <span class=\"change-kind\">Changed</span> <span class=\"change-area\">(source of personal data)</span> <strong>Resellers, referral partners and event organisers</strong><span class=\"change-detail\">Personal data: <span class=\"before\">Information from partners and resellers</span>"
        ),
        "{en}"
    );
    assert!(en.contains("<span class=\"after\">Information from partners and resellers, Risk and fraud-prevention signals</span>"), "{en}");
    let nl = site.read("public/nl/versions/changes/index.html");
    assert!(
        nl.contains("<span class=\"badge material-badge\">Wezenlijk: meer persoonsgegevens</span> <span class=\"change-kind\">Gewijzigd</span> <span class=\"change-area\">(bron van persoonsgegevens)</span> <strong>Resellers, doorverwijzingspartners en organisatoren van evenementen</strong>"),
        "{nl}"
    );
}

/// A recipient that moves its processing out of the EEA between versions is
/// a material change in every language's changelog (Art. 13(1)(f) GDPR), told
/// with its country and safeguard before and after; so is a third party's
/// cookie whose provider moved out, and a group company's changed safeguard
/// is listed too.
#[test]
fn a_recipient_moved_outside_the_eea_is_a_material_change() {
    let site = Site::example();
    release_and_start_next(&site);
    site.edit(
        "content/data/recipients.yaml",
        "to check our accounts.\n  location: nl",
        "to check our accounts.\n  location: us\n  safeguard: standard-contractual-clauses",
    );
    site.edit(
        "content/data/affiliates.yaml",
        "office: london\n  safeguard: adequacy-decision",
        "office: london\n  safeguard: binding-corporate-rules",
    );
    site.edit(
        "content/data/cookies.yaml",
        "  party: third\n  location: de\n  lifespan: P13M",
        "  party: third\n  location: us\n  safeguard: data-privacy-framework\n  dpf_certified: true\n  lifespan: P25M",
    );
    build(&site, "2026-10-01");
    let arrow = |becomes: &str| {
        format!(
            " <span aria-hidden=\"true\">→</span><span class=\"visually-hidden\"> {becomes} </span> "
        )
    };
    let en = site.read("public/en/versions/changes/index.html");
    let expected = format!(
        "<span class=\"badge material-badge\">Material: new transfer outside the EEA</span> <span class=\"change-kind\">Changed</span> <span class=\"change-area\">(recipient)</span> <strong>Auditors and professional advisers</strong><span class=\"change-detail\">Country: <span class=\"before\">Netherlands</span>{}<span class=\"after\">United States</span></span><span class=\"change-detail\">Transfer safeguard: <span class=\"before\">Within the EEA: no transfer</span>{}<span class=\"after\">Standard contractual clauses</span></span>",
        arrow("becomes"),
        arrow("becomes")
    );
    assert!(en.contains(&expected), "{en}");
    // A third party's cookie whose provider now receives the data in the
    // United States, and which lasts longer.
    let expected = format!(
        "<span class=\"change-kind\">Changed</span> <span class=\"change-area\">(cookie)</span> <strong>_gh_vid</strong><span class=\"change-detail\">Lifespan: <span class=\"before\">13 months</span>{}<span class=\"after\">25 months</span></span><span class=\"change-detail\">Country: <span class=\"before\">Germany</span>{}<span class=\"after\">United States</span></span>",
        arrow("becomes"),
        arrow("becomes")
    );
    assert!(
        en.contains(&format!(
            "<span class=\"badge material-badge\">Material: new transfer outside the EEA</span> {expected}"
        )),
        "{en}"
    );
    // A group company on another safeguard: a change, not a material one.
    let expected = format!(
        "<li class=\"change change-changed\"><span class=\"change-kind\">Changed</span> <span class=\"change-area\">(affiliate)</span> <strong>Kestrel Communications Ltd</strong><span class=\"change-detail\">Transfer safeguard: <span class=\"before\">Adequacy decision of the European Commission</span>{}<span class=\"after\">Binding corporate rules</span></span></li>",
        arrow("becomes")
    );
    assert!(en.contains(&expected), "{en}");
    let nl = site.read("public/nl/versions/changes/index.html");
    let expected = format!(
        "<span class=\"badge material-badge\">Wezenlijk: nieuwe doorgifte buiten de EER</span> <span class=\"change-kind\">Gewijzigd</span> <span class=\"change-area\">(ontvanger)</span> <strong>Accountants en externe adviseurs</strong><span class=\"change-detail\">Land: <span class=\"before\">Nederland</span>{}<span class=\"after\">Verenigde Staten</span></span>",
        arrow("wordt")
    );
    assert!(nl.contains(&expected), "{nl}");
}

#[test]
fn the_changelog_shows_the_reworded_prose_word_by_word() {
    let site = fixture();
    build(&site, "2026-06-01");
    let en = site.read("public/en/versions/changes/index.html");
    assert!(en.contains(
        "<h4>2 How long we keep data <span class=\"change-kind\">(reworded)</span></h4>\n\n<p class=\"diff\">We keep traffic data for <del><span class=\"visually-hidden\">[removed: </span>six (6)<span class=\"visually-hidden\">]</span></del><ins><span class=\"visually-hidden\">[added: </span>twelve (12)<span class=\"visually-hidden\">]</span></ins> months, or up to two (2) years where telecom law requires it.</p>"
    ), "{en}");
    assert!(en.contains("Example Messaging B.V. sends text <ins><span class=\"visually-hidden\">[added: </span>and chat <span class=\"visually-hidden\">]</span></ins>messages"));
    let nl = site.read("public/nl/versions/changes/index.html");
    assert!(nl.contains("<del><span class=\"visually-hidden\">[verwijderd: </span>zes (6)<span class=\"visually-hidden\">]</span></del><ins><span class=\"visually-hidden\">[toegevoegd: </span>twaalf (12)<span class=\"visually-hidden\">]</span></ins> maanden"), "{nl}");
}

#[test]
fn the_changelog_of_two_snapshots_through_the_library() {
    use vellum::versions::changelog::{Area, Kind, Material, compare};
    use vellum::versions::format::Snapshot;
    let read = |v: &str| -> Snapshot {
        let text = std::fs::read_to_string(repo().join(format!(
            "tests/fixtures/versions/versions/{v}/snapshot.json"
        )))
        .unwrap();
        serde_json::from_str(&text).unwrap()
    };
    let (one, two) = (read("1.0"), read("2.0"));
    let log = compare(&one.editions["en"], &two.editions["en"]);
    let facts: Vec<(Area, Kind, &str, Option<Material>)> = log
        .entries
        .iter()
        .map(|e| (e.area, e.kind, e.subject.as_str(), e.material))
        .collect();
    assert_eq!(
        facts,
        vec![
            (
                Area::Retention,
                Kind::Changed,
                "SMS traffic data",
                Some(Material::LongerRetention)
            ),
            (
                Area::Purpose,
                Kind::Added,
                "Preventing fraud",
                Some(Material::NewPurpose)
            ),
            (Area::LegalBasis, Kind::Added, "Legitimate interest", None),
        ]
    );
    let sections: Vec<&str> = log.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(sections, vec!["introduction", "retention"]);
}

#[test]
fn each_language_has_an_atom_feed_of_its_versions() {
    let site = fixture();
    build(&site, "2026-06-01");
    let feed = site.read("public/nl/versions/feed.xml");
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">"));
    assert_eq!(feed.matches("<entry ").count(), 3);
    assert!(feed.contains("<id>https://privacy.example.com/nl/versions/3.0/</id>"));
    assert!(feed.contains("<title>Versie 2.0, van kracht vanaf 1 januari 2025</title>"));
    assert!(feed.contains("<updated>2026-01-01T00:00:00Z</updated>"));
    assert!(feed.contains(
        "<summary type=\"text\">Eén wijziging in de feiten, en die is wezenlijk.</summary>"
    ));
    assert!(feed.contains("<summary type=\"text\">De oudste bewaarde versie.</summary>"));
    // Every page says where the feed is.
    assert!(site.read("public/nl/index.html").contains(
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../nl/versions/feed.xml\" hreflang=\"nl\""
    ));
}

#[test]
fn a_coming_version_is_published_beside_the_one_in_force() {
    let site = fixture();
    site.edit(
        "content/notice.yaml",
        "version: \"3.0\"",
        "version: \"4.0\"",
    );
    site.edit(
        "content/notice.yaml",
        "effective_date: 2026-01-01",
        "effective_date: 2027-01-01",
    );
    build(&site, "2026-06-01");
    // Until then the current notice is 3.0, as released, announcing 4.0.
    let main = site.read("public/en/index.html");
    assert!(main.contains("<span>Version 3.0</span>"));
    assert!(main.contains("<strong>A new version (4.0) of this statement takes effect on 1 January 2027.</strong> <a href=\"../en/versions/4.0/index.html\">Read version 4.0</a> · <a href=\"../en/versions/changes/index.html#version-4.0\">What changes</a>"), "{main}");
    assert!(main.contains("<link rel=\"stylesheet\" href=\"../versions/3.0/static/style.css\">"));
    let coming = site.read("public/nl/versions/4.0/index.html");
    assert!(coming.contains("<strong>Deze versie wordt van kracht op 1 januari 2027. Tot die datum geldt versie 3.0.</strong>"));
    // The exports at the top are those of the version in force.
    let retention: serde_json::Value =
        serde_json::from_str(&site.read("public/retention.json")).unwrap();
    assert_eq!(retention["version"], "3.0");
    let index = site.read("public/en/versions/index.html");
    assert!(index.contains("<td data-label=\"Status\">Takes effect later</td>"));
    // From its first day it is the one in force.
    build(&site, "2027-01-01");
    assert!(
        site.read("public/en/index.html")
            .contains("<span>Version 4.0</span>")
    );
    assert!(
        site.read("public/en/versions/3.0/index.html")
            .contains("in force from 1 January 2026 to 31 December 2026")
    );
}

#[test]
fn builds_of_an_archive_are_byte_identical() {
    let site = fixture();
    for out in ["one", "two"] {
        let run = run_on(&site, "2026-06-01", &["build", "--minify", "--out", out]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let tree = |d: &str| -> Vec<(String, Vec<u8>)> {
        let root = site.path().join(d);
        let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(&root).unwrap().display().to_string(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    assert_eq!(tree("one"), tree("two"));
}

#[test]
fn release_freezes_the_version_and_releasing_it_again_changes_nothing() {
    let site = Site::bilingual();
    let run = site.run(&["release"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("released version 1.0 into versions/1.0/ (9 files)"),
        "{}",
        run.stderr
    );
    for f in [
        "release.json",
        "snapshot.json",
        "pages/en.html",
        "pages/nl.html",
        "exports/en.jsonld",
        "exports/nl.jsonld",
        "exports/retention.json",
        "exports/notice.json",
        "static/style.css",
    ] {
        assert!(site.path().join("versions/1.0").join(f).is_file(), "{f}");
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&site.read("versions/1.0/release.json")).unwrap();
    assert_eq!(manifest["format"], "vellum-release/1");
    assert_eq!(manifest["languages"], serde_json::json!(["en", "nl"]));
    let before = site.read("versions/1.0/pages/en.html");
    let again = site.run(&["release"]);
    assert_eq!(again.code, 0);
    assert!(
        again
            .stderr
            .contains("version 1.0 is already released with this content; nothing was written")
    );
    assert_eq!(site.read("versions/1.0/pages/en.html"), before);
    assert_eq!(site.run(&["check"]).code, 0, "a released site checks clean");
}

#[test]
fn releasing_a_label_again_with_other_content_is_refused() {
    let site = Site::bilingual();
    assert_eq!(site.run(&["release"]).code, 0);
    // Any change of content counts, even one no reader sees.
    site.edit(
        "content/notice.yaml",
        "privacy.example.com",
        "privacy.example.org",
    );
    let run = site.run(&["release", "--format", "json"]);
    assert_eq!(run.code, 1);
    let diags = run.diagnostics();
    let refusal = diags
        .iter()
        .find(|d| d["code"] == "version-released")
        .expect("version-released");
    assert_eq!(
        (
            refusal["file"].as_str(),
            refusal["line"].as_u64(),
            refusal["column"].as_u64()
        ),
        (Some("content/notice.yaml"), Some(2), Some(10))
    );
    assert_eq!(
        refusal["message"],
        "version 1.0 is already released (versions/1.0/), with other content"
    );
    assert_eq!(
        refusal["hint"],
        "a released version is never rewritten: raise `version` (and `effective_date`) for the changed text, then release that"
    );
    // check says the same as a warning, so a --strict build refuses to publish it.
    let check = site.run(&["check", "--format", "json"]);
    let (code, at, message, hint) = only_diagnostic(&check);
    assert_eq!(code, "released-version-changed");
    assert_eq!(at, "content/notice.yaml:2:10");
    assert_eq!(
        message,
        "version 1.0 was released (versions/1.0/) and content/ or the translations have changed since"
    );
    assert!(
        hint.starts_with("raise `version` (and `effective_date`)"),
        "{hint}"
    );
}

#[test]
fn a_version_label_that_cannot_be_a_folder_is_refused() {
    let site = Site::bilingual();
    site.edit(
        "content/notice.yaml",
        "version: \"1.0\"",
        "version: \"../1.0\"",
    );
    let run = site.run(&["release", "--format", "json"]);
    assert_eq!(run.code, 1);
    let (code, at, message, hint) = only_diagnostic(&run);
    assert_eq!(code, "invalid-version-label");
    assert_eq!(at, "content/notice.yaml:2:10");
    assert_eq!(
        message,
        "version `../1.0` cannot name a folder and a web address"
    );
    assert!(hint.contains("e.g. `4.1` or `2026-05`"), "{hint}");
    assert!(!site.path().join("versions").exists());
}

#[test]
fn a_site_with_errors_is_not_released() {
    let site = Site::bilingual();
    site.edit("content/data/retention.yaml", "period: P6M", "period: P6Q");
    let run = site.run(&["release"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("release failed: nothing was released"),
        "{}",
        run.stderr
    );
    assert!(!site.path().join("versions").exists());
}

#[test]
fn a_version_dated_before_a_released_one_is_an_error() {
    let site = fixture();
    site.edit(
        "content/notice.yaml",
        "version: \"3.0\"",
        "version: \"3.1\"",
    );
    site.edit(
        "content/notice.yaml",
        "effective_date: 2026-01-01",
        "effective_date: 2025-06-01",
    );
    let run = site.run(&["check", "--format", "json"]);
    let (code, at, message, hint) = only_diagnostic(&run);
    assert_eq!(code, "version-order");
    assert_eq!(at, "content/notice.yaml:3:17");
    assert_eq!(
        message,
        "version 3.1 takes effect on 2025-06-01, but version 3.0 was released to take effect on 2026-01-01"
    );
    assert_eq!(
        hint,
        "a new version takes effect after the versions released before it: give it an effective_date after 2026-01-01"
    );
}

#[test]
fn two_versions_of_the_same_day_are_an_error() {
    let site = fixture();
    site.edit(
        "versions/2.0/release.json",
        "\"effective_date\": \"2025-01-01\"",
        "\"effective_date\": \"2024-01-01\"",
    );
    let run = site.run(&["check", "--format", "json"]);
    let (code, at, message, hint) = only_diagnostic(&run);
    assert_eq!(code, "version-order");
    assert_eq!(at, "versions/2.0/release.json:4:3");
    assert_eq!(
        message,
        "versions 1.0 and 2.0 both take effect on 2024-01-01: a reader cannot tell which one is in force"
    );
    assert!(
        hint.starts_with("each version takes effect on a later day"),
        "{hint}"
    );
}

#[test]
fn an_edited_frozen_file_stops_the_build() {
    let site = fixture();
    build(&site, "2026-06-01");
    let published = site.read("public/en/versions/2.0/index.html");
    site.edit(
        "versions/2.0/pages/en.html",
        "twelve (12) months",
        "eighteen (18) months",
    );
    let run = run_on(&site, "2026-06-01", &["build", "--format", "json"]);
    assert_eq!(run.code, 1);
    let (code, at, message, hint) = only_diagnostic(&run);
    assert_eq!(code, "frozen-file-changed");
    assert_eq!(at, "versions/2.0/release.json:16:5");
    assert_eq!(
        message,
        "versions/2.0/pages/en.html was changed after version 2.0 was released"
    );
    assert_eq!(
        hint,
        "a released version is never edited: restore it from version control (git checkout -- versions/), and put changes in a new version"
    );
    assert_eq!(
        site.read("public/en/versions/2.0/index.html"),
        published,
        "the previous output stays"
    );
}

#[test]
fn a_missing_or_added_frozen_file_is_reported() {
    let site = fixture();
    std::fs::remove_file(site.path().join("versions/1.0/exports/nl.jsonld")).unwrap();
    let (code, at, message, _) = only_diagnostic(&site.run(&["check", "--format", "json"]));
    assert_eq!(code, "frozen-file-changed");
    assert_eq!(at, "versions/1.0/release.json:13:5");
    assert_eq!(
        message,
        "versions/1.0/exports/nl.jsonld of released version 1.0 is missing"
    );
    let site = fixture();
    site.write("versions/1.0/pages/de.html", "<!DOCTYPE html>");
    let (code, at, message, _) = only_diagnostic(&site.run(&["check", "--format", "json"]));
    assert_eq!(code, "frozen-file-changed");
    assert_eq!(at, "versions/1.0/pages/de.html:1:1");
    assert_eq!(
        message,
        "versions/1.0/pages/de.html was added to released version 1.0"
    );
}

#[test]
fn a_malformed_release_file_is_reported_where_it_breaks() {
    let site = fixture();
    site.write(
        "versions/1.0/release.json",
        "{\n  \"format\": \"vellum-release/1\",\n  \"version\" \"1.0\"\n}\n",
    );
    let (code, at, message, hint) = only_diagnostic(&site.run(&["check", "--format", "json"]));
    assert_eq!(code, "invalid-release");
    assert_eq!(at, "versions/1.0/release.json:3:13");
    assert_eq!(
        message,
        "versions/1.0/release.json is not valid JSON: expected `:`"
    );
    assert!(
        hint.starts_with("released files are written by `vellum release` and never edited"),
        "{hint}"
    );
}

#[test]
fn a_release_of_a_newer_format_asks_for_a_newer_vellum() {
    let site = fixture();
    site.edit(
        "versions/1.0/release.json",
        "\"format\": \"vellum-release/1\"",
        "\"format\": \"vellum-release/9\"",
    );
    let (code, at, message, hint) = only_diagnostic(&site.run(&["check", "--format", "json"]));
    assert_eq!(code, "invalid-release");
    assert_eq!(at, "versions/1.0/release.json:2:3");
    assert_eq!(
        message,
        "versions/1.0/release.json has format `vellum-release/9`; this vellum reads `vellum-release/1`"
    );
    assert_eq!(
        hint,
        "the version was released with a newer vellum: build the site with that vellum or a newer one"
    );
}

#[test]
fn a_version_folder_under_another_name_is_refused() {
    let site = fixture();
    std::fs::rename(
        site.path().join("versions/1.0"),
        site.path().join("versions/1.5"),
    )
    .unwrap();
    let (code, at, message, hint) = only_diagnostic(&site.run(&["check", "--format", "json"]));
    assert_eq!(code, "invalid-release");
    assert_eq!(at, "versions/1.5/release.json:3:3");
    assert_eq!(
        message,
        "versions/1.5/release.json is the release of version 1.0, but its folder is named 1.5"
    );
    assert_eq!(
        hint,
        "a version's folder is named after its label; move the folder back to versions/<label>/"
    );
}

#[test]
fn an_interrupted_release_is_a_warning_and_releasing_again_finishes_it() {
    let site = Site::bilingual();
    assert_eq!(site.run(&["release"]).code, 0);
    std::fs::remove_file(site.path().join("versions/1.0/release.json")).unwrap();
    let check = site.run(&["check", "--format", "json"]);
    assert_eq!(check.code, 0, "a warning");
    let d = &check.diagnostics()[0];
    assert_eq!(
        (
            d["severity"].as_str(),
            d["code"].as_str(),
            d["file"].as_str()
        ),
        (
            Some("warning"),
            Some("incomplete-release"),
            Some("versions/1.0")
        )
    );
    assert_eq!(
        d["message"],
        "versions/1.0/ has no release.json: it is not a released version and is not published"
    );
    assert_eq!(
        d["hint"],
        "an interrupted `vellum release` leaves such a folder: run `vellum release` again to finish it, or remove the folder"
    );
    assert_eq!(site.run(&["release"]).code, 0);
    assert_eq!(site.run(&["check", "--deny-warnings"]).code, 0);
    // A leftover the release would not write is the writer's to remove.
    std::fs::remove_file(site.path().join("versions/1.0/release.json")).unwrap();
    site.write("versions/1.0/pages/de.html", "x");
    let run = site.run(&["release", "--format", "json"]);
    assert_eq!(run.code, 1);
    let refusal = run
        .diagnostics()
        .into_iter()
        .find(|d| d["severity"] == "error")
        .unwrap();
    assert_eq!(refusal["code"], "incomplete-release");
    assert_eq!(
        refusal["message"],
        "versions/1.0/ holds files this release would not write: versions/1.0/pages/de.html"
    );
    assert_eq!(
        refusal["hint"],
        "they are left from an interrupted `vellum release`; remove the folder and release again"
    );
}

#[cfg(unix)]
#[test]
fn release_never_follows_a_link_out_of_the_site() {
    let site = Site::bilingual();
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path().join("versions")).unwrap();
    let run = site.run(&["release", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let refusal = run
        .diagnostics()
        .into_iter()
        .find(|d| d["code"] == "link-outside-site")
        .expect("link-outside-site");
    assert_eq!(refusal["file"], "versions");
    assert_eq!(
        refusal["message"],
        "versions is a link to a place outside the site; vellum did not read it"
    );
    assert!(
        std::fs::read_dir(outside.path()).unwrap().next().is_none(),
        "nothing written outside"
    );
}

#[test]
fn every_page_links_its_exports_and_each_export_is_there() {
    let site = fixture();
    build(&site, "2026-06-01");
    for (page, dir) in [
        ("en/index.html", "en"),
        ("en/versions/2.0/index.html", "en/versions/2.0"),
    ] {
        let html = site.read(&format!("public/{page}"));
        let links: Vec<&str> = html
            .lines()
            .filter(|l| l.starts_with("<link rel=\"alternate\" type="))
            .collect();
        assert_eq!(links.len(), 4, "{page}: {links:#?}");
        for link in links {
            let href = link
                .split("href=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let target = Path::new(&site.path().join("public").join(dir)).join(href);
            assert!(target.is_file(), "{page}: {href} is not published");
        }
    }
    let retention: serde_json::Value =
        serde_json::from_str(&site.read("public/retention.json")).unwrap();
    let notice: serde_json::Value = serde_json::from_str(&site.read("public/notice.json")).unwrap();
    let jsonld: serde_json::Value =
        serde_json::from_str(&site.read("public/nl/notice.jsonld")).unwrap();
    let manifest: serde_json::Value =
        serde_json::from_str(&site.read("versions/3.0/release.json")).unwrap();
    assert_eq!(retention["content_hash"], manifest["content_hash"]);
    assert_eq!(notice["content_hash"], manifest["content_hash"]);
    assert_eq!(jsonld["vellum:contentHash"], manifest["content_hash"]);
    assert_eq!(
        retention["$schema"],
        "https://privacy.example.com/schemas/retention-export.schema.json"
    );
    assert_eq!(jsonld["vellum:version"], "3.0");
    assert!(
        site.path()
            .join("public/schemas/dpv-export.schema.json")
            .is_file()
    );
}
