//! The period recognizer: finds periods, deadlines and ages in prose ("six (6)
//! months", "up to two years after your last interaction, or until you
//! withdraw your consent", "anderhalf jaar", "onder de 18") using only a
//! language's vocabulary, never hard-coded words.
//!
//! An expression is a length (number and unit, fractions and compounds
//! included) or the events that end a period, with what the prose says about
//! it: its qualifier, the event it counts from, and an event that ends it
//! early.

use crate::model::{Event, IsoDuration, Qualifier};
use crate::prose::phrases::{Node, PatternSet, Token, TokenKind, WordMap, tokenize};
use crate::translate::vocabulary::{PeriodWords, Vocabulary};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// One period expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Expression {
    /// The exact substring.
    pub text: String,
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// The length, or `None` for a period that lasts until an event.
    pub iso: Option<IsoDuration>,
    /// The events that end the period, alternatives in the order written.
    pub ends: Vec<Event>,
    /// `up-to`, `at-least`, `within`, `under`, `over`, or `None` for none.
    pub qualifier: Option<Qualifier>,
    /// The event the length counts from.
    pub start_event: Option<Event>,
    /// An event that ends the period early.
    pub early_end: Option<Event>,
    /// True when a number word and its numeral disagree ("zes (7) maanden").
    pub numeral_mismatch: bool,
}

impl Expression {
    /// The first event that ends the period.
    pub fn event(&self) -> Option<&Event> {
        self.ends.first()
    }

    /// Every event the expression names as an end, early or not.
    pub fn named_ends(&self) -> impl Iterator<Item = &Event> {
        self.ends.iter().chain(self.early_end.iter())
    }
}

/// A count of units, possibly with a fraction ("1.5", "and a half").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Amount {
    num: u64,
    den: u64,
}

impl Amount {
    fn whole(n: u64) -> Amount {
        Amount { num: n, den: 1 }
    }

    /// This amount and a half more.
    fn plus_half(self) -> Amount {
        Amount {
            num: self.num * 2 + self.den,
            den: self.den * 2,
        }
        .reduced()
    }

    fn reduced(self) -> Amount {
        let g = gcd(self.num, self.den).max(1);
        Amount {
            num: self.num / g,
            den: self.den / g,
        }
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// A number and a unit.
#[derive(Debug, Clone, Copy)]
struct Quantity {
    amount: Amount,
    /// Index into `UNIT_NAMES`, largest first.
    unit: usize,
    end: usize,
    mismatch: bool,
    /// Counted with a weak number ("a", "een") that needs support to count.
    weak: bool,
    /// A half is involved ("half a year"), which makes a weak number certain.
    half: bool,
}

/// A number without its unit.
#[derive(Debug, Clone, Copy)]
struct Num {
    amount: Amount,
    end: usize,
    mismatch: bool,
    weak: bool,
}

/// Recognizes the periods of one language.
pub struct Recognizer<'v> {
    vocab: &'v Vocabulary,
    /// Shared by the languages whose vocabulary files are the same text.
    tables: Arc<Tables>,
}

impl std::ops::Deref for Recognizer<'_> {
    type Target = Tables;

    fn deref(&self) -> &Tables {
        &self.tables
    }
}

/// The recognizers of one build, by the compiled vocabulary they read: a
/// vocabulary that several languages share (see
/// `translate::vocabulary::CompiledVocabularies`) is spelled out once.
#[derive(Default)]
pub struct Recognizers {
    /// Each entry holds its vocabulary, so that its address stays its own.
    by_words: Mutex<Vec<(Arc<PeriodWords>, Arc<Tables>)>>,
}

