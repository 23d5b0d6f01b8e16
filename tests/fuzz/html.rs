//! A small, deliberately paranoid HTML scanner for the safety properties:
//! no script but the theme's, no event-handler attribute, no link to a
//! scheme other than http, https and mailto, no element the theme and the
//! Markdown renderer never produce.

use std::collections::BTreeSet;

/// Elements the Markdown renderer may produce from prose.
pub const MARKDOWN_TAGS: &[&str] = &[
    "p",
    "a",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "br",
    "sup",
    "div",
    "span",
];

/// Attributes whose value is a URL a browser may follow or load.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "cite",
    "background",
    "data",
    "srcset",
];

/// One start tag as scanned.
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    /// For `<script>`: the text up to `</script`.
    pub script: Option<String>,
}

/// What a page may contain besides Markdown output.
#[derive(Debug, Default, Clone)]
pub struct Allowed {
    pub tags: BTreeSet<String>,
    /// The bodies of the theme's own scripts, whitespace removed.
    pub scripts: BTreeSet<String>,
}

impl Allowed {
    /// Markdown output only: no scripts at all.
    pub fn markdown() -> Allowed {
        Allowed {
            tags: MARKDOWN_TAGS.iter().map(|t| t.to_string()).collect(),
            scripts: BTreeSet::new(),
        }
    }

    /// Learns the tags and scripts of a page rendered from a seed site.
    pub fn learn(&mut self, html: &str) {
        for tag in scan(html) {
            if let Some(body) = &tag.script {
                self.scripts.insert(squeeze(body));
            }
            self.tags.insert(tag.name);
        }
    }
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every start tag of `html`, in order.
pub fn scan(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_len = html[i..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .unwrap_or(html.len() - i);
        let name = html[i..i + name_len].to_ascii_lowercase();
        i += name_len;
        let (attributes, end) = attributes(html, i);
        i = end;
        // Text up to the end tag is not markup in these elements (`--minify`
        // copies a <title>'s text as written, `<` included, which is safe).
        let text = ["script", "style", "title", "textarea"]
            .contains(&name.as_str())
            .then(|| {
                let lower = html[i..].to_ascii_lowercase();
                let close = lower.find(&format!("</{name}")).unwrap_or(lower.len());
                let body = html[i..i + close].to_string();
                i += close;
                body
            });
        let script = text.filter(|_| name == "script");
        tags.push(Tag {
            name,
            attributes,
            script,
        });
    }
    tags
}

/// The attributes from `i` to the end of the tag, and the offset after it.
fn attributes(html: &str, mut i: usize) -> (Vec<(String, String)>, usize) {
    let b = html.as_bytes();
    let mut out = Vec::new();
    loop {
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'/')
        {
            i += 1;
        }
        match b.get(i) {
            None => return (out, i),
            Some(b'>') => return (out, i + 1),
            _ => {}
        }
        let start = i;
        while b
            .get(i)
            .is_some_and(|c| !c.is_ascii_whitespace() && !b"=>/".contains(c))
        {
            i += 1;
        }
        let name = html[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            let (v, end) = attribute_value(html, i);
            value = v;
            i = end;
        }
        out.push((name, value));
    }
}

fn attribute_value(html: &str, i: usize) -> (String, usize) {
    let b = html.as_bytes();
    match b.get(i) {
        Some(q @ (b'"' | b'\'')) => {
            let close = html[i + 1..]
                .find(char::from(*q))
                .map_or(html.len(), |e| i + 1 + e);
            (html[i + 1..close].to_string(), (close + 1).min(html.len()))
        }
        _ => {
            let end = html[i..]
                .find(|c: char| c.is_ascii_whitespace() || c == '>')
                .map_or(html.len(), |e| i + e);
            (html[i..end].to_string(), end)
        }
    }
}

/// Decodes the character references a browser would decode in an attribute.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        let (c, used) = entity(rest);
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

fn entity(s: &str) -> (Option<char>, usize) {
    if let Some(num) = s.strip_prefix('#') {
        let (hex, digits) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (true, h),
            None => (false, num),
        };
        let len = digits
            .find(|c: char| !c.is_ascii_hexdigit() || (!hex && !c.is_ascii_digit()))
            .unwrap_or(digits.len());
        let value = u32::from_str_radix(&digits[..len], if hex { 16 } else { 10 }).ok();
        let used = 1 + usize::from(hex) + len + usize::from(digits[len..].starts_with(';'));
        return (value.map(|v| char::from_u32(v).unwrap_or('\u{FFFD}')), used);
    }
    for (name, c) in [
        ("colon;", ':'),
        ("Tab;", '\t'),
        ("NewLine;", '\n'),
        ("amp;", '&'),
        ("lt;", '<'),
        ("gt;", '>'),
        ("quot;", '"'),
        ("apos;", '\''),
        ("sol;", '/'),
    ] {
        if s.starts_with(name) {
            return (Some(c), name.len());
        }
    }
    (None, 0)
}

/// The scheme of a URL as a browser reads it (control characters and
/// whitespace removed), lower-cased; `None` for a relative URL.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = decode_entities(url)
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    let scheme = &cleaned[..end];
    // Anything else before the colon makes a relative URL (`%C2%A0mailto:`).
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    (valid && cleaned[end..].starts_with(':')).then(|| scheme.to_ascii_lowercase())
}

/// Everything unsafe in `html`, described.
pub fn problems(html: &str, allowed: &Allowed) -> Vec<String> {
    let mut out = Vec::new();
    for tag in scan(html) {
        if !allowed.tags.contains(&tag.name) {
            out.push(format!(
                "element <{}> that no template or Markdown makes",
                tag.name
            ));
        }
        if let Some(body) = &tag.script
            && !allowed.scripts.contains(&squeeze(body))
        {
            out.push(format!("a script that is not the theme's: {:.80}", body));
        }
        for (name, value) in &tag.attributes {
            if name.starts_with("on") {
                out.push(format!(
                    "event-handler attribute {name}={value:.60} on <{}>",
                    tag.name
                ));
            }
            if URL_ATTRIBUTES.contains(&name.as_str())
                && let Some(s) = scheme(value)
                && !["http", "https", "mailto"].contains(&s.as_str())
            {
                out.push(format!("{name}=\"{value:.60}\" uses the scheme `{s}:`"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_content_must_never_inject() {
        let allowed = Allowed::markdown();
        let bad = [
            "<p><a href=\"javascript:alert(1)\">x</a></p>",
            "<a href=\" &#106;ava&#x09;script&colon;x\">x</a>",
            "<a href='JaVaScRiPt:x'>x</a>",
            "<p onclick=\"x\">a</p>",
            "<p><script>alert(1)</script></p>",
            "<img src=x>",
            "<a href=data:text/html,x>x</a>",
        ];
        for html in bad {
            assert!(!problems(html, &allowed).is_empty(), "missed: {html}");
        }
        let good = "<p>a &lt;script&gt; <a href=\"https://x.example/?a=1&amp;b\">b</a> \
                    <a href=\"#s\">c</a> <a href=\"mailto:a@b.c\">d</a> on=\"x\" javascript:x</p>";
        assert_eq!(problems(good, &allowed), Vec::<String>::new());
        let mut page = Allowed::markdown();
        page.tags.insert("title".into());
        let title = "<title>A<a href=\"javascript:x\" onclick=y>b</title><p>c</p>";
        assert_eq!(problems(title, &page), Vec::<String>::new());
    }
}
