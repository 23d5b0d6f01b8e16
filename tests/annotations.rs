//! GitHub annotations in a repository that holds the site in a folder (a
//! monorepo): file paths are relative to the repository's root, or carry the
//! `--path-prefix` given, so GitHub attaches each annotation to its file.

mod common;
use common::{Run, copy_tree, repo};
use std::path::Path;
use std::process::Command;

/// A repository with the `dangling-category` site in `privacy/`.
fn monorepo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir .git");
    let site = dir.path().join("privacy");
    copy_tree(&repo().join("tests/fixtures/minimal"), &site);
    copy_tree(
        &repo().join("tests/fixtures/invalid/dangling-category"),
        &site,
    );
    dir
}

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

const ANNOTATION: &str = "::error file=privacy/content/data/products.yaml,line=3,col=30,title=dangling-reference::product `sms` refers to unknown data category `messsage-content`";

#[test]
fn check_from_the_repository_root_names_files_from_there() {
    let repo = monorepo();
    let run = vellum(
        repo.path(),
        &["--root", "privacy", "check", "--format", "github"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.starts_with(ANNOTATION), "{}", run.stdout);
}

#[test]
fn check_from_inside_the_site_still_names_files_from_the_repository_root() {
    let repo = monorepo();
    let run = vellum(
        &repo.path().join("privacy"),
        &["check", "--format", "github"],
    );
    assert!(run.stdout.starts_with(ANNOTATION), "{}", run.stdout);
}

#[test]
fn build_annotations_carry_the_prefix_too() {
    let repo = monorepo();
    let run = vellum(
        repo.path(),
        &["--root", "privacy", "build", "--format", "github"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.starts_with(ANNOTATION), "{}", run.stdout);
}

#[test]
fn an_explicit_prefix_wins_over_the_repository() {
    let repo = monorepo();
    let run = vellum(
        repo.path(),
        &[
            "--root",
            "privacy",
            "check",
            "--format",
            "github",
            "--path-prefix",
            "sites/legal/",
        ],
    );
    assert!(
        run.stdout
            .starts_with("::error file=sites/legal/content/data/products.yaml,line=3,col=30,"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_and_human_output_keep_paths_relative_to_the_site() {
    let repo = monorepo();
    let json = vellum(
        repo.path(),
        &["--root", "privacy", "check", "--format", "json"],
    );
    assert_eq!(
        json.diagnostics()[0]["file"],
        "content/data/products.yaml",
        "{}",
        json.stdout
    );
    let human = vellum(repo.path(), &["--root", "privacy", "check"]);
    assert!(
        human
            .stderr
            .contains(" --> content/data/products.yaml:3:30"),
        "{}",
        human.stderr
    );
}