/// What a recognizer looks words up in, spelled out from its vocabulary.
pub struct Tables {
    numbers: PatternSet<u32>,
    weak_numbers: PatternSet<u32>,
    units: PatternSet<usize>,
    /// Whole words looked up at every token, spelled out once here rather
    /// than tried affix by affix: a number word with a unit glued after it
    /// ("tweejarige": two, years), a unit with a half glued before it
    /// ("halfjaar"), a number word with a half glued after it ("tweeënhalf"),
    /// and the words for one and a half.
    glued_units: WordMap<(u32, usize)>,
    glued_halves: WordMap<usize>,
    half_suffixed: WordMap<u32>,
    one_and_a_half: WordMap<()>,
    /// The words a scan step can start anything at; the step passes over
    /// every other word at once (most words of a text).
    starts: Starts,
    joiners: PatternSet<()>,
    or_words: PatternSet<()>,
    unit_adjectives: PatternSet<()>,
}

/// The words at which a scan step can find something.
#[derive(Default)]
struct Starts {
    keys: std::collections::HashSet<u64, crate::prose::hash::PrehashedBuild>,
    /// Some pattern can start at any word: every word is tried.
    anywhere: bool,
}

impl Starts {
    fn add(&mut self, (keys, anywhere): (impl Iterator<Item = u64>, bool)) {
        self.keys.extend(keys);
        self.anywhere |= anywhere;
    }

    /// False only where nothing can start: a hash that matches no word lets
    /// the full step decide.
    fn may_start(&self, token: &Token<'_>) -> bool {
        self.anywhere || token.kind == TokenKind::Digits || self.keys.contains(&token.key)
    }
}

type GluedWords = (WordMap<(u32, usize)>, WordMap<usize>, WordMap<u32>);

/// Every glued word of the vocabulary, spelled out. Where one spelling can
/// be read two ways, the first affix and unit listed win, as they would if
/// the affixes were tried in turn.
fn glued_words(vocab: &Vocabulary, single_numbers: &HashMap<String, u32>) -> GluedWords {
    let mut units = WordMap::default();
    for (unit, suffixes) in &vocab.glued_units {
        for suffix in suffixes {
            for (word, n) in single_numbers {
                units.insert_first(format!("{word}{suffix}"), (*n, *unit));
            }
        }
    }
    let mut halves = WordMap::default();
    for prefix in &vocab.halves.prefix {
        for (unit, forms) in &vocab.units {
            for form in forms {
                halves.insert_first(format!("{prefix}{form}"), *unit);
            }
        }
    }
    let mut half_suffixed = WordMap::default();
    for suffix in &vocab.halves.suffix {
        for (word, n) in single_numbers {
            half_suffixed.insert_first(format!("{word}{suffix}"), *n);
        }
    }
    (units, halves, half_suffixed)
}

fn literal(phrase: &str) -> Node {
    let mut words: Vec<Node> = crate::prose::phrases::words(phrase)
        .into_iter()
        .map(Node::Word)
        .collect();
    if words.len() == 1 {
        words.pop().unwrap_or(Node::Never)
    } else {
        Node::Seq(words)
    }
}

fn literal_set<T: Clone>(entries: impl IntoIterator<Item = (String, T)>) -> PatternSet<T> {
    let mut set = PatternSet::default();
    for (phrase, value) in entries {
        set.push(literal(&phrase), value);
    }
    set
}

impl<'v> Recognizer<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Recognizer<'v> {
        Recognizer {
            vocab,
            tables: Arc::new(Tables::new(vocab)),
        }
    }

    /// [`Recognizer::new`], with the tables another language of the build
    /// spelled out from the same vocabulary.
    pub fn shared(vocab: &'v Vocabulary, recognizers: &Recognizers) -> Recognizer<'v> {
        let words = vocab.words();
        let mut by_words = recognizers
            .by_words
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let tables = match by_words.iter().find(|(w, _)| Arc::ptr_eq(w, words)) {
            Some((_, tables)) => Arc::clone(tables),
            None => {
                let tables = Arc::new(Tables::new(vocab));
                by_words.push((Arc::clone(words), Arc::clone(&tables)));
                tables
            }
        };
        Recognizer { vocab, tables }
    }
}

