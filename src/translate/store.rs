//! `locales/<lang>/translated-from.json`: for each confirmed translation, the
//! fingerprint and the text of the source it was confirmed against. The text
//! is what lets `vellum i18n status` show what changed since.
//!
//! ```json
//! { "section-retention-body": { "fingerprint": "3f09c2a1b7e4", "source": "We keep ..." } }
//! ```
//!
//! Files written before vellum kept the text map an id to the fingerprint
//! alone; they are still read, and rewritten in the new form by the next
//! `vellum i18n confirm`.

use super::messages::SourceMessage;
use crate::diagnostics::{Code, Diagnostic};
use crate::model::Pos;
use crate::site::SiteFiles;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

pub const FINGERPRINT_FILE: &str = "translated-from.json";

/// A key of a confirmation, read without copying it: a large site's files
/// hold hundreds of thousands.
enum Field {
    Fingerprint,
    Source,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Field;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("`fingerprint` or `source`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Field, E> {
                match v {
                    "fingerprint" => Ok(Field::Fingerprint),
                    "source" => Ok(Field::Source),
                    other => Err(E::unknown_field(other, &["fingerprint", "source"])),
                }
            }
        }
        d.deserialize_identifier(Visitor)
    }
}

/// What one translation was confirmed against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Confirmation {
    Full {
        fingerprint: String,
        /// The source text, as [`super::pattern::canonical_text`] gives it.
        source: String,
    },
    /// Written before vellum kept source texts: a fingerprint of the
    /// escaped pattern as it was generated then.
    Legacy(String),
}

/// Read by hand rather than as an untagged enum, which would buffer every
/// entry before trying each form (slow on a large site's files) and say only
/// "did not match any variant" when an entry is wrong.
impl<'de> Deserialize<'de> for Confirmation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Confirmation;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a fingerprint, or {\"fingerprint\": ..., \"source\": ...}")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Confirmation, E> {
                Ok(Confirmation::Legacy(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Confirmation, A::Error> {
                let (mut fingerprint, mut source) = (None, None);
                while let Some(key) = map.next_key::<Field>()? {
                    match key {
                        Field::Fingerprint => fingerprint = Some(map.next_value()?),
                        Field::Source => source = Some(map.next_value()?),
                    }
                }
                Ok(Confirmation::Full {
                    fingerprint: fingerprint
                        .ok_or_else(|| serde::de::Error::missing_field("fingerprint"))?,
                    source: source.ok_or_else(|| serde::de::Error::missing_field("source"))?,
                })
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl Confirmation {
    /// The confirmation of a translation of `m` as it is now.
    pub fn of(m: &SourceMessage) -> Confirmation {
        Confirmation::Full {
            fingerprint: m.fingerprint.clone(),
            source: super::pattern::canonical_text(&m.text),
        }
    }

    /// True when it was made against the source text `m` has now.
    pub fn matches(&self, m: &SourceMessage) -> bool {
        match self {
            Confirmation::Full { fingerprint, .. } => *fingerprint == m.fingerprint,
            Confirmation::Legacy(print) => *print == m.legacy_fingerprint(),
        }
    }

    /// The source text confirmed against, when it was kept.
    pub fn source(&self) -> Option<&str> {
        match self {
            Confirmation::Full { source, .. } => Some(source),
            Confirmation::Legacy(_) => None,
        }
    }
}

/// Confirmations by message id.
pub type Confirmations = BTreeMap<String, Confirmation>;

/// The confirmations `vellum i18n confirm` recorded for `lang`: empty when
/// the file does not exist, a located error when it cannot be read.
pub fn read_confirmations(site: &SiteFiles, lang: &str) -> Result<Confirmations, Diagnostic> {
    let rel = format!("locales/{lang}/{FINGERPRINT_FILE}");
    let Some(text) = site.text(&rel) else {
        return Ok(BTreeMap::new());
    };
    parse_confirmations(&rel, lang, text?)
}

/// The confirmations read in one run, by their file's text. When every
/// translation is current, every language's file records the same source
/// texts, byte for byte: the text is parsed once.
pub type ReadConfirmations = crate::site::by_text::SharedByText<Arc<Confirmations>>;

/// [`read_confirmations`], taking the confirmations of the same text that
/// another language read from `read`, or leaving its own there.
pub fn read_confirmations_shared(
    site: &SiteFiles,
    lang: &str,
    read: &ReadConfirmations,
) -> Result<Arc<Confirmations>, Diagnostic> {
    let rel = format!("locales/{lang}/{FINGERPRINT_FILE}");
    let Some(text) = site.text(&rel) else {
        return Ok(Arc::default());
    };
    let text = text?;
    read.get_or_compute(text, || parse_confirmations(&rel, lang, text).map(Arc::new))
}

/// The confirmations in `text`, the file `rel` of `lang`.
fn parse_confirmations(rel: &str, lang: &str, text: &str) -> Result<Confirmations, Diagnostic> {
    serde_json::from_str(text).map(|InFileOrder(c)| c).map_err(|e| {
        let pos = Pos::new(
            u32::try_from(e.line()).unwrap_or(u32::MAX),
            u32::try_from(e.column()).unwrap_or(u32::MAX),
        );
        Diagnostic::error(
            Code::CorruptFingerprints,
            format!("{rel} cannot be read: {e}; which translations are current is unknown"),
        )
        .at(rel, pos)
        .in_language(lang)
        .hint(format!(
            "restore it from version control (git checkout -- {rel}); if it is lost, delete it and confirm the translations again with `vellum i18n confirm {lang} <ids>` after checking them"
        ))
    })
}

/// The confirmations of a file, read in its order and then made a map in one
/// go: inserting the ids one by one compared each with a dozen ids of long
/// common prefixes (`product-...-description`). A repeated id keeps its last
/// confirmation, as inserting does.
struct InFileOrder(Confirmations);

impl<'de> Deserialize<'de> for InFileOrder {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = Vec<(String, Confirmation)>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(entries)
            }
        }
        Ok(InFileOrder(
            d.deserialize_map(Entries)?.into_iter().collect(),
        ))
    }
}

/// The file's text for `confirmations`.
pub fn to_json(confirmations: &Confirmations) -> Result<String, Diagnostic> {
    let mut text = serde_json::to_string_pretty(confirmations)
        .map_err(|e| Diagnostic::error(Code::Internal, e.to_string()))?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_id_keeps_its_last_confirmation() {
        let json = r#"{"b": "0123456789ab", "a": "aaaaaaaaaaaa", "b": "ba9876543210"}"#;
        let InFileOrder(read) = serde_json::from_str(json).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read["b"], Confirmation::Legacy("ba9876543210".into()));
        let not_a_map = serde_json::from_str::<InFileOrder>("[1]").err().unwrap();
        assert!(
            not_a_map.to_string().contains("expected a map"),
            "{not_a_map}"
        );
    }

    #[test]
    fn old_and_new_entries_are_read() {
        let json = r#"{"a": "0123456789ab", "b": {"fingerprint": "ba9876543210", "source": "Six months."}}"#;
        let read: Confirmations = serde_json::from_str(json).unwrap();
        assert_eq!(read["a"], Confirmation::Legacy("0123456789ab".into()));
        assert_eq!(read["b"].source(), Some("Six months."));
        let written = to_json(&read).unwrap();
        assert!(written.contains("\"source\": \"Six months.\""), "{written}");
    }
}
