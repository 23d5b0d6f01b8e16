//! Checks of running text (outside links and code), with the words of the
//! text's language: a prompt that promises a link ("click here"), a "here."
//! that points nowhere, e-mail addresses without a domain or hidden from
//! robots (`name[at]example.com`), and a section named by a title no
//! section of that language has.

use crate::diagnostics::{Code, Diagnostic, suggest};
use crate::translate::words::ProseWords;

/// A finding in a text: where it starts, how many bytes it covers.
#[derive(Clone)]
pub struct Finding {
    pub offset: usize,
    pub len: usize,
    pub diagnostic: Diagnostic,
}

/// A section as a text of one language may name it.
pub struct Title {
    pub id: String,
    pub title: String,
}

/// What the running-text checks of one language compare against.
pub struct TextRules<'a> {
    pub words: &'a ProseWords,
    /// The titles of the sections in this language.
    pub titles: &'a [Title],
    /// The titles in the source language, to recognise a title left untranslated.
    pub source_titles: &'a [Title],
    pub source_lang: &'a str,
    pub lang: &'a str,
    /// Searchers for `words`' phrases, built once for all the texts.
    pub finders: PhraseFinders,
    /// What earlier rebuilds found in texts with these words (`vellum
    /// serve`), by [`running_text_fingerprint`].
    pub kept: Option<crate::site::memo::TextResults<ScannedText>>,
}

/// What the running-text checks find in one text before the titles are
/// compared: they follow from the text and the words alone, so they are
/// kept between rebuilds, where a title edit changes the titles.
#[derive(Clone)]
pub struct ScannedText {
    found: Vec<Finding>,
    /// Where a quoted title follows "see the section": its offset and length.
    quoted_titles: Vec<(usize, usize)>,
}

/// The word lists [`TextRules`] searches texts for: what its searchers are
/// built from, and what its kept results are fingerprinted by.
fn running_text_lists(words: &ProseWords) -> [&Vec<String>; 5] {
    [
        &words.link_prompts,
        &words.here,
        &words.email_at,
        &words.email_dot,
        &words.section_references,
    ]
}

/// A fingerprint of the words [`TextRules`] read before the titles: equal
/// fingerprints find the same in the same text.
pub fn running_text_fingerprint(words: &ProseWords) -> u64 {
    // Each list ends with a part no word is, so a word cannot move between lists unseen.
    crate::prose::hash::fnv1a_parts(
        running_text_lists(words)
            .into_iter()
            .flat_map(|list| list.iter().map(String::as_str).chain(["\u{1}"])),
    )
}

/// One searcher for every phrase a language's texts are searched for as
/// whole words: each text is read once for all of them, where a searcher per
/// phrase read it once per phrase (about twenty times).
#[derive(Default)]
pub struct PhraseFinders {
    searcher: Option<aho_corasick::AhoCorasick>,
    /// Each phrase's pattern number in `searcher`.
    ids: std::collections::HashMap<String, u32, crate::prose::hash::KeyHashBuild>,
    /// Each pattern's length in bytes.
    lens: Vec<usize>,
}

