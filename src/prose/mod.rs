//! Prose, below every stage that reads it: the Markdown dialect and its link
//! policy (checks and rendering must agree on both), and HTML as a type.

pub mod hash;
pub mod html;
pub mod markdown;
pub mod markers;
pub mod phrases;

pub use html::{Html, escape_html};
