//! The `vellum` command line.

use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use vellum::diagnostics::{self, Diagnostic, Format, render_report};

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

#[derive(Subcommand)]
enum Command {
    /// Check, then render every language into the output folder.
    Build {
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// Minify the HTML.
        #[arg(long)]
        minify: bool,
        /// Output folder [default: <root>/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// How to print diagnostics.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Print the time each pipeline stage took.
        #[arg(long)]
        timings: bool,
    },
    /// The translator's workflow: generate the source file, report, confirm.
    I18n {
        #[command(subcommand)]
        action: I18nAction,
    },
    /// Build in memory, serve on 127.0.0.1 and rebuild and reload on every save.
    Serve {
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = vellum::serve::DEFAULT_PORT)]
        port: u16,
        /// Address to listen on; only loopback unless given explicitly.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in a browser.
        #[arg(long)]
        open: bool,
    },
    /// Write the JSON Schema of every content file kind (for editors and CI).
    Schema {
        /// Output folder [default: <root>/schema].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only compare with the files there; exit 1 when they differ.
        #[arg(long)]
        check: bool,
    },
    /// Print each period, deadline and age found in stdin as JSON lines.
    Durations {
        /// The language of the text (a tag with a period vocabulary).
        #[arg(long)]
        lang: String,
    },
    /// Run every check without writing output.
    Check {
        /// How to print diagnostics.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Exit with 1 when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
    },
}

#[derive(Subcommand)]
enum I18nAction {
    /// Regenerate locales/<source>/content.ftl from the YAML.
    Sync,
    /// Per language: translated, missing, stale, obsolete and placeable mismatches.
    Status {
        #[arg(long, value_enum, default_value = "human")]
        format: StatusFormat,
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
enum StatusFormat {
    Human,
    Json,
}

/// Exit codes: 0 success, 1 check or build errors, 2 usage or I/O errors.
const EXIT_FINDINGS: u8 = 1;
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::I18n { action } => i18n(&cli.root, action),
        Command::Durations { lang } => durations(&cli.root, &lang),
        Command::Schema { out, check } => {
            schema(&out.unwrap_or_else(|| cli.root.join("schema")), check)
        }
        Command::Serve { port, bind, open } => {
            let options = vellum::serve::ServeOptions { bind, port, open };
            match vellum::serve::serve(&cli.root, &options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(EXIT_USAGE)
                }
            }
        }
        Command::Check {
            format,
            deny_warnings,
        } => {
            let analysis = vellum::analyse(&cli.root);
            print_diagnostics(&analysis.diagnostics, &analysis.sources, format);
            let code = exit_code(&analysis.diagnostics, deny_warnings);
            // The process ends here: freeing a large model piece by piece costs
            // more than letting the operating system take the memory back.
            std::mem::forget(analysis);
            code
        }
        Command::Build {
            strict,
            minify,
            out,
            format,
            timings,
        } => {
            if minify && !cfg!(feature = "minify") {
                eprintln!(
                    "error: this vellum was built without the `minify` feature; rebuild with default features"
                );
                return ExitCode::from(EXIT_USAGE);
            }
            let started = Instant::now();
            let out = out.unwrap_or_else(|| cli.root.join("public"));
            let options = vellum::BuildOptions {
                out: out.clone(),
                minify,
                strict,
            };
            let outcome = vellum::build(&cli.root, &options);
            let mut diags = outcome.analysis.diagnostics.clone();
            diags.extend(outcome.write_error.iter().cloned());
            diags.extend(outcome.write_warnings.iter().cloned());
            print_diagnostics(&diags, &outcome.analysis.sources, format);
            if outcome.write_error.is_some() {
                eprintln!("build failed: {} left unchanged", out.display());
                return ExitCode::from(EXIT_USAGE);
            }
            let diags = &outcome.analysis.diagnostics;
            let code = exit_code(diags, strict);
            if timings {
                eprintln!("timings: {}", outcome.analysis.timings);
            }
            match outcome.written {
                Some(files) => {
                    let langs = outcome
                        .analysis
                        .notice
                        .as_ref()
                        .map_or(0, |n| n.meta.languages.len());
                    eprintln!(
                        "built {langs} language{} ({files} files) into {} in {} ms",
                        if langs == 1 { "" } else { "s" },
                        out.display(),
                        started.elapsed().as_millis()
                    );
                }
                None => eprintln!("build failed: {} left unchanged", out.display()),
            }
            std::mem::forget(outcome);
            code
        }
    }
}

fn print_diagnostics(diags: &[Diagnostic], sources: &diagnostics::Sources, format: Format) {
    match format {
        Format::Human => {
            let styled = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let text = render_report(diags, sources, format, styled);
            anstream::eprint!("{text}");
        }
        Format::Json | Format::Github => print!("{}", render_report(diags, sources, format, false)),
    }
}