impl PhraseFinders {
    pub fn new(words: &ProseWords) -> PhraseFinders {
        // The lists searched in whole texts; the dot words are searched in
        // the few bytes after an at-word only.
        let mut finders = PhraseFinders::default();
        let mut phrases = Vec::new();
        for list in [
            &words.link_prompts,
            &words.here,
            &words.email_at,
            &words.section_references,
        ] {
            for p in list.iter().filter(|p| !p.is_empty()) {
                if !finders.ids.contains_key(p) {
                    finders.ids.insert(p.clone(), phrases.len() as u32);
                    phrases.push(p.as_str());
                }
            }
        }
        finders.lens = phrases.iter().map(|p| p.len()).collect();
        // Every occurrence of every phrase, overlapping ones too: each
        // phrase's own occurrences are picked from them (`Occurrences`).
        finders.searcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&phrases)
            .ok();
        if finders.searcher.is_none() {
            finders.ids.clear();
        }
        finders
    }

    /// Where each phrase occurs in `lower` (a text in lower case).
    fn occurrences<'t>(&'t self, lower: &'t str) -> Occurrences<'t> {
        let mut all: Vec<(u32, usize)> = match &self.searcher {
            Some(searcher) => searcher
                .find_overlapping_iter(lower)
                .map(|m| (m.pattern().as_u32(), m.start()))
                .collect(),
            None => Vec::new(),
        };
        all.sort_unstable();
        // A phrase's occurrences left to right, each search going on after
        // the last occurrence, then whole words only: as `find_words` steps.
        let mut last: Option<(u32, usize)> = None;
        all.retain(|&(pattern, at)| {
            if last.is_some_and(|(p, end)| p == pattern && at < end) {
                return false;
            }
            let len = self.lens[pattern as usize];
            last = Some((pattern, at + len));
            whole_words(lower, at, len)
        });
        Occurrences {
            finders: self,
            lower,
            found: all,
        }
    }
}

/// Where the phrases of [`PhraseFinders`] occur in one text.
struct Occurrences<'t> {
    finders: &'t PhraseFinders,
    lower: &'t str,
    /// Pattern and byte offset, in that order.
    found: Vec<(u32, usize)>,
}

impl Occurrences<'_> {
    /// Every place `phrase` occurs in the text as whole words, as [`find_words`].
    fn of(&self, phrase: &str) -> Vec<usize> {
        match self.finders.ids.get(phrase) {
            Some(&id) => {
                let from = self.found.partition_point(|&(p, _)| p < id);
                self.found[from..]
                    .iter()
                    .take_while(|&&(p, _)| p == id)
                    .map(|&(_, at)| at)
                    .collect()
            }
            None => find_words(self.lower, phrase),
        }
    }
}

/// `text` lower-cased character by character where that keeps every byte
/// offset (all but a handful of exotic letters), so offsets found in it hold
/// in the original.
pub fn lower_same_len(text: &str) -> String {
    // Every text of every language comes here: ASCII letters are lowered in
    // one go, and only the other characters are decoded.
    let mut out = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or_default();
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next())
            && l != c
            && l.len_utf8() == c.len_utf8()
        {
            out.replace_range(i..i + c.len_utf8(), l.encode_utf8(&mut [0; 4]));
        }
        i += c.len_utf8();
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True when the `len` bytes at `at` in `text` are whole words: no letter
/// or digit right before or after them.
fn whole_words(text: &str, at: usize, len: usize) -> bool {
    let end = at + len;
    !text[..at].chars().next_back().is_some_and(is_word_char)
        && !text[end..].chars().next().is_some_and(is_word_char)
}

/// Every place `phrase` (lower case) occurs in `lower` as whole words.
pub fn find_words(lower: &str, phrase: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower.get(from..).and_then(|rest| rest.find(phrase)) {
        let at = from + i;
        if whole_words(lower, at, phrase.len()) && !phrase.is_empty() {
            out.push(at);
        }
        from = at + phrase.len().max(1);
    }
    out
}

