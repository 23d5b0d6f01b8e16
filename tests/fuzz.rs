//! Fuzzing harness (issue 10): in-process mutation of YAML, Fluent and
//! Markdown inputs over the fixture sites and the bundled example, on the
//! stable toolchain. Properties: no panic, no execution over the time limit,
//! diagnostics for broken files that name the site's files, and rendered
//! HTML without scripts, event handlers or unsafe links from content.
//!
//! `cargo test --test fuzz` runs a short budget; README.md ("Fuzzing") shows
//! the long run and how to replay a finding.

#[path = "fuzz/engine.rs"]
mod engine;
#[path = "fuzz/html.rs"]
mod html;
#[path = "fuzz/mutate.rs"]
mod mutate;
#[path = "fuzz/pipeline.rs"]
mod pipeline;
#[path = "fuzz/rng.rs"]
mod rng;
#[path = "fuzz/seeds.rs"]
mod seeds;
#[path = "fuzz/targets.rs"]
mod targets;
#[path = "fuzz/watch.rs"]
mod watch;

use engine::{Config, Target};

fn fuzz(target: Target) {
    let report = engine::run(&target, &Config::from_env());
    assert_eq!(
        report.failures(),
        0,
        "{}",
        failure_message(&target, &report)
    );
}

fn failure_message(target: &Target, report: &engine::Report) -> String {
    format!(
        "fuzz {}: {} panics, {} property violations, {} hangs; inputs saved in {:?} \
         (replay one with VELLUM_FUZZ_REPLAY=<folder> cargo test --test fuzz replay -- --nocapture)",
        target.name, report.panics, report.violations, report.hangs, report.saved
    )
}

#[test]
fn fuzz_yaml() {
    fuzz(targets::yaml());
}

#[test]
fn fuzz_fluent() {
    fuzz(targets::fluent());
}

#[test]
fn fuzz_markdown() {
    fuzz(targets::markdown());
}

#[test]
fn fuzz_recognizer() {
    fuzz(targets::recognizer());
}

#[test]
fn fuzz_pipeline() {
    let target = pipeline::pipeline();
    let report = engine::run(&target, &Config::from_env());
    println!("fuzz pipeline: {}", pipeline::summary());
    assert_eq!(
        report.failures(),
        0,
        "{}",
        failure_message(&target, &report)
    );
}

fn target_named(name: &str) -> Target {
    match name {
        "yaml" => targets::yaml(),
        "fluent" => targets::fluent(),
        "markdown" => targets::markdown(),
        "recognizer" => targets::recognizer(),
        "pipeline" => pipeline::pipeline(),
        other => panic!("no fuzz target `{other}`"),
    }
}

/// Every input in tests/fuzz/regressions/<target>/<case>/ (a finding folder
/// moved there) passes its target; `VELLUM_FUZZ_REPLAY=<folder>` replays one
/// saved finding instead, with the panic shown.
#[test]
fn replay() {
    let cases: Vec<std::path::PathBuf> = match std::env::var_os("VELLUM_FUZZ_REPLAY") {
        Some(dir) => vec![dir.into()],
        None => {
            let root = seeds::repo().join("tests/fuzz/regressions");
            let mut cases: Vec<_> = walkdir::WalkDir::new(&root)
                .min_depth(2)
                .max_depth(2)
                .sort_by_file_name()
                .into_iter()
                .map(|e| e.expect("readable").into_path())
                .collect();
            cases.retain(|p| p.is_dir());
            cases
        }
    };
    // The pipeline target renders the seed sites to learn the theme's markup:
    // build each target once.
    let mut targets = std::collections::BTreeMap::new();
    for case in cases {
        let name = case
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let target = targets
            .entry(name.clone())
            .or_insert_with(|| target_named(&name));
        let input = engine::load(&case);
        let clock = std::time::Instant::now();
        let outcome = (target.exec)(&input);
        println!(
            "replay {}: {:?} in {:?}",
            case.display(),
            outcome,
            clock.elapsed()
        );
        assert!(outcome.is_ok(), "{}: {:?}", case.display(), outcome.err());
    }
}
