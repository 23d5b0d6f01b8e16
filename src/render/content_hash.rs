//! The site's content hash in the files that carry it: `retention.json`,
//! `notice.json` and each language's JSON-LD. No page shows it, so it is
//! computed when the first of those files is read (by the writer, or by a
//! browser under `vellum serve`), not while the pages render: a save under
//! `serve` reloads the page without hashing every translation again.

use crate::render::output_file::PendingFile;
use crate::site::SiteFiles;
use crate::versions::digest::{self, ContentHashState};
use std::sync::{Arc, OnceLock};

/// What a document holds in place of the hash until the hash is known.
pub const HASH_SLOT: &str = "@vellum-content-hash@";

/// The content hash of one site, computed once, when first asked for.
pub struct LazyContentHash {
    /// The content files (see [`digest::is_content_file`]), in path order.
    files: Vec<(String, Arc<Vec<u8>>)>,
    /// Where `serve`'s last hash stood before each file, to resume from.
    kept: Option<Arc<ContentHashState>>,
    value: OnceLock<String>,
}

impl LazyContentHash {
    pub fn of(site: &SiteFiles, kept: Option<Arc<ContentHashState>>) -> Arc<LazyContentHash> {
        let files = digest::content_files(site)
            .map(|(rel, bytes)| (rel.to_string(), Arc::clone(bytes)))
            .collect();
        Arc::new(LazyContentHash {
            files,
            kept,
            value: OnceLock::new(),
        })
    }

    /// A hash computed already (a build computes it before releasing the
    /// files it covers).
    pub fn known(hash: String) -> Arc<LazyContentHash> {
        Arc::new(LazyContentHash {
            files: Vec::new(),
            kept: None,
            value: OnceLock::from(hash),
        })
    }

    /// `sha256:` and 64 hex digits, as [`digest::content_hash`] gives.
    pub fn get(&self) -> &str {
        self.value.get_or_init(|| {
            let files = self.files.iter().map(|(rel, bytes)| (rel.as_str(), bytes));
            digest::content_hash_of(files, self.kept.as_deref())
        })
    }
}

/// A JSON document with a slot where the content hash goes: the document as
/// written, and where the slot starts (`None` when it has no slot). Kept
/// whole: a language's JSON-LD is hundreds of kilobytes, copied once when
/// the hash is put in.
pub struct HashSlot {
    text: String,
    slot: Option<usize>,
}

impl HashSlot {
    /// The document `write` makes when given [`HASH_SLOT`] as the hash,
    /// with the slot found as the value of `field`.
    pub fn written(field: &str, write: impl FnOnce(&str) -> String) -> HashSlot {
        HashSlot::new(write(HASH_SLOT), field)
    }

    /// `text` is the document written with [`HASH_SLOT`] as the value of
    /// `field`. The slot is found as that field's value, quotes included:
    /// inside a string of the notice the quotes would be escaped, so no text
    /// of the notice can match.
    pub fn new(mut text: String, field: &str) -> HashSlot {
        // Held for every language until written: without the spare capacity
        // the serializer's doubling left (jemalloc shrinks in place).
        text.shrink_to_fit();
        let pattern = format!("\"{field}\": \"{HASH_SLOT}\"");
        // Not there (a document without the field): nothing to fill.
        let slot = text
            .find(&pattern)
            .map(|at| at + pattern.len() - HASH_SLOT.len() - 1);
        HashSlot { text, slot }
    }

    pub fn with_hash(&self, content_hash: &str) -> String {
        match self.slot {
            Some(at) => [
                &self.text[..at],
                content_hash,
                &self.text[at + HASH_SLOT.len()..],
            ]
            .concat(),
            None => self.text.clone(),
        }
    }
}

/// A document and the site's hash, put together when the file is read.
pub struct WithContentHash {
    pub text: Arc<HashSlot>,
    pub hash: Arc<LazyContentHash>,
}

impl PendingFile for WithContentHash {
    fn bytes(&self) -> Vec<u8> {
        self.text.with_hash(self.hash.get()).into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slot_is_the_fields_value_not_a_text_that_quotes_it() {
        let text = format!(
            "{{\n  \"note\": \"\\\"content_hash\\\": \\\"{HASH_SLOT}\\\"\",\n  \"content_hash\": \"{HASH_SLOT}\"\n}}\n"
        );
        let slot = HashSlot::new(text, "content_hash");
        let filled = slot.with_hash("sha256:abc");
        assert!(
            filled.contains("\"content_hash\": \"sha256:abc\""),
            "{filled}"
        );
        assert!(filled.contains(&format!("\\\"{HASH_SLOT}\\\"")), "{filled}");
    }

    #[test]
    fn the_lazy_hash_is_the_sites_content_hash() {
        let site = SiteFiles::from_memory([
            ("content/notice.yaml".to_string(), b"title: a\n".to_vec()),
            ("locales/nl/content.ftl".to_string(), b"a = b\n".to_vec()),
            ("theme/static/style.css".to_string(), b"p {}\n".to_vec()),
        ]);
        let kept = Arc::new(ContentHashState::default());
        let lazy = LazyContentHash::of(&site, Some(Arc::clone(&kept)));
        assert_eq!(lazy.get(), digest::content_hash(&site));
        let again = LazyContentHash::of(&site, Some(kept));
        assert_eq!(again.get(), digest::content_hash(&site));
    }
}