impl TextRules<'_> {
    /// Every finding in one run of plain text.
    pub fn check(&self, text: &str) -> Vec<Finding> {
        let scanned = crate::site::memo::per_text(self.kept.as_ref(), text, || self.scan(text));
        let mut out = scanned.found;
        for (start, len) in scanned.quoted_titles {
            if let Some(d) = self.unknown_title(&text[start..start + len]) {
                out.push(Finding {
                    offset: start,
                    len,
                    diagnostic: d,
                });
            }
        }
        out
    }

    /// The findings that follow from the text and the words alone.
    fn scan(&self, text: &str) -> ScannedText {
        let mut out = Vec::new();
        let mut quoted_titles = Vec::new();
        if text.contains('@') {
            emails(text, &mut out);
        }
        let w = self.words;
        let any_words = !(w.link_prompts.is_empty()
            && w.here.is_empty()
            && w.email_at.is_empty()
            && w.section_references.is_empty());
        // A language without word lists gets the structural checks only.
        if any_words {
            let lower = lower_same_len(text);
            let found = self.finders.occurrences(&lower);
            self.prompts(text, &found, &mut out);
            self.here(&found, &mut out);
            self.hidden_emails(text, &found, &mut out);
            quoted_titles = self.quoted_titles(text, &found);
        }
        ScannedText {
            found: out,
            quoted_titles,
        }
    }

    fn prompts(&self, text: &str, found: &Occurrences<'_>, out: &mut Vec<Finding>) {
        for prompt in &self.words.link_prompts {
            for at in found.of(prompt) {
                let written = &text[at..at + prompt.len()];
                out.push(Finding {
                    offset: at,
                    len: prompt.len(),
                    diagnostic: Diagnostic::error(Code::DanglingPrompt, format!("\"{written}\" is not a link"))
                        .hint("make it a link that names its target, e.g. [change your cookie settings](https://...)"),
                });
            }
        }
    }

    /// "here." ending a sentence outside a link points at nothing.
    fn here(&self, found: &Occurrences<'_>, out: &mut Vec<Finding>) {
        let lower = found.lower;
        for here in &self.words.here {
            for at in found.of(here) {
                let end = at + here.len();
                let rest = lower[end..].trim_start_matches([' ', '\t']);
                if !(rest.starts_with('.') || rest.starts_with('!')) {
                    continue;
                }
                // Already reported as part of a prompt ("click here.").
                if out.iter().any(|f| f.offset <= at && at < f.offset + f.len) {
                    continue;
                }
                out.push(Finding {
                    offset: at,
                    len: here.len(),
                    diagnostic: Diagnostic::warning(
                        Code::DanglingPrompt,
                        format!("\"{here}\" ends a sentence but is not a link; it points nowhere"),
                    )
                    .hint("name what is meant and link it, e.g. \"our [offices](#offices)\", or remove the word"),
                });
            }
        }
    }

    /// The quoted titles after "see the section", each once: each must be
    /// a section's title (see [`TextRules::check`]).
    fn quoted_titles(&self, text: &str, found: &Occurrences<'_>) -> Vec<(usize, usize)> {
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        for phrase in &self.words.section_references {
            for at in found.of(phrase) {
                let after = at + phrase.len();
                let Some((start, quoted)) = quoted_after(text, after) else {
                    continue;
                };
                if seen.insert(start) {
                    out.push((start, quoted.len()));
                }
            }
        }
        out
    }

    fn unknown_title(&self, quoted: &str) -> Option<Diagnostic> {
        let wanted = normalize_title(quoted);
        if self
            .titles
            .iter()
            .any(|t| normalize_title(&t.title) == wanted)
        {
            return None;
        }
        let lang = self.lang;
        let in_source = self
            .source_titles
            .iter()
            .find(|t| normalize_title(&t.title) == wanted);
        let hint = match in_source {
            Some(t) if self.source_lang != lang => {
                let here = self.titles.iter().find(|x| x.id == t.id);
                format!(
                    "that is the {} title of section `{}`; write its {lang} title{}, or better, link it: [..](#{})",
                    self.source_lang,
                    t.id,
                    here.map(|h| format!(" \"{}\"", h.title))
                        .unwrap_or_default(),
                    t.id
                )
            }
            _ => {
                let normalized: Vec<(String, &Title)> = self
                    .titles
                    .iter()
                    .map(|t| (normalize_title(&t.title), t))
                    .collect();
                match suggest::closest(&wanted, normalized.iter().map(|(n, _)| n.as_str()))
                    .and_then(|best| normalized.iter().find(|(n, _)| n == best))
                {
                    Some((_, t)) => format!(
                        "did you mean \"{}\"? Link it so it cannot drift: [{}](#{})",
                        t.title, t.title, t.id
                    ),
                    None => "name a section by its title as it is written, or better, link it: [title](#section-id)".to_string(),
                }
            }
        };
        Some(
            Diagnostic::warning(
                Code::UnknownSectionTitle,
                format!("\"{quoted}\" is not the title of a section"),
            )
            .hint(hint),
        )
    }
}

