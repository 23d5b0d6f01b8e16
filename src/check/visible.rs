//! The texts a language's page shows, each with where it was written: the
//! content messages (the YAML for the source language, the translator's
//! `.ftl` otherwise) and the UI strings in force (captions, column headers,
//! labels). The checks that read words (language, register) go through here.

use crate::diagnostics::{Pos, Sources};
use crate::model::TextKind;
use crate::translate::Catalog;
use crate::translate::located::LocatedText;
use crate::translate::messages::{SourceMessage, is_content_id};

/// A text a page shows.
pub struct Visible<'a> {
    pub id: &'a str,
    pub kind: TextKind,
    pub file: &'a str,
    pub text: &'a str,
    origin: Origin<'a>,
}

enum Origin<'a> {
    /// A YAML scalar that starts at this position.
    Yaml(Pos),
    /// A Fluent message.
    Ftl(&'a LocatedText),
}

impl Visible<'_> {
    /// Where byte `offset` of the text was written.
    pub fn pos(&self, sources: &Sources, offset: usize) -> Pos {
        match &self.origin {
            Origin::Yaml(pos) => sources.pos_in_scalar(self.file, *pos, self.text, offset),
            Origin::Ftl(t) => t.pos(offset),
        }
    }

    /// True for a content message, false for a UI string.
    pub fn is_content(&self) -> bool {
        is_content_id(self.id)
    }
}

/// The content messages of a language (a translation's missing ones left
/// out: the page marks their fallback) and its UI strings that are words.
pub fn visible_texts<'a>(
    messages: &'a [SourceMessage],
    translations: Option<&'a super::found::FoundById<'a>>,
    catalog: &'a Catalog,
) -> Vec<Visible<'a>> {
    let mut out = Vec::new();
    for m in messages {
        match translations {
            None => out.push(Visible {
                id: &m.id,
                kind: m.kind,
                file: &m.file,
                text: &m.text,
                origin: Origin::Yaml(m.pos),
            }),
            Some(found) => {
                if let Some(f) = found.get(&m.id) {
                    out.push(Visible {
                        id: &m.id,
                        kind: m.kind,
                        file: &f.file,
                        text: &f.text.text,
                        origin: Origin::Ftl(&f.text),
                    });
                }
            }
        }
    }
    for id in catalog.ids() {
        if is_content_id(id) || !is_visible_label(id) {
            continue;
        }
        if let Some(found) = catalog.position(id) {
            out.push(Visible {
                id,
                kind: TextKind::Plain,
                file: &found.file,
                text: &found.text.text,
                origin: Origin::Ftl(&found.text),
            });
        }
    }
    out
}

/// UI strings that are words on the page, as opposed to patterns that only
/// assemble other texts (dates, periods, lists).
fn is_visible_label(id: &str) -> bool {
    !["date-", "month-", "period-", "unit-", "list-", "event-"]
        .iter()
        .any(|p| id.starts_with(p))
}
