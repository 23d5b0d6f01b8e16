//! A Fluent message's text as a page shows it, with the place in its `.ftl`
//! file of every character, so a check that finds something at byte `n` of
//! a translation points at the translator's line and column exactly.
//!
//! Fluent removes the indentation of continuation lines and turns `{"["}`
//! into `[`, so the text is not a slice of the file. The parser borrows each
//! piece of text from the file, though, so the address of a piece tells where
//! it was written; placeables (`{ $fact }`, `{ -term }`, `{"["}`) map to the
//! brace that opens them.

use crate::diagnostics::Pos;
use crate::diagnostics::lines::LineIndex;
use fluent_syntax::ast;

/// A message's text and where each part of it was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocatedText {
    /// The pattern with literals resolved; a variable reads `{$name}`, a term
    /// `{-name}` and a message reference `{name}`, as Fluent shows them when
    /// it has no value for them.
    pub text: String,
    spans: Vec<Span>,
}

/// From `start` in the text on, characters were written from `pos` on (one
/// by one when `exact`; all at `pos` for a placeable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    /// A byte offset in the text: u32, as every text of every language is
    /// held at once while checking (a message is far below 4 GiB).
    start: u32,
    pos: Pos,
    exact: bool,
}

impl LocatedText {
    /// The text of `pattern`, parsed from `source` (whose line index is `lines`).
    pub fn of_pattern(source: &str, lines: &LineIndex, pattern: &ast::Pattern<&str>) -> Self {
        thread_local! {
            static SCRATCH: std::cell::RefCell<LocatedText> = Default::default();
        }
        // Built in a reused buffer and copied out at its exact size: every
        // text of every language is held through the checks, and growing
        // each by doubling left a third of them spare capacity.
        SCRATCH.with_borrow_mut(|scratch| {
            scratch.text.clear();
            scratch.spans.clear();
            let mut out = Builder {
                source,
                lines,
                text: std::mem::take(scratch),
            };
            out.pattern(pattern);
            *scratch = out.text;
            LocatedText {
                text: scratch.text.as_str().to_owned(),
                spans: scratch.spans.to_vec(),
            }
        })
    }

    /// A text with no file behind it (tests, the source language's YAML).
    pub fn plain(text: &str, pos: Pos) -> Self {
        LocatedText {
            text: text.to_string(),
            spans: vec![Span {
                start: 0,
                pos,
                exact: false,
            }],
        }
    }

    /// Where byte `offset` of the text was written.
    pub fn pos(&self, offset: usize) -> Pos {
        let k = self.spans.partition_point(|s| s.start as usize <= offset);
        let Some(span) = k.checked_sub(1).and_then(|k| self.spans.get(k)) else {
            return self.spans.first().map(|s| s.pos).unwrap_or_default();
        };
        if !span.exact {
            return span.pos;
        }
        let between = self
            .text
            .get(span.start as usize..offset.min(self.text.len()))
            .map_or(0, |s| s.chars().count());
        Pos::new(
            span.pos.line,
            span.pos.col + u32::try_from(between).unwrap_or(0),
        )
    }
}

struct Builder<'a> {
    source: &'a str,
    lines: &'a LineIndex,
    text: LocatedText,
}

impl Builder<'_> {
    /// The byte offset of `piece` in the source: the parser borrowed it from there.
    fn offset_of(&self, piece: &str) -> Option<usize> {
        let offset = (piece.as_ptr() as usize).checked_sub(self.source.as_ptr() as usize)?;
        (offset + piece.len() <= self.source.len()).then_some(offset)
    }

    fn push(&mut self, text: &str, at: Option<usize>, exact: bool) {
        if text.is_empty() {
            return;
        }
        let pos = at.map_or_else(Pos::default, |o| self.lines.pos(self.source, o));
        self.text.spans.push(Span {
            start: u32::try_from(self.text.text.len()).unwrap_or(u32::MAX),
            pos,
            exact: exact && at.is_some(),
        });
        self.text.text.push_str(text);
    }

    /// The `{` that opens the placeable whose content starts at `inner`.
    fn brace_before(&self, inner: Option<usize>) -> Option<usize> {
        let inner = inner?;
        let before = self.source.get(..inner)?;
        before
            .trim_end_matches([' ', '\t', '\n', '\r', '"', '$', '-'])
            .len()
            .checked_sub(1)
            .filter(|&i| before.as_bytes().get(i) == Some(&b'{'))
            .or(Some(inner))
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    let at = self.offset_of(value);
                    self.push(value, at, true);
                }
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            // The page shows one variant; the default one stands for all.
            ast::Expression::Select { variants, .. } => {
                if let Some(v) = variants.iter().find(|v| v.default).or(variants.first()) {
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        use ast::InlineExpression as I;
        let (text, anchor) = match inline {
            I::StringLiteral { value } => (
                fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                *value,
            ),
            I::NumberLiteral { value } => ((*value).to_string(), *value),
            I::VariableReference { id } => (format!("{{${}}}", id.name), id.name),
            I::TermReference { id, .. } => (format!("{{-{}}}", id.name), id.name),
            I::MessageReference { id, .. } => (format!("{{{}}}", id.name), id.name),
            I::FunctionReference { id, .. } => (format!("{{{}()}}", id.name), id.name),
            I::Placeable { expression } => return self.expression(expression),
        };
        let at = self.brace_before(self.offset_of(anchor));
        self.push(&text, at, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(ftl: &str, id: &str) -> LocatedText {
        let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
        let lines = LineIndex::new(ftl);
        resource
            .body
            .iter()
            .find_map(|e| match e {
                ast::Entry::Message(m) if m.id.name == id => m.value.as_ref(),
                _ => None,
            })
            .map(|p| LocatedText::of_pattern(ftl, &lines, p))
            .expect("message")
    }

    #[test]
    fn continuation_lines_map_to_their_columns() {
        let ftl = "a = x\nmsg =\n    first line\n      indented more\n    {\"[\"}link](#x) end\n";
        let t = located(ftl, "msg");
        assert_eq!(t.text, "first line\n  indented more\n[link](#x) end");
        assert_eq!(t.pos(0), Pos::new(3, 5));
        assert_eq!(t.pos(t.text.find("indented").unwrap()), Pos::new(4, 7));
        // The escaped bracket points at its brace; what follows is exact.
        assert_eq!(t.pos(t.text.find('[').unwrap()), Pos::new(5, 5));
        assert_eq!(t.pos(t.text.find("link").unwrap()), Pos::new(5, 10));
    }

    #[test]
    fn placeables_point_at_their_brace() {
        let ftl = "msg = Kept { $sms } by { -brand } and é { \"{\" }x\n";
        let t = located(ftl, "msg");
        assert_eq!(t.text, "Kept {$sms} by {-brand} and é {x");
        assert_eq!(t.pos(t.text.find("{$sms}").unwrap()), Pos::new(1, 12));
        assert_eq!(t.pos(t.text.find("{-brand}").unwrap()), Pos::new(1, 24));
        assert_eq!(t.pos(t.text.find(" and").unwrap()), Pos::new(1, 34));
        assert_eq!(t.pos(t.text.find("{x").unwrap()), Pos::new(1, 41));
        assert_eq!(t.pos(t.text.rfind('x').unwrap()), Pos::new(1, 48));
    }

    #[test]
    fn selects_show_their_default_variant() {
        let ftl = "msg = { $n ->\n    [one] one day\n   *[other] many days\n}\n";
        let t = located(ftl, "msg");
        assert_eq!(t.text, "many days");
        assert_eq!(t.pos(0), Pos::new(3, 13));
    }
}
