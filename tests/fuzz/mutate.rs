//! Mutators: byte-level changes, dictionary tokens per input format, line
//! operations and splices between seeds. Inputs stay under [`MAX_INPUT`].

use crate::rng::Rng;
use std::collections::BTreeSet;
use std::ops::Range;

/// The issue's bound for "small inputs": every execution on an input under
/// this size must finish within the time limit.
pub const MAX_INPUT: usize = 64 * 1024 - 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Fluent,
    Markdown,
    /// Plain prose for the period recognizer.
    Prose,
    /// Anything else (JSON side files): bytes and lines only.
    Other,
}

impl Format {
    pub fn of_path(path: &str) -> Format {
        if path.ends_with(".yaml") || path.ends_with(".yml") {
            Format::Yaml
        } else if path.ends_with(".ftl") {
            Format::Fluent
        } else if path.ends_with(".md") {
            Format::Markdown
        } else if path.ends_with(".txt") {
            Format::Prose
        } else {
            Format::Other
        }
    }

    fn tokens(self) -> &'static [&'static str] {
        match self {
            Format::Yaml => YAML_TOKENS,
            Format::Fluent => FLUENT_TOKENS,
            Format::Markdown => MARKDOWN_TOKENS,
            Format::Prose => PROSE_TOKENS,
            Format::Other => HTML_TOKENS,
        }
    }

    fn line_starts(self) -> &'static [&'static str] {
        match self {
            Format::Yaml => &[
                "- ",
                "? ",
                ": ",
                "--- ",
                "...",
                "#",
                "\t",
                "  ",
                "%YAML 1.2",
                "&a ",
                "*a",
                "!!str ",
                "<<: *a",
            ],
            Format::Fluent => &[
                "[",
                "*",
                ".",
                "-",
                "#",
                "##",
                "###",
                " ",
                "    ",
                "=",
                "{",
                "}",
                "*[other] ",
                ".attr = ",
            ],
            Format::Markdown => &[
                "#", "###### ", "> ", "- ", "1. ", "    ", "```", "~~~", "|", "[^1]: ", "[r]: ",
                "---", "***", "<div>", "<!--",
            ],
            Format::Prose | Format::Other => &[" ", "(", "-", "1. "],
        }
    }

    /// Openers and closers that nest: repeated many times they make deep or
    /// long structures (nesting limits, recursion, quadratic scans).
    fn nesting(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Format::Yaml => &[
                ("[", "]"),
                ("{a: ", "}"),
                ("- ", ""),
                ("a:\n ", ""),
                ("&x [*x, ", "]"),
                ("? ", ""),
                ("x", ""),
                ("\"\\", "\""),
            ],
            Format::Fluent => &[
                ("{ ", " }"),
                ("{ $x ->\n *[a] ", "\n}"),
                ("{\"{\"}", ""),
                ("x", ""),
                ("{ -t(a: ", ") }"),
                ("\n  ", ""),
            ],
            Format::Markdown => &[
                ("> ", ""),
                ("[", "]"),
                ("*", "*"),
                ("`", "`"),
                ("<", ">"),
                ("|", "|"),
                ("- ", ""),
                ("![", "](x)"),
                ("[^", "]"),
                ("_", "_"),
                ("x", ""),
                ("\\", ""),
            ],
            Format::Prose | Format::Other => &[
                ("(", ")"),
                ("six (6) months and ", ""),
                ("9", ""),
                ("x", ""),
                ("- ", ""),
                ("een ", ""),
            ],
        }
    }
}

/// Tokens that reach HTML whatever the input format.
const HTML_TOKENS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT src=//x>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='x",
    "javascript:alert(1)",
    "<a href=\"javascript:x\">",
    "&lt;",
    "&#x3C;",
    "</textarea>",
    "<!--",
    "{{ x }}",
    "{% raw %}",
];

