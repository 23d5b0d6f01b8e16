//! `vellum i18n`: the translator's workflow.

use super::output::{self, say};
use std::path::Path;
use std::process::ExitCode;
use vellum::diagnostics::{Diagnostic, Format, Sources};
use vellum::translate::status::{self, LanguageStatus};
use vellum::translate::workflow;

#[derive(clap::Subcommand)]
pub enum Action {
    /// Regenerate locales/<source>/content.ftl from the YAML, and each
    /// translation's locales/<lang>/review.ftl (what changed, what is missing).
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
    /// Record that translations match the current source (the given ids, or all).
    Confirm {
        /// The language whose translations were checked.
        lang: String,
        /// Message ids to confirm. Without ids, every translation is
        /// confirmed, but only when none is missing or changed in the source.
        ids: Vec<String>,
        /// Confirm every translated message as it is, even changed ones.
        #[arg(long)]
        all: bool,
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
        Action::Sync => {
            let written = status::sync_source_file(root, &notice).and_then(|source| {
                let reviews = workflow::write_review_files(root, &site, &notice)?;
                Ok(std::iter::once(source).chain(reviews).collect::<Vec<_>>())
            });
            match written {
                Ok(files) => {
                    for (rel, changed) in files {
                        if changed {
                            say!("wrote {rel}");
                        } else {
                            say!("{rel} is up to date");
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(d) => output::fail(d),
            }
        }
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
        Action::Confirm { lang, ids, all } => {
            match status::confirm(root, &site, &notice, &lang, &ids, all) {
                Ok(n) => {
                    say!(
                        "confirmed {n} translation{} in {lang}",
                        if n == 1 { "" } else { "s" }
                    );
                    // The review file follows what was just confirmed.
                    let site = vellum::site::SiteFiles::read(root).0;
                    if let Err(d) = workflow::write_review_files(root, &site, &notice) {
                        return output::fail(d);
                    }
                    ExitCode::SUCCESS
                }
                Err(d) => output::fail(d),
            }
        }
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
        } else if let Some(main) = added.ui_from.as_ref().filter(|_| rel.ends_with("/ui.ftl")) {
            say!("wrote {rel} (the user-interface strings of `{main}`, to adapt)");
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
    for id in &l.missing {
        out.push_str(&format!("  missing: {id}\n"));
    }
    for c in &l.changes {
        let why = match (&c.diff, c.reason) {
            (Some(d), _) => format!("\n      changed: {}", d.inline),
            (None, status::NEVER_CONFIRMED) => " (never confirmed)".to_string(),
            (None, _) => " (source changed; confirmed before vellum kept source texts)".to_string(),
        };
        out.push_str(&format!("  stale: {}{why}\n", c.id));
    }
    for id in &l.obsolete {
        out.push_str(&format!("  obsolete: {id}\n"));
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
