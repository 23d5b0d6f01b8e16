//! `vellum build --site A --site B ...`: a group's notices built in one run
//! (issue 15). Each site's output is what building it alone gives; one
//! broken site does not stop the others, and the exit code is the worst.

mod common;
use common::{Site, copy_tree, files, repo};

/// A folder holding copies of the bilingual fixture named `names`.
fn group(names: &[&str]) -> Site {
    let group = Site::empty();
    for name in names {
        copy_tree(
            &repo().join("tests/fixtures/bilingual"),
            &group.path().join(name),
        );
    }
    group
}

#[test]
fn several_sites_build_as_each_would_alone() {
    let group = group(&["brand-a", "brand-b", "brand-c"]);
    group.edit(
        "brand-b/content/notice.yaml",
        "base_url: https://privacy.example.com/",
        "base_url: https://privacy.brand-b.example/",
    );
    let run = group.run(&[
        "build", "--site", "brand-a", "--site", "brand-b", "--site", "brand-c",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for name in ["brand-a", "brand-b", "brand-c"] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.starts_with(&format!("{name}: built 2 languages (")))
            .unwrap_or_else(|| panic!("{name} not built: {}", run.stderr));
        assert!(
            line.contains(&format!(" files) into {name}/public in ")),
            "{line}"
        );
    }
    assert!(
        run.stderr.contains("built 3 of 3 sites in "),
        "{}",
        run.stderr
    );
    // The same bytes as a build of each site alone.
    for name in ["brand-a", "brand-b"] {
        let alone = Site::bilingual();
        if name == "brand-b" {
            alone.edit(
                "content/notice.yaml",
                "base_url: https://privacy.example.com/",
                "base_url: https://privacy.brand-b.example/",
            );
        }
        assert_eq!(alone.run(&["build"]).code, 0);
        assert_eq!(
            files(&group.path().join(name).join("public")),
            files(&alone.path().join("public")),
            "{name}"
        );
    }
    assert!(
        group
            .read("brand-b/public/sitemap.xml")
            .contains("https://privacy.brand-b.example/nl/")
    );
}

#[test]
fn a_broken_site_fails_alone_and_is_named() {
    let group = group(&["brand-a", "brand-b"]);
    group.edit(
        "brand-a/content/notice.yaml",
        "title: Privacy Statement",
        "title:",
    );
    // As a shell glob gives them: one option, several folders.
    let run = group.run(&["build", "--site", "brand-a", "brand-b"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "brand-a:\nerror[wrong-type]: notice.yaml: a value is empty where text is expected\n --> content/notice.yaml:1:6"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("brand-a: build failed: brand-a/public left unchanged"),
        "{}",
        run.stderr
    );
    assert!(!group.path().join("brand-a/public").exists());
    assert!(group.path().join("brand-b/public/nl/index.html").is_file());
    assert!(
        run.stderr.contains("built 1 of 2 sites in "),
        "{}",
        run.stderr
    );

    // Machine formats: one report, each path from the group's folder.
    let run = group.run(&[
        "build", "--site", "brand-a", "--site", "brand-b", "--format", "json",
    ]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["errors"], 1);
    assert_eq!(
        report["diagnostics"][0]["file"],
        "brand-a/content/notice.yaml"
    );
}

#[test]
fn one_output_folder_for_several_sites_is_refused() {
    let group = group(&["brand-a", "brand-b"]);
    let run = group.run(&[
        "build", "--site", "brand-a", "--site", "brand-b", "--out", "public",
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error[usage]: with several --site, each site builds into <site>/public and its paths are given from the site's folder; leave out --out\n"
    );
    assert!(!group.path().join("public").exists());
    assert!(!group.path().join("brand-a/public").exists());
}
