//! A writer's work is never lost: vellum refuses to build into its inputs or
//! over folders it did not make, never replaces a hand-written translation,
//! never reads or writes outside the site, and never hangs on a special file.
//! One test per failure found by review (issue "never lose a writer's work").

mod common;
use common::Site;
use std::path::Path;

/// Every file under `dir` with its bytes, for before/after comparisons.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    common::files(dir).into_iter().collect()
}

fn inputs(site: &Site) -> Vec<(String, Vec<u8>)> {
    ["content", "locales"]
        .iter()
        .flat_map(|d| snapshot(&site.path().join(d)))
        .collect()
}

#[test]
fn build_refuses_to_write_into_the_site_or_its_inputs() {
    let site = Site::bilingual();
    let before = inputs(&site);
    let root = site.path().to_string_lossy().into_owned();
    let parent = site.path().parent().unwrap().to_string_lossy().into_owned();
    for (out, why) in [
        (root.as_str(), "is the site folder itself"),
        (".", "is the site folder itself"),
        ("content", "lies inside the site's content/ folder"),
        ("locales/nl", "lies inside the site's locales/ folder"),
        (
            "content/new-folder",
            "lies inside the site's content/ folder",
        ),
        (parent.as_str(), "contains the site"),
        ("..", "contains the site"),
    ] {
        let run = site.run(&["build", "--out", out]);
        assert_eq!(run.code, 2, "--out {out}: {}", run.stderr);
        assert!(
            run.stderr.contains("error[output-refused]"),
            "--out {out}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(why), "--out {out}: {}", run.stderr);
        assert!(run.stderr.contains("left unchanged"), "{}", run.stderr);
    }
    assert_eq!(inputs(&site), before, "the site's files changed");
    assert!(!site.path().join("content/new-folder").exists());
}

#[test]
fn build_refuses_a_folder_it_did_not_make() {
    let site = Site::minimal();
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".ssh")).unwrap();
    std::fs::write(home.path().join(".ssh/id_ed25519"), "secret").unwrap();
    std::fs::create_dir_all(home.path().join("projects/thesis")).unwrap();
    std::fs::write(home.path().join("projects/thesis/chapter1.md"), "draft").unwrap();
    let before = snapshot(home.path());
    let run = site.run(&["build", "--out", &home.path().to_string_lossy()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("is not empty and was not made by vellum (it has no .vellum-output file)"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(home.path()), before);
    // Nor is anything left beside it: the build's lock went with the build.
    let name = home.path().file_name().unwrap().to_string_lossy();
    let lock = home.path().with_file_name(format!(".{name}.vellum-lock"));
    assert!(!lock.exists(), "{} left behind", lock.display());

    // An empty folder, or one vellum made, is fine; the marker says which.
    let empty = tempfile::tempdir().unwrap();
    let out = empty.path().join("site");
    std::fs::create_dir(&out).unwrap();
    let out = out.to_string_lossy().into_owned();
    assert_eq!(site.run(&["build", "--out", &out]).code, 0);
    assert!(Path::new(&out).join(".vellum-output").is_file());
    assert_eq!(site.run(&["build", "--out", &out]).code, 0);
    let beside: Vec<String> = std::fs::read_dir(empty.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, ["site"], "a build leaves only its output folder");
}

/// The lock's name is vellum's, but a link there is not its file: it is
/// refused, never followed, never removed; a file with content is kept.
#[cfg(unix)]
#[test]
fn a_link_where_the_build_lock_goes_is_refused_and_kept() {
    let site = Site::minimal();
    let target = site.path().join("notes.txt");
    std::fs::write(&target, "mine").unwrap();
    let link = site.path().join(".public.vellum-lock");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(".public.vellum-lock is not a plain file; vellum keeps its build lock there"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("help: move it away: vellum makes that file while it builds"),
        "{}",
        run.stderr
    );
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
    assert!(!site.path().join("public").exists());

    // A file someone wrote there serves as the lock and is kept.
    std::fs::remove_file(&link).unwrap();
    std::fs::write(&link, "kept").unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&link).unwrap(), "kept");
}

