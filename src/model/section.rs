//! `content/sections/NN-slug.yaml`: one top-level section per file, with
//! its subsections: numbered or not, titled or not (a preamble), with block
//! markers in the prose.

use super::located::Located;
use super::values::{FromText, Id, Parsed, Problem};
use super::{Kind, OTHER_BLOCKS};
use crate::diagnostics::Code;
use crate::prose::markers::Marker;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

crate::text_enum! {
    /// How a section's heading is set.
    HeadingStyle ("a heading style (block or run-in)") {
        /// A heading on its own line.
        Block = "block",
        /// A bold lead-in that runs into the first paragraph: "1.1 Roles. When it comes to...".
        RunIn = "run-in",
    }
}

/// A section number fixed by the legal document: `7`, or `7a` for a section
/// inserted after 7.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SectionNumber {
    pub value: u32,
    /// Lower-case letters after the number (`a` in `7a`).
    pub suffix: String,
}

impl FromText for SectionNumber {
    fn from_text(text: &str) -> Result<Self, Problem> {
        let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &text[digits.len()..];
        match digits.parse::<u32>() {
            Ok(value) if value > 0 && suffix.chars().all(|c| c.is_ascii_lowercase()) && suffix.len() <= 2 => {
                Ok(SectionNumber {
                    value,
                    suffix: suffix.to_string(),
                })
            }
            _ => Err(Problem::new(
                Code::InvalidValue,
                format!("`{text}` is not a section number"),
            )
            .hint("write the number this section has at its level: 7 (for 7, or 3.7 inside section 3), or 7a for a section inserted after 7")),
        }
    }
}

impl std::fmt::Display for SectionNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.value, self.suffix)
    }
}

impl JsonSchema for SectionNumber {
    fn schema_name() -> Cow<'static, str> {
        "SectionNumber".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                { "type": "integer", "minimum": 1 },
                { "type": "string", "pattern": "^[1-9][0-9]*[a-z]{0,2}$" }
            ],
            "description": "The number this section has at its level, as the legal document fixes it: 7, or 7a."
        })
    }
}

/// A section or subsection of the statement. Numbers (1, 1.1, ...) come from
/// the file order and nesting unless the writer fixes one; ids (and so anchors
/// and translations) never depend on them.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable kebab-case id: the anchor in every language and the translation key.
    #[schemars(example = &"retention")]
    pub id: Located<Id>,
    /// The heading. A section without one (a preamble) has no heading and no
    /// number, and does not count in the numbering.
    #[serde(default)]
    pub title: Option<Located<String>>,
    /// `false`: the section (and its subsections) carry no number and do not
    /// count in the numbering.
    #[serde(default)]
    pub numbered: Option<Located<bool>>,
    /// The number the legal document gives this section at its level (`7`,
    /// `7a`). The sections after it count on from it: after 7 comes 8; after
    /// 7a, 8 as well.
    #[serde(default)]
    pub number: Option<Located<Parsed<SectionNumber>>>,
    /// `block` (the default) or `run-in`: the heading set in bold at the start
    /// of the first paragraph.
    #[serde(default)]
    pub heading: Option<Located<Parsed<HeadingStyle>>>,
    /// Markdown prose in the source language. A paragraph that reads
    /// `{{block: name}}` places that data block there.
    #[serde(default)]
    pub body: Option<Located<String>>,
    /// Ids of the retention rules and facts this section's prose narrates.
    #[serde(default)]
    pub rules: Vec<Located<Id>>,
    /// Data blocks rendered after the prose (`products-table`, `retention-table`, ...).
    #[serde(default)]
    pub blocks: Vec<Located<Parsed<BlockName>>>,
    #[serde(default)]
    pub subsections: Vec<Section>,
    #[serde(skip)]
    #[schemars(skip)]
    layout: BodyLayout,
}

/// The body's block markers and the parts between them, worked out on first
/// use: the checks and the page of every language read the same source body,
/// and finding the markers parses it as Markdown.
#[derive(Default)]
struct BodyLayout(std::sync::OnceLock<(Vec<Marker>, Vec<BodyPart>)>);

impl Clone for BodyLayout {
    /// A copy works its layout out again, in case its body is changed.
    fn clone(&self) -> Self {
        BodyLayout::default()
    }
}

impl std::fmt::Debug for BodyLayout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BodyLayout")
    }
}

/// One translatable part of a section's body: the prose before the first
/// block marker (message `section-<id>-body`) or after a marker
/// (`section-<id>-body-after-<block>`).
#[derive(Debug, Clone)]
pub struct BodyPart {
    pub message: String,
    /// The block whose marker comes right before this part.
    pub after_block: Option<String>,
    pub text: Located<String>,
}

impl Section {
    /// This section and every subsection, depth first, in document order.
    pub fn walk(&self) -> Vec<&Section> {
        let mut out = vec![self];
        for sub in &self.subsections {
            out.extend(sub.walk());
        }
        out
    }

