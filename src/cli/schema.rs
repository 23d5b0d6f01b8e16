//! `vellum schema`: JSON Schemas of the content files, for editors and CI.

use super::output::{self, say};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Output folder [default: <root>/schema].
    #[arg(long)]
    out: Option<PathBuf>,
    /// Only compare with the files there; exit 1 when they differ.
    #[arg(long)]
    check: bool,
    /// Print every content file's keys as Markdown tables instead (nothing is written).
    #[arg(long, conflicts_with_all = ["out", "check"])]
    docs: bool,
}

pub fn run(root: &Path, args: Args) -> ExitCode {
    let mut schemas = vellum::model::schema::content_schemas();
    schemas.extend(vellum::render::exports::export_schemas());
    if args.docs {
        return docs(&schemas);
    }
    let out = args.out.unwrap_or_else(|| root.join("schema"));
    if args.check {
        let stale: Vec<&str> = schemas
            .iter()
            .filter(|(name, text)| {
                std::fs::read_to_string(out.join(name)).ok().as_deref() != Some(text.as_str())
            })
            .map(|(name, _)| name.as_str())
            .collect();
        if stale.is_empty() {
            say!(
                "{} schemas in {} are up to date",
                schemas.len(),
                out.display()
            );
            return ExitCode::SUCCESS;
        }
        say!(
            "error: out of date in {}: {}",
            out.display(),
            stale.join(", ")
        );
        say!("  = help: run `vellum schema` and commit the result");
        return ExitCode::from(1);
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        say!("error: cannot create {}: {e}", out.display());
        return ExitCode::from(2);
    }
    for (name, text) in &schemas {
        let owned = |existing: &[u8]| vellum::model::schema::check_generated(name, existing);
        if let Err(d) = vellum::site::owned::write_owned_file(&out, name, text.as_bytes(), &owned) {
            return output::fail(d);
        }
    }
    say!("wrote {} schemas to {}", schemas.len(), out.display());
    ExitCode::SUCCESS
}

/// The Markdown reference, file by file, `notice.yaml` first.
fn docs(schemas: &[(String, String)]) -> ExitCode {
    let parsed: Vec<(String, serde_json::Value)> = schemas
        .iter()
        .filter(|(name, _)| name != "periods.schema.json" && name != "plain.schema.json")
        .filter_map(|(_, text)| {
            let schema: serde_json::Value = serde_json::from_str(text).ok()?;
            let file = schema
                .get("description")?
                .as_str()?
                .split(':')
                .next()?
                .to_string();
            Some((file, schema))
        })
        .collect();
    let text = super::schema_docs::markdown(&parsed);
    output::stdout(&text).err().unwrap_or(ExitCode::SUCCESS)
}
