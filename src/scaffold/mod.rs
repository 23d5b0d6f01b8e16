//! Starting points written for people: `vellum init` (a complete, valid notice
//! to fill in) and `vellum i18n add` (a new language's theme strings and period
//! words). Everything left to the writer is marked `TODO`, which `vellum check`
//! reports as a warning at its place (see `check::todo`).
//!
//! Like every writer of files inside a site, these never replace a file that
//! is already there (`site::owned`).

pub mod init;
pub mod language;
mod notice_edit;
mod skeleton;

use crate::diagnostics::{Code, Diagnostic};
use crate::site::owned::{Written, write_owned_file};
use std::path::Path;

/// Writes a new file inside `root`; a file already there is the user's and is
/// left alone (`Ok(false)`), unless it already holds exactly these bytes.
fn write_new(root: &Path, rel: &str, text: &str) -> Result<bool, Diagnostic> {
    let keep = |_: &[u8]| {
        Err(Diagnostic::error(
            Code::WriteRefused,
            format!("{rel} already exists; vellum did not replace it"),
        ))
    };
    match write_owned_file(root, rel, text.as_bytes(), &keep) {
        Ok(Written::Created) => Ok(true),
        Ok(_) => Ok(false),
        Err(d) if d.code == Code::WriteRefused && root.join(rel).is_file() => Ok(false),
        Err(d) => Err(d),
    }
}
