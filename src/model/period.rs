//! Periods as the rules state them: an ISO-8601 duration ("P6M") or a named event
//! that ends the period ("end-of-contract"), how a length is meant (exactly, up
//! to, at least), and lists that may be written as one value.

use super::values::{FromText, Problem};
use crate::diagnostics::Code;
use schemars::JsonSchema;
use serde::Serialize;
use std::fmt;

/// The longest period vellum accepts, in years; anything longer is a typo.
pub const MAX_YEARS: u32 = 1_000;
const MAX_DAYS: f64 = MAX_YEARS as f64 * 365.25;

/// An ISO-8601 duration restricted to what privacy notices use: years, months,
/// weeks and days, plus hours, minutes and seconds for short-lived cookies.
/// Components are kept as written, so `P12M` and `P1Y` stay distinguishable in
/// output; [`IsoDuration::same_as`] compares them by meaning (exact unit
/// conversions only, no approximate day counts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDuration {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
    pub hours: u32,
    pub minutes: u32,
    pub seconds: u32,
}

impl IsoDuration {
    /// Parses `PnYnMnWnDTnHnMnS`. Fractions and negative durations are refused:
    /// a retention period is a whole number of units.
    pub fn parse(text: &str) -> Result<IsoDuration, String> {
        let rest = text
            .strip_prefix('P')
            .ok_or_else(|| format!("`{text}` does not start with `P`"))?;
        if rest.is_empty() || rest == "T" {
            return Err(format!("`{text}` has no components"));
        }
        let mut d = IsoDuration::default();
        let mut in_time = false;
        let mut number = String::new();
        let mut seen_any = false;
        let mut last_rank = 0u8;
        for c in rest.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            if c == 'T' {
                if in_time || !number.is_empty() {
                    return Err(format!("`{text}` has a misplaced `T`"));
                }
                in_time = true;
                continue;
            }
            if number.is_empty() {
                return Err(format!("`{text}`: `{c}` needs a number before it"));
            }
            let n: u32 = number
                .parse()
                .map_err(|_| format!("`{text}`: the number {number} is too large"))?;
            number.clear();
            let (slot, rank) = match (in_time, c) {
                (false, 'Y') => (&mut d.years, 1),
                (false, 'M') => (&mut d.months, 2),
                (false, 'W') => (&mut d.weeks, 3),
                (false, 'D') => (&mut d.days, 4),
                (true, 'H') => (&mut d.hours, 5),
                (true, 'M') => (&mut d.minutes, 6),
                (true, 'S') => (&mut d.seconds, 7),
                _ => return Err(format!("`{text}`: unexpected `{c}`")),
            };
            if rank <= last_rank {
                return Err(format!(
                    "`{text}`: components must be in the order Y, M, W, D, T, H, M, S"
                ));
            }
            last_rank = rank;
            *slot = n;
            seen_any = true;
        }
        if !number.is_empty() {
            return Err(format!("`{text}` ends with a number that has no unit"));
        }
        if !seen_any {
            return Err(format!("`{text}` has no components"));
        }
        if d.is_zero() {
            return Err(format!("`{text}` is a zero duration"));
        }
        if d.approx_days() > MAX_DAYS {
            return Err(format!(
                "`{text}` is longer than {MAX_YEARS} years, too long to be a real period"
            ));
        }
        Ok(d)
    }

    /// The non-zero components by unit name, largest first: `[("years", 1), ("months", 6)]`.
    pub fn parts(&self) -> Vec<(&'static str, u32)> {
        [
            ("years", self.years),
            ("months", self.months),
            ("weeks", self.weeks),
            ("days", self.days),
            ("hours", self.hours),
            ("minutes", self.minutes),
            ("seconds", self.seconds),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }

    pub fn is_zero(&self) -> bool {
        *self == IsoDuration::default()
    }

    /// The length in exact units: (months, seconds). Units that convert
    /// exactly fold together (12 months make a year; a week is 7 days, a day
    /// 86,400 seconds), so "14 days" and "2 weeks" are equal, and "12 months"
    /// and "1 year". Months and days never mix: their ratio is not fixed.
    /// Computed in 64 bits, so no written duration can overflow.
    pub fn exact_length(&self) -> (u64, u64) {
        let months = u64::from(self.years) * 12 + u64::from(self.months);
        let days = u64::from(self.weeks) * 7 + u64::from(self.days);
        let seconds = days * 86_400
            + u64::from(self.hours) * 3_600
            + u64::from(self.minutes) * 60
            + u64::from(self.seconds);
        (months, seconds)
    }

    /// True when both durations mean the same length of time.
    pub fn same_as(&self, other: &IsoDuration) -> bool {
        self.exact_length() == other.exact_length()
    }

    /// A rough length in days, only for sorting and comparing bounds
    /// (a month counts 30.44 days, a year 365.25).
    pub fn approx_days(&self) -> f64 {
        f64::from(self.years) * 365.25
            + f64::from(self.months) * 30.44
            + f64::from(self.weeks) * 7.0
            + f64::from(self.days)
            + f64::from(self.hours) / 24.0
            + f64::from(self.minutes) / 1440.0
            + f64::from(self.seconds) / 86_400.0
    }
}