#[test]
fn reordering_languages_never_overwrites_a_translation() {
    let site = Site::bilingual();
    let translation = site.read("locales/nl/content.ftl");
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [nl, en]",
    );
    let run = site.run(&["i18n", "sync"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[source-file-handwritten]: [nl] locales/nl/content.ftl was not generated by vellum, but `nl` is the source language; vellum will not overwrite it"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Changing the source language"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("locales/nl/content.ftl"), translation);

    // `check` says the same, and names the generated English file too.
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let codes: Vec<String> = run
        .diagnostics()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    assert!(
        codes.contains(&"source-file-handwritten".to_string()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"generated-file-as-translation".to_string()),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&"source-file-stale".to_string()),
        "{codes:?}"
    );

    // Putting the order back restores everything; nothing was lost.
    site.edit(
        "content/notice.yaml",
        "languages: [nl, en]",
        "languages: [en, nl]",
    );
    assert_eq!(site.run(&["check"]).code, 0);
    assert_eq!(site.read("locales/nl/content.ftl"), translation);
}

#[test]
fn a_language_tag_never_becomes_a_path() {
    let site = Site::bilingual();
    site.edit(
        "content/notice.yaml",
        "languages: [en, nl]",
        "languages: [\"../../../ESCAPED\", nl]",
    );
    let run = site.run(&["i18n", "sync"]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("is not a language tag"),
        "{}",
        run.stderr
    );
    let escaped = site.path().join("../../../ESCAPED");
    assert!(!escaped.exists(), "{} was created", escaped.display());
    assert!(!site.path().join("locales/../../../ESCAPED").exists());
}