const YAML_TOKENS: &[&str] = &[
    ": ",
    "- ",
    "&a ",
    "*a",
    "|",
    ">",
    "|-",
    ">+",
    "|2",
    "\"",
    "'",
    "{",
    "}",
    "[",
    "]",
    "\t",
    "---",
    "...",
    "!!str ",
    "!!binary ",
    "!!map ",
    "!!seq ",
    "!<tag:x> ",
    "? ",
    "<<: *a",
    "#",
    "%YAML 1.2\n",
    "%TAG ! tag:x:\n",
    "~",
    "null",
    "true",
    "no",
    ".inf",
    ".nan",
    "0x1F",
    "-0",
    "1e999",
    "\"\\u0000\"",
    "\"\\x\"",
    "\\",
    "@",
    "`",
    ",",
    "\n",
    "\r\n",
    "\n  ",
    "\n    - ",
    "id: ",
    "title: ",
    "body: |\n  ",
    "rules: [",
    "blocks: [",
    "subsections:\n  - id: x\n    title: y\n",
    "name: ",
    "categories: [",
    "P6M",
    "P0D",
    "PT0S",
    "P99999999999Y",
    "PT",
    "P",
    "P1Y2M3W4DT5H6M7S",
    "-P1M",
    "P1.5Y",
    "end-of-contract",
    "consent-withdrawn",
    "browser-session",
    "2026-02-30",
    "9999-12-31",
    "0000-00-00",
    "mailto:",
    "https://",
    "http://x",
    "a@",
    "@b",
    "[^1]",
    "{ $sms-voice-traffic }",
    "{\"{\"}",
    "en",
    "nl",
];

const FLUENT_TOKENS: &[&str] = &[
    "{ $x }",
    "{ $sms-voice-traffic }",
    "{ $minimum-age }",
    "{\"{\"}",
    "{\"}\"}",
    "{ \"\\u0041\" }",
    "{ \"\\UFFFFFF\" }",
    "{ \"\\U110000\" }",
    "{ \"\\",
    "[",
    "]",
    "*[other]",
    "[one]",
    "*[",
    ".attr = ",
    ".attr",
    "-term = ",
    "{ -term }",
    "{ -term(case: \"x\") }",
    "{ msg.attr }",
    "{ msg }",
    "{ contents }",
    "{ NUMBER($n, minimumFractionDigits: 2) }",
    "{ NUMBER(1e999) }",
    "{ DATETIME($d) }",
    "{ 1.5 }",
    "{ -1 }",
    "{ 99999999999999999999 }",
    "{ $n ->\n    [one] a\n   *[other] b\n}",
    "{ $x ->\n}",
    "{ $x ->\n *[a] { $y ->\n *[b] c\n }\n}",
    "# ",
    "## ",
    "### ",
    "=",
    " = ",
    "\n    ",
    "\n",
    "\r\n",
    "{",
    "}",
    "{{",
    "}}",
    "\\u",
    "foo-bar = baz\n",
    "x = \n",
    "{ \"",
    "\"",
    "\t",
    "section-x-body = ",
];

const MARKDOWN_TOKENS: &[&str] = &[
    "[^1]",
    "[^1]: a footnote",
    "[^ ]",
    "[^1]:",
    "[a](javascript:x)",
    "[a](JaVaScRiPt:x)",
    "[a](&#106;avascript:x)",
    "[a](<javascript:x>)",
    "[a]( javascript:x )",
    "[a](java\tscript:x)",
    "[a](data:text/html,x)",
    "[a](vbscript:x)",
    "<javascript:alert(1)>",
    "<https://example.com>",
    "<a@b.c>",
    "[a][r]\n\n[r]: javascript:x\n",
    "[a](#introduction)",
    "[a](#nowhere)",
    "[click here](https://example.com)",
    "click here",
    "klik hier",
    "[](https://x)",
    "[a](mailto:)",
    "[a](mailto:x@y.z?subject=a)",
    "[a](https://x \"t\")",
    "<script>",
    "</script>",
    "<img src=x onerror=y>",
    "<a href=\"javascript:x\">",
    "<b onclick=x>",
    "![i](x)",
    "![i](https://t.example/p.gif)",
    "| a | b |\n|---|---|\n| c | d |\n",
    "|---|",
    "#",
    "######",
    "```",
    "`",
    "~~~",
    "~~x~~",
    "***",
    "___",
    "> ",
    "- [ ] ",
    "1. ",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "\u{202E}",
    "\u{0}",
    "\u{7}",
    "\r",
    "\u{FEFF}",
    "    ",
    "\\",
    "*",
    "_",
    "\n\n",
    "\n",
    "{ $sms-voice-traffic }",
    "six (6) months",
    "zes (7) maanden",
    "<!-- x -->",
    "<?php ?>",
    "<![CDATA[x]]>",
    "{\"{\"}",
];