/// The text inside quotes right after `from` (spaces allowed before the
/// opening quote): its byte offset and the text.
fn quoted_after(text: &str, from: usize) -> Option<(usize, &str)> {
    let rest = text.get(from..)?;
    let trimmed = rest.trim_start_matches([' ', '\t', '\n']);
    let open = trimmed.chars().next()?;
    let close = match open {
        '"' => '"',
        '\'' => '\'',
        '“' => '”',
        '‘' => '’',
        '„' => '”',
        '«' => '»',
        '‚' => '’',
        _ => return None,
    };
    let start = from + (rest.len() - trimmed.len()) + open.len_utf8();
    let inner = text.get(start..)?;
    let end = inner.find(close)?;
    let quoted = &inner[..end];
    (!quoted.trim().is_empty() && !quoted.contains('\n') && quoted.chars().count() <= 120)
        .then_some((start, quoted))
}

/// A title compared without case, surrounding punctuation or extra spaces.
fn normalize_title(title: &str) -> String {
    title
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() && c != '-')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Characters of an e-mail address as people write them.
fn is_address_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-'@".contains(c)
}

/// Addresses written without a domain ("privacy@kestrel", "privacy@").
fn emails(text: &str, out: &mut Vec<Finding>) {
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_address_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                let token = text[s..i].trim_end_matches(['.', '\'', '-']);
                let Some((local, _)) = token.split_once('@') else {
                    continue;
                };
                // "@handle" is not an address; "a@b.example" is a valid one.
                if local.is_empty() || crate::model::values::is_email(token) {
                    continue;
                }
                out.push(Finding {
                    offset: s,
                    len: token.len(),
                    diagnostic: Diagnostic::error(
                        Code::InvalidEmail,
                        format!("`{token}` is not a complete e-mail address"),
                    )
                    .hint("write the whole address with its domain, e.g. privacy@example.com"),
                });
            }
            _ => {}
        }
    }
}

impl TextRules<'_> {
    /// `name[at]example.com`, `name (at) example [dot] com`, `name at example dot com`.
    fn hidden_emails(&self, text: &str, found: &Occurrences<'_>, out: &mut Vec<Finding>) {
        for at_word in &self.words.email_at {
            for (start, end) in self.hidden_at(found, at_word) {
                let shown = &text[start..end];
                out.push(Finding {
                    offset: start,
                    len: end - start,
                    diagnostic: Diagnostic::error(
                        Code::ObfuscatedEmail,
                        format!("`{shown}` is an e-mail address written so that people cannot copy it"),
                    )
                    .hint("write the address as it is and link it, e.g. [privacy@example.com](mailto:privacy@example.com); a published notice must give an address that works"),
                });
            }
        }
    }

    /// Where an at-word stands for `@` between a name and a domain: the
    /// whole address's byte range.
    fn hidden_at(&self, occurrences: &Occurrences<'_>, at_word: &str) -> Vec<(usize, usize)> {
        let lower = occurrences.lower;
        let mut found = Vec::new();
        for at in occurrences.of(at_word) {
            let end = at + at_word.len();
            let (open, close) = (lower[..at].chars().next_back(), lower[end..].chars().next());
            let bracketed = matches!(
                (open, close),
                (Some('['), Some(']'))
                    | (Some('('), Some(')'))
                    | (Some('{'), Some('}'))
                    | (Some('<'), Some('>'))
            );
            let (left, right) = if bracketed {
                (at - 1, end + 1)
            } else {
                (at, end)
            };
            let Some(name_start) = word_before(lower, left) else {
                continue;
            };
            let Some(domain_end) = self.domain_after(lower, right, !bracketed) else {
                continue;
            };
            // Without brackets "at" is an ordinary word ("visit us at
            // example.com"): only "name at example dot com" counts.
            let domain = &lower[right..domain_end];
            let dotted = self
                .words
                .email_dot
                .iter()
                .any(|d| !find_words(domain, d).is_empty());
            if bracketed || dotted {
                found.push((name_start, domain_end));
            }
        }
        found
    }

    /// The end of a domain written after byte `from` (spaces allowed before
    /// it, dot words allowed inside it); without `need_dot` a bare name will do.
    fn domain_after(&self, lower: &str, from: usize, need_dot: bool) -> Option<usize> {
        let rest = &lower[from..];
        let begin = from + (rest.len() - rest.trim_start_matches(' ').len());
        let mut end = word_end(lower, begin)?;
        let mut has_dot = lower[begin..end].trim_end_matches('.').contains('.');
        while let Some(len) = self.dot_word_at(&lower[end..]) {
            let Some(next) = word_end(lower, end + len) else {
                break;
            };
            end = next;
            has_dot = true;
        }
        let domain = lower[begin..end].trim_end_matches('.');
        ((has_dot || !need_dot) && domain.chars().any(char::is_alphabetic))
            .then_some(begin + domain.len())
    }

    /// A dot word at the start of `tail` (" dot ", " [dot] ", " (punt) "):
    /// its length with the spaces and brackets around it.
    fn dot_word_at(&self, tail: &str) -> Option<usize> {
        let trimmed = tail.trim_start_matches(' ');
        let mut len = tail.len() - trimmed.len();
        let bracketed = trimmed.starts_with(['[', '(', '{', '<']);
        let inner = if bracketed { &trimmed[1..] } else { trimmed };
        let word = self.words.email_dot.iter().find(|d| {
            inner.starts_with(d.as_str())
                && !inner[d.len()..].chars().next().is_some_and(is_word_char)
        })?;
        if bracketed && !inner[word.len()..].starts_with([']', ')', '}', '>']) {
            return None;
        }
        len += word.len() + if bracketed { 2 } else { 0 };
        let after = &tail[len..];
        Some(len + after.len() - after.trim_start_matches(' ').len())
    }
}

