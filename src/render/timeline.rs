//! The retention timeline: one bar per retention rule on a logarithmic scale
//! of time, for readers who would rather look than read. The block template
//! (`blocks/retention-timeline.html`) draws it as inline SVG from the shapes
//! computed here; the retention table stays the accessible equivalent.
//!
//! Two layouts are computed, because SVG text neither wraps nor shrinks with
//! care: a wide one (names beside the bars) and a narrow one for a phone
//! (names above the bars), each sized so that its text is drawn at about its
//! CSS size; the stylesheet shows the one that fits the box. Text is wrapped
//! here by an estimate of its width, on the safe side.

use super::localize::Localizer;
use super::snapshot::rule_text;
use crate::model::{IsoDuration, Kind, RetentionRule};
use crate::translate::messages::entity_message;
use crate::translate::periods::duration_text;
use serde::Serialize;

/// Seconds in the units of the scale (a month and a year as their average).
const MINUTE: f64 = 60.0;
const DAY: f64 = 86_400.0;
const YEAR: f64 = 365.2425 * DAY;

/// The marks the scale may have, as ISO durations: the axis shows those
/// inside the range the rules need, labelled where the labels do not collide.
const TICKS: &[&str] = &[
    "PT1M", "PT15M", "PT1H", "PT6H", "P1D", "P1W", "P1M", "P3M", "P6M", "P1Y", "P2Y", "P5Y",
    "P10Y", "P20Y", "P50Y", "P100Y",
];

/// Average width of a character as a share of the font size: generous for
/// the sans-serif fonts the theme uses, so an estimated line never overflows
/// (bold labels are wider).
const CHAR_WIDTH: f64 = 0.58;
const BOLD_CHAR_WIDTH: f64 = 0.64;
/// The size of the axis labels (as in the stylesheet), and the least room
/// between two of them.
const AXIS_SIZE: f64 = 12.0;
const LABEL_GAP: f64 = 8.0;

#[derive(Serialize, Default)]
pub struct TimelineView {
    /// Whether there is anything to draw.
    pub rules: usize,
    pub wide: Chart,
    pub narrow: Chart,
    /// The retention table's caption id, which the figure's caption links to.
    pub table: Option<String>,
}

/// One layout: its size, the axis and a row per rule.
#[derive(Serialize, Default)]
pub struct Chart {
    pub width: u32,
    pub height: u32,
    /// The top and bottom of the grid lines.
    pub grid_top: f64,
    pub grid_bottom: f64,
    pub ticks: Vec<Tick>,
    pub rows: Vec<Row>,
}

#[derive(Serialize)]
pub struct Tick {
    pub x: f64,
    pub y: f64,
    /// Empty where the label would collide with the previous one.
    pub label: String,
    /// `start`, `middle` or `end`.
    pub anchor: &'static str,
}

