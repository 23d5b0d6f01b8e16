//! `vellum build`: check, then render every language into the output folder.

use super::FormatArg;
use super::output::{self, say};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Fail on warnings too (also spelt --deny-warnings, as for check).
    #[arg(long, alias = "deny-warnings")]
    strict: bool,
    /// Minify the HTML.
    #[arg(long)]
    minify: bool,
    /// Output folder [default: <root>/public]. A relative path is taken from
    /// the current folder, not from --root.
    #[arg(long)]
    out: Option<PathBuf>,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value = "human")]
    format: FormatArg,
    /// Print the time each pipeline stage took.
    #[arg(long)]
    timings: bool,
    /// With `--format github`: the site's folder inside the repository, put
    /// before every file path [default: found from the git repository above
    /// --root].
    #[arg(long, value_name = "PATH")]
    path_prefix: Option<String>,
    /// Build this site instead of --root; give several (`--site a b`, `--site
    /// brands/*`, or the option repeated) to build them in one run, in
    /// parallel and with shared caches, each into <DIR>/public.
    #[arg(long = "site", value_name = "DIR", num_args = 1..)]
    sites: Vec<PathBuf>,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    match args.sites.len() {
        0 => {}
        1 => {
            let site = args.sites[0].clone();
            return run(
                &site,
                Args {
                    sites: Vec::new(),
                    ..args
                },
            );
        }
        _ => return super::build_many::run(&args.sites.clone(), &args.into()),
    }
    let started = Instant::now();
    let out = args.out.unwrap_or_else(|| root.join("public"));
    let options = vellum::BuildOptions {
        out: out.clone(),
        minify: args.minify,
        strict: args.strict,
    };
    let outcome = vellum::build(root, &options);
    let mut diags = outcome.analysis.diagnostics.clone();
    diags.extend(outcome.write_error.iter().cloned());
    diags.extend(outcome.write_warnings.iter().cloned());
    let prefix = args
        .path_prefix
        .unwrap_or_else(|| output::repository_prefix(root));
    if let Err(code) = output::report(
        &diags,
        &outcome.analysis.sources,
        args.format.into(),
        &prefix,
    ) {
        return code;
    }
    if outcome.write_error.is_some() {
        say!("build failed: {} left unchanged", out.display());
        return ExitCode::from(2);
    }
    let code = output::exit_code(&outcome.analysis.diagnostics, args.strict);
    if args.timings {
        say!("timings: {}", outcome.analysis.timings);
    }
    say!("{}", summary(&outcome, &out, started));
    std::mem::forget(outcome);
    code
}

impl From<Args> for super::build_many::Options {
    fn from(a: Args) -> Self {
        super::build_many::Options {
            strict: a.strict,
            minify: a.minify,
            format: a.format.into(),
            timings: a.timings,
            out_given: a.out.is_some(),
            path_prefix_given: a.path_prefix.is_some(),
        }
    }
}

/// What a build did, in one line: the languages and files written, or that
/// the output folder was left as it was.
pub(super) fn summary(outcome: &vellum::BuildOutcome, out: &Path, started: Instant) -> String {
    match outcome.written {
        Some(files) => {
            let langs = outcome
                .analysis
                .notice
                .as_ref()
                .map_or(0, |n| n.language_tags().len());
            format!(
                "built {langs} language{} ({files} files) into {} in {} ms",
                if langs == 1 { "" } else { "s" },
                out.display(),
                started.elapsed().as_millis()
            )
        }
        None => format!("build failed: {} left unchanged", out.display()),
    }
}
