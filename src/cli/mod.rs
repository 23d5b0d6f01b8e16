//! The command line: arguments (clap lives here, not in the library), one
//! module per command, and the shared way of printing and exiting.
//!
//! Exit codes: 0 success, 1 findings in the site (errors, or warnings when
//! they are denied), 2 a command that cannot do what was asked (usage) or an
//! I/O failure. A closed pipe (`vellum check --format json | head`) is a
//! quiet success, never a panic.

mod build;
mod build_many;
mod check;
mod durations;
mod i18n;
mod init;
mod output;
mod release;
mod schema;
mod schema_docs;
mod serve;
mod theme;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "vellum",
    version,
    about = "Static site generator for privacy notices that checks the prose against the rules"
)]
struct Cli {
    /// The site's root folder (holding content/, locales/, templates/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

/// How to print diagnostics.
#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    /// rustc-style snippets with the offending line and a hint.
    Human,
    /// One JSON document with every diagnostic and the totals.
    Json,
    /// GitHub Actions workflow commands (`::error file=...`).
    Github,
}

impl From<FormatArg> for vellum::diagnostics::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Human => Self::Human,
            FormatArg::Json => Self::Json,
            FormatArg::Github => Self::Github,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Write a new notice to fill in: content/, translations, schemas.
    Init(init::Args),
    /// Check, then render every language into the output folder.
    Build(build::Args),
    /// Run every check without writing output.
    Check(check::Args),
    /// Freeze the version in content/ into versions/<label>/, to stay published.
    Release(release::Args),
    /// The translator's workflow: generate the source file, report, confirm.
    I18n {
        #[command(subcommand)]
        action: i18n::Action,
    },
    /// Build in memory, serve on 127.0.0.1 and rebuild and reload on every save.
    Serve(serve::Args),
    /// Write the JSON Schema of every content file kind (for editors and CI).
    Schema(schema::Args),
    /// Print each period, deadline and age found in stdin as JSON lines.
    Durations(durations::Args),
    /// Work with the built-in theme.
    Theme {
        #[command(subcommand)]
        action: theme::Action,
    },
}

/// Parses the arguments and runs the command.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.as_path();
    match cli.command {
        Command::Init(args) => init::run(root, args),
        Command::Build(args) => build::run(root, args),
        Command::Check(args) => check::run(root, args),
        Command::Release(args) => release::run(root, args),
        Command::I18n { action } => i18n::run(root, action),
        Command::Serve(args) => serve::run(root, args),
        Command::Schema(args) => schema::run(root, args),
        Command::Durations(args) => durations::run(root, args),
        Command::Theme { action } => theme::run(root, action),
    }
}
