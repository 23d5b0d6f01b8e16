//! The form of address: one edition addresses its reader either formally
//! (Dutch "u", German "Sie") or informally ("je", "du"), never both. The
//! words that mark each register are language data (`register:` in
//! `locales/<lang>/prose.yaml`); the register of an edition is declared in
//! `content/notice.yaml` (`register: {nl: formal}`), and a word of the other
//! register is a warning at the word. Without a declaration, the register
//! used most is taken as the edition's, and the other one is reported.

use super::visible::{Visible, visible_texts};
use crate::diagnostics::{Code, Diagnostic, Sources};
use crate::model::{Notice, Register as Declared};
use crate::translate::Catalog;
use crate::translate::messages::SourceMessage;
use crate::translate::words::{Forms, Register};

/// The two registers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    Formal,
    Informal,
}

impl Form {
    pub fn name(self) -> &'static str {
        match self {
            Form::Formal => "formal",
            Form::Informal => "informal",
        }
    }

    pub fn other(self) -> Form {
        match self {
            Form::Formal => Form::Informal,
            Form::Informal => Form::Formal,
        }
    }
}

/// A word that addresses the reader in one register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub form: Form,
    /// Byte offset and the word as written.
    pub offset: usize,
    pub word: String,
}

/// A word of a text with its byte offset and its place in the sentence.
struct Token<'a> {
    offset: usize,
    word: &'a str,
    /// The word in lower case, made once (and only when it has capitals):
    /// every form is compared with it.
    lower: std::borrow::Cow<'a, str>,
    starts_sentence: bool,
    /// After a comma: where a main clause's imperative may stand.
    starts_clause: bool,
    /// Index of its sentence in the text.
    sentence: usize,
}

/// Every marker of either register in `text`.
pub fn markers(text: &str, register: &Register) -> Vec<Marker> {
    let tokens = tokens(text);
    let mut found: Vec<(usize, Marker)> = Vec::new();
    // Ambiguous forms at a sentence start ("Sie": you or they), counted only
    // in the first sentence of a text (a heading, a cell) or when their
    // sentence or the one before has a marker of the same register.
    let mut pending: Vec<(usize, Marker)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !register.may_begin_marker(&t.lower) {
            continue;
        }
        // A pair ("ihr könnt") decides for its first word.
        let phrase = [Form::Formal, Form::Informal]
            .into_iter()
            .find(|f| starts_phrase(forms_of(register, *f), &tokens[i..]));
        let words = [Form::Formal, Form::Informal].map(|f| matches(forms_of(register, f), t));
        // Most words are no marker: the decoy test (which looks around the
        // word) only for those that are.
        if phrase.is_none() && words.iter().all(Option::is_none) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| &tokens[j]);
        if is_decoy(text, t, before, register) {
            continue;
        }
        let marker = |form| Marker {
            form,
            offset: t.offset,
            word: t.word.to_string(),
        };
        if let Some(form) = phrase {
            found.push((t.sentence, marker(form)));
            continue;
        }
        for (form, matched) in [Form::Formal, Form::Informal].into_iter().zip(words) {
            match matched {
                Some(true) => pending.push((t.sentence, marker(form))),
                Some(false) => found.push((t.sentence, marker(form))),
                None => {}
            }
        }
    }
    for (s, m) in pending {
        let near = |fs: usize| fs == s || fs + 1 == s;
        if s == 0 || found.iter().any(|(fs, f)| near(*fs) && f.form == m.form) {
            found.push((s, m));
        }
    }
    let mut out: Vec<Marker> = found.into_iter().map(|(_, m)| m).collect();
    out.sort_by_key(|m| m.offset);
    out
}