const PROSE_TOKENS: &[&str] = &[
    "six (6) months",
    "up to two (2) years",
    "zes (7) maanden",
    "(6)",
    "(",
    ")",
    "-",
    " and ",
    " en ",
    " of ",
    " or ",
    " within ",
    " binnen ",
    " at least ",
    " ten minste ",
    " maximaal ",
    "vierentwintig",
    "één",
    "een",
    " a ",
    "a two-month extension",
    "for the duration of the contract",
    "gedurende de looptijd van de overeenkomst",
    "until you withdraw your consent",
    "4294967296",
    "99999999999999999999",
    "0",
    "-1",
    "1.5",
    "2012",
    "27001:2013",
    "25%",
    "1234 AB",
    ", ",
    ".",
    "\u{202E}",
    "İ",
    "ẞ",
    "K",
    "６",
    "٣",
    "½",
    "²",
    "ﬀ",
    "Σ",
    "\u{301}",
    "\u{200B}",
    "month",
    "months",
    "maanden",
    "year",
    "jaar",
    "days",
    "dagen",
    "hours",
    "minutes",
    "weeks",
    "( 6 )",
    "(six)",
    "6-month",
    "zes-maands",
];

const UNICODE: &[&[u8]] = &[
    "\u{202E}".as_bytes(),
    "\u{200B}".as_bytes(),
    "\u{FEFF}".as_bytes(),
    "\u{301}".as_bytes(),
    "İ".as_bytes(),
    "ẞ".as_bytes(),
    "K".as_bytes(),
    "６".as_bytes(),
    "\u{1F600}".as_bytes(),
    "\u{10FFFF}".as_bytes(),
    "\u{85}".as_bytes(),
    "\u{2028}".as_bytes(),
    "\u{A0}".as_bytes(),
    b"\r",
    b"\0",
    b"\x07",
    b"\x1b",
    b"\x7f",
    b"\x80",
    b"\xff",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\xe2\x82",
    b"\xef\xbb\xbf",
];

const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "255",
    "256",
    "65535",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999",
    "-0",
    "0.0",
    "1e309",
    "NaN",
    ".inf",
    "0x10",
    "0o7",
    "1_000",
    "01",
    "",
];

/// Mutates inputs of one format, with words harvested from its seeds (ids,
/// keys, message names) so mutations can swap one valid name for another.
pub struct Mutator {
    pub format: Format,
    words: Vec<Vec<u8>>,
}

impl Mutator {
    pub fn new<'a>(format: Format, seeds: impl Iterator<Item = &'a [u8]>) -> Mutator {
        let mut words = BTreeSet::new();
        for seed in seeds {
            for w in seed.split(|b| !(b.is_ascii_alphanumeric() || b"_$.-".contains(b))) {
                if (2..48).contains(&w.len()) && words.len() < 4000 {
                    words.insert(w.to_vec());
                }
            }
        }
        Mutator {
            format,
            words: words.into_iter().collect(),
        }
    }

    /// Applies one to a few stacked mutations; `donors` are other inputs of the
    /// same format to splice from.
    pub fn mutate(&self, rng: &mut Rng, data: &mut Vec<u8>, donors: &[&[u8]]) {
        let most = 1 + rng.below(6);
        let rounds = 1 + rng.below(most);
        for _ in 0..rounds {
            self.mutate_once(rng, data, donors);
        }
        data.truncate(MAX_INPUT);
    }

    fn mutate_once(&self, rng: &mut Rng, data: &mut Vec<u8>, donors: &[&[u8]]) {
        let at = position(rng, data);
        match rng.below(20) {
            0 => flip_bit(rng, data),
            1 => insert(data, at, rng.choose(UNICODE)),
            2 => {
                let bytes: Vec<u8> = (0..rng.size(8)).map(|_| rng.next_u64() as u8).collect();
                insert(data, at, &bytes);
            }
            3 => {
                let r = range(rng, data, 64);
                data.drain(r);
            }
            4 => {
                let r = range(rng, data, 256);
                let chunk = data[r].to_vec();
                let to = position(rng, data);
                insert(data, to, &chunk);
            }
            5..=7 => insert(data, at, self.token(rng).as_bytes()),
            8 => {
                let start = line_start(rng, data);
                insert(data, start, rng.pick(self.format.line_starts()).as_bytes());
            }
            9 => splice_lines(rng, data, donors),
            10..=12 => line_operation(rng, data),
            13 => replace_word(rng, data, &self.words),
            14 => replace_number(rng, data),
            15 => {
                let generated = self.nested(rng);
                insert(data, at, &generated);
            }
            16 => {
                let cut = rng.below(data.len() + 1);
                data.truncate(cut);
            }
            17 if !self.words.is_empty() => insert(data, at, &rng.pick(&self.words).clone()),
            _ => self.insert_in_line(rng, data),
        }
    }

    fn token(&self, rng: &mut Rng) -> &'static str {
        if rng.one_in(8) {
            rng.choose(HTML_TOKENS)
        } else {
            rng.choose(self.format.tokens())
        }
    }

    /// A token inside an existing line, without a line break: mostly keeps
    /// YAML and Fluent valid, so the mutation reaches the checks and the
    /// renderer behind the parser.
    pub fn insert_in_line(&self, rng: &mut Rng, data: &mut Vec<u8>) {
        let prose = if rng.one_in(2) {
            Format::Markdown
        } else {
            self.format
        };
        let tokens = if rng.one_in(6) {
            HTML_TOKENS
        } else {
            prose.tokens()
        };
        insert_in_value(rng, data, tokens);
    }

    /// An opener repeated many times, something in the middle, and usually
    /// the matching closers.
    fn nested(&self, rng: &mut Rng) -> Vec<u8> {
        let (open, close) = *rng.pick(self.format.nesting());
        let deep = rng.one_in(4);
        let depth = rng.size(if deep { 20_000 } else { 200 });
        let mut out = open.repeat(depth).into_bytes();
        out.extend_from_slice(rng.pick(&["x", "", "a: b", "*a", "$x", "1"]).as_bytes());
        if !rng.one_in(4) {
            out.extend_from_slice(close.repeat(depth).as_bytes());
        }
        out.truncate(MAX_INPUT / 2);
        out
    }
}

