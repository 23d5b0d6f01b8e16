//! Printing and exit codes shared by every command.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use vellum::diagnostics::{self, Class, Diagnostic, Format, Sources, render_report};

/// Writes to stdout; a reader that went away (a closed pipe) ends the command
/// quietly with success, any other failure is an I/O error.
pub fn stdout(text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(ExitCode::SUCCESS),
        Err(_) => Err(ExitCode::from(2)),
    }
}

/// Writes to stderr, never failing: there is nowhere left to report to.
pub fn stderr(text: &str) {
    let mut err = anstream::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// A line of progress or summary for people, on stderr.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::output::stderr(&format!("{}\n", format_args!($($arg)*)))
    };
}
pub(crate) use say;

/// Prints diagnostics: human ones on stderr, machine formats on stdout.
pub fn diagnostics(
    diags: &[Diagnostic],
    sources: &Sources,
    format: Format,
) -> Result<(), ExitCode> {
    match format {
        Format::Human => {
            let styled = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            stderr(&render_report(diags, sources, format, styled));
            Ok(())
        }
        Format::Json | Format::Github => stdout(&render_report(diags, sources, format, false)),
    }
}

/// Prints the diagnostics of a check or a build. GitHub annotations name files
/// relative to the repository's root: `prefix` is the site's folder there.
pub fn report(
    diags: &[Diagnostic],
    sources: &Sources,
    format: Format,
    prefix: &str,
) -> Result<(), ExitCode> {
    if format == Format::Github && !prefix.is_empty() {
        return diagnostics(
            &diagnostics::with_path_prefix(diags, prefix),
            sources,
            format,
        );
    }
    diagnostics(diags, sources, format)
}

/// Where the site (`root`) lies inside its git repository, as a `/`-separated
/// path ("privacy" for `--root privacy`), or "" when it is the repository's
/// root or in none. The repository is the nearest folder above holding `.git`
/// (a folder, or a file in a worktree or submodule).
pub fn repository_prefix(root: &std::path::Path) -> String {
    let Ok(root) = root.canonicalize() else {
        return String::new();
    };
    let Some(repo) = root.ancestors().find(|a| a.join(".git").exists()) else {
        return String::new();
    };
    root.strip_prefix(repo)
        .map(|rel| {
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default()
}

/// The exit code the diagnostics call for: their class decides, not their names.
pub fn exit_code(diags: &[Diagnostic], deny_warnings: bool) -> ExitCode {
    if diags
        .iter()
        .any(|d| d.is_error() && matches!(d.code.class(), Class::Usage | Class::Io))
    {
        return ExitCode::from(2);
    }
    let (errors, warnings) = diagnostics::count(diags);
    if errors > 0 || (deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints one diagnostic that stopped a command and returns its exit code.
pub fn fail(d: Diagnostic) -> ExitCode {
    let diags = [d];
    let _ = diagnostics(&diags, &Sources::default(), Format::Human);
    exit_code(&diags, false)
}
