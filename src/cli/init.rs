//! `vellum init`: a new notice to fill in.

use super::output::{self, say};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Languages, the one you write in first (e.g. en,nl).
    #[arg(long, value_delimiter = ',', default_value = "en")]
    lang: Vec<String>,
    /// Folder to create the site in [default: --root, which defaults to the current folder].
    dir: Option<PathBuf>,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let dir = args.dir.unwrap_or_else(|| root.to_path_buf());
    // The effective date starts as today (UTC); the writer sets the real one.
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    let langs: Vec<String> = args.lang.iter().map(|l| l.trim().to_string()).collect();
    match vellum::scaffold::init::init(&dir, &langs, &today) {
        Ok(written) => {
            say!(
                "wrote a new notice in {} ({} files), languages: {}",
                dir.display(),
                written.len(),
                langs.join(", ")
            );
            let at = if dir == Path::new(".") {
                String::new()
            } else {
                format!("--root {} ", dir.display())
            };
            say!("next:");
            say!(
                "  vellum {at}check    lists what is left to do (each TODO, with its file and line)"
            );
            say!("  vellum {at}serve    shows the notice in your browser as you edit it");
            say!("  vellum {at}build    writes the website into public/");
            ExitCode::SUCCESS
        }
        Err(d) => output::fail(d),
    }
}