impl Tables {
    fn new(vocab: &Vocabulary) -> Tables {
        let forms = |map: &std::collections::BTreeMap<u32, Vec<String>>| {
            map.iter()
                .flat_map(|(n, f)| f.iter().map(move |f| (f.clone(), *n)))
                .collect::<Vec<_>>()
        };
        // Number words that are one token, for words glued to them ("tweejarige").
        let single_numbers: HashMap<String, u32> = forms(&vocab.numbers)
            .into_iter()
            .filter(|(f, _)| crate::prose::phrases::words(f).len() == 1)
            .collect();
        let unit_forms = vocab
            .units
            .iter()
            .flat_map(|(u, f)| f.iter().map(move |f| (f.clone(), *u)));
        let plain = |list: &[String]| literal_set(list.iter().map(|w| (w.clone(), ())));
        let (glued_units, glued_halves, half_suffixed) = glued_words(vocab, &single_numbers);
        let weak_numbers = literal_set(forms(&vocab.weak_numbers));
        let numbers = literal_set(forms(&vocab.numbers));
        let one_and_a_half = {
            let mut words = WordMap::default();
            for w in &vocab.halves.one_and_a_half {
                words.insert_first(w.clone(), ());
            }
            words
        };
        // Everything `Scan::step` tries first at a token: were none of these
        // to match there, it would find nothing and move on.
        let mut starts = Starts::default();
        let events = &vocab.events;
        for set in [&events.fronted_start, &events.end, &events.before] {
            starts.add(set.first_words());
        }
        starts.add(events.anaphora_before.first_words());
        starts.add(vocab.ages_before.first_words());
        starts.add(vocab.qualifiers.first_words());
        starts.add(vocab.qualifiers_distant.first_words());
        starts.add(vocab.halves.before_unit.first_words());
        starts.add(weak_numbers.first_words());
        starts.add(numbers.first_words());
        starts.keys.extend(glued_halves.keys());
        starts.keys.extend(one_and_a_half.keys());
        starts.keys.extend(glued_units.keys());
        starts.keys.extend(half_suffixed.keys());
        Tables {
            starts,
            glued_units,
            glued_halves,
            half_suffixed,
            one_and_a_half,
            numbers,
            weak_numbers,
            units: literal_set(unit_forms),
            joiners: plain(&vocab.joiners),
            or_words: plain(&vocab.or_words),
            unit_adjectives: plain(&vocab.unit_adjectives),
        }
    }
}

impl Recognizer<'_> {
    /// Every period expression in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Expression> {
        let tokens = tokenize(text);
        let mut sentence = Vec::with_capacity(tokens.len());
        let mut n = 0;
        for t in &tokens {
            sentence.push(n);
            if t.ends_sentence() {
                n += 1;
            }
        }
        let mut scan = Scan {
            r: self,
            t: &tokens,
            sentence,
            out: Vec::new(),
            pending_start: None,
            last_end: None,
            pending_qualifier: None,
        };
        let mut i = 0;
        while i < tokens.len() {
            i = scan.step(i);
        }
        scan.out
            .into_iter()
            .map(|f| f.expression(text, &tokens))
            .collect()
    }
}

/// An expression being put together, in tokens.
#[derive(Debug, Clone, Default)]
struct Found {
    first: usize,
    end: usize,
    iso: Option<IsoDuration>,
    ends: Vec<Event>,
    qualifier: Option<Qualifier>,
    start_event: Option<Event>,
    early_end: Option<Event>,
    mismatch: bool,
    /// Hours that may be a time of day ("tot 16 uur"), and the word before them.
    clock: Option<usize>,
}

impl Found {
    fn expression(self, text: &str, tokens: &[Token<'_>]) -> Expression {
        let start = tokens[self.first].start;
        let stop = tokens[self.end - 1].end;
        Expression {
            text: text[start..stop].to_string(),
            start,
            end: stop,
            iso: self.iso,
            ends: self.ends,
            qualifier: self.qualifier.filter(|q| *q != Qualifier::Exactly),
            start_event: self.start_event,
            early_end: self.early_end,
            numeral_mismatch: self.mismatch,
        }
    }
}

/// The state of one pass over a text.
struct Scan<'r, 'v, 't> {
    r: &'r Recognizer<'v>,
    t: &'r [Token<'t>],
    /// The sentence of each token.
    sentence: Vec<usize>,
    out: Vec<Found>,
    /// A fronted clause's event ("When the services end, ..."), for the next
    /// length in its sentence.
    pending_start: Option<(usize, Event)>,
    /// The last event that ended a period, for "thereafter".
    last_end: Option<Event>,
    /// A qualifier earlier in the sentence ("The maximum retention period
    /// ... is"), for a length after a copula.
    pending_qualifier: Option<(usize, Qualifier)>,
}