/// Inserts one of `tokens` (line breaks removed) into the value part of a
/// random line: after `key: `, `- ` or `id = ` when the line has one, else
/// after the indentation.
pub fn insert_in_value(rng: &mut Rng, data: &mut Vec<u8>, tokens: &[&str]) {
    let token: String = rng.choose(tokens).chars().filter(|c| *c != '\n').collect();
    let lines = line_spans(data);
    let line = lines[rng.below(lines.len())].clone();
    let text = &data[line.clone()];
    let indent = text.iter().take_while(|b| **b == b' ').count();
    let value = [&b": "[..], b"= ", b"- "]
        .iter()
        .filter_map(|sep| text.windows(2).position(|w| w == *sep).map(|i| i + 2))
        .min()
        .unwrap_or(indent);
    let content_end = line.end - usize::from(text.ends_with(b"\n"));
    let from = (line.start + value.max(indent)).min(content_end);
    let at = from + rng.below(content_end - from + 1);
    insert(data, at, token.as_bytes());
}

/// Text a writer or translator could type into a value that stays valid
/// YAML and Fluent and reaches the page: markup that must come out escaped.
pub const CONTENT_TOKENS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "' onmouseover='x",
    "<a href=\"javascript:x\">x</a>",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "</p><script>",
    "<!--",
    "]]>",
    "{{ x }}",
    "{% raw %}",
    "\u{202E}",
    "<style>",
    "<iframe src=//x>",
    "<b>",
    "**bold**",
    "*em*",
    "`code`",
    "~~del~~",
    "&amp;",
    "<br>",
    "\\",
    "&",
    "\"",
    "'",
    "<",
    ">",
    "javascript&colon;x",
    "x onclick=y",
    "<base href=//x>",
    "<meta http-equiv=refresh>",
];

fn insert(data: &mut Vec<u8>, at: usize, bytes: &[u8]) {
    let at = at.min(data.len());
    data.splice(at..at, bytes.iter().copied());
}

fn flip_bit(rng: &mut Rng, data: &mut [u8]) {
    if !data.is_empty() {
        let i = rng.below(data.len());
        data[i] ^= 1 << rng.below(8);
    }
}

/// A random byte offset, biased towards the places structure lives: line
/// starts, after indentation, line ends.
fn position(rng: &mut Rng, data: &[u8]) -> usize {
    match rng.below(4) {
        0 => rng.below(data.len() + 1),
        1 => line_start(rng, data),
        2 => {
            let s = line_start(rng, data);
            s + data[s..].iter().take_while(|b| **b == b' ').count()
        }
        _ => {
            let s = line_start(rng, data);
            s + data[s..].iter().take_while(|b| **b != b'\n').count()
        }
    }
}