/// The start of the address-like word ending at byte `end` (spaces allowed
/// between it and `end`).
fn word_before(lower: &str, end: usize) -> Option<usize> {
    let before = lower[..end].trim_end_matches(' ');
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || "._%+-".contains(*c))
        .last()
        .map(|(i, _)| i)?;
    before[start..]
        .chars()
        .any(|c| c.is_ascii_alphanumeric())
        .then_some(start)
}

/// The end of the domain-like word starting at byte `start`.
fn word_end(lower: &str, start: usize) -> Option<usize> {
    let len: usize = lower[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lower-casing keeps every byte offset: ASCII and most letters are
    /// lowered, the few whose lower case is longer or shorter are kept.
    #[test]
    fn lowering_keeps_offsets() {
        for (text, lower) in [
            ("Click HERE", "click here"),
            ("Ÿ CAFÉ Ĳssel", "ÿ café ĳssel"),
            ("İstanbul ẞ Ω", "İstanbul ẞ ω"),
            ("ǅ ǈ Σ ΣΑΣ Ⅻ Ⓐ", "ǆ ǉ σ σασ ⅻ ⓐ"),
        ] {
            assert_eq!(lower_same_len(text), lower);
            assert_eq!(lower_same_len(text).len(), text.len());
        }
    }

    /// The byte-wise lowering gives what lowering each character gives.
    #[test]
    fn lowering_by_bytes_is_lowering_by_characters() {
        use proptest::prelude::*;
        fn by_chars(text: &str) -> String {
            text.chars()
                .map(|c| {
                    let mut lower = c.to_lowercase();
                    match (lower.next(), lower.next()) {
                        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                        _ => c,
                    }
                })
                .collect()
        }
        proptest!(|(text in "[a-zA-Z .İẞΩǅΣÉéĲ\\u{10400}\\u{1E900}]{0,30}", any in any::<String>())| {
            prop_assert_eq!(lower_same_len(&text), by_chars(&text));
            prop_assert_eq!(lower_same_len(&any), by_chars(&any));
        });
    }

    fn words() -> ProseWords {
        ProseWords {
            link_prompts: vec!["click here".into()],
            here: vec!["here".into()],
            email_at: vec!["at".into()],
            email_dot: vec!["dot".into()],
            section_references: vec!["see the section".into()],
            ..ProseWords::default()
        }
    }

    fn found(text: &str) -> Vec<(String, &'static str)> {
        let words = words();
        let titles = [Title {
            id: "rights".into(),
            title: "Your rights".into(),
        }];
        let rules = TextRules {
            words: &words,
            titles: &titles,
            source_titles: &titles,
            source_lang: "en",
            lang: "en",
            finders: PhraseFinders::new(&words),
            kept: None,
        };
        rules
            .check(text)
            .into_iter()
            .map(|f| {
                (
                    text[f.offset..f.offset + f.len].to_string(),
                    f.diagnostic.code.as_str(),
                )
            })
            .collect()
    }

    /// One searcher for all phrases finds each phrase where a search for
    /// it alone does: phrases inside others ("here", "click here"), a phrase
    /// overlapping itself ("here here"), and parts of words that a search
    /// steps past ("ere" in "erere").
    #[test]
    fn all_phrases_at_once_are_found_as_each_alone() {
        use proptest::prelude::*;
        let words = ProseWords {
            link_prompts: vec!["click here".into(), "here here".into()],
            here: vec!["here".into(), "ere".into()],
            email_at: vec!["at".into(), "e".into(), "e e".into(), "here".into()],
            section_references: vec!["see the section".into(), "".into()],
            ..ProseWords::default()
        };
        let finders = PhraseFinders::new(&words);
        let same = |lower: &str| {
            let found = finders.occurrences(lower);
            running_text_lists(&words)
                .into_iter()
                .flatten()
                .all(|phrase| found.of(phrase) == find_words(lower, phrase))
        };
        for hard in [
            "here here here",
            "e e e e",
            "erere",
            "click here here.",
            "[at] e e",
        ] {
            assert!(same(hard), "{hard}");
        }
        let piece = prop::sample::select(vec![
            "here", "here ", "click ", "at", "the", "see", "section", "ere", "e", "e ", "r", " ",
            ".", "[", "é", "_", "9",
        ]);
        proptest!(|(pieces in prop::collection::vec(piece, 0..40))| {
            let lower = pieces.concat();
            let found = finders.occurrences(&lower);
            for phrase in running_text_lists(&words).into_iter().flatten() {
                prop_assert_eq!(found.of(phrase), find_words(&lower, phrase), "{:?} in {:?}", phrase, lower);
            }
        });
    }

    #[test]
    fn hidden_addresses_are_found_whole() {
        assert_eq!(
            found("Write to privacy[at]kestrel.example today."),
            [("privacy[at]kestrel.example".to_string(), "obfuscated-email")]
        );
        assert_eq!(
            found("Write to privacy (at) kestrel.example."),
            [(
                "privacy (at) kestrel.example".to_string(),
                "obfuscated-email"
            )]
        );
        assert_eq!(
            found("Mail privacy at kestrel dot example now"),
            [(
                "privacy at kestrel dot example".to_string(),
                "obfuscated-email"
            )]
        );
        assert!(found("We look at the data at least once.").is_empty());
        assert!(found("Write to privacy@kestrel.example.").is_empty());
    }

    #[test]
    fn addresses_without_domain() {
        assert_eq!(
            found("Write to privacy@kestrel or @kestrel."),
            [("privacy@kestrel".to_string(), "invalid-email")]
        );
    }

    #[test]
    fn prompts_here_and_titles() {
        assert_eq!(
            found("To object, click here. Our offices are listed here."),
            [
                ("click here".to_string(), "dangling-prompt"),
                ("here".to_string(), "dangling-prompt")
            ]
        );
        assert!(found("Here you find the rules that apply.").is_empty());
        assert!(found("See the section \"Your Rights\".").is_empty());
        assert_eq!(
            found("See the section 'Approved processors' for more."),
            [("Approved processors".to_string(), "unknown-section-title")]
        );
    }
}