impl fmt::Display for IsoDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        for (n, unit) in [
            (self.years, 'Y'),
            (self.months, 'M'),
            (self.weeks, 'W'),
            (self.days, 'D'),
        ] {
            if n > 0 {
                write!(f, "{n}{unit}")?;
            }
        }
        if self.hours + self.minutes + self.seconds > 0 {
            f.write_str("T")?;
            for (n, unit) in [(self.hours, 'H'), (self.minutes, 'M'), (self.seconds, 'S')] {
                if n > 0 {
                    write!(f, "{n}{unit}")?;
                }
            }
        }
        Ok(())
    }
}

impl Serialize for IsoDuration {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The events vellum knows words for in every built-in language: each has
/// phrases in the theme's `periods.yaml` and, where it can end a period or
/// start one, the messages `event-<id>` ("until the end of the contract") and
/// `event-<id>-after` ("after the end of the contract") in `ui.ftl`. A site
/// may use any other kebab-case id, with its own words.
pub const BUILTIN_EVENTS: &[&str] = &[
    "end-of-contract",
    "end-of-services",
    "consent-withdrawn",
    "account-closed",
    "purpose-fulfilled",
    "browser-session",
    "opt-out",
    "logout",
    "agreed-period",
    "collection",
    "last-interaction",
    "ticket-resolved",
    "request-received",
    "request-handled",
    "consent-given",
    "transaction",
    "end-of-financial-year",
    "cookie-set",
    "communication",
    "breach-detected",
];

/// An event that starts or ends a period (`end-of-contract`,
/// `ticket-resolved`). The vocabulary is open: any kebab-case id is an event,
/// and the check asks for its words in every language where it is used.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Event(String);

impl Event {
    /// An event by its id; `None` for text that is not kebab-case.
    pub fn new(id: &str) -> Option<Event> {
        super::values::Id(id.to_string())
            .is_kebab()
            .then(|| Event(id.to_string()))
    }

    pub fn id(&self) -> &str {
        &self.0
    }

    pub fn is_builtin(&self) -> bool {
        BUILTIN_EVENTS.contains(&self.0.as_str())
    }

    /// The message with the words for this event ending a period.
    pub fn end_message(&self) -> String {
        format!("event-{}", self.0)
    }

    /// The message with the words for a period counted from this event.
    pub fn start_message(&self) -> String {
        format!("event-{}-after", self.0)
    }

    /// The message with the words for this event ending a period early
    /// ("when you withdraw your consent").
    pub fn early_message(&self) -> String {
        format!("event-{}-when", self.0)
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl FromText for Event {
    fn from_text(text: &str) -> Result<Self, Problem> {
        Event::new(text).ok_or_else(|| {
            let problem = Problem::new(Code::InvalidValue, format!("`{text}` is not an event id"));
            match crate::diagnostics::suggest::closest(text, BUILTIN_EVENTS.iter().copied()) {
                Some(best) => problem.hint(format!("did you mean the event `{best}`?")),
                None => problem.hint(format!(
                    "an event is a kebab-case id, such as one of the built-in events {}",
                    BUILTIN_EVENTS.join(", ")
                )),
            }
        })
    }
}

impl JsonSchema for Event {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Event".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
            "examples": BUILTIN_EVENTS,
            "description": "An event that starts or ends a period: a built-in event (see examples) or the kebab-case id of a site's own event, with its words in every language."
        })
    }
}

crate::text_enum! {
    /// How a length is meant: exactly, as an upper or lower bound, as a
    /// deadline, or (for ages) strictly below or above.
    Qualifier ("a qualifier (exactly, up-to, at-least, within, under or over)") {
        Exactly = "exactly",
        UpTo = "up-to",
        AtLeast = "at-least",
        Within = "within",
        /// Ages: strictly below ("under 16").
        Under = "under",
        /// Ages: strictly above ("over 18").
        Over = "over",
    }
}

/// Which way a qualifier bounds a length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// No bound: the length itself.
    Exact,
    /// At most (`up-to`, `within`, `under`).
    Upper,
    /// At least (`at-least`, `over`).
    Lower,
}

impl Qualifier {
    pub fn bound(self) -> Bound {
        match self {
            Qualifier::Exactly => Bound::Exact,
            Qualifier::UpTo | Qualifier::Within | Qualifier::Under => Bound::Upper,
            Qualifier::AtLeast | Qualifier::Over => Bound::Lower,
        }
    }
}

/// A period: a fixed duration or the time until an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Period {
    Duration(IsoDuration),
    Until(Event),
}

impl Period {
    /// Parses `P6M` or an event id; the error says which of the two was meant.
    pub fn parse(text: &str) -> Result<Period, String> {
        let text = text.trim();
        if text.starts_with('P') {
            return IsoDuration::parse(text).map(Period::Duration);
        }
        Event::new(text).map(Period::Until).ok_or_else(|| {
            format!("`{text}` is neither an ISO-8601 duration (like P6M or P2Y) nor an event id")
        })
    }