fn starts_phrase(forms: &Forms, tokens: &[Token<'_>]) -> bool {
    forms.phrases.iter().any(|p| {
        p.len() <= tokens.len() && p.iter().zip(tokens).all(|(w, t)| t.lower == w.as_str())
    })
}

fn forms_of(register: &Register, form: Form) -> &Forms {
    match form {
        Form::Formal => &register.formal,
        Form::Informal => &register.informal,
    }
}

/// Whether `t` is a form of `forms`: `Some(true)` when it is one only at the
/// start of a sentence, where it may mean something else.
fn matches(forms: &Forms, t: &Token<'_>) -> Option<bool> {
    let lower = t.lower.as_ref();
    if forms.words.iter().any(|w| w == lower) {
        return Some(false);
    }
    if forms.exact.iter().any(|e| e == t.word) {
        let ambiguous = t.starts_sentence && forms.ambiguous_at_start.iter().any(|a| a == t.word);
        return Some(ambiguous);
    }
    ((t.starts_sentence || t.starts_clause) && forms.verbs_at_start.iter().any(|v| v == lower))
        .then_some(false)
}

/// Tokens that look like a marker but are not one: a list letter
/// ("onderdeel u"), an abbreviation ("9.00 u.", "U.S.").
fn is_decoy(text: &str, t: &Token<'_>, before: Option<&Token<'_>>, register: &Register) -> bool {
    if let Some(b) = before
        && register
            .not_after
            .iter()
            .any(|w| w.eq_ignore_ascii_case(b.word))
    {
        return true;
    }
    let after = &text[t.offset + t.word.len()..];
    // "U.S.": a letter right after the full stop.
    if after.starts_with('.') && after[1..].chars().next().is_some_and(char::is_alphabetic) {
        return true;
    }
    // "9.00 u.": a time or a number right before.
    let head = text[..t.offset].trim_end();
    t.word.chars().count() == 1 && head.chars().next_back().is_some_and(|c| c.is_ascii_digit())
}

/// The words of a text (letters and inner apostrophes), leaving out link
/// targets, addresses and placeables, each with its place in the sentence.
fn tokens(text: &str) -> Vec<Token<'_>> {
    // Every text of a language with a register passes through here: read
    // byte by byte, decoding only characters beyond ASCII.
    let mut out = Vec::new();
    let mut state = Place::at_start();
    let mut chunk_start = 0;
    while chunk_start < text.len() {
        // A chunk: up to and with the next white space.
        let chunk_end = after_white_space(text, chunk_start);
        let chunk = &text[chunk_start..chunk_end];
        let usable = language_part(chunk);
        let mut word_start = None;
        let mut i = 0;
        while i <= usable.len() {
            let c = match usable.as_bytes().get(i) {
                None => ' ',
                Some(&b) if b.is_ascii() => char::from(b),
                Some(_) => usable[i..].chars().next().unwrap_or(' '),
            };
            let in_word = c.is_alphabetic() || (word_start.is_some() && (c == '\'' || c == '’'));
            match (in_word, word_start) {
                (true, None) => word_start = Some(i),
                (false, Some(s)) => {
                    word_start = None;
                    out.push(state.token(chunk_start + s, &usable[s..i]));
                }
                _ => {}
            }
            if !in_word {
                state.punctuation(c, &usable[..i]);
            }
            i += c.len_utf8();
        }
        if chunk.ends_with('\n') {
            state.end_sentence();
        }
        chunk_start = chunk_end;
    }
    out
}

/// Where the chunk of `text` that starts at `from` ends: after its first
/// white space, or at the end of the text.
fn after_white_space(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            // The vertical tab is white space to `char::is_whitespace`,
            // not to `u8::is_ascii_whitespace`.
            if b.is_ascii_whitespace() || b == 0x0b {
                return i;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                return i;
            }
        }
    }
    bytes.len()
}

/// The part of a chunk that is language: a link's target, an address or a
/// placeable is not.
fn language_part(chunk: &str) -> &str {
    let bytes = chunk.as_bytes();
    let mut not_language = false;
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b']' if bytes.get(i + 1) == Some(&b'(') => return &chunk[..i],
            b':' if bytes[i + 1..].starts_with(b"//") => not_language = true,
            b'@' | b'{' => not_language = true,
            _ => {}
        }
    }
    if not_language { "" } else { chunk }
}

/// Where the next word stands.
struct Place {
    sentence_start: bool,
    clause_start: bool,
    sentence: usize,
}

impl Place {
    /// The first word of a text starts its first sentence.
    fn at_start() -> Place {
        Place {
            sentence_start: true,
            clause_start: false,
            sentence: 0,
        }
    }