fn line_start(rng: &mut Rng, data: &[u8]) -> usize {
    let lines = line_spans(data);
    lines[rng.below(lines.len())].start
}

/// Byte ranges of the lines, each with its `\n`; never empty.
pub fn line_spans(data: &[u8]) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in data.iter().enumerate() {
        if *b == b'\n' {
            spans.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < data.len() || spans.is_empty() {
        spans.push(start..data.len());
    }
    spans
}

fn range(rng: &mut Rng, data: &[u8], max: usize) -> Range<usize> {
    let start = rng.below(data.len() + 1);
    let len = rng.size(max).min(data.len() - start);
    start..start + len
}

/// Copies one to a few lines of a donor to a line boundary of `data`.
fn splice_lines(rng: &mut Rng, data: &mut Vec<u8>, donors: &[&[u8]]) {
    if donors.is_empty() {
        return;
    }
    let donor = rng.pick(donors);
    let lines = line_spans(donor);
    let first = rng.below(lines.len());
    let last = (first + rng.size(8) - 1).min(lines.len() - 1);
    let mut chunk = donor[lines[first].start..lines[last].end].to_vec();
    if !chunk.ends_with(b"\n") {
        chunk.push(b'\n');
    }
    let at = line_start(rng, data);
    insert(data, at, &chunk);
}

/// Duplicates, removes, swaps or re-indents whole lines.
fn line_operation(rng: &mut Rng, data: &mut Vec<u8>) {
    let lines = line_spans(data);
    let a = lines[rng.below(lines.len())].clone();
    match rng.below(4) {
        0 => {
            let line = data[a.clone()].to_vec();
            insert(data, a.start, &line);
        }
        1 => {
            data.drain(a);
        }
        2 => {
            let b = lines[rng.below(lines.len())].clone();
            let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
            if first.end <= second.start {
                let mut out = data[..first.start].to_vec();
                out.extend_from_slice(&data[second.clone()]);
                out.extend_from_slice(&data[first.end..second.start]);
                out.extend_from_slice(&data[first.clone()]);
                out.extend_from_slice(&data[second.end..]);
                *data = out;
            }
        }
        _ => {
            let indent = data[a.clone()].iter().take_while(|b| **b == b' ').count();
            if indent > 0 && rng.one_in(2) {
                data.drain(a.start..a.start + 1 + rng.below(indent));
            } else {
                insert(data, a.start, &b"        "[..1 + rng.below(8)]);
            }
        }
    }
}

/// Replaces a run of name characters with a harvested word.
fn replace_word(rng: &mut Rng, data: &mut Vec<u8>, words: &[Vec<u8>]) {
    if words.is_empty() || data.is_empty() {
        return;
    }
    let is_name = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_';
    let mut start = rng.below(data.len());
    while start > 0 && is_name(&data[start - 1]) {
        start -= 1;
    }
    let end = start + data[start..].iter().take_while(|b| is_name(b)).count();
    data.splice(start..end, rng.pick(words).iter().copied());
}

/// Replaces a run of digits (or inserts at random) with an edge-case number.
fn replace_number(rng: &mut Rng, data: &mut Vec<u8>) {
    let digits: Vec<usize> = data
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_digit())
        .map(|(i, _)| i)
        .collect();
    let number = rng.pick(NUMBERS).as_bytes();
    if digits.is_empty() {
        let at = rng.below(data.len() + 1);
        insert(data, at, number);
        return;
    }
    let start = *rng.pick(&digits);
    let end = start
        + data[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    data.splice(start..end, number.iter().copied());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutation_is_deterministic_and_bounded() {
        let m = Mutator::new(Format::Yaml, [b"id: a\ntitle: b\n".as_slice()].into_iter());
        let run = |seed| {
            let mut rng = Rng::new(seed);
            let mut data = b"id: a\ntitle: b\n".to_vec();
            for _ in 0..2000 {
                m.mutate(&mut rng, &mut data, &[b"x: y\n"]);
                assert!(data.len() <= MAX_INPUT);
            }
            data
        };
        assert_eq!(run(7), run(7));
    }
}
