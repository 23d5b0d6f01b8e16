//! `--minify`: HTML made smaller without changing the document a browser
//! builds from it. Three rules, all from the HTML standard's parsing rules:
//!
//! - end tags the parser implies are left out (`</li>` before `<li>` or the
//!   list's end, `</p>` before a block, `</td>`, `</tr>`, `</body>`, ...;
//!   "optional tags", HTML §13.1.2.4);
//! - attribute values that need no quotes lose them, and empty values
//!   their `=""`;
//! - comments go, white space runs become one space, and white space next
//!   to a block-level element's tag goes (nothing renders it there).
//!
//! Text inside `pre` and `textarea`, and the text of `script`, `style` and
//! `title`, is copied as written. Entities are left as written, so nothing
//! escaped is ever unescaped. Like minify-html, which vellum used before,
//! it assumes the theme's CSS does not lay block-level elements out inline
//! relying on the spaces between them.

/// Elements next to whose tags white space renders nothing: block-level
/// boxes, table parts and what `head` holds.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "base",
    "blockquote",
    "body",
    "caption",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "link",
    "main",
    "menu",
    "meta",
    "nav",
    "ol",
    "optgroup",
    "option",
    "p",
    "pre",
    "search",
    "section",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Elements that have no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements whose text runs to their end tag and is copied as written.
const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea"];

/// Start tags that close an open `p`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "search",
    "section",
    "table",
    "ul",
];

/// Whether the end tag of `element` may be left out when the next thing is
/// the start tag `next`.
fn implied_by_start(element: &str, next: &str) -> bool {
    match element {
        "li" => next == "li",
        "dt" | "dd" => matches!(next, "dt" | "dd"),
        "p" => CLOSES_P.contains(&next),
        "option" => matches!(next, "option" | "optgroup" | "hr"),
        "optgroup" => matches!(next, "optgroup" | "hr"),
        "thead" | "tbody" => matches!(next, "tbody" | "tfoot"),
        "tr" => next == "tr",
        "td" | "th" => matches!(next, "td" | "th"),
        "head" => next == "body",
        _ => false,
    }
}

/// Whether the end tag of `element` may be left out when its parent,
/// `parent`, ends right after it.
fn implied_by_parent_end(element: &str, parent: &str) -> bool {
    match element {
        "li" | "dd" | "option" | "optgroup" | "tbody" | "tfoot" | "tr" | "td" | "th" => true,
        "p" => {
            !matches!(
                parent,
                "a" | "audio" | "del" | "ins" | "map" | "noscript" | "video"
            ) && !parent.contains('-')
        }
        "body" => parent == "html",
        _ => false,
    }
}

fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}

/// What came before a run of text, or comes after it.
#[derive(Clone, Copy, PartialEq)]
enum Edge {
    /// The start or end of the document.
    Document,
    /// A tag of a block-level element.
    Block,
    /// Anything else: inline elements, where a space shows.
    Inline,
}

fn edge_of(name: &str) -> Edge {
    if is_block(name) {
        Edge::Block
    } else {
        Edge::Inline
    }
}

/// The token after a pending end tag.
enum Next<'a> {
    Start(&'a str),
    End(&'a str),
    /// Text, a doctype, a tag that does not close.
    Other,
    DocumentEnd,
}

struct Minifier<'a> {
    src: &'a str,
    out: String,
    /// Text read since the last tag, not yet written (comments inside it
    /// are left out, so the white space around them joins).
    text: String,
    /// What came before `text`.
    before: Edge,
    /// An end tag read but not yet written: the next token says whether
    /// the parser would imply it.
    pending: Option<String>,
    /// The open elements, innermost last (lower case).
    open: Vec<String>,
    /// How many `pre` elements are open: their text keeps its white space.
    in_pre: usize,
}

/// `html`, minified.
pub fn minify_html(html: &str) -> String {
    let mut m = Minifier {
        src: html,
        out: String::with_capacity(html.len()),
        text: String::new(),
        before: Edge::Document,
        pending: None,
        open: Vec::new(),
        in_pre: 0,
    };
    m.run();
    m.out
}

