//! What vellum knows about each kind of entity, declared once per kind: its
//! data file, its id, the ids it refers to, its translatable texts, the names
//! in it that are not language, its own checks, and how a page shows it.
//! Generic code (loading, the JSON Schema, the id index, reference checks,
//! messages, language identification, the page) reads these declarations
//! through [`Data::visit`](super::Data::visit); a kind added to the registry
//! in `model/mod.rs` without all of them does not compile.

use super::{Event, Kind, Located, Notice, Period, Qualifier};
use crate::diagnostics::Diagnostic;
use crate::model::values::Id;
use crate::prose::Html;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A type listed in the registry (`model/data/mod.rs`), which implements this.
pub trait Registered {
    const KIND: Kind;
    /// Every entity has an `id`; the registry reads it.
    fn id(&self) -> &Located<Id>;
}

/// One kind of entity listed in `content/data/<file>.yaml`.
pub trait Entity:
    Registered
    + DeserializeOwned
    + Serialize
    + schemars::JsonSchema
    + Clone
    + std::fmt::Debug
    + Send
    + Sync
    + 'static
{
    /// How one entity appears in templates.
    type View: Serialize;

    /// The ids this entity refers to.
    fn references(&self) -> Vec<Reference<'_>> {
        Vec::new()
    }

    /// Its translatable texts; each becomes the message `<prefix>-<id>-<field>`.
    fn texts(&self) -> Vec<Text<'_>> {
        Vec::new()
    }

    /// Words in texts that are names, not language (product, company, city).
    fn proper_names(&self) -> Vec<&str> {
        Vec::new()
    }

    /// Checks of this entity beyond the types of its values.
    fn check(&self, _cx: &mut CheckContext<'_>) {}

    /// The entity in one language, for templates.
    fn view(&self, cx: &mut dyn ViewContext) -> Self::View;
}

/// A reference by id to an entity of `kind`.
pub struct Reference<'a> {
    pub kind: Kind,
    pub target: &'a Located<Id>,
}

impl<'a> Reference<'a> {
    pub fn to(kind: Kind, target: &'a Located<Id>) -> Reference<'a> {
        Reference { kind, target }
    }
}

/// Whether a text is Markdown (rendered as blocks or inline HTML) or plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Plain,
    Markdown,
}

/// A translatable text of an entity.
pub struct Text<'a> {
    /// The last part of the message id (`name`, `description`, `item-2`,
    /// `member-whatsapp` for one of a list).
    pub field: std::borrow::Cow<'static, str>,
    pub text: &'a Located<String>,
    pub kind: TextKind,
    /// What a translator needs to know besides the text ("the purpose of the
    /// cookie `_session`, lifespan browser session").
    pub context: Option<String>,
}

impl<'a> Text<'a> {
    pub fn plain(
        field: impl Into<std::borrow::Cow<'static, str>>,
        text: &'a Located<String>,
    ) -> Text<'a> {
        Text {
            field: field.into(),
            text,
            kind: TextKind::Plain,
            context: None,
        }
    }

    pub fn markdown(
        field: impl Into<std::borrow::Cow<'static, str>>,
        text: &'a Located<String>,
    ) -> Text<'a> {
        Text {
            field: field.into(),
            text,
            kind: TextKind::Markdown,
            context: None,
        }
    }

    /// A plain text that is one of a list (`member-<key>`), keyed by a
    /// kebab-case form of its text so that reordering keeps its translation.
    pub fn listed(field: &'static str, key: &str, text: &'a Located<String>) -> Text<'a> {
        Text {
            field: format!("{field}-{key}").into(),
            text,
            kind: TextKind::Plain,
            context: None,
        }
    }

    pub fn about(mut self, context: impl Into<String>) -> Text<'a> {
        self.context = Some(context.into());
        self
    }
}

/// A kebab-case key for an item of a list: "WhatsApp Business" →
/// `whatsapp-business`.
pub fn list_key(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Texts that are optional in the model.
pub fn optional<'a>(
    text: &'a Option<Located<String>>,
    make: fn(&'static str, &'a Located<String>) -> Text<'a>,
    field: &'static str,
) -> Option<Text<'a>> {
    text.as_ref().map(|t| make(field, t))
}

/// What an entity's own check can see and where it reports.
pub struct CheckContext<'a> {
    pub notice: &'a Notice,
    /// The file the entity was read from.
    pub file: &'a str,
    pub out: &'a mut Vec<Diagnostic>,
}

impl CheckContext<'_> {
    /// Reports a text that must not be empty.
    pub fn not_blank(&mut self, what: &str, text: &Located<String>, hint: &str) {
        if text.value.trim().is_empty() {
            self.out.push(
                Diagnostic::error(
                    crate::diagnostics::Code::EmptyValue,
                    format!("{what} is empty"),
                )
                .at(self.file, text.pos)
                .hint(hint.to_string()),
            );
        }
    }
}

/// What an entity's view can ask of the page being rendered: texts in the
/// page's language (falling back to the source language, marked), names of
/// other entities, UI strings and periods in words.
pub trait ViewContext {
    /// A plain text of this entity, as HTML: escaped, and wrapped in a `lang`
    /// span when it fell back to the source language.
    fn plain(&self, kind: Kind, id: &str, field: &str, fallback: &str) -> Html;
    /// A plain text of this entity as text, for texts joined into a UI string.
    fn plain_text(&self, kind: Kind, id: &str, field: &str, fallback: &str) -> String;
    /// A Markdown text of this entity rendered inline, if it has one.
    fn markdown(&self, kind: Kind, id: &str, field: &str) -> Option<Html>;
    /// The name of another entity in the page's language.
    fn name_of(&self, kind: Kind, id: &str) -> Html;
    /// A UI string, with arguments.
    fn ui(&self, id: &str, args: &[(&str, &str)]) -> String;
    /// A period in words ("6 months", "until the end of the contract").
    fn period(&self, period: &Period) -> String;
    /// A whole period in words: its alternatives joined by "or", the length
    /// qualified and counted from its start ("up to 12 months after your last
    /// interaction", "until the end of the contract or of the services").
    fn period_phrase(
        &self,
        alternatives: &[Period],
        qualifier: Qualifier,
        start: Option<&Event>,
    ) -> String;
    /// When a length starts counting ("after the ticket is resolved").
    fn event_start(&self, event: &Event) -> String;
    /// "a, b and c" in the page's language.
    fn list(&self, parts: &[String]) -> String;
    /// "a, b or c" in the page's language.
    fn list_or(&self, parts: &[String]) -> String;
    /// The footnote number of an entity's definition, numbered in order of
    /// first use on the page; `None` when it has no definition.
    fn note(&mut self, kind: Kind, id: &str) -> Option<usize>;
    fn notice(&self) -> &Notice;
}
