//! `vellum durations --lang L`: what the period recognizer sees in a text.

use super::output::{self, say};
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use vellum::diagnostics::{Format, Sources};

#[derive(clap::Args)]
pub struct Args {
    /// The language of the text (a tag with a period vocabulary).
    #[arg(long)]
    lang: String,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let lang = args.lang.as_str();
    let (site, mut diags) = vellum::site::SiteFiles::read(root);
    let theme = vellum::load::theme::Theme::load(&site);
    let mut sources = Sources::default();
    let vocab = vellum::translate::vocabulary::load_vocabulary(
        &site,
        &theme,
        lang,
        &mut sources,
        &mut diags,
    );
    if !diags.is_empty() {
        let _ = output::diagnostics(&diags, &sources, Format::Human);
        return output::exit_code(&diags, true);
    }
    let Some(vocab) = vocab else {
        say!("error: no period vocabulary for language `{lang}`");
        say!(
            "  = help: run `vellum i18n add {lang}`: it writes locales/{lang}/periods.yaml with the English words to translate"
        );
        return ExitCode::from(2);
    };
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        say!("error: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    let recognizer = vellum::check::recognize::Recognizer::new(&vocab);
    let mut lines = String::new();
    for e in recognizer.find(&text) {
        let line = serde_json::json!({
            "text": e.text,
            "start": e.start,
            "end": e.end,
            "iso": e.iso.map(|d| d.to_string()),
            "event": e.event().map(|ev| ev.id()),
            "ends": e.ends.iter().map(|ev| ev.id()).collect::<Vec<_>>(),
            "qualifier": e.qualifier.map(|q| q.id()),
            "start_event": e.start_event.as_ref().map(|ev| ev.id()),
            "early_end": e.early_end.as_ref().map(|ev| ev.id()),
            "numeral_mismatch": e.numeral_mismatch,
        });
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    match output::stdout(&lines) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