impl Minifier<'_> {
    fn run(&mut self) {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let Some(lt) = src[i..].find('<').map(|o| i + o) else {
                self.text.push_str(&src[i..]);
                break;
            };
            self.text.push_str(&src[i..lt]);
            let next = bytes.get(lt + 1).copied().unwrap_or(0);
            if src[lt..].starts_with("<!--") {
                // A comment: left out (an unclosed one runs to the end).
                i = src[lt + 4..]
                    .find("-->")
                    .map_or(src.len(), |e| lt + 4 + e + 3);
            } else if next == b'!' || next == b'?' {
                // A doctype, CDATA or processing instruction, as written.
                let end = if src[lt..].starts_with("<![CDATA[") {
                    src[lt..].find("]]>").map(|e| lt + e + 3)
                } else {
                    src[lt..].find('>').map(|e| lt + e + 1)
                }
                .unwrap_or(src.len());
                self.flush_text(Edge::Block);
                self.settle_pending(Next::Other);
                self.out.push_str(&src[lt..end]);
                self.before = Edge::Block;
                i = end;
            } else if next == b'/' && bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) {
                i = self.end_tag(lt);
            } else if next.is_ascii_alphabetic() {
                i = self.start_tag(lt);
            } else {
                // A `<` that starts no tag is text.
                self.text.push('<');
                i = lt + 1;
            }
        }
        self.flush_text(Edge::Document);
        self.settle_pending(Next::DocumentEnd);
    }

    /// Writes the text read so far, its white space collapsed, given what
    /// comes after it.
    fn flush_text(&mut self, after: Edge) {
        if self.text.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.text);
        if self.in_pre > 0 {
            self.settle_pending(Next::Other);
            self.out.push_str(&text);
            self.before = Edge::Inline;
            return;
        }
        let mut collapsed = String::with_capacity(text.len());
        let mut space = false;
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                space = true;
                continue;
            }
            if space && (!collapsed.is_empty() || self.before == Edge::Inline) {
                collapsed.push(' ');
            }
            space = false;
            collapsed.push(c);
        }
        if space && after == Edge::Inline && (!collapsed.is_empty() || self.before == Edge::Inline)
        {
            collapsed.push(' ');
        }
        self.text = text;
        self.text.clear();
        if collapsed.is_empty() {
            return;
        }
        self.settle_pending(Next::Other);
        self.out.push_str(&collapsed);
        self.before = Edge::Inline;
    }

    /// Writes the pending end tag unless the token that follows implies it.
    fn settle_pending(&mut self, next: Next<'_>) {
        let Some(element) = self.pending.take() else {
            return;
        };
        let implied = match next {
            Next::Start(start) => implied_by_start(&element, start),
            Next::End(end) => self
                .open
                .last()
                .is_some_and(|parent| parent == end && implied_by_parent_end(&element, parent)),
            Next::Other => false,
            Next::DocumentEnd => matches!(element.as_str(), "body" | "html"),
        };
        if !implied {
            self.out.push_str("</");
            self.out.push_str(&element);
            self.out.push('>');
        }
    }

    fn start_tag(&mut self, lt: usize) -> usize {
        let src = self.src;
        let name_end = src[lt + 1..]
            .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            .map_or(src.len(), |e| lt + 1 + e);
        let name = &src[lt + 1..name_end];
        let lower = name.to_ascii_lowercase();
        let Some(tag) = parse_attributes(src, name_end) else {
            // A tag that never closes: the rest as written.
            self.flush_text(Edge::Inline);
            self.settle_pending(Next::Other);
            self.out.push_str(&src[lt..]);
            return src.len();
        };
        self.flush_text(edge_of(&lower));
        self.settle_pending(Next::Start(&lower));
        self.out.push('<');
        self.out.push_str(name);
        let mut last_unquoted = false;
        for (attr, value) in &tag.attributes {
            self.out.push(' ');
            self.out.push_str(attr);
            last_unquoted = false;
            match value {
                None => {}
                Some((_, "")) => {}
                // Unquoted in the source, it is read the same way again
                // (even with a stray quote inside, which quotes would change).
                Some((quote, v)) if *quote == ' ' || needs_no_quotes(v) => {
                    self.out.push('=');
                    self.out.push_str(v);
                    last_unquoted = true;
                }
                Some((quote, v)) => {
                    self.out.push('=');
                    self.out.push(*quote);
                    self.out.push_str(v);
                    self.out.push(*quote);
                }
            }
        }
        let void = VOID.contains(&lower.as_str());
        // A self-closing slash means something only on foreign elements
        // (SVG, MathML); there it is kept, apart from an unquoted value.
        if tag.self_closing && !void {
            if last_unquoted {
                self.out.push(' ');
            }
            self.out.push('/');
        }
        self.out.push('>');
        self.before = edge_of(&lower);
        let mut at = tag.end;
        if !void && !tag.self_closing {
            if lower == "pre" {
                self.in_pre += 1;
            }
            if RAW_TEXT.contains(&lower.as_str()) {
                // Its text, as written, up to its end tag.
                let close = find_end_tag(src, at, &lower).unwrap_or(src.len());
                self.out.push_str(&src[at..close]);
                at = close;
                if close > tag.end {
                    self.before = Edge::Inline;
                }
            }
            self.open.push(lower);
        }
        at
    }

    fn end_tag(&mut self, lt: usize) -> usize {
        let src = self.src;
        let name_end = src[lt + 2..]
            .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            .map_or(src.len(), |e| lt + 2 + e);
        let name = &src[lt + 2..name_end];
        let end = src[name_end..]
            .find('>')
            .map_or(src.len(), |e| name_end + e + 1);
        let lower = name.to_ascii_lowercase();
        self.flush_text(edge_of(&lower));
        self.settle_pending(Next::End(&lower));
        if let Some(at) = self.open.iter().rposition(|e| *e == lower) {
            self.open.truncate(at);
        }
        if lower == "pre" {
            self.in_pre = self.in_pre.saturating_sub(1);
        }
        self.before = edge_of(&lower);
        // Every end tag waits for the next token, which says whether the
        // parser would imply it (inside `pre`, nothing is left out).
        if self.in_pre == 0 {
            self.pending = Some(lower);
        } else {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
        end
    }
}