impl Scan<'_, '_, '_> {
    /// Reads what starts at token `i`; returns where to go on.
    fn step(&mut self, i: usize) -> usize {
        if !self.r.starts.may_start(&self.t[i]) {
            return i + 1;
        }
        if self.sentence_start(i)
            && let Some(next) = self.fronted_start(i)
        {
            return next;
        }
        if let Some(f) = self.end_expression(i) {
            let end = f.end;
            self.push(f);
            return end;
        }
        if let Some(f) = self.length_at(i) {
            let end = f.end;
            if !self.excluded(&f) {
                self.push(f);
            }
            return end;
        }
        if let Some((q, end)) = self.r.vocab.qualifiers_distant.longest(self.t, i) {
            self.pending_qualifier = Some((self.sentence[i], q));
            return end;
        }
        i + 1
    }

    fn push(&mut self, mut f: Found) {
        let after_copula = f.first > 0
            && self
                .r
                .vocab
                .copulas
                .iter()
                .any(|c| *c == self.t[f.first - 1].text);
        if f.iso.is_some()
            && f.qualifier.is_none()
            && after_copula
            && let Some((sentence, q)) = self.pending_qualifier.take()
            && sentence == self.sentence[f.first]
        {
            f.qualifier = Some(q);
        }
        // The fronted start goes to the next length, if it is in its sentence.
        if f.iso.is_some()
            && f.start_event.is_none()
            && let Some((sentence, event)) = self.pending_start.take()
            && sentence == self.sentence[f.first]
        {
            f.start_event = Some(event);
        }
        if let Some(e) = f.ends.first() {
            self.last_end = Some(e.clone());
        }
        self.out.push(f);
    }

    fn sentence_start(&self, i: usize) -> bool {
        i == 0 || self.t[i - 1].ends_sentence()
    }

    /// "When the services end, we keep it for three months": the clause gives
    /// the next length in the sentence its start, and is not itself reported.
    fn fronted_start(&mut self, i: usize) -> Option<usize> {
        let (event, k) = self.r.vocab.events.fronted_start.longest(self.t, i)?;
        if self.t.get(k)?.text != "," {
            return None;
        }
        let sentence = self.sentence[i];
        let ahead = (k + 1..self.t.len())
            .take_while(|j| self.sentence[*j] == sentence)
            .any(|j| self.r.quantity(self.t, j).is_some());
        if !ahead {
            return None;
        }
        self.pending_start = Some((sentence, event));
        Some(k + 1)
    }

    /// The token after an or-word at `k` (a comma before it allowed).
    fn or_word(&self, k: usize) -> Option<usize> {
        let k = if self.t.get(k).is_some_and(|t| t.text == ",") {
            k + 1
        } else {
            k
        };
        self.r.or_words.longest(self.t, k).map(|((), e)| e)
    }

    /// A period that lasts until an event, with alternative ends ("or of the
    /// services"), an early end ("unless you have withdrawn your consent"),
    /// or a length it is an early end of ("until you opt out or for two years").
    fn end_expression(&mut self, i: usize) -> Option<Found> {
        let events = &self.r.vocab.events;
        let (event, mut k) = events.end.longest(self.t, i)?;
        let mut f = Found {
            first: i,
            end: k,
            ends: vec![event],
            ..Found::default()
        };
        loop {
            if let Some((early, e)) = events.early_end.longest(self.t, k) {
                f.early_end = Some(early);
                f.end = e;
                break;
            }
            let Some(after_or) = self.or_word(k) else {
                break;
            };
            if let Some((alt, e)) = events
                .alternative
                .longest(self.t, after_or)
                .or_else(|| events.end.longest(self.t, after_or))
            {
                f.ends.push(alt);
                f.end = e;
                k = e;
                continue;
            }
            if f.ends.len() == 1
                && let Some(mut length) = (after_or..=after_or + 1).find_map(|j| self.length_at(j))
            {
                length.first = f.first;
                length.early_end = f.ends.pop();
                return Some(length);
            }
            break;
        }
        Some(f)
    }

    /// A length starting at token `i`, with what comes before it (a start,
    /// a qualifier, an age marker) and after it (a qualifier, "old", a start,
    /// an early end).
    fn length_at(&mut self, i: usize) -> Option<Found> {
        let v = self.r.vocab;
        let mut f = Found {
            first: i,
            ..Found::default()
        };
        let mut j = i;
        if let Some((event, e)) = v.events.before.longest(self.t, j) {
            f.start_event = Some(event);
            j = e;
        } else if let Some(((), e)) = v.events.anaphora_before.longest(self.t, j) {
            f.start_event = self.last_end.clone();
            j = e;
        }
        let mut age_marker = false;
        let qualifier_at = j;
        if let Some((q, e)) = v.ages_before.longest(self.t, j) {
            age_marker = true;
            f.qualifier = Some(q);
            j = e;
        } else if let Some((q, e)) = v.qualifiers.longest(self.t, j) {
            f.qualifier = Some(q);
            j = v.fillers.longest(self.t, e).map_or(e, |((), e)| e);
        }
        let Some(chain) = self.r.chain(self.t, j) else {
            return self.bare_age(f, j, qualifier_at, age_marker);
        };
        f.iso = Some(chain.duration);
        f.mismatch = chain.mismatch;
        if chain.unit == HOURS && f.qualifier.is_some() && chain.duration.hours <= 24 {
            f.clock = Some(qualifier_at);
        }
        let mut k = chain.end;
        if f.qualifier.is_none()
            && let Some((q, e)) = v.qualifiers_after.longest(self.t, k)
        {
            f.qualifier = Some(q);
            k = e;
        }
        if chain.unit == YEARS
            && let Some(((), e)) = v.ages_after.longest(self.t, k)
        {
            k = e;
        }
        k = self.start_after(&mut f, k);
        if let Some((early, e)) = v.events.early_end.longest(self.t, k) {
            f.early_end = Some(early);
            k = e;
        }
        let supported = f.qualifier.is_some() || f.start_event.is_some() || chain.half;
        if chain.weak && !supported {
            return None;
        }
        f.end = k;
        Some(f)
    }

    /// The start written after a length ("after the ticket was resolved",
    /// "thereafter"), or after a verb that stands between them (Dutch
    /// "tien jaar bewaard vanaf de datum van de factuur", which keeps the
    /// expression to the length). Returns where the expression ends.
    fn start_after(&self, f: &mut Found, k: usize) -> usize {
        let events = &self.r.vocab.events;
        if f.start_event.is_some() {
            return k;
        }
        if let Some(((), e)) = events.anaphora_after.longest(self.t, k) {
            f.start_event = self.last_end.clone();
            return e;
        }
        if let Some((event, e)) = events.start.longest(self.t, k) {
            f.start_event = Some(event);
            return e;
        }
        if self
            .t
            .get(k)
            .is_some_and(|t| events.verbs_before_start.iter().any(|v| *v == t.text))
            && let Some((event, _)) = events.start.longest(self.t, k + 1)
        {
            f.start_event = Some(event);
        }
        k
    }

    /// A number without a unit that is an age: after an age marker ("under
    /// the age of 18", "aged 16"), or after "under"/"over" that follows a
    /// word for people ("children under 13").
    fn bare_age(&self, mut f: Found, j: usize, qualifier_at: usize, marker: bool) -> Option<Found> {
        let q = f.qualifier?;
        let person_before = qualifier_at > 0
            && self
                .r
                .vocab
                .persons
                .iter()
                .any(|p| *p == self.t[qualifier_at - 1].text);
        let after_person = matches!(q, Qualifier::Under | Qualifier::Over) && person_before;
        if !(marker || after_person) {
            return None;
        }
        let num = self.r.number(self.t, j)?;
        if num.weak || num.amount.den != 1 || !(1..=150).contains(&num.amount.num) {
            return None;
        }
        f.iso = Some(IsoDuration {
            years: u32::try_from(num.amount.num).ok()?,
            ..IsoDuration::default()
        });
        f.mismatch = num.mismatch;
        let mut k = num.end;
        if let Some((after, e)) = self.r.vocab.qualifiers_after.longest(self.t, k) {
            if q == Qualifier::Exactly {
                f.qualifier = Some(after);
            }
            k = e;
        }
        f.end = k;
        Some(f)
    }

    /// Frequencies ("every six months"), look-backs ("in the preceding
    /// twelve months"), points in time ("six months ago") and times of day
    /// ("tot 16 uur") are not periods.
    fn excluded(&self, f: &Found) -> bool {
        let v = self.r.vocab;
        let clock = f.clock.is_some_and(|at| {
            f.iso.is_some_and(|d| d.hours > 0)
                && v.clock_before.iter().any(|w| *w == self.t[at].text)
        });
        clock
            || v.not_before.ending_before(self.t, f.first).is_some()
            || v.not_after.longest(self.t, f.end).is_some()
    }
}

