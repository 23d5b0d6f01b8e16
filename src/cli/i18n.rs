//! `vellum i18n`: the translator's workflow.

use super::output::{self, say};
use std::path::Path;
use std::process::ExitCode;
use vellum::diagnostics::{Diagnostic, Format, Sources};
use vellum::translate::status::{self, LanguageStatus};

#[derive(clap::Subcommand)]
pub enum Action {
    /// Regenerate locales/<source>/content.ftl from the YAML.
    Sync,
    /// Per language: translated, missing, stale, obsolete and placeable mismatches.
    Status {
        #[arg(long, value_enum, default_value = "human")]
        format: StatusFormat,
    },
    /// Start a new language: its theme strings and period words to translate,
    /// and its tag in content/notice.yaml.
    Add {
        /// The language tag (e.g. de, fr, pt-BR).
        lang: String,
    },
    /// Record that translations match the current source (all, or the given ids).
    Confirm {
        /// The language whose translations were checked.
        lang: String,
        /// Message ids to confirm; all translated messages when none are given.
        ids: Vec<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum StatusFormat {
    Human,
    Json,
}

pub fn run(root: &Path, action: Action) -> ExitCode {
    // Adding a language works on a notice that does not build yet.
    if let Action::Add { lang } = &action {
        return add(root, lang);
    }
    let (site, notice) = match load(root) {
        Ok(n) => n,
        Err(code) => return code,
    };
    match action {
        Action::Sync => match status::sync_source_file(root, &notice) {
            Ok((rel, true)) => {
                say!("wrote {rel}");
                ExitCode::SUCCESS
            }
            Ok((rel, false)) => {
                say!("{rel} is up to date");
                ExitCode::SUCCESS
            }
            Err(d) => output::fail(d),
        },
        Action::Status { format } => {
            let report = status::translation_status(&site, &notice);
            let broken: Vec<Diagnostic> = report
                .iter()
                .filter_map(|l| l.fingerprint_error.clone())
                .collect();
            let _ = output::diagnostics(&broken, &Sources::default(), Format::Human);
            let text = match format {
                StatusFormat::Json => {
                    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
                }
                StatusFormat::Human if report.is_empty() => format!(
                    "{} is the only language: nothing to translate\n",
                    notice.source_language()
                ),
                StatusFormat::Human => report.iter().map(human_status).collect(),
            };
            match output::stdout(&text) {
                Ok(()) if broken.is_empty() => ExitCode::SUCCESS,
                Ok(()) => ExitCode::from(1),
                Err(code) => code,
            }
        }
        Action::Add { .. } => ExitCode::SUCCESS,
        Action::Confirm { lang, ids } => match status::confirm(root, &site, &notice, &lang, &ids) {
            Ok(n) => {
                say!(
                    "confirmed {n} translation{} in {lang}",
                    if n == 1 { "" } else { "s" }
                );
                ExitCode::SUCCESS
            }
            Err(d) => output::fail(d),
        },
    }
}

fn add(root: &Path, lang: &str) -> ExitCode {
    use vellum::scaffold::language::NoticeChange;
    let added = match vellum::scaffold::language::add_language(root, lang) {
        Ok(a) => a,
        Err(d) => return output::fail(d),
    };
    for rel in &added.written {
        if rel.ends_with("/content.ftl") {
            say!("wrote {rel} (generated from the YAML, for translators to work from)");
        } else {
            say!("wrote {rel} (the English text, marked TODO for translation)");
        }
    }
    for (rel, why) in &added.kept {
        say!("left {rel} alone: {why}");
    }
    match &added.notice {
        NoticeChange::Added => say!("added `{lang}` to languages: in content/notice.yaml"),
        NoticeChange::AlreadyListed => say!("content/notice.yaml lists `{lang}` already"),
        NoticeChange::Manual { line, why } => {
            say!("content/notice.yaml was not changed ({why}); write this line there:");
            say!("  {line}");
        }
    }
    say!(
        "next: translate locales/<source>/content.ftl into locales/{lang}/content.ftl, then run `vellum i18n confirm {lang}`; `vellum check` lists each TODO left"
    );
    ExitCode::SUCCESS
}

fn human_status(l: &LanguageStatus) -> String {
    let mut out = format!(
        "{}: {} messages: {} translated, {} missing, {} stale, {} obsolete, {} placeable mismatches\n",
        l.language,
        l.total,
        l.translated,
        l.missing.len(),
        l.stale.len(),
        l.obsolete.len(),
        l.placeable_mismatches.len()
    );
    for (label, ids) in [
        ("missing", &l.missing),
        ("stale", &l.stale),
        ("obsolete", &l.obsolete),
    ] {
        for id in ids {
            out.push_str(&format!("  {label}: {id}\n"));
        }
    }
    for m in &l.placeable_mismatches {
        out.push_str(&format!(
            "  placeable mismatch: {} (dropped: {:?}, invented: {:?})\n",
            m.id, m.dropped, m.invented
        ));
    }
    out
}

/// Loads the notice for an i18n action; on load errors prints them and gives up.
fn load(root: &Path) -> Result<(vellum::site::SiteFiles, vellum::model::Notice), ExitCode> {
    let (site, mut errors) = vellum::site::SiteFiles::read(root);
    let loaded = vellum::load::load_site(&site);
    errors.extend(loaded.diagnostics.iter().filter(|d| d.is_error()).cloned());
    errors.retain(Diagnostic::is_error);
    match loaded.notice {
        Some(notice) if errors.is_empty() => Ok((site, notice)),
        _ => {
            let _ = output::diagnostics(&errors, &loaded.sources, Format::Human);
            Err(output::exit_code(&errors, false))
        }
    }
}
