//! `vellum theme eject`: the built-in theme's files written out for editing.
//! A site's `theme/` overrides the built-in theme file by file, so eject only
//! what you change.

use super::output::{self, say};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vellum::load::theme::Theme;
use vellum::site::owned::{Written, write_owned_file};

#[derive(clap::Subcommand)]
pub enum Action {
    /// Write built-in theme files into <root>/theme/ (all when none are named).
    Eject {
        /// Paths inside the theme, e.g. templates/page.html or locales/en/ui.ftl.
        files: Vec<String>,
    },
    /// List the built-in theme's files.
    List,
}

pub fn run(root: &Path, action: Action) -> ExitCode {
    match action {
        Action::List => {
            let list: String = Theme::built_in_files()
                .map(|(p, _)| format!("{p}\n"))
                .collect();
            output::stdout(&list).err().unwrap_or(ExitCode::SUCCESS)
        }
        Action::Eject { files } => eject(root, &files),
    }
}

fn eject(root: &Path, wanted: &[String]) -> ExitCode {
    let built_in: Vec<(&str, &[u8])> = Theme::built_in_files().collect();
    for name in wanted {
        if !built_in.iter().any(|(p, _)| p == name) {
            say!("error: the built-in theme has no file `{name}`");
            say!("  = help: `vellum theme list` shows its files");
            return ExitCode::from(2);
        }
    }
    let theme_dir: PathBuf = root.join("theme");
    if let Err(e) = std::fs::create_dir_all(&theme_dir) {
        say!("error: cannot create {}: {e}", theme_dir.display());
        return ExitCode::from(2);
    }
    let mut written = 0;
    for (rel, bytes) in built_in {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == rel) {
            continue;
        }
        // A file already there is the site's own: it is never replaced.
        let keep = |_: &[u8]| {
            Err(vellum::diagnostics::Diagnostic::error(
                vellum::diagnostics::Code::WriteRefused,
                format!("theme/{rel} already exists; vellum did not replace it"),
            )
            .hint("move or delete your file first if you want the built-in one"))
        };
        match write_owned_file(&theme_dir, rel, bytes, &keep) {
            Ok(Written::Created) => {
                say!("wrote theme/{rel}");
                written += 1;
            }
            Ok(_) => say!("theme/{rel} is already the built-in file"),
            Err(d) => return output::fail(d),
        }
    }
    say!(
        "{written} file{} ejected",
        if written == 1 { "" } else { "s" }
    );
    ExitCode::SUCCESS
}
