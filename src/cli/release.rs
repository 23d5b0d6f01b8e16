//! `vellum release`: freeze the version in `content/` into `versions/<label>/`.

use super::FormatArg;
use super::output::{self, say};
use std::path::Path;
use std::process::ExitCode;
use vellum::release::Released;

#[derive(clap::Args)]
pub struct Args {
    /// Refuse to release while there are warnings too.
    #[arg(long, alias = "deny-warnings")]
    strict: bool,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value = "human")]
    format: FormatArg,
    /// With `--format github`: the site's folder inside the repository, put
    /// before every file path [default: found from the git repository above
    /// --root].
    #[arg(long, value_name = "PATH")]
    path_prefix: Option<String>,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let (analysis, result) = vellum::release::release(root, args.strict);
    let mut diags = analysis.diagnostics.clone();
    if let Err(refusal) = &result {
        diags.extend(refusal.iter().cloned());
    }
    let prefix = args
        .path_prefix
        .unwrap_or_else(|| output::repository_prefix(root));
    if let Err(code) = output::report(&diags, &analysis.sources, args.format.into(), &prefix) {
        return code;
    }
    let code = match &result {
        Ok(Released::Written { label, files }) => {
            say!(
                "released version {label} into versions/{label}/ ({files} files); commit that folder with the site"
            );
            ExitCode::SUCCESS
        }
        Ok(Released::Unchanged { label }) => {
            say!("version {label} is already released with this content; nothing was written");
            ExitCode::SUCCESS
        }
        Err(_) => {
            say!("release failed: nothing was released");
            match output::exit_code(&diags, args.strict) {
                c if c == ExitCode::SUCCESS => ExitCode::from(1),
                c => c,
            }
        }
    };
    std::mem::forget(analysis);
    code
}