#[derive(Serialize, Clone)]
pub struct Line {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

#[derive(Serialize, Clone)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Serialize)]
pub struct Row {
    pub id: String,
    /// What the rule covers.
    pub label: Vec<Line>,
    /// The period's length, as a solid bar.
    pub bar: Option<Rect>,
    /// From the period's end to its upper bound, as an outlined bar.
    pub max: Option<Rect>,
    /// A period that lasts until an event: an open, dashed bar to the edge.
    pub open: Option<Rect>,
    /// The early-end mark: a diamond at the end of the bar, as SVG path data.
    pub early: Option<String>,
    /// The rule in words: the start event, the bound, the early end.
    pub note: Vec<Line>,
}

/// The chart geometry of one layout.
struct Layout {
    width: f64,
    /// Where the plot runs, left to right.
    plot: (f64, f64),
    /// The label column (x, width) and the label size; in the narrow layout
    /// the label stands above the bar, across the whole width.
    label: (f64, f64),
    label_size: f64,
    note_size: f64,
    beside: bool,
}

const WIDE: Layout = Layout {
    width: 880.0,
    plot: (290.0, 860.0),
    label: (0.0, 270.0),
    label_size: 14.0,
    note_size: 12.5,
    beside: true,
};

const NARROW: Layout = Layout {
    width: 340.0,
    plot: (4.0, 322.0),
    label: (0.0, 340.0),
    label_size: 14.0,
    note_size: 12.5,
    beside: false,
};

/// The timeline of the notice's retention rules in the localizer's language.
pub fn view(tx: &Localizer<'_>) -> TimelineView {
    let rules = &tx.notice.data.retention.items;
    let Some(range) = range(rules) else {
        return TimelineView::default();
    };
    TimelineView {
        rules: rules.len(),
        wide: chart(tx, rules, range, &WIDE),
        narrow: chart(tx, rules, range, &NARROW),
        table: table_caption(tx),
    }
}

fn seconds(d: &IsoDuration) -> f64 {
    d.approx_days() * DAY
}

/// The scale's range in seconds: from a mark below half the shortest period
/// to a mark at or above the longest (at least a minute to a year).
fn range(rules: &[RetentionRule]) -> Option<(f64, f64)> {
    let lengths: Vec<f64> = rules
        .iter()
        .flat_map(|r| r.length().into_iter().chain(r.max()))
        .map(|d| seconds(&d))
        .filter(|s| *s > 0.0)
        .collect();
    if rules.is_empty() {
        return None;
    }
    let shortest = lengths.iter().copied().fold(f64::INFINITY, f64::min);
    let longest = lengths.iter().copied().fold(YEAR, f64::max);
    let marks: Vec<f64> = TICKS
        .iter()
        .filter_map(|t| IsoDuration::parse(t).ok())
        .map(|d| seconds(&d))
        .collect();
    let low = marks
        .iter()
        .copied()
        .filter(|m| *m <= (shortest / 2.0).max(MINUTE))
        .fold(MINUTE, f64::max);
    let high = marks
        .iter()
        .copied()
        .find(|m| *m >= longest * 0.999)
        .unwrap_or(longest);
    Some((low, high.max(low * 10.0)))
}

fn x_of(s: f64, range: (f64, f64), plot: (f64, f64)) -> f64 {
    let t = (s.max(range.0).ln() - range.0.ln()) / (range.1.ln() - range.0.ln());
    round(plot.0 + t.clamp(0.0, 1.0) * (plot.1 - plot.0))
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn chart(tx: &Localizer<'_>, rules: &[RetentionRule], range: (f64, f64), layout: &Layout) -> Chart {
    let axis_y = 14.0;
    let mut y = 30.0;
    let rows: Vec<Row> = rules
        .iter()
        .map(|r| {
            let row = row(tx, r, range, layout, y);
            y = row_bottom(&row, layout) + 14.0;
            row
        })
        .collect();
    Chart {
        width: layout.width as u32,
        height: y.ceil() as u32,
        grid_top: 20.0,
        grid_bottom: round(y - 8.0),
        ticks: ticks(tx, range, layout, axis_y),
        rows,
    }
}

fn row_bottom(row: &Row, layout: &Layout) -> f64 {
    let last = |lines: &[Line], size: f64| lines.last().map_or(0.0, |l| l.y + size * 0.3);
    last(&row.label, layout.label_size).max(last(&row.note, layout.note_size))
}

fn ticks(tx: &Localizer<'_>, range: (f64, f64), layout: &Layout, y: f64) -> Vec<Tick> {
    let inside: Vec<IsoDuration> = TICKS
        .iter()
        .filter_map(|t| IsoDuration::parse(t).ok())
        .filter(|d| seconds(d) >= range.0 * 0.999 && seconds(d) <= range.1 * 1.001)
        .collect();
    let count = inside.len();
    let mut out: Vec<Tick> = inside
        .iter()
        .enumerate()
        .map(|(i, d)| Tick {
            x: x_of(seconds(d), range, layout.plot),
            y,
            label: duration_text(tx.catalog, d),
            anchor: match i {
                0 => "start",
                _ if i + 1 == count => "end",
                _ => "middle",
            },
        })
        .collect();
    // Labels that would overlap give way: the first and the last always
    // show, the others from left to right while they fit between them.
    let extent = |t: &Tick| {
        let w = t.label.chars().count() as f64 * CHAR_WIDTH * AXIS_SIZE;
        match t.anchor {
            "start" => (t.x, t.x + w),
            "end" => (t.x - w, t.x),
            _ => (t.x - w / 2.0, t.x + w / 2.0),
        }
    };
    let last_left = out.last().map_or(f64::INFINITY, |t| extent(t).0);
    let mut right = f64::NEG_INFINITY;
    for (i, t) in out.iter_mut().enumerate() {
        let (l, r) = extent(t);
        let keep = i + 1 == count || (l >= right + LABEL_GAP && r <= last_left - LABEL_GAP);
        if keep {
            right = r;
        } else {
            t.label.clear();
        }
    }
    out
}

fn row(tx: &Localizer<'_>, r: &RetentionRule, range: (f64, f64), layout: &Layout, top: f64) -> Row {
    let id = r.id.as_str();
    let name = tx.plain(&entity_message(Kind::RetentionRule, id, "data"), &r.data);
    let label_chars = (layout.label.1 / (BOLD_CHAR_WIDTH * layout.label_size)) as usize;
    let label = lines(
        &name,
        label_chars,
        layout.label.0,
        top + layout.label_size * 0.8,
        layout.label_size * 1.3,
    );
    let bar_top = if layout.beside {
        top
    } else {
        label.last().map_or(top, |l| l.y + layout.label_size * 0.5)
    };
    let (h, x0) = (14.0, layout.plot.0);
    let length = r.length().map(|d| x_of(seconds(&d), range, layout.plot));
    let bar = length.map(|x| Rect {
        x: x0,
        y: bar_top,
        w: round(x - x0),
        h,
    });
    let max = r.max().zip(length).map(|(m, x)| Rect {
        x,
        y: bar_top,
        w: round(x_of(seconds(&m), range, layout.plot) - x),
        h,
    });
    let open = length.is_none().then(|| Rect {
        x: x0,
        y: bar_top,
        w: round(layout.plot.1 - x0),
        h,
    });
    let early = (!r.ends_early().is_empty()).then(|| {
        let end = length.or(open.as_ref().map(|o| o.x + o.w)).unwrap_or(x0);
        let (x, y) = (round(end), round(bar_top + h / 2.0 - 8.0));
        format!("M{x} {y}l8 8l-8 8l-8 -8z")
    });
    let note_chars = ((layout.plot.1 - layout.plot.0) / (CHAR_WIDTH * layout.note_size)) as usize;
    let words = rule_text(tx, r);
    let note = lines(
        &words,
        note_chars,
        x0,
        bar_top + h + layout.note_size * 1.1,
        layout.note_size * 1.3,
    );
    Row {
        id: id.to_string(),
        label,
        bar,
        max,
        open,
        early,
        note,
    }
}

/// `text` wrapped at spaces into lines of at most `chars` characters (a
/// longer word gets a line of its own), from `y` down by `step`.
fn lines(text: &str, chars: usize, x: f64, y: f64, step: f64) -> Vec<Line> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match out.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out.into_iter()
        .enumerate()
        .map(|(i, text)| Line {
            x,
            y: round(y + step * i as f64),
            text,
        })
        .collect()
}

/// The caption id of the first retention table on the page.
fn table_caption(tx: &Localizer<'_>) -> Option<String> {
    tx.notice.all_sections().into_iter().find_map(|(_, s)| {
        let inline = s.markers().iter().any(|m| m.name == "retention-table");
        let after = s
            .blocks
            .iter()
            .any(|b| b.get().is_some_and(|b| b.as_str() == "retention-table"));
        (inline || after).then(|| format!("{}-retention-caption", s.id.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: f64 = 3600.0;
    const MONTH: f64 = 30.436_875 * DAY;

    #[test]
    fn wrapping_keeps_lines_within_the_estimate() {
        let l = lines(
            "Invoices, payments and other financial records",
            20,
            0.0,
            10.0,
            18.0,
        );
        let texts: Vec<&str> = l.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Invoices, payments", "and other financial", "records"]
        );
        assert_eq!(l[2].y, 46.0);
    }

    #[test]
    fn the_scale_is_logarithmic() {
        let range = (MONTH, 10.0 * YEAR);
        let plot = (0.0, 100.0);
        assert_eq!(x_of(MONTH, range, plot), 0.0);
        assert_eq!(x_of(10.0 * YEAR, range, plot), 100.0);
        // A year is a little over half way from a month to ten years (log).
        let year = x_of(YEAR, range, plot);
        assert!((51.0..53.0).contains(&year), "{year}");
        assert_eq!(x_of(HOUR, range, plot), 0.0, "clamped");
    }
}
