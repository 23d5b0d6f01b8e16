//! Every diagnostic code, with the class that decides the exit code. Scripts
//! match on the kebab-case names (JSON `code`, GitHub annotation titles), so
//! a name never changes once published.

use serde::{Serialize, Serializer};

/// What kind of failure a diagnostic is, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A problem in the site: exit 1.
    Finding,
    /// The command cannot do what was asked (a refused output folder, an
    /// unknown language): exit 2.
    Usage,
    /// Reading or writing failed: exit 2.
    Io,
}

macro_rules! codes {
    ($($variant:ident = $name:literal: $class:ident,)+) => {
        /// A stable diagnostic code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant),+
        }

        impl Code {
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name),+
                }
            }

            pub fn class(self) -> Class {
                match self {
                    $(Code::$variant => Class::$class),+
                }
            }
        }
    };
}

codes! {
    BrokenLink = "broken-link": Finding,
    CorruptFingerprints = "corrupt-fingerprints": Finding,
    DanglingPrompt = "dangling-prompt": Finding,
    DanglingReference = "dangling-reference": Finding,
    DataNotShown = "data-not-shown": Finding,
    DuplicateBlock = "duplicate-block": Finding,
    DuplicateId = "duplicate-id": Finding,
    DuplicateKey = "duplicate-key": Finding,
    DuplicateLanguage = "duplicate-language": Finding,
    EeaMembership = "eea-membership": Finding,
    EmptyFile = "empty-file": Finding,
    EmptyValue = "empty-value": Finding,
    FileTooLarge = "file-too-large": Finding,
    FrozenFileChanged = "frozen-file-changed": Finding,
    FluentFormat = "fluent-format": Finding,
    FluentSyntax = "fluent-syntax": Finding,
    FluentTooComplex = "fluent-too-complex": Finding,
    GeneratedFileAsTranslation = "generated-file-as-translation": Finding,
    Hedge = "hedge": Finding,
    ImageInProse = "image-in-prose": Finding,
    IncompleteNotice = "incomplete-notice": Finding,
    IncompleteRelease = "incomplete-release": Finding,
    InvalidBound = "invalid-bound": Finding,
    InvalidDate = "invalid-date": Finding,
    InvalidDuration = "invalid-duration": Finding,
    InvalidEmail = "invalid-email": Finding,
    InvalidFact = "invalid-fact": Finding,
    InvalidId = "invalid-id": Finding,
    InvalidLanguage = "invalid-language": Finding,
    InvalidRelease = "invalid-release": Finding,
    InvalidTransfer = "invalid-transfer": Finding,
    InvalidUrl = "invalid-url": Finding,
    InvalidUtf8 = "invalid-utf8": Finding,
    InvalidValue = "invalid-value": Finding,
    InvalidVersionLabel = "invalid-version-label": Finding,
    InvalidVocabulary = "invalid-vocabulary": Finding,
    ItemNotShown = "item-not-shown": Finding,
    LinkOutsideSite = "link-outside-site": Finding,
    LinkTargetMismatch = "link-target-mismatch": Finding,
    MissingFile = "missing-file": Finding,
    MissingKey = "missing-key": Finding,
    MissingSafeguard = "missing-safeguard": Finding,
    MissingTranslation = "missing-translation": Finding,
    MissingUiMessages = "missing-ui-messages": Finding,
    MissingUiStrings = "missing-ui-strings": Finding,
    NoLanguages = "no-languages": Finding,
    NoSections = "no-sections": Finding,
    NoVocabulary = "no-vocabulary": Finding,
    NotAFolder = "not-a-folder": Finding,
    NotARegularFile = "not-a-regular-file": Finding,
    NumeralMismatch = "numeral-mismatch": Finding,
    ObfuscatedEmail = "obfuscated-email": Finding,
    ObsoleteTranslation = "obsolete-translation": Finding,
    OutputLeftover = "output-leftover": Finding,
    OutputRestored = "output-restored": Finding,
    PeriodContradiction = "period-contradiction": Finding,
    PlaceableMismatch = "placeable-mismatch": Finding,
    QualifierMismatch = "qualifier-mismatch": Finding,
    RawHtml = "raw-html": Finding,
    ReleasedVersionChanged = "released-version-changed": Finding,
    RetentionCoverage = "retention-coverage": Finding,
    SectionFileName = "section-file-name": Finding,
    SectionNumber = "section-number": Finding,
    SiteTooLarge = "site-too-large": Finding,
    SourceFileHandwritten = "source-file-handwritten": Finding,
    SourceFileMissing = "source-file-missing": Finding,
    SourceFileStale = "source-file-stale": Finding,
    StaleReference = "stale-reference": Finding,
    StaleTranslation = "stale-translation": Finding,
    StartMismatch = "start-mismatch": Finding,
    StrayFile = "stray-file": Finding,
    Template = "template": Finding,
    TooDeep = "too-deep": Finding,
    Todo = "todo": Finding,
    TooManyEntries = "too-many-entries": Finding,
    UnboundPeriod = "unbound-period": Finding,
    UndefinedFootnote = "undefined-footnote": Finding,
    UnknownDataFile = "unknown-data-file": Finding,
    UnknownEvent = "unknown-event": Finding,
    UnknownKey = "unknown-key": Finding,
    UnknownPlaceable = "unknown-placeable": Finding,
    UnknownSectionTitle = "unknown-section-title": Finding,
    UnsafeLink = "unsafe-link": Finding,
    UnstatedRule = "unstated-rule": Finding,
    UnusedAcceptance = "unused-acceptance": Finding,
    VagueLinkText = "vague-link-text": Finding,
    VagueRetention = "vague-retention": Finding,
    VersionOrder = "version-order": Finding,
    VersionReleased = "version-released": Finding,
    WrongLanguage = "wrong-language": Finding,
    WrongRegister = "wrong-register": Finding,
    WrongType = "wrong-type": Finding,
    WronglyNotApplicable = "wrongly-not-applicable": Finding,
    YamlSyntax = "yaml-syntax": Finding,
    YamlTooComplex = "yaml-too-complex": Finding,
    NoContent = "no-content": Usage,
    OutputRefused = "output-refused": Usage,
    Usage = "usage": Usage,
    WriteRefused = "write-refused": Usage,
    Internal = "internal": Io,
    Io = "io": Io,
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