    fn token<'a>(&mut self, offset: usize, word: &'a str) -> Token<'a> {
        let t = Token {
            offset,
            word,
            lower: crate::prose::phrases::lower_case(word),
            starts_sentence: self.sentence_start,
            starts_clause: self.clause_start,
            sentence: self.sentence,
        };
        self.sentence_start = false;
        self.clause_start = false;
        t
    }

    fn end_sentence(&mut self) {
        if !self.sentence_start {
            self.sentence += 1;
        }
        self.sentence_start = true;
    }

    /// A character between words: the end of a sentence, or of a clause.
    fn punctuation(&mut self, c: char, before: &str) {
        match c {
            // A full stop between digits ("9.00") ends no sentence.
            '.' if before
                .chars()
                .next_back()
                .is_some_and(|d| d.is_ascii_digit()) => {}
            '.' | '!' | '?' | ':' | ';' | '\n' | '*' | '#' => self.end_sentence(),
            // A list item's dash.
            '-' if before.trim().is_empty() => self.end_sentence(),
            ',' => self.clause_start = true,
            _ => {}
        }
    }
}

/// Whether a text with these markers addresses the reader formally and
/// whether informally (neither: it addresses no one; both: it mixes).
pub fn forms_used(markers: &[Marker]) -> (bool, bool) {
    (
        markers.iter().any(|m| m.form == Form::Formal),
        markers.iter().any(|m| m.form == Form::Informal),
    )
}

/// The texts of one language and what checking their register needs.
pub struct Edition<'a> {
    pub notice: &'a Notice,
    pub lang: &'a str,
    pub messages: &'a [SourceMessage],
    pub translations: Option<&'a super::found::FoundById<'a>>,
    pub catalog: &'a Catalog,
    pub register: &'a Register,
    pub sources: &'a Sources,
}