fn exit_code(diags: &[Diagnostic], deny_warnings: bool) -> ExitCode {
    if diags.iter().any(|d| {
        d.is_error()
            && matches!(
                d.code,
                "no-content" | "io" | "usage" | "output-refused" | "write-refused"
            )
    }) {
        return ExitCode::from(EXIT_USAGE);
    }
    let (errors, warnings) = diagnostics::count(diags);
    if errors > 0 || (deny_warnings && warnings > 0) {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// Loads the notice for an i18n action; on load errors prints them and gives up.
fn load_for_i18n(
    root: &std::path::Path,
) -> Result<(vellum::load::SiteFiles, vellum::model::Notice), ExitCode> {
    let (site, mut errors) = vellum::load::SiteFiles::read(root);
    let loaded = vellum::load::load_site(&site);
    errors.extend(loaded.diagnostics.iter().filter(|d| d.is_error()).cloned());
    errors.retain(Diagnostic::is_error);
    match loaded.notice {
        Some(notice) if errors.is_empty() => Ok((site, notice)),
        _ => {
            print_diagnostics(&errors, &loaded.sources, Format::Human);
            Err(exit_code(&errors, false))
        }
    }
}

/// Prints one diagnostic that stopped a command and returns its exit code.
fn fail(d: Diagnostic) -> ExitCode {
    let diags = [d];
    print_diagnostics(&diags, &diagnostics::Sources::default(), Format::Human);
    exit_code(&diags, false)
}

fn i18n(root: &std::path::Path, action: I18nAction) -> ExitCode {
    use vellum::translate::status;
    let (site, notice) = match load_for_i18n(root) {
        Ok(n) => n,
        Err(code) => return code,
    };
    match action {
        I18nAction::Sync => match status::sync_source_file(root, &notice) {
            Ok((rel, true)) => {
                eprintln!("wrote {rel}");
                ExitCode::SUCCESS
            }
            Ok((rel, false)) => {
                eprintln!("{rel} is up to date");
                ExitCode::SUCCESS
            }
            Err(d) => fail(d),
        },
        I18nAction::Status { format } => {
            let report = status::translation_status(&site, &notice);
            let broken: Vec<Diagnostic> = report
                .iter()
                .filter_map(|l| l.fingerprint_error.clone())
                .collect();
            if !broken.is_empty() {
                print_diagnostics(&broken, &diagnostics::Sources::default(), Format::Human);
            }
            match format {
                StatusFormat::Json => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&report).unwrap_or_default()
                    );
                }
                StatusFormat::Human => {
                    if report.is_empty() {
                        println!(
                            "{} is the only language: nothing to translate",
                            notice.source_language()
                        );
                    }
                    for l in &report {
                        println!(
                            "{}: {} messages: {} translated, {} missing, {} stale, {} obsolete, {} placeable mismatches",
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
                                println!("  {label}: {id}");
                            }
                        }
                        for m in &l.placeable_mismatches {
                            println!(
                                "  placeable mismatch: {} (dropped: {:?}, invented: {:?})",
                                m.id, m.dropped, m.invented
                            );
                        }
                    }
                }
            }
            ExitCode::SUCCESS
        }
        I18nAction::Confirm { lang, ids } => {
            match status::confirm(root, &site, &notice, &lang, &ids) {
                Ok(n) => {
                    eprintln!(
                        "confirmed {n} translation{} in {lang}",
                        if n == 1 { "" } else { "s" }
                    );
                    ExitCode::SUCCESS
                }
                Err(d) => fail(d),
            }
        }
    }
}

fn durations(root: &std::path::Path, lang: &str) -> ExitCode {
    use std::io::Read;
    let (site, mut diags) = vellum::load::SiteFiles::read(root);
    let theme = vellum::load::theme::Theme::load(&site);
    let mut sources = diagnostics::Sources::default();
    let vocab = vellum::translate::vocabulary::load_vocabulary(
        &site,
        &theme,
        lang,
        &mut sources,
        &mut diags,
    );
    if !diags.is_empty() {
        print_diagnostics(&diags, &sources, Format::Human);
        return ExitCode::from(EXIT_FINDINGS);
    }
    let Some(vocab) = vocab else {
        eprintln!("error: no period vocabulary for language `{lang}`");
        eprintln!(
            "  = help: add locales/{lang}/periods.yaml (see the theme's locales/en/periods.yaml)"
        );
        return ExitCode::from(EXIT_USAGE);
    };
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("error: cannot read stdin: {e}");
        return ExitCode::from(EXIT_USAGE);
    }
    let recognizer = vellum::check::recognize::Recognizer::new(&vocab);
    for e in recognizer.find(&text) {
        let line = serde_json::json!({
            "text": e.text,
            "start": e.start,
            "end": e.end,
            "iso": e.iso.map(|d| d.to_string()),
            "event": e.event.map(|ev| ev.id()),
            "qualifier": e.qualifier,
            "numeral_mismatch": e.numeral_mismatch,
        });
        println!("{line}");
    }
    ExitCode::SUCCESS
}

fn schema(out: &std::path::Path, check: bool) -> ExitCode {
    let schemas = vellum::model::schema::content_schemas();
    if check {
        let stale: Vec<&str> = schemas
            .iter()
            .filter(|(name, text)| {
                std::fs::read_to_string(out.join(name)).ok().as_deref() != Some(text.as_str())
            })
            .map(|(name, _)| name.as_str())
            .collect();
        if stale.is_empty() {
            eprintln!(
                "{} schemas in {} are up to date",
                schemas.len(),
                out.display()
            );
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "error: out of date in {}: {}",
            out.display(),
            stale.join(", ")
        );
        eprintln!("  = help: run `vellum schema` and commit the result");
        return ExitCode::from(EXIT_FINDINGS);
    }
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot create {}: {e}", out.display());
        return ExitCode::from(EXIT_USAGE);
    }
    for (name, text) in &schemas {
        let owned = |existing: &[u8]| vellum::model::schema::check_generated(name, existing);
        if let Err(d) = vellum::write::owned::write_owned_file(out, name, text.as_bytes(), &owned) {
            return fail(d);
        }
    }
    eprintln!("wrote {} schemas to {}", schemas.len(), out.display());
    ExitCode::SUCCESS
}