    /// False for a section written `numbered: false`, and for an untitled one
    /// unless it says `numbered: true`.
    pub fn is_numbered(&self) -> bool {
        self.numbered
            .as_ref()
            .map_or(self.title.is_some(), |n| n.value)
    }

    pub fn heading_style(&self) -> HeadingStyle {
        self.heading
            .as_ref()
            .and_then(|h| h.get().copied())
            .unwrap_or(HeadingStyle::Block)
    }

    /// The block markers in the body, in order.
    pub fn markers(&self) -> &[Marker] {
        &self.layout().0
    }

    /// The body split at its block markers, each part with its message id and
    /// where it starts. Parts that are empty are left out.
    pub fn body_parts(&self) -> &[BodyPart] {
        &self.layout().1
    }

    fn layout(&self) -> &(Vec<Marker>, Vec<BodyPart>) {
        self.layout.0.get_or_init(|| match &self.body {
            None => (Vec::new(), Vec::new()),
            Some(body) => {
                let markers = crate::prose::markers::find_markers(body);
                let parts = self.split_body(body, &markers);
                (markers, parts)
            }
        })
    }

    fn split_body(&self, body: &Located<String>, markers: &[Marker]) -> Vec<BodyPart> {
        let mut used: Vec<String> = Vec::new();
        crate::prose::markers::split(body, markers)
            .into_iter()
            .filter_map(|part| {
                let mut message = match part.after {
                    None => format!("section-{}-body", self.id.as_str()),
                    Some(m) => format!(
                        "section-{}-body-after-{}",
                        self.id.as_str(),
                        m.name.to_ascii_lowercase().replace('_', "-")
                    ),
                };
                // A block placed twice is an error; its parts still get ids of their own.
                while used.contains(&message) {
                    message.push_str("-again");
                }
                used.push(message.clone());
                (!part.text.is_empty()).then(|| BodyPart {
                    message,
                    after_block: part.after.map(|m| m.name.clone()),
                    text: Located::new(part.text.to_string(), position_in(body, part.offset)),
                })
            })
            .collect()
    }
}

/// The numbers of sibling sections, in order: each numbered section counts
/// on from the one before it, or takes the number the writer fixed (after a
/// fixed 7 comes 8; after 7a, 8 too). `None` for an unnumbered section, which
/// does not count.
pub fn sibling_numbers(siblings: &[&Section]) -> Vec<Option<SectionNumber>> {
    let mut counter = 0;
    siblings
        .iter()
        .map(|s| {
            if !s.is_numbered() {
                return None;
            }
            match s.number.as_ref().and_then(|n| n.get()) {
                Some(fixed) => {
                    counter = fixed.value;
                    Some(fixed.clone())
                }
                None => {
                    counter += 1;
                    Some(SectionNumber {
                        value: counter,
                        suffix: String::new(),
                    })
                }
            }
        })
        .collect()
}

/// Where byte `offset` of a block scalar's value is in its file, from the
/// scalar's own position: lines of a `|` block keep their indentation, so the
/// line and column move with the value. (Checks refine positions inside a
/// part from its file; this gives them the part's start.)
fn position_in(body: &Located<String>, offset: usize) -> crate::model::Pos {
    let before = &body.value[..offset];
    let lines = u32::try_from(before.matches('\n').count()).unwrap_or(u32::MAX);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = u32::try_from(before[line_start..].chars().count()).unwrap_or(0);
    if lines == 0 {
        crate::model::Pos::new(body.pos.line, body.pos.col + col)
    } else {
        crate::model::Pos::new(body.pos.line + lines, body.pos.col + col)
    }
}

/// A data block a section shows after its prose; each has a theme template
/// `blocks/<name>.html`. The names come from the registry of kinds plus the
/// blocks about the organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BlockName(pub &'static str);

impl BlockName {
    /// Every block name, sorted.
    pub fn all() -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Kind::DATA
            .iter()
            .filter_map(|k| k.info().block)
            .chain(OTHER_BLOCKS.iter().copied())
            .collect();
        names.sort_unstable();
        names
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl FromText for BlockName {
    fn from_text(text: &str) -> Result<Self, Problem> {
        let all = BlockName::all();
        all.iter()
            .find(|b| **b == text)
            .map(|b| BlockName(b))
            .ok_or_else(|| {
                let problem = Problem::new(
                    Code::InvalidValue,
                    format!("block `{text}` is not one of the allowed values"),
                );
                match crate::diagnostics::suggest::did_you_mean(text, &all) {
                    Some(h) => problem.hint(h),
                    None => problem,
                }
            })
    }
}

impl JsonSchema for BlockName {
    fn schema_name() -> Cow<'static, str> {
        "BlockName".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": BlockName::all(), "description": "A data block shown after the section's prose." })
    }
}