/// Reports every word of the register an edition does not use.
pub fn check_edition(e: &Edition<'_>, out: &mut Vec<Diagnostic>) {
    let visible = visible_texts(e.messages, e.translations, e.catalog);
    let found: Vec<(&Visible<'_>, Marker)> = visible
        .iter()
        .flat_map(|v| markers(v.text, e.register).into_iter().map(move |m| (v, m)))
        .collect();
    let count = |form: Form| found.iter().filter(|(_, m)| m.form == form).count();
    let (formal, informal) = (count(Form::Formal), count(Form::Informal));
    let declared = e
        .notice
        .meta
        .register
        .get(e.lang)
        .and_then(|r| r.get().copied())
        .map(|r| match r {
            Declared::Formal => Form::Formal,
            Declared::Informal => Form::Informal,
        });
    let edition = match declared {
        Some(form) => form,
        None if formal == 0 || informal == 0 => return,
        // The form used most is the edition's; on a tie, the formal one,
        // usual for legal texts.
        None if informal > formal => Form::Informal,
        None => Form::Formal,
    };
    let lang = e.lang;
    let hint = match declared {
        Some(form) => format!(
            "write it in the {} form ({}); `register: {{{lang}: {}}}` in content/notice.yaml sets the form of this edition",
            form.name(),
            examples(e.register, form),
            form.name()
        ),
        None => format!(
            "this edition uses the formal form {} and the informal one {}; use one of them, and declare it with `register: {{{lang}: {}}}` in content/notice.yaml",
            times(formal),
            times(informal),
            edition.name()
        ),
    };
    for (v, m) in found.iter().filter(|(_, m)| m.form != edition) {
        let pos = v.pos(e.sources, m.offset);
        let mut d = Diagnostic::warning(
            Code::WrongRegister,
            format!(
                "\"{}\" addresses the reader {}ly; the `{lang}` edition is {}",
                m.word,
                m.form.name(),
                edition.name()
            ),
        )
        .at(v.file, pos)
        .spanning(m.word.chars().count())
        .hint(hint.clone());
        if e.translations.is_some() || !v.is_content() {
            d = d.in_language(lang);
        }
        out.push(d);
    }
}

/// The `register:` declarations name site languages that have forms of
/// address to check.
pub fn check_declarations(
    notice: &Notice,
    has_forms: &dyn Fn(&str) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    let tags = notice.language_tags();
    for (lang, declared) in &notice.meta.register {
        let problem = if !tags.contains(&lang.as_str()) {
            format!("`register` names `{lang}`, which is not one of `languages:`")
        } else if !has_forms(lang) {
            format!("`{lang}` has no forms of address to check; its `register` has no effect")
        } else {
            continue;
        };
        out.push(
            Diagnostic::warning(Code::InvalidValue, problem)
                .at(&notice.meta_file, declared.pos)
                .hint(format!(
                    "declare the register of languages that have two forms of address (nl, de); their words are under `register:` in locales/<lang>/{}",
                    crate::translate::words::PROSE_FILE
                )),
        );
    }
}

fn times(n: usize) -> String {
    match n {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    }
}

/// A few words of a register, for hints: "u, uw".
fn examples(register: &Register, form: Form) -> String {
    let forms = forms_of(register, form);
    forms
        .words
        .iter()
        .chain(forms.exact.iter())
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words read the way the register check first read them: the
    /// text split after each white space with the standard library, every
    /// character decoded. The byte-wise reading must agree with it.
    fn tokens_by_chars(text: &str) -> Vec<(usize, &str, bool, bool, usize)> {
        let mut out = Vec::new();
        let mut state = Place::at_start();
        let mut chunk_start = 0;
        for chunk in text.split_inclusive(char::is_whitespace) {
            let offset = chunk_start;
            chunk_start += chunk.len();
            let usable = match chunk.find("](") {
                Some(i) => &chunk[..i],
                None if chunk.contains("://") || chunk.contains('@') || chunk.contains('{') => "",
                None => chunk,
            };
            let mut word_start = None;
            for (i, c) in usable
                .char_indices()
                .chain(std::iter::once((usable.len(), ' ')))
            {
                let in_word =
                    c.is_alphabetic() || (word_start.is_some() && (c == '\'' || c == '’'));
                match (in_word, word_start) {
                    (true, None) => word_start = Some(i),
                    (false, Some(s)) => {
                        word_start = None;
                        let t = state.token(offset + s, &usable[s..i]);
                        out.push((
                            t.offset,
                            t.word,
                            t.starts_sentence,
                            t.starts_clause,
                            t.sentence,
                        ));
                    }
                    _ => {}
                }
                if !in_word {
                    state.punctuation(c, &usable[..i]);
                }
            }
            if chunk.ends_with('\n') {
                state.end_sentence();
            }
        }
        out
    }

    #[test]
    fn words_are_read_alike_byte_by_byte() {
        let texts = [
            "U kunt je gegevens inzien. Zie [uw rechten](#u-rights).",
            "Open van 9.00 u. tot 17.00 u., zie onderdeel u en de U.S.",
            "Mail privacy@u.nl of ga naar https://u.example/je; {$name} leest u.",
            "Wir speichern Ihre Daten.\n- Sie können\tjederzeit widersprechen!\nDu auch?",
            "l'été des données\u{a0}vous concerne;\u{2028}c’est votre droit: vos données",
            "\u{b}u\u{c}je\r\nuw  ,jouw - je -u ‘u’ «je» ʼuʼ",
            "Ünïcödé wörter, ja—nee; straße 12:30 u, ἀλήθεια ☃ je",
            "",
            "   ",
            "[link](https://example.com/u) u](x {u} @u ://u",
        ];
        for text in texts {
            let read: Vec<_> = tokens(text)
                .iter()
                .map(|t| {
                    (
                        t.offset,
                        t.word,
                        t.starts_sentence,
                        t.starts_clause,
                        t.sentence,
                    )
                })
                .collect();
            assert_eq!(read, tokens_by_chars(text), "{text:?}");
        }
    }

    fn dutch() -> Register {
        Register {
            formal: Forms {
                words: vec!["u".into(), "uw".into()],
                ..Forms::default()
            },
            informal: Forms {
                words: vec!["je".into(), "jouw".into()],
                ..Forms::default()
            },
            not_after: vec!["onderdeel".into()],
            first_words: Default::default(),
        }
    }

    fn words(text: &str) -> Vec<(Form, String)> {
        markers(text, &dutch())
            .into_iter()
            .map(|m| (m.form, m.word))
            .collect()
    }

    #[test]
    fn markers_and_decoys() {
        assert_eq!(
            words("U kunt je gegevens inzien. Zie [uw rechten](#u-rights)."),
            [
                (Form::Formal, "U".to_string()),
                (Form::Informal, "je".to_string()),
                (Form::Formal, "uw".to_string())
            ]
        );
        assert!(words("Open van 9.00 u. tot 17.00 u., zie onderdeel u en de U.S.").is_empty());
        assert!(words("De jeugdigen en het projectteam; mail privacy@u.nl").is_empty());
        // Capitals anywhere in the word; a decoy after a capital too.
        assert_eq!(
            words("JOUW gegevens, UW keuze. Zie onderdeel U."),
            [
                (Form::Informal, "JOUW".to_string()),
                (Form::Formal, "UW".to_string())
            ]
        );
    }
}