#[cfg(unix)]
#[test]
fn links_out_of_the_site_are_errors_and_are_never_read() {
    use std::os::unix::fs::symlink;
    let site = Site::minimal();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.yaml"),
        "- id: leaked\n  name: TOPSECRET\n",
    )
    .unwrap();
    std::fs::remove_file(site.path().join("content/data/countries.yaml")).unwrap();
    symlink(
        outside.path().join("secret.yaml"),
        site.path().join("content/data/countries.yaml"),
    )
    .unwrap();
    symlink(outside.path(), site.path().join("locales")).unwrap();
    symlink(
        "/dev/zero",
        site.path().join("content/sections/03-zero.yaml"),
    )
    .unwrap();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for rel in [
        "content/data/countries.yaml",
        "locales",
        "content/sections/03-zero.yaml",
    ] {
        assert!(
            run.stderr.contains(&format!(
                "error[link-outside-site]: {rel} is a link to a place outside the site; vellum did not read it"
            )),
            "{rel}: {}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("TOPSECRET"), "{}", run.stderr);
    assert!(!run.stderr.contains("leaked"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn links_inside_the_site_are_followed() {
    use std::os::unix::fs::symlink;
    let site = Site::minimal();
    site.write(
        "shared/03-extra.yaml",
        "id: extra\ntitle: Linked section\nbody: Kept in a shared folder.\n",
    );
    symlink(
        site.path().join("shared/03-extra.yaml"),
        site.path().join("content/sections/03-extra.yaml"),
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.read("public/en/index.html").contains("Linked section"));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_hanging() {
    let site = Site::minimal();
    let fifo = site.path().join("content/sections/03-pipe.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[not-a-regular-file]: content/sections/03-pipe.yaml is a named pipe (FIFO), not a regular file; vellum did not read it"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_interrupted_swap_is_repaired_by_the_next_build() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    // What a crash between the two renames of a non-atomic swap leaves: the
    // previous output moved aside, no `public/`.
    let aside = site.path().join(".public.vellum-old-4242");
    std::fs::rename(site.path().join("public"), &aside).unwrap();
    let staging = site.path().join(".public.vellum-new-4243");
    std::fs::create_dir(&staging).unwrap();
    std::fs::write(staging.join(".vellum-output"), "").unwrap();
    site.edit(
        "content/sections/01-introduction.yaml",
        "sends text messages",
        "sends messages",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("restored"), "{}", run.stderr);
    assert!(site.read("public/en/index.html").contains("sends messages"));
    assert!(!aside.exists() && !staging.exists());
}

#[test]
fn concurrent_builds_into_one_folder_never_leave_it_empty() {
    let site = Site::minimal();
    let expected = {
        assert_eq!(site.run(&["build"]).code, 0);
        snapshot(&site.path().join("public"))
    };
    for _ in 0..3 {
        let handles: Vec<_> = (0..6)
            .map(|_| {
                let root = site.path().to_path_buf();
                std::thread::spawn(move || {
                    std::process::Command::new(env!("CARGO_BIN_EXE_vellum"))
                        .arg("--root")
                        .arg(&root)
                        .arg("build")
                        .output()
                        .unwrap()
                })
            })
            .collect();
        for h in handles {
            let out = h.join().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(snapshot(&site.path().join("public")), expected);
    }
    let leftovers: Vec<String> = std::fs::read_dir(site.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.contains("vellum-old") || n.contains("vellum-new") || n.contains("vellum-lock")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_leftover_that_cannot_be_removed_does_not_fail_the_build() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    let stuck = site.path().join("public/static/locked");
    std::fs::create_dir_all(&stuck).unwrap();
    std::fs::write(stuck.join("file"), "x").unwrap();
    std::fs::set_permissions(&stuck, std::fs::Permissions::from_mode(0o555)).unwrap();
    let first = site.run(&["build"]);
    let second = site.run(&["build"]);
    std::fs::set_permissions(&stuck, std::fs::Permissions::from_mode(0o755)).ok();
    // The new site is in place either way; a leftover is a warning, not a failure.
    for run in [&first, &second] {
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stderr.contains("built 1 language"), "{}", run.stderr);
    }
    assert!(site.path().join("public/en/index.html").is_file());
    assert!(!site.path().join("public/static/locked").exists());
    // Root may delete read-only folders; for others the warning names it.
    if !first.stderr.contains("warning[output-leftover]") {
        assert!(!first.stderr.contains("error"), "{}", first.stderr);
    }
}

#[test]
fn invalid_utf8_is_a_located_error_not_a_replacement_character() {
    let site = Site::bilingual();
    let mut ftl = std::fs::read(site.path().join("locales/nl/content.ftl")).unwrap();
    let at = ftl.windows(9).position(|w| w == b"Inleiding").unwrap() + 3;
    ftl.splice(at..at, [0xFFu8]);
    std::fs::write(site.path().join("locales/nl/content.ftl"), &ftl).unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[invalid-utf8]: [nl] locales/nl/content.ftl is not valid UTF-8 text: byte 0xFF cannot start or continue a character"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> locales/nl/content.ftl:3:33"),
        "{}",
        run.stderr
    );
    // The rest of the file is still read: no flood of "not translated".
    assert!(
        !run.stderr.contains("missing-translation"),
        "{}",
        run.stderr
    );
    assert!(!site.path().join("public").exists());
}

#[test]
fn too_many_entries_are_refused_in_words() {
    let site = Site::minimal();
    let mut rows = String::new();
    for i in 0..=200_000 {
        rows.push_str(&format!("- {{id: c{i}, name: C}}\n"));
    }
    site.write("content/data/countries.yaml", &rows);
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[too-many-entries]: content/data/countries.yaml has 200,001 entries; the limit is 200,000"),
        "{}",
        run.stderr
    );
}

#[test]
fn control_characters_never_reach_a_ci_log() {
    let site = Site::minimal();
    // YAML's own escapes put ESC and BEL into the text.
    site.write(
        "content/sections/01-introduction.yaml",
        "id: introduction\ntitle: Introduction\nbody: See the [retention section](#retention).\nblocks: [\"products\\e[31m-table\\a\"]\n",
    );
    for format in ["github", "json", "human"] {
        let run = site.run(&["check", "--format", format]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(all.contains("invalid-value"), "{format}: {all}");
        assert!(
            !all.contains('\u{1b}') && !all.contains('\u{7}'),
            "{format}: {all:?}"
        );
    }
}

#[test]
fn findings_in_a_folded_double_quoted_text_point_at_their_line() {
    let site = Site::minimal();
    site.write(
        "content/sections/01-introduction.yaml",
        "id: introduction\ntitle: Introduction\nbody: \"Example Messaging B.V. sends text\n  messages for its customers. See the\n  [retention section](#retenshun) and\n  [the \\\"other\\\" one](#nowhere).\"\nblocks: [products-table]\n",
    );
    let run = site.run(&["check", "--format", "json"]);
    let found: Vec<(u64, u64)> = run
        .diagnostics()
        .iter()
        .filter(|d| d["code"] == "dangling-reference")
        .map(|d| (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap()))
        .collect();
    assert_eq!(found, [(5, 3), (6, 3)], "{}", run.stdout);
}
