//! Stage 3: every check on the loaded model. Checks only read; they never fix.

pub mod ids;
pub mod language;
pub mod narrative;
pub mod prose;
pub mod recognize;
pub mod values;

use crate::diagnostics::{Diagnostic, Sources};
use crate::model::Notice;

/// Runs every check on the model and returns what was found.
pub fn check_notice(notice: &Notice, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let index = ids::index_ids(notice, &mut out);
    ids::check_references(notice, &index, &mut out);
    values::check_values(notice, &mut out);
    prose::check_prose(notice, sources, &mut out);
    out
}
