//! `vellum serve`: the live preview.

use super::output::say;
use std::path::Path;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = vellum::serve::DEFAULT_PORT)]
    port: u16,
    /// Address to listen on; only loopback unless given explicitly.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Open the site in a browser.
    #[arg(long)]
    open: bool,
    /// Make the error overlay's file locations open in this editor: vscode,
    /// vscodium, cursor, zed, idea, sublime, textmate, or a URL with {path},
    /// {line} and {column}.
    #[arg(long, value_name = "EDITOR")]
    editor: Option<String>,
    /// Print the time each stage of a rebuild took.
    #[arg(long)]
    timings: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let editor = match args
        .editor
        .as_deref()
        .map(vellum::serve::live::Editor::parse)
    {
        Some(Err(e)) => {
            say!("error: {e}");
            return ExitCode::from(2);
        }
        Some(Ok(editor)) => Some(editor),
        None => None,
    };
    let options = vellum::serve::ServeOptions {
        bind: args.bind,
        port: args.port,
        open: args.open,
        editor,
        timings: args.timings,
    };
    match vellum::serve::serve(root, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            say!("error: {e}");
            ExitCode::from(2)
        }
    }
}
