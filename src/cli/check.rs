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
    /// Exit with 1 when there are warnings.
    #[arg(long)]
    deny_warnings: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let analysis = vellum::analyse(root);
    if let Err(code) =
        output::diagnostics(&analysis.diagnostics, &analysis.sources, args.format.into())
    {
        return code;
    }
    let code = output::exit_code(&analysis.diagnostics, args.deny_warnings);
    // The process ends here: freeing a large model piece by piece costs more
    // than letting the operating system take the memory back.
    std::mem::forget(analysis);
    code
}
