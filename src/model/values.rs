//! Values with a format, parsed once when the model is loaded: ids, e-mail
//! addresses, web addresses, dates, language tags and the closed vocabularies
//! (roles, safeguards, ...). A value that does not parse does not stop the
//! load: it stays [`Parsed::Invalid`] with its text and the reason, and the
//! loader reports it at its line and column (see `load::yaml`), so one run
//! reports every problem of a file.

use crate::diagnostics::Code;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

/// Why a text is not a valid value of its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
}

impl Problem {
    pub fn new(code: Code, message: impl Into<String>) -> Problem {
        Problem {
            code,
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }
}

/// A type read from a YAML string.
pub trait FromText: Sized {
    fn from_text(text: &str) -> Result<Self, Problem>;
}

/// A value as written and, when it parsed, as understood.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Parsed<T> {
    Valid { text: String, value: T },
    Invalid { text: String },
}

impl<T> Parsed<T> {
    /// The value, when it parsed (an invalid one was reported at load).
    pub fn get(&self) -> Option<&T> {
        match self {
            Parsed::Valid { value, .. } => Some(value),
            Parsed::Invalid { .. } => None,
        }
    }

    /// The text as written in the YAML.
    pub fn text(&self) -> &str {
        match self {
            Parsed::Valid { text, .. } | Parsed::Invalid { text } => text,
        }
    }
}

impl<T: FromText> Parsed<T> {
    /// Parses `text`; a problem is recorded for the loader to report.
    pub fn parse(text: &str) -> Parsed<T> {
        match T::from_text(text.trim()) {
            Ok(value) => Parsed::Valid {
                text: text.to_string(),
                value,
            },
            Err(problem) => {
                record(problem, text.chars().count());
                Parsed::Invalid {
                    text: text.to_string(),
                }
            }
        }
    }
}

thread_local! {
    /// Problems met while deserializing on this thread, and the position of
    /// the value they belong to once `Located` has seen it.
    static PROBLEMS: RefCell<Vec<(Option<crate::model::Pos>, Problem, usize)>> =
        const { RefCell::new(Vec::new()) };
}

fn record(problem: Problem, len: usize) {
    PROBLEMS.with(|p| p.borrow_mut().push((None, problem, len)));
}

/// Gives the problems recorded since the last call a position (called by
/// `Located` right after it deserialized its value).
pub(crate) fn locate_recent(pos: crate::model::Pos) {
    PROBLEMS.with(|p| {
        for entry in p.borrow_mut().iter_mut().rev() {
            if entry.0.is_some() {
                break;
            }
            entry.0 = Some(pos);
        }
    });
}

/// Takes every problem recorded on this thread (the loader calls it after
/// each file): position, problem, length of the text to underline.
pub fn take_problems() -> Vec<(Option<crate::model::Pos>, Problem, usize)> {
    PROBLEMS.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

impl<'de, T: FromText> Deserialize<'de> for Parsed<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Ok(Parsed::parse(&text))
    }
}

/// Exports carry the text as written (valid values are written canonically
/// by their own types where that matters).
impl<T> Serialize for Parsed<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.text())
    }
}

impl<T: JsonSchema> JsonSchema for Parsed<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// Declares a closed vocabulary: the enum, its kebab-case names, parsing
/// with a did-you-mean hint, and its JSON Schema enum, from one list.
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident ($what:literal) { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The name as written in YAML and used in message ids.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn from_id(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::model::values::FromText for $name {
            fn from_text(text: &str) -> Result<Self, $crate::model::values::Problem> {
                $name::from_id(text).ok_or_else(|| {
                    let problem = $crate::model::values::Problem::new(
                        $crate::diagnostics::Code::InvalidValue,
                        format!("`{text}` is not {}", $what),
                    );
                    match $crate::diagnostics::suggest::did_you_mean(text, $name::NAMES) {
                        Some(h) => problem.hint(h),
                        None => problem,
                    }
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "enum": $name::NAMES,
                    "description": concat!("One of the names of ", $what, ".")
                })
            }
        }
    };
}

/// A value that may be written once or as a list: `ends_early: opt-out` or
/// `ends_early: [opt-out, consent-withdrawn]`. Each item of a list keeps its
/// own position; a single value has the position of the whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OneOrMany<T> {
    One(T),
    Many(Vec<crate::model::Located<T>>),
}

impl<T> crate::model::Located<OneOrMany<T>> {
    /// Every item with the position where it is written.
    pub fn items(&self) -> Vec<(crate::model::Pos, &T)> {
        match &self.value {
            OneOrMany::One(v) => vec![(self.pos, v)],
            OneOrMany::Many(list) => list.iter().map(|l| (l.pos, &l.value)).collect(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{IntoDeserializer, SeqAccess, Visitor};
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value or a list of values")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(v.to_string().into_deserializer()).map(OneOrMany::One)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrMany::Many(items))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// `notice.json` carries the model as written: one value or a list.
impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            OneOrMany::One(v) => v.serialize(s),
            OneOrMany::Many(list) => list.serialize(s),
        }
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let one = generator.subschema_for::<T>();
        json_schema!({
            "anyOf": [one, { "type": "array", "items": one, "minItems": 1 }],
            "description": "One value, or a list of values."
        })
    }
}

/// A stable kebab-case id: an anchor, a message id, a reference target. Any
/// text is accepted at load; the id index reports one that is not kebab-case.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for lower-case words of letters and digits joined by `-`.
    pub fn is_kebab(&self) -> bool {
        !self.0.is_empty()
            && self.0.split('-').all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
    }
}