/// A start tag's attributes, read from just after its name.
struct StartTag<'a> {
    /// Each name, and its value with the quote it had (`' '` for none).
    attributes: Vec<(&'a str, Option<(char, &'a str)>)>,
    self_closing: bool,
    /// Just after the `>`.
    end: usize,
}

/// The attributes from `at` to the tag's `>`, read as the HTML tokenizer
/// reads them; `None` when the tag does not close.
fn parse_attributes(src: &str, mut at: usize) -> Option<StartTag<'_>> {
    let bytes = src.as_bytes();
    let mut attributes = Vec::new();
    let mut self_closing = false;
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        match *bytes.get(at)? {
            b'>' => {
                return Some(StartTag {
                    attributes,
                    self_closing,
                    end: at + 1,
                });
            }
            b'/' => {
                at += 1;
                self_closing = bytes.get(at) == Some(&b'>');
                continue;
            }
            _ => {}
        }
        self_closing = false;
        let start = at;
        // The first character may be `=`; after it, a name runs to white
        // space, `/`, `>` or `=`.
        at += 1;
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_whitespace() || matches!(b, b'/' | b'>' | b'=') {
                break;
            }
            at += 1;
        }
        let name = &src[start..at];
        let mut after = at;
        while bytes.get(after).is_some_and(u8::is_ascii_whitespace) {
            after += 1;
        }
        if bytes.get(after) != Some(&b'=') {
            attributes.push((name, None));
            continue;
        }
        at = after + 1;
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let value = match *bytes.get(at)? {
            q @ (b'"' | b'\'') => {
                let close = at + 1 + src[at + 1..].find(q as char)?;
                let v = (q as char, &src[at + 1..close]);
                at = close + 1;
                v
            }
            b'>' => (' ', ""),
            _ => {
                let start = at;
                while let Some(&b) = bytes.get(at) {
                    if b.is_ascii_whitespace() || b == b'>' {
                        break;
                    }
                    at += 1;
                }
                (' ', &src[start..at])
            }
        };
        attributes.push((name, Some(value)));
    }
}

/// Whether `value` reads the same without quotes.
fn needs_no_quotes(value: &str) -> bool {
    !value.is_empty()
        && !value.bytes().any(|b| {
            matches!(
                b,
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'"' | b'\'' | b'=' | b'<' | b'>' | b'`'
            )
        })
        // An unquoted value ending in `/` right before `>` is still the
        // value, but keep it quoted so no reader mistakes it for `/>`.
        && !value.ends_with('/')
}

