//! Byte offsets to 1-based lines and columns, in logarithmic time however
//! large the text: the one place that converts between the two.

use super::Pos;

/// The start of every line of a text.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex {
            starts: std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
                .collect(),
        }
    }

    /// The line and column (in characters) of byte `offset` in `text`.
    pub fn pos(&self, text: &str, offset: usize) -> Pos {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let col = text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
        Pos::new(
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(col).unwrap_or(u32::MAX),
        )
    }

    /// The byte range of the 0-based line `index`, without its line break.
    pub fn line(&self, text: &str, index: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.starts.get(index)?;
        let end = self.starts.get(index + 1).map_or(text.len(), |e| e - 1);
        Some(start..end.max(start))
    }

    /// The byte offset where the 0-based line `index` starts.
    pub fn start(&self, index: usize) -> Option<usize> {
        self.starts.get(index).copied()
    }
}

/// The position of byte `offset` in `text`, for a single lookup.
pub fn pos_of(text: &str, offset: usize) -> Pos {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(col).unwrap_or(u32::MAX),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "ab\ncdé\nf";
        let index = LineIndex::new(text);
        assert_eq!(index.pos(text, 0), Pos::new(1, 1));
        assert_eq!(index.pos(text, 4), Pos::new(2, 2));
        assert_eq!(index.pos(text, 7), Pos::new(2, 4));
        assert_eq!(index.pos(text, 8), Pos::new(3, 1));
        assert_eq!(pos_of(text, 8), index.pos(text, 8));
        assert_eq!(&text[index.line(text, 1).unwrap()], "cdé");
    }
}