impl std::ops::Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
            "title": "id",
            "description": "A stable kebab-case id: lower-case words of letters and digits joined by hyphens, e.g. `sms-traffic`.",
            "examples": ["sms-traffic", "amsterdam"],
            // Editors (yaml-language-server, VS Code) show this instead of the regular expression.
            "patternErrorMessage": "An id is lower-case letters and digits, words joined by single hyphens: sms-traffic, not SMS_Traffic or sms--traffic."
        })
    }
}

/// An address a reader can write to: `local@domain.tld`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(pub String);

impl FromText for Email {
    fn from_text(text: &str) -> Result<Self, Problem> {
        if is_email(text) {
            return Ok(Email(text.to_string()));
        }
        let hint = if !text.contains('@') {
            "write the whole address, e.g. privacy@example.com"
        } else if text.ends_with('@') || !text.split_once('@').is_some_and(|(_, d)| d.contains('.'))
        {
            "the address has no domain: write it in full, e.g. privacy@example.com"
        } else {
            "write a plain address like privacy@example.com, without a name or mailto:"
        };
        Err(Problem::new(
            Code::InvalidEmail,
            format!("`{text}` is not a valid e-mail address"),
        )
        .hint(hint))
    }
}

impl JsonSchema for Email {
    fn schema_name() -> Cow<'static, str> {
        "Email".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "email", "title": "e-mail address", "description": "An e-mail address, e.g. privacy@example.com.", "examples": ["privacy@example.com"] })
    }
}

/// True for `local@domain.tld` with a real domain.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-'".contains(c))
        && is_domain(domain)
}

fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()) && tld.len() >= 2)
}

/// An absolute `http`/`https` address with a real host name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WebUrl(pub String);

impl FromText for WebUrl {
    fn from_text(text: &str) -> Result<Self, Problem> {
        if is_web_url(text) {
            return Ok(WebUrl(text.to_string()));
        }
        let hint = if text.starts_with("www.") || is_domain(text.split('/').next().unwrap_or("")) {
            format!("add the scheme: https://{text}")
        } else {
            "write an absolute address starting with https://".to_string()
        };
        Err(Problem::new(
            Code::InvalidUrl,
            format!("`{text}` is not a valid web address"),
        )
        .hint(hint))
    }
}

impl JsonSchema for WebUrl {
    fn schema_name() -> Cow<'static, str> {
        "WebUrl".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string", "format": "uri", "pattern": "^https?://",
            "title": "web address",
            "description": "An absolute web address starting with https:// (or http://).",
            "examples": ["https://www.example.com/"],
            "patternErrorMessage": "A web address starts with https:// (or http://), e.g. https://www.example.com/."
        })
    }
}

/// True for an absolute `http`/`https` URL with a real host name.
pub fn is_web_url(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host_port.split(':').next().unwrap_or("");
    let port_ok = host_port
        .split_once(':')
        .is_none_or(|(_, p)| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    (is_domain(host) || host == "localhost") && port_ok && !text.contains(char::is_whitespace)
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl FromText for Date {
    fn from_text(text: &str) -> Result<Self, Problem> {
        text.parse::<jiff::civil::Date>().map(Date).map_err(|e| {
            Problem::new(Code::InvalidDate, format!("`{text}` is not a valid date")).hint(format!(
                "write the date as YYYY-MM-DD, e.g. 2026-05-18 ({e})"
            ))
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date", "title": "date", "description": "A date written YYYY-MM-DD, e.g. 2026-05-18.", "examples": ["2026-05-18"] })
    }
}

/// A BCP 47 language tag of the common shape (`nl`, `en-GB`, `pt-BR`); the
/// only shape ever made into a path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageTag(pub String);

impl LanguageTag {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromText for LanguageTag {
    fn from_text(text: &str) -> Result<Self, Problem> {
        if is_language_tag(text) {
            Ok(LanguageTag(text.to_string()))
        } else {
            Err(Problem::new(
                Code::InvalidLanguage,
                format!("`{text}` is not a language tag"),
            )
            .hint("use a BCP 47 tag such as en, nl or pt-BR"))
        }
    }
}

impl JsonSchema for LanguageTag {
    fn schema_name() -> Cow<'static, str> {
        "LanguageTag".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
            "title": "language tag",
            "description": "A BCP 47 language tag such as en, nl or pt-BR.",
            "examples": ["en", "nl", "pt-BR"],
            "patternErrorMessage": "A language tag is a lower-case language code, optionally followed by a region or script: en, nl, pt-BR."
        })
    }
}

/// True for a BCP 47 language tag of the common shape (`nl`, `en-GB`, `pt-BR`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::text_enum! {
        Colour ("a colour") { Red = "red", DarkBlue = "dark-blue" }
    }

    #[test]
    fn closed_vocabularies_parse_and_hint() {
        assert_eq!(Colour::from_text("dark-blue"), Ok(Colour::DarkBlue));
        let problem = Colour::from_text("dark-bleu").unwrap_err();
        assert_eq!(problem.hint.as_deref(), Some("did you mean `dark-blue`?"));
        assert_eq!(Colour::NAMES, ["red", "dark-blue"]);
        assert_eq!(Colour::ALL, [Colour::Red, Colour::DarkBlue]);
    }

    #[test]
    fn invalid_values_are_kept_and_recorded() {
        let _ = take_problems();
        let p: Parsed<Email> = Parsed::parse("privacy@");
        assert_eq!(p.get(), None);
        assert_eq!(p.text(), "privacy@");
        let problems = take_problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].1.code, Code::InvalidEmail);
    }

    #[test]
    fn ids_are_kebab_case() {
        assert!(Id("sms-traffic".into()).is_kebab());
        assert!(!Id("SMS traffic".into()).is_kebab());
        assert!(!Id("a--b".into()).is_kebab());
    }
}