    /// The duration, or `None` for an event.
    pub fn duration(&self) -> Option<&IsoDuration> {
        match self {
            Period::Duration(d) => Some(d),
            Period::Until(_) => None,
        }
    }

    pub fn iso(&self) -> Option<IsoDuration> {
        self.duration().copied()
    }

    pub fn event(&self) -> Option<&Event> {
        match self {
            Period::Duration(_) => None,
            Period::Until(e) => Some(e),
        }
    }

    /// True when two periods mean the same thing.
    pub fn same_as(&self, other: &Period) -> bool {
        match (self, other) {
            (Period::Duration(a), Period::Duration(b)) => a.same_as(b),
            (Period::Until(a), Period::Until(b)) => a == b,
            _ => false,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Duration(d) => d.fmt(f),
            Period::Until(e) => f.write_str(e.id()),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl FromText for Period {
    fn from_text(text: &str) -> Result<Self, Problem> {
        Period::parse(text).map_err(|message| {
            let hint = if text.starts_with('P') || text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                "write an ISO-8601 duration: P6M is six months, P2Y two years, P30D thirty days, PT30M thirty minutes".to_string()
            } else {
                match crate::diagnostics::suggest::closest(text, BUILTIN_EVENTS.iter().copied()) {
                    Some(best) => format!("did you mean the event `{best}`?"),
                    None => format!(
                        "write an ISO-8601 duration (P6M) or a kebab-case event id such as {}",
                        BUILTIN_EVENTS[..6].join(", ")
                    ),
                }
            };
            Problem::new(Code::InvalidDuration, message).hint(hint)
        })
    }
}

impl FromText for IsoDuration {
    fn from_text(text: &str) -> Result<Self, Problem> {
        match Period::from_text(text)? {
            Period::Duration(d) => Ok(d),
            Period::Until(e) => Err(Problem::new(
                Code::InvalidDuration,
                format!("a duration is needed here, not the event `{}`", e.id()),
            )
            .hint("write an ISO-8601 duration such as P2Y")),
        }
    }
}

impl JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Period".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": format!("^({DURATION_PATTERN}|[a-z0-9]+(-[a-z0-9]+)*)$"),
            "title": "period",
            "examples": ["P6M", "P2Y", "end-of-contract"],
            "description": "An ISO-8601 duration (P6M is six months, P2Y two years, P30D thirty days, PT30M thirty minutes) or the id of an event that ends the period (built-in: end-of-contract, end-of-services, consent-withdrawn, account-closed, purpose-fulfilled, browser-session, opt-out, logout, agreed-period, ...).",
            // Editors show this instead of the regular expression.
            "patternErrorMessage": "Write a period as P, a number and a unit (P6M is six months, P2Y two years, P30D thirty days, PT30M thirty minutes), or the id of an event such as end-of-contract."
        })
    }
}

impl JsonSchema for IsoDuration {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Duration".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": format!("^{DURATION_PATTERN}$"),
            "title": "duration",
            "description": "An ISO-8601 duration: P6M is six months, P2Y two years, P30D thirty days, PT30M thirty minutes.",
            "examples": ["P6M", "P2Y"],
            "patternErrorMessage": "Write a duration as P, a number and a unit: P6M is six months, P2Y two years, P30D thirty days, PT30M thirty minutes."
        })
    }
}

/// The shape of an ISO-8601 duration, for JSON Schemas.
const DURATION_PATTERN: &str = r"P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_durations_notices_use() {
        for (text, shown) in [
            ("P6M", "P6M"),
            ("P2Y", "P2Y"),
            ("P1Y6M", "P1Y6M"),
            ("P14D", "P14D"),
            ("P2W", "P2W"),
            ("PT30M", "PT30M"),
            ("P1DT12H", "P1DT12H"),
        ] {
            assert_eq!(IsoDuration::parse(text).unwrap().to_string(), shown);
        }
    }

    #[test]
    fn refuses_malformed_durations() {
        for text in [
            "6M", "P", "PT", "P6", "PM", "P6X", "P1M1Y", "P0D", "P1.5Y", "P-1Y", "PT1D",
        ] {
            assert!(
                IsoDuration::parse(text).is_err(),
                "{text} should be refused"
            );
        }
    }

    #[test]
    fn equal_lengths_compare_equal() {
        let a = IsoDuration::parse("P12M").unwrap();
        let b = IsoDuration::parse("P1Y").unwrap();
        assert!(a.same_as(&b));
        let w = IsoDuration::parse("P2W").unwrap();
        let d = IsoDuration::parse("P14D").unwrap();
        assert!(w.same_as(&d));
        assert!(!IsoDuration::parse("P6M").unwrap().same_as(&b));
    }

    #[test]
    fn periods_are_durations_or_events() {
        assert_eq!(
            Period::parse("end-of-contract").unwrap(),
            Period::Until(Event::new("end-of-contract").unwrap())
        );
        // The vocabulary is open: any kebab-case id is an event.
        assert!(Period::parse("project-completed").is_ok());
        assert!(
            Period::parse("End of contract")
                .unwrap_err()
                .contains("neither")
        );
    }
}
