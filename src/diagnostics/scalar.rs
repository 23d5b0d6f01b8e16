//! Where a character of a YAML scalar's value was written in its file.
//!
//! YAML removes indentation, folds line breaks into spaces, drops quotes and
//! decodes escapes, so a value is not a slice of its file. This walks the
//! value and the file side by side from the scalar's start and records a
//! checkpoint wherever the two stop advancing in step (a line break, an
//! escape, a skipped indentation); between checkpoints they move together.

use crate::diagnostics::Pos;

/// Checkpoints of one scalar: value byte offset → file line and column.
#[derive(Debug, Default)]
pub struct ScalarMap {
    /// (value byte offset, line, column in characters), in value order.
    points: Vec<(usize, u32, u32)>,
}

impl ScalarMap {
    /// Aligns `value` with `file` from `start` (the scalar's first character,
    /// as the parser reports it). `None` when they cannot be aligned, e.g. a
    /// value that was not written in this file.
    /// `line_start` is the byte offset where line `start.line` begins.
    pub fn build(file: &str, line_start: usize, start: Pos, value: &str) -> Option<ScalarMap> {
        let mut walk = Walk::at(file, line_start, start)?;
        let mut map = ScalarMap::default();
        let v = value.as_bytes();
        let mut i = 0;
        let mut in_step = false;
        // Quoted scalars start at their quote.
        let quote = walk.peek().filter(|c| *c == '"' || *c == '\'');
        if quote.is_some() {
            walk.next();
        }
        while i < v.len() {
            let want = value[i..].chars().next()?;
            let Some(got) = walk.peek() else {
                // Block scalars end with a newline the file need not show.
                map.points.push((i, walk.line, walk.col));
                break;
            };
            if got == want && !(quote == Some('"') && got == '\\') {
                if !in_step {
                    map.points.push((i, walk.line, walk.col));
                    in_step = got != '\n';
                }
                if got == '\n' {
                    in_step = false;
                }
                if quote == Some('\'') && got == '\'' {
                    walk.next(); // `''` is one quote
                    in_step = false;
                }
                walk.next();
                i += want.len_utf8();
                continue;
            }
            in_step = false;
            if quote == Some('"') && got == '\\' {
                let (decoded, len) = walk.escape()?;
                match decoded {
                    Some(c) if c == want => {
                        map.points.push((i, walk.line, walk.col));
                        walk.skip(len);
                        i += want.len_utf8();
                    }
                    None => walk.skip(len), // an escaped line break: nothing
                    Some(_) => return None,
                }
            } else if got == '\n' && (want == ' ' || want == '\n') {
                // A folded line break: one space (or newline) in the value.
                map.points.push((i, walk.line, walk.col));
                walk.next();
                i += want.len_utf8();
            } else if got == ' ' || got == '\t' || got == '\n' || got == '\r' {
                walk.next(); // indentation, or spaces folding removed
            } else if want == '\n' || want == ' ' {
                map.points.push((i, walk.line, walk.col));
                i += 1;
            } else {
                return None;
            }
        }
        Some(map)
    }

    /// The file position of value byte `offset`.
    pub fn pos(&self, value: &str, offset: usize) -> Option<Pos> {
        let k = self.points.partition_point(|(o, _, _)| *o <= offset);
        let (at, line, col) = *self.points.get(k.checked_sub(1)?)?;
        let between = value.get(at..offset)?.chars().count();
        Some(Pos::new(line, col + u32::try_from(between).unwrap_or(0)))
    }
}

/// A cursor over the file's characters with its line and column.
struct Walk<'a> {
    rest: std::str::Chars<'a>,
    line: u32,
    col: u32,
}

impl<'a> Walk<'a> {
    fn at(file: &'a str, line_start: usize, start: Pos) -> Option<Walk<'a>> {
        let line = file.get(line_start..)?;
        let skip: usize = line
            .chars()
            .take(usize::try_from(start.col.checked_sub(1)?).ok()?)
            .map(char::len_utf8)
            .sum();
        Some(Walk {
            rest: line.get(skip..)?.chars(),
            line: start.line,
            col: start.col,
        })
    }

    fn peek(&self) -> Option<char> {
        self.rest.clone().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.rest.next()?;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip(&mut self, chars: usize) {
        for _ in 0..chars {
            self.next();
        }
    }

    /// The escape at the cursor (which is on `\`): the character it stands
    /// for (`None` for an escaped line break) and its length in characters.
    fn escape(&self) -> Option<(Option<char>, usize)> {
        let mut chars = self.rest.clone();
        chars.next()?;
        let c = chars.next()?;
        let hex = |n: usize| {
            let digits: String = chars.clone().take(n).collect();
            let code = u32::from_str_radix(&digits, 16).ok()?;
            Some((Some(char::from_u32(code)?), n + 2))
        };
        let simple = |d: char| Some((Some(d), 2));
        match c {
            'n' => simple('\n'),
            't' | '\t' => simple('\t'),
            'r' => simple('\r'),
            '0' => simple('\0'),
            'a' => simple('\u{7}'),
            'b' => simple('\u{8}'),
            'e' => simple('\u{1b}'),
            'f' => simple('\u{c}'),
            'v' => simple('\u{b}'),
            ' ' => simple(' '),
            '"' => simple('"'),
            '/' => simple('/'),
            '\\' => simple('\\'),
            'N' => simple('\u{85}'),
            '_' => simple('\u{a0}'),
            'L' => simple('\u{2028}'),
            'P' => simple('\u{2029}'),
            'x' => hex(2),
            'u' => hex(4),
            'U' => hex(8),
            '\n' => Some((None, 2)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locate(file: &str, start: Pos, value: &str, needle: &str) -> Pos {
        let line_start: usize = file
            .split_inclusive('\n')
            .take(start.line as usize - 1)
            .map(str::len)
            .sum();
        let map = ScalarMap::build(file, line_start, start, value).expect("aligns");
        map.pos(value, value.find(needle).expect("in value"))
            .expect("mapped")
    }

    #[test]
    fn literal_blocks_keep_lines() {
        let file = "body: |\n  line one\n  line two\n";
        let value = "line one\nline two\n";
        assert_eq!(locate(file, Pos::new(2, 3), value, "two"), Pos::new(3, 8));
    }

    #[test]
    fn folded_and_plain_scalars_point_at_the_line() {
        let file = "body: >\n  line one\n  line two\n";
        assert_eq!(
            locate(file, Pos::new(2, 3), "line one line two\n", "two"),
            Pos::new(3, 8)
        );
        let file = "body: plain one\n  plain two\n";
        assert_eq!(
            locate(file, Pos::new(1, 7), "plain one plain two", "two"),
            Pos::new(2, 9)
        );
    }

    #[test]
    fn double_quoted_scalars_with_escapes_and_folds() {
        let file = "body: \"first \\\"q\\\" line\n  second\\\n  third \\u00e9 end\"\n";
        let value = "first \"q\" line secondthird \u{e9} end";
        assert_eq!(
            locate(file, Pos::new(1, 7), value, "second"),
            Pos::new(2, 3)
        );
        assert_eq!(locate(file, Pos::new(1, 7), value, "third"), Pos::new(3, 3));
        assert_eq!(locate(file, Pos::new(1, 7), value, "end"), Pos::new(3, 16));
    }

    #[test]
    fn single_quotes_fold_and_double_up() {
        let file = "body: 'it''s\n  here'\n";
        let value = "it's here";
        assert_eq!(locate(file, Pos::new(1, 7), value, "here"), Pos::new(2, 3));
    }
}
