//! Per-language word lists the prose checks read, as written in
//! `locales/<lang>/prose.yaml` (link texts, prompts, obfuscated addresses,
//! section references, forms of address) and `locales/<lang>/lexicon.yaml`
//! (the words that show a short text is in this language). Language data,
//! not code: a new language is a new file.

use schemars::JsonSchema;
use serde::Deserialize;

/// `locales/<lang>/prose.yaml`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProseFile {
    #[serde(default)]
    pub links: LinkWords,
    #[serde(default)]
    pub email: EmailWords,
    /// Phrases that introduce a section's title in running text ("see the
    /// section"); the title that follows in quotes must be a section's title.
    #[serde(default)]
    pub section_references: Vec<String>,
    /// The forms of address: which words address the reader formally and
    /// which informally. Absent for languages with one form (English).
    #[serde(default)]
    pub register: Option<RegisterWords>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkWords {
    /// Link texts that say nothing about the target ("here", "read more").
    #[serde(default)]
    pub vague: Vec<String>,
    /// Phrases that promise a link ("click here"); outside a link they point nowhere.
    #[serde(default)]
    pub prompts: Vec<String>,
    /// Words for "here" that, ending a sentence outside a link ("... is set
    /// out here."), point at nothing.
    #[serde(default)]
    pub here: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailWords {
    /// Words written for `@` to hide an address from robots ("at",
    /// "apenstaartje"), found in brackets (`[at]`, `(at)`) or between
    /// spaces before a domain.
    #[serde(default)]
    pub at: Vec<String>,
    /// Words written for `.` in a hidden address ("dot", "punt").
    #[serde(default)]
    pub dot: Vec<String>,
}

/// The words of each form of address of a language.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterWords {
    pub formal: RegisterForms,
    pub informal: RegisterForms,
    /// Words after which a marker is not a pronoun (Dutch "onderdeel u": a
    /// list letter).
    #[serde(default)]
    pub not_after: Vec<String>,
}

/// The forms that mark one register.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterForms {
    /// Pronouns and possessives, matched as whole words in any case ("u", "jouw").
    #[serde(default)]
    pub words: Vec<String>,
    /// Forms matched only as written (German "Sie", "Ihre"), because the
    /// same word in lower case means something else ("sie": she, they).
    #[serde(default)]
    pub exact: Vec<String>,
    /// Of `exact`, the forms that at the start of a sentence may mean
    /// something else ("Sie" = they): there they count only when the sentence
    /// has another marker of this register.
    #[serde(default)]
    pub ambiguous_at_start: Vec<String>,
    /// Verb forms that carry the register by themselves at the start of a
    /// sentence or clause (German singular imperatives "Schreib", "Wende").
    #[serde(default)]
    pub verbs_at_start: Vec<String>,
    /// Word pairs that carry the register where the first word alone is
    /// ambiguous (German "ihr könnt": informal plural, not "Ihr" = your),
    /// matched in any case.
    #[serde(default)]
    pub phrases: Vec<String>,
}

/// `locales/<lang>/lexicon.yaml`: evidence that a short text is in this
/// language. Every word is general vocabulary of the language (function
/// words, and the common words of privacy notices), never a whole heading.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// Articles, pronouns, prepositions, conjunctions, auxiliaries: frequent,
    /// short, and almost never shared with the other languages.
    pub function_words: Vec<String>,
    /// Content words (nouns, verbs, adjectives) of the language, in any of
    /// their usual forms.
    #[serde(default)]
    pub words: Vec<String>,
    /// Word endings typical of the language (`-tion`, `-heid`), used for
    /// words of 8 letters or more that are in no list.
    #[serde(default)]
    pub endings: Vec<String>,
    /// Words that are also ordinary in other languages or on every page
    /// (language names on the language chooser, loanwords): never evidence.
    #[serde(default)]
    pub neutral: Vec<String>,
}
