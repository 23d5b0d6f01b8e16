//! The notice `vellum init` writes, in English and in Dutch: the same files with
//! the same ids, so either can be the source and the other its translation.

/// A skeleton file: its path in the site and its text per skeleton language.
pub struct File {
    pub rel: &'static str,
    pub en: &'static str,
    pub nl: &'static str,
}

macro_rules! skeleton {
    ($($rel:literal),+ $(,)?) => {
        &[$(File {
            rel: $rel,
            en: include_str!(concat!("skeleton/en/", $rel)),
            nl: include_str!(concat!("skeleton/nl/", $rel)),
        }),+]
    };
}

/// Every file of the skeleton. `{DATE}` and `{LANGUAGES}` in notice.yaml are
/// filled in when it is written.
pub const FILES: &[File] = skeleton![
    "content/notice.yaml",
    "content/sections/01-who-we-are.yaml",
    "content/sections/02-personal-data.yaml",
    "content/sections/03-purposes.yaml",
    "content/sections/04-recipients.yaml",
    "content/sections/05-transfers.yaml",
    "content/sections/06-retention.yaml",
    "content/sections/07-your-rights.yaml",
    "content/sections/08-changes.yaml",
    "content/sections/09-contact.yaml",
    "content/data/countries.yaml",
    "content/data/data-categories.yaml",
    "content/data/facts.yaml",
    "content/data/legal-bases.yaml",
    "content/data/not-applicable.yaml",
    "content/data/offices.yaml",
    "content/data/purposes.yaml",
    "content/data/recipients.yaml",
    "content/data/retention.yaml",
    "content/data/rights.yaml",
];

impl File {
    /// The text in `lang`, or `None` when the skeleton is not written in it.
    pub fn text(&self, lang: &str) -> Option<&'static str> {
        match lang {
            "en" => Some(self.en),
            "nl" => Some(self.nl),
            _ => None,
        }
    }
}