/// Where the end tag `</name` starts at or after `from`, any case.
fn find_end_tag(src: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut at = from;
    while let Some(o) = src[at..].find("</") {
        let start = at + o;
        let after = start + 2 + name.len();
        if bytes.len() >= after
            && src.as_bytes()[start + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && bytes
                .get(after)
                .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
        {
            return Some(start);
        }
        at = start + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::minify_html;

    #[test]
    fn implied_end_tags_are_left_out() {
        assert_eq!(
            minify_html("<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>"),
            "<ul><li>One<li>Two</ul>"
        );
        assert_eq!(
            minify_html(
                "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
            ),
            "<table><thead><tr><th>A<tbody><tr><td>1<td>2</table>"
        );
        assert_eq!(
            minify_html("<dl><dt>T</dt><dd>D</dd></dl>"),
            "<dl><dt>T<dd>D</dl>"
        );
        assert_eq!(
            minify_html("<div><p>One</p><p>Two</p></div>"),
            "<div><p>One<p>Two</div>"
        );
    }

    #[test]
    fn end_tags_the_parser_would_not_imply_stay() {
        // `</p>` before text, before an inline element, and inside `<a>`.
        assert_eq!(minify_html("<p>a</p>b"), "<p>a</p>b");
        assert_eq!(
            minify_html("<div><p>a</p><span>b</span></div>"),
            "<div><p>a</p><span>b</span></div>"
        );
        assert_eq!(
            minify_html("<a href=x><p>a</p></a>"),
            "<a href=x><p>a</p></a>"
        );
        // `</dt>` at the end of its list, `</thead>` at the table's end.
        assert_eq!(minify_html("<dl><dt>T</dt></dl>"), "<dl><dt>T</dt></dl>");
        assert_eq!(
            minify_html("<table><thead><tr><th>A</th></tr></thead></table>"),
            "<table><thead><tr><th>A</thead></table>"
        );
        // `</li>` before a nested list's item is not its own list's end.
        assert_eq!(
            minify_html("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"),
            "<ul><li>a<ul><li>b</ul><li>c</ul>"
        );
    }

    #[test]
    fn document_end_tags_go() {
        assert_eq!(
            minify_html(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>T</title>\n</head>\n<body>\n<p>x</p>\n</body>\n</html>\n"
            ),
            "<!DOCTYPE html><html lang=en><head><title>T</title><body><p>x"
        );
    }

    #[test]
    fn attributes_lose_the_quotes_they_do_not_need() {
        assert_eq!(
            minify_html(
                r#"<a href="https://x.example/a?b=1" class="c d" data-k="" title='say "hi"'>t</a>"#
            ),
            r#"<a href="https://x.example/a?b=1" class="c d" data-k title='say "hi"'>t</a>"#
        );
        assert_eq!(
            minify_html(r#"<a href="/en/" lang="en" id='x'>t</a>"#),
            r#"<a href="/en/" lang=en id=x>t</a>"#
        );
        // A value unquoted in the source stays unquoted, stray quote and all.
        assert_eq!(
            minify_html(r#"<span title=a"b data-x=c'd>t</span>"#),
            r#"<span title=a"b data-x=c'd>t</span>"#
        );
        // A `>` inside a quoted value does not end the tag.
        assert_eq!(
            minify_html(r#"<span title="a > b">t</span>"#),
            r#"<span title="a > b">t</span>"#
        );
        assert_eq!(
            minify_html(r#"<img src="a.png" alt="">"#),
            r#"<img src=a.png alt>"#
        );
    }

    #[test]
    fn white_space_shows_only_where_it_renders() {
        assert_eq!(
            minify_html("<p>\n  Some   <em>very</em>\n  <strong>plain</strong>   text.\n</p>"),
            "<p>Some <em>very</em> <strong>plain</strong> text.</p>"
        );
        assert_eq!(
            minify_html("<span>a</span> <!-- note --> <span>b</span>"),
            "<span>a</span> <span>b</span>"
        );
        assert_eq!(minify_html("<div>a<!-- x -->b</div>"), "<div>ab</div>");
    }

    #[test]
    fn preformatted_and_raw_text_is_copied_as_written() {
        let pre = "<pre>  two\n    lines  </pre>";
        assert_eq!(minify_html(pre), pre);
        assert_eq!(
            minify_html("<pre><code>a  <b>b</b>\n c</code></pre>"),
            "<pre><code>a  <b>b</b>\n c</code></pre>"
        );
        assert_eq!(
            minify_html("<script>if (a < b) { x = \"</p>\"; }</script>"),
            "<script>if (a < b) { x = \"</p>\"; }</script>"
        );
        assert_eq!(
            minify_html("<textarea>  keep\n me </textarea>"),
            "<textarea>  keep\n me </textarea>"
        );
    }

    #[test]
    fn escaped_text_stays_escaped() {
        assert_eq!(
            minify_html("<div><p>&lt;script&gt; &amp; a &lt; b</p></div>"),
            "<div><p>&lt;script&gt; &amp; a &lt; b</div>"
        );
        // A `<` that starts no tag stays text; a `</p>` with no parent to
        // end stays.
        assert_eq!(minify_html("<p>a < b</p>"), "<p>a < b</p>");
    }

    #[test]
    fn foreign_self_closing_tags_keep_their_slash() {
        assert_eq!(
            minify_html(r#"<svg viewBox="0 0 2 2"><path d="M0"/><rect width="2" /></svg>"#),
            r#"<svg viewBox="0 0 2 2"><path d=M0 /><rect width=2 /></svg>"#
        );
        assert_eq!(minify_html("<br/><hr />"), "<br><hr>");
    }

    #[test]
    fn broken_markup_is_kept_as_written() {
        assert_eq!(minify_html("<p>a <b title=\"x"), "<p>a <b title=\"x");
        assert_eq!(minify_html("a <!-- open"), "a");
    }
}