const YEARS: usize = 0;
const HOURS: usize = 4;

/// A length made of one or more quantities ("one (1) year and six (6) months").
struct Chain {
    duration: IsoDuration,
    /// The largest unit.
    unit: usize,
    end: usize,
    mismatch: bool,
    weak: bool,
    half: bool,
}

impl Recognizer<'_> {
    /// Quantities joined into one length: "one year and six months", "one
    /// year, one month and one day"; a comma joins only inside such a list
    /// (ending in a joiner word), since "six months, 24 hours" lists two.
    fn chain(&self, t: &[Token<'_>], i: usize) -> Option<Chain> {
        let q = self.quantity(t, i)?;
        let mut chain = Chain {
            duration: to_duration(q.amount, q.unit)?,
            unit: q.unit,
            end: q.end,
            mismatch: q.mismatch,
            weak: q.weak,
            half: q.half,
        };
        let mut parts = Vec::new();
        let mut at = q.end;
        let mut smallest = q.unit;
        while let Some((after, by_word)) = self.joiner_at(t, at) {
            match self.quantity(t, after) {
                Some(next) if next.unit > smallest && !next.weak => {
                    smallest = next.unit;
                    at = next.end;
                    parts.push((next, by_word));
                }
                _ => break,
            }
        }
        let last_word_joiner = parts.iter().rposition(|(_, by_word)| *by_word);
        for (k, (next, by_word)) in parts.into_iter().enumerate() {
            if !by_word && last_word_joiner.is_none_or(|w| w < k) {
                break;
            }
            let Some(d) = to_duration(next.amount, next.unit) else {
                break;
            };
            add(&mut chain.duration, &d);
            chain.mismatch |= next.mismatch;
            chain.end = next.end;
        }
        Some(chain)
    }

    /// The token after a joiner at `i`, and whether it was a word (not a comma).
    fn joiner_at(&self, t: &[Token<'_>], i: usize) -> Option<(usize, bool)> {
        if t.get(i).is_some_and(|t| t.text == ",") {
            return Some((i + 1, false));
        }
        self.joiners.longest(t, i).map(|((), end)| (end, true))
    }

    /// A number and a unit at token `i`: "six (6) months", "6 months", "a
    /// two-month", "half a year", "een halfjaar", "anderhalf jaar",
    /// "tweejarige", "one and a half years", "a year and a half", "1.5 years".
    fn quantity(&self, t: &[Token<'_>], i: usize) -> Option<Quantity> {
        let halves = &self.vocab.halves;
        if let Some(((), k)) = halves.before_unit.longest(t, i)
            && let Some((unit, end)) = self.units.longest(t, k)
        {
            return Some(Quantity::half_of(unit, end, false));
        }
        // "halfjaar", "een halfjaar"
        let weak_before = self.weak_numbers.longest(t, i).filter(|(n, _)| *n == 1);
        for (at, weak) in [
            (i, false),
            (weak_before.map_or(usize::MAX, |(_, e)| e), true),
        ] {
            if let Some(unit) = t.get(at).and_then(|tok| self.glued_half(tok)) {
                return Some(Quantity::half_of(unit, at + 1, weak));
            }
        }
        if let Some(q) = t.get(i).and_then(|tok| self.glued_unit(tok, i)) {
            return Some(q);
        }
        let num = self.number(t, i)?;
        let mut amount = num.amount;
        let mut j = num.end;
        let mut half = amount.den != 1;
        if let Some(((), e)) = halves.after_number.longest(t, j) {
            amount = amount.plus_half();
            half = true;
            j = e;
        }
        // "a two-month response time", "two (2) further months"
        if t.get(j).is_some_and(|t| t.text == "-") {
            j += 1;
        }
        if let Some(((), e)) = self.unit_adjectives.longest(t, j) {
            j = e;
        }
        let (unit, mut end) = self.units.longest(t, j)?;
        if !half && let Some(((), e)) = halves.after_unit.longest(t, end) {
            amount = amount.plus_half();
            half = true;
            end = e;
        }
        (amount.num > 0).then_some(Quantity {
            amount,
            unit,
            end,
            mismatch: num.mismatch,
            weak: num.weak,
            half,
        })
    }

    /// A unit with a half glued before it ("halfjaar").
    fn glued_half(&self, tok: &Token<'_>) -> Option<usize> {
        self.glued_halves.get(tok).copied()
    }

    /// A number word with a unit glued after it ("tweejarige").
    fn glued_unit(&self, tok: &Token<'_>, i: usize) -> Option<Quantity> {
        let (n, unit) = *self.glued_units.get(tok)?;
        Some(Quantity {
            amount: Amount::whole(u64::from(n)),
            unit,
            end: i + 1,
            mismatch: false,
            weak: false,
            half: false,
        })
    }

    /// A number at token `i`: digits (with the language's decimal
    /// separator), a number word, a weak number, "anderhalf", "tweeënhalf",
    /// with a numeral or word in parentheses after it.
    fn number(&self, t: &[Token<'_>], i: usize) -> Option<Num> {
        let tok = t.get(i)?;
        if tok.kind == TokenKind::Digits {
            return self.digits(t, i);
        }
        if let Some((n, end)) = self.numbers.longest(t, i) {
            return Some(self.with_numeral(t, Amount::whole(u64::from(n)), end, false));
        }
        if self.one_and_a_half.get(tok).is_some() {
            return Some(self.with_numeral(t, Amount { num: 3, den: 2 }, i + 1, false));
        }
        if let Some(n) = self.half_suffixed.get(tok).copied() {
            let amount = Amount::whole(u64::from(n)).plus_half();
            return Some(self.with_numeral(t, amount, i + 1, false));
        }
        let (n, end) = self.weak_numbers.longest(t, i)?;
        let num = self.with_numeral(t, Amount::whole(u64::from(n)), end, true);
        // A weak number followed by its numeral ("een (1) maand") is certain.
        Some(Num {
            weak: num.end == end,
            ..num
        })
    }

    /// "six (6)": the numeral in parentheses after a number word.
    fn with_numeral(&self, t: &[Token<'_>], amount: Amount, end: usize, weak: bool) -> Num {
        let numeral = (t.get(end).is_some_and(|t| t.text == "(")
            && t.get(end + 2).is_some_and(|t| t.text == ")"))
        .then(|| t.get(end + 1))
        .flatten()
        .filter(|t| t.kind == TokenKind::Digits)
        .and_then(|t| t.text.parse::<u64>().ok());
        match numeral {
            Some(n) => Num {
                amount,
                end: end + 3,
                mismatch: amount != Amount::whole(n),
                weak,
            },
            None => Num {
                amount,
                end,
                mismatch: false,
                weak,
            },
        }
    }

    /// Digits: "6", "6 (six)", "1.5" (with the language's separator). A
    /// number glued to a word ("Web3"), a grouped number ("2,000") or a part
    /// of another decimal is no count.
    fn digits(&self, t: &[Token<'_>], i: usize) -> Option<Num> {
        let tok = &t[i];
        if i > 0 && tok.glued_to(&t[i - 1]) && t[i - 1].kind != TokenKind::Punct {
            return None;
        }
        let separator = self.vocab.decimal_separator.as_deref();
        let glued_punct = |a: usize| {
            t.get(a)
                .is_some_and(|p| p.kind == TokenKind::Punct && (p.text == "." || p.text == ","))
                && t.get(a + 1).is_some_and(|d| d.kind == TokenKind::Digits)
                && t[a].glued_to(&t[a - 1])
                && t[a + 1].glued_to(&t[a])
        };
        if i >= 2 && glued_punct(i - 1) && t[i - 2].kind == TokenKind::Digits {
            return None;
        }
        let whole: u64 = tok.text.parse().ok()?;
        if glued_punct(i + 1) {
            if Some(t[i + 1].text.as_ref()) != separator || glued_punct(i + 3) {
                return None;
            }
            let frac = &t[i + 2].text;
            let den = 10u64.checked_pow(u32::try_from(frac.len()).ok()?)?;
            let num = whole.checked_mul(den)?.checked_add(frac.parse().ok()?)?;
            return Some(Num {
                amount: Amount { num, den }.reduced(),
                end: i + 3,
                mismatch: false,
                weak: false,
            });
        }
        let mut num = Num {
            amount: Amount::whole(whole),
            end: i + 1,
            mismatch: false,
            weak: false,
        };
        // "6 (six) months"
        if t.get(i + 1).is_some_and(|t| t.text == "(")
            && let Some((w, k)) = self
                .numbers
                .longest(t, i + 2)
                .or_else(|| self.weak_numbers.longest(t, i + 2))
            && t.get(k).is_some_and(|t| t.text == ")")
        {
            num.mismatch = u64::from(w) != whole;
            num.end = k + 1;
        }
        Some(num)
    }
}

impl Quantity {
    fn half_of(unit: usize, end: usize, weak: bool) -> Quantity {
        Quantity {
            amount: Amount { num: 1, den: 2 },
            unit,
            end,
            mismatch: false,
            weak,
            half: true,
        }
    }
}

/// A count of a unit as a duration; a fraction becomes the next smaller unit
/// where that is exact ("1.5 years" is 18 months; half a day 12 hours). A
/// fraction of a month has no exact length, so it is no period.
fn to_duration(amount: Amount, unit: usize) -> Option<IsoDuration> {
    // (unit, how many of the next smaller unit make one)
    const SMALLER: [Option<(usize, u64)>; 6] = [
        Some((1, 12)),
        None,
        Some((3, 7)),
        Some((4, 24)),
        Some((5, 60)),
        None,
    ];
    let (unit, count) = if amount.den == 1 {
        (unit, amount.num)
    } else {
        let (smaller, factor) = SMALLER.get(unit).copied().flatten()?;
        let total = amount.num.checked_mul(factor)?;
        if total % amount.den != 0 {
            return None;
        }
        (smaller, total / amount.den)
    };
    let n = u32::try_from(count).ok()?;
    let mut d = IsoDuration::default();
    match unit {
        0 => d.years = n,
        1 => d.months = n,
        2 => d.weeks = n,
        3 => d.days = n,
        4 => d.hours = n,
        _ => d.minutes = n,
    }
    (!d.is_zero()).then_some(d)
}

fn add(d: &mut IsoDuration, other: &IsoDuration) {
    d.years += other.years;
    d.months += other.months;
    d.weeks += other.weeks;
    d.days += other.days;
    d.hours += other.hours;
    d.minutes += other.minutes;
    d.seconds += other.seconds;
}
