//! A file of the output tree: bytes, or a file made when it is read.
//!
//! A page of the statement is published twice or more (the current notice
//! and each permalink), each copy differing only in its links and status
//! banner. Holding every placed copy until the tree is written cost a large
//! site 190 MB of its peak memory; a pending page holds the one rendering,
//! shared, and places it when the writer (or `vellum serve`) asks for it.
//! Likewise a JSON-LD export is its kept text and the content hash, which
//! every save changes: `vellum serve` no longer splices 80 exports per save
//! that no browser asks for.

use super::RenderOptions;
use super::placement::{Placement, place};
use std::borrow::Cow;
use std::sync::Arc;

/// One file of the output, cheap to clone: `vellum serve` keeps a
/// language's files from one rebuild to the next without copying them.
#[derive(Clone)]
pub struct OutputFile(Contents);

#[derive(Clone)]
enum Contents {
    Bytes(Arc<Vec<u8>>),
    Pending(Arc<dyn PendingFile>),
}

/// A file whose bytes are made when they are read.
pub trait PendingFile: Send + Sync {
    fn bytes(&self) -> Vec<u8>;
}

/// A rendered page with where it goes and what its status banner says.
struct PendingPage {
    page: Arc<String>,
    placement: Placement,
    status: String,
    minify: bool,
}

impl OutputFile {
    /// `page` (HTML with the placement tokens) at `placement`, with `status`
    /// in its slot, finished (minified when asked) when read.
    pub fn page(
        page: Arc<String>,
        placement: Placement,
        status: String,
        options: &RenderOptions,
    ) -> OutputFile {
        OutputFile::pending(PendingPage {
            page,
            placement,
            status,
            minify: options.minify,
        })
    }

    /// A file made by `file` each time it is read.
    pub fn pending(file: impl PendingFile + 'static) -> OutputFile {
        OutputFile(Contents::Pending(Arc::new(file)))
    }

    /// The file's bytes; a pending file is made on each call.
    pub fn bytes(&self) -> Cow<'_, [u8]> {
        match &self.0 {
            Contents::Bytes(bytes) => Cow::Borrowed(bytes.as_slice()),
            Contents::Pending(file) => Cow::Owned(file.bytes()),
        }
    }
}

impl PendingFile for PendingPage {
    fn bytes(&self) -> Vec<u8> {
        let html = place(&self.page, &self.placement, &self.status);
        let options = RenderOptions {
            minify: self.minify,
        };
        super::finish_html(html, &options).into_bytes()
    }
}

impl From<Vec<u8>> for OutputFile {
    fn from(bytes: Vec<u8>) -> OutputFile {
        OutputFile(Contents::Bytes(Arc::new(bytes)))
    }
}

/// Bytes held elsewhere too (what `serve` keeps between rebuilds).
impl From<Arc<Vec<u8>>> for OutputFile {
    fn from(bytes: Arc<Vec<u8>>) -> OutputFile {
        OutputFile(Contents::Bytes(bytes))
    }
}

impl From<String> for OutputFile {
    fn from(text: String) -> OutputFile {
        text.into_bytes().into()
    }
}

/// Files are equal when their bytes are (how a page is held does not count).
impl PartialEq for OutputFile {
    fn eq(&self, other: &OutputFile) -> bool {
        match (&self.0, &other.0) {
            (Contents::Bytes(a), Contents::Bytes(b)) => a == b,
            _ => self.bytes() == other.bytes(),
        }
    }
}

impl Eq for OutputFile {}

impl std::fmt::Debug for OutputFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &self.0 {
            Contents::Bytes(_) => "bytes",
            Contents::Pending(_) => "pending",
        };
        write!(f, "OutputFile({kind}, {} bytes)", self.bytes().len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::placement::{ROOT_TOKEN, STATUS_SLOT};

    #[test]
    fn a_pending_page_reads_as_the_placed_page() {
        let page = Arc::new(format!("<a href=\"{ROOT_TOKEN}x\">{STATUS_SLOT}</a>"));
        let pending = OutputFile::page(
            page.clone(),
            Placement::permalink("2"),
            "<p>old</p>".to_string(),
            &RenderOptions { minify: false },
        );
        let placed = place(&page, &Placement::permalink("2"), "<p>old</p>");
        assert_eq!(&*pending.bytes(), placed.as_bytes());
        assert_eq!(pending, OutputFile::from(placed));
        assert_ne!(pending, OutputFile::from(page.to_string()));
    }
}
