//! The site folder on disk, below every stage: what vellum reads (once, under
//! one policy, into memory) and the few files it writes inside a site (only
//! its own, only inside the root). The output folder is the write stage's.

pub mod by_text;
pub mod files;
pub mod memo;
pub mod owned;

pub use files::{ReadCache, SiteFiles};
