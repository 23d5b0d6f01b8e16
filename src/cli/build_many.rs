//! `vellum build --site A --site B ...`: many notices (a group's brands) in
//! one run. Sites are built in parallel, as many at a time as there are
//! cores, so memory stays bounded by that number of sites; the language
//! detectors, their verdicts and the built-in theme are loaded once for all.

use super::output::{self, say};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use vellum::diagnostics::{Diagnostic, Format, render_report, with_path_prefix};

pub struct Options {
    pub strict: bool,
    pub minify: bool,
    pub format: Format,
    pub timings: bool,
    pub out_given: bool,
    pub path_prefix_given: bool,
}

/// What one site's build has to say, made on the thread that built it.
struct SiteReport {
    /// Its diagnostics, paths prefixed with the site's folder.
    diagnostics: Vec<Diagnostic>,
    /// Those diagnostics rendered for people (with source excerpts), paths
    /// from the site's folder under a line naming it.
    human: String,
    built: bool,
    /// The line that says what was built, or why not.
    summary: String,
    /// 0, 1 (findings) or 2 (usage or I/O).
    code: u8,
}

pub fn run(sites: &[PathBuf], options: &Options) -> ExitCode {
    if options.out_given || options.path_prefix_given {
        say!(
            "error[usage]: with several --site, each site builds into <site>/public and its paths are given from the site's folder; leave out {}",
            if options.out_given {
                "--out"
            } else {
                "--path-prefix"
            }
        );
        return ExitCode::from(2);
    }
    let started = Instant::now();
    let reports = build_all(sites, options);
    let mut all = Vec::new();
    let mut worst = 0;
    for report in &reports {
        if options.format == Format::Human {
            output::stderr(&report.human);
        }
        say!("{}", report.summary);
        all.extend(report.diagnostics.iter().cloned());
        worst = worst.max(report.code);
    }
    if options.format != Format::Human {
        let sources = vellum::diagnostics::Sources::default();
        if let Err(code) = output::stdout(&render_report(&all, &sources, options.format, false)) {
            return code;
        }
    }
    let built = reports.iter().filter(|r| r.built).count();
    say!(
        "built {built} of {} sites in {} ms",
        reports.len(),
        started.elapsed().as_millis()
    );
    ExitCode::from(worst)
}

/// Builds every site, `threads` at a time, and returns their reports in the
/// order the sites were given.
fn build_all(sites: &[PathBuf], options: &Options) -> Vec<SiteReport> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(sites.len());
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<SiteReport>>> = sites.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(site) = sites.get(i) else { break };
                    let report = build_site(site, options);
                    if let Ok(mut slot) = slots[i].lock() {
                        *slot = Some(report);
                    }
                }
            });
        }
    });
    slots
        .into_iter()
        .zip(sites)
        .map(|(slot, site)| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| SiteReport {
                    diagnostics: Vec::new(),
                    human: String::new(),
                    built: false,
                    summary: format!("{}: build failed (the builder stopped)", site.display()),
                    code: 2,
                })
        })
        .collect()
}

fn build_site(site: &Path, options: &Options) -> SiteReport {
    let started = Instant::now();
    let out = site.join("public");
    let build = vellum::BuildOptions {
        out: out.clone(),
        minify: options.minify,
        strict: options.strict,
    };
    let outcome = vellum::build(site, &build);
    let mut diags = outcome.analysis.diagnostics.clone();
    diags.extend(outcome.write_error.iter().cloned());
    diags.extend(outcome.write_warnings.iter().cloned());
    let prefix = match options.format {
        // Annotations name files from the repository's root.
        Format::Github => output::repository_prefix(site),
        _ => site.display().to_string(),
    };
    let diagnostics = with_path_prefix(&diags, &prefix);
    let styled = std::io::IsTerminal::is_terminal(&std::io::stderr())
        && std::env::var_os("NO_COLOR").is_none();
    let human = match diags.is_empty() {
        true => String::new(),
        false => format!(
            "{}:\n{}",
            site.display(),
            render_report(&diags, &outcome.analysis.sources, Format::Human, styled)
        ),
    };
    let code = match output::exit_code(&outcome.analysis.diagnostics, options.strict) {
        c if c == ExitCode::SUCCESS => 0,
        c if c == ExitCode::from(1) => 1,
        _ => 2,
    };
    let code = if outcome.write_error.is_some() {
        2
    } else {
        code
    };
    let timings = if options.timings {
        format!(" (timings: {})", outcome.analysis.timings)
    } else {
        String::new()
    };
    let summary = format!(
        "{}: {}{timings}",
        site.display(),
        super::build::summary(&outcome, &out, started)
    );
    SiteReport {
        diagnostics,
        human,
        built: outcome.written.is_some(),
        summary,
        code,
    }
}
