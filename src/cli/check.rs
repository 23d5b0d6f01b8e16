//! `vellum check`: every check, no output.

use super::FormatArg;
use super::output;
use std::path::Path;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value = "human")]
    format: FormatArg,
    /// Exit with 1 when there are warnings (also spelt --strict, as for build).
    #[arg(long, alias = "strict")]
    deny_warnings: bool,
    /// With `--format github`: the site's folder inside the repository, put
    /// before every file path [default: found from the git repository above
    /// --root].
    #[arg(long, value_name = "PATH")]
    path_prefix: Option<String>,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let analysis = vellum::analyse(root);
    let prefix = args
        .path_prefix
        .unwrap_or_else(|| output::repository_prefix(root));
    if let Err(code) = output::report(
        &analysis.diagnostics,
        &analysis.sources,
        args.format.into(),
        &prefix,
    ) {
        return code;
    }
    let code = output::exit_code(&analysis.diagnostics, args.deny_warnings);
    // The process ends here: freeing a large model piece by piece costs more
    // than letting the operating system take the memory back.
    std::mem::forget(analysis);
    code
}
