//! What `vellum serve` keeps from one rebuild for the next. Most saves touch
//! one file; a translator's save touches one language. The site's files are
//! split into each translation's own (`locales/<lang>/`, but for
//! `lexicon.yaml`, which judges every language's short texts) and the rest,
//! which every language reads. A language whose own files and the shared
//! files are unchanged gets its checks' findings and its page from the
//! previous rebuild; everything else runs as in a full build, so the result
//! is the same bytes (tests/incremental.rs compares them).

use super::SiteFiles;
use crate::prose::hash::Fnv;
use std::any::Any;
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::{Arc, Mutex, PoisonError};

/// Fingerprints of the inputs of each language's work in one rebuild.
#[derive(Debug, Clone, Default)]
pub struct LanguageKeys {
    keys: HashMap<String, u64>,
    /// The fingerprint of each language's own files alone.
    own: HashMap<String, u64>,
    /// The fingerprint of each file of `locales/`, by path.
    locales: HashMap<String, u64, crate::prose::hash::KeyHashBuild>,
}

impl LanguageKeys {
    /// Reads the fingerprints of `site` for the languages `tags`, of which
    /// `source` is the one the YAML is written in (its locale files are
    /// everyone's fallback, so shared). A file the previous rebuild saw (the
    /// same allocation, from the read cache, or the same bytes) keeps its
    /// fingerprint: most files are unchanged, and are not hashed again.
    pub fn of(site: &SiteFiles, tags: &[&str], source: &str, memo: &Memo) -> LanguageKeys {
        let mut previous = memo.files.lock().unwrap_or_else(PoisonError::into_inner);
        let mut current = HashMap::with_capacity(previous.len());
        let mut shared = Fnv::default();
        let mut own: HashMap<&str, Fnv> = HashMap::new();
        let mut locales = HashMap::default();
        for (rel, bytes) in site.shared_files() {
            let lang = rel
                .strip_prefix("locales/")
                .and_then(|r| r.split_once('/'))
                // A language's data files are shared: the lexicon judges
                // every language, and a regional language reads its main
                // language's data (`translate::language_file`).
                .filter(|(lang, file)| {
                    *lang != source
                        && tags.contains(lang)
                        && !crate::translate::LANGUAGE_DATA.contains(file)
                })
                .map(|(lang, _)| lang);
            let h = match lang {
                Some(lang) => own.entry(lang).or_default(),
                None => &mut shared,
            };
            let fingerprint = match previous.remove(rel) {
                Some(kept) if Arc::ptr_eq(&kept.bytes, bytes) => kept,
                // Read again but unchanged: hold this read's bytes, so the
                // next rebuild, which shares them, needs no comparison.
                Some(kept) if kept.bytes == *bytes => FileFingerprint {
                    bytes: Arc::clone(bytes),
                    hash: kept.hash,
                },
                _ => FileFingerprint::of(bytes),
            };
            h.write(rel.as_bytes());
            h.write(&fingerprint.hash.to_le_bytes());
            if rel.starts_with("locales/") {
                locales.insert(rel.to_string(), fingerprint.hash);
            }
            current.insert(rel.to_string(), fingerprint);
        }
        *previous = current;
        // A file that could not be read counts as a change of its own.
        for rel in site.unreadable() {
            shared.write(rel.as_bytes());
            shared.write(b"\0unreadable");
        }
        let own: HashMap<String, u64> = tags
            .iter()
            .map(|lang| (lang.to_string(), own.get(lang).map_or(0, Hasher::finish)))
            .collect();
        let shared = shared.finish();
        let keys = tags
            .iter()
            .map(|lang| {
                let mut h = Fnv::default();
                h.write(&shared.to_le_bytes());
                h.write(lang.as_bytes());
                h.write(&own[*lang].to_le_bytes());
                (lang.to_string(), h.finish())
            })
            .collect();
        LanguageKeys { keys, own, locales }
    }

    /// The fingerprint of the file `rel` of `locales/`, as this rebuild read it.
    pub fn file_hash(&self, rel: &str) -> Option<u64> {
        self.locales.get(rel).copied()
    }

    /// The fingerprint of `lang`'s inputs, with `extra` (what the stage
    /// reads besides the files) mixed in.
    pub fn key(&self, lang: &str, extra: u64) -> Option<u64> {
        let mut h = Fnv::default();
        h.write(&self.keys.get(lang)?.to_le_bytes());
        h.write(&extra.to_le_bytes());
        Some(h.finish())
    }

    /// The fingerprint of `lang`'s own files and `extra` alone, for a stage
    /// that reads none of the shared files but those `extra` covers: a
    /// writer's save then leaves it alone in every translation.
    pub fn own_key(&self, lang: &str, extra: u64) -> Option<u64> {
        let mut h = Fnv::default();
        h.write(b"own\0");
        h.write(lang.as_bytes());
        h.write(&self.own.get(lang)?.to_le_bytes());
        h.write(&extra.to_le_bytes());
        Some(h.finish())
    }
}

/// One kept result: the fingerprint of its inputs, and the value.
type Entry = (u64, Arc<dyn Any + Send + Sync>);

/// Results of earlier rebuilds, by stage and language, each with the
/// fingerprint of the inputs it was computed from.
#[derive(Default)]
pub struct Memo {
    entries: Mutex<HashMap<(&'static str, String), Entry>>,
    /// The files of the last rebuild, by path, with their fingerprints.
    files: Mutex<HashMap<String, FileFingerprint>>,
    /// The files as last read, so the next rebuild opens only those changed.
    reads: super::ReadCache,
    /// What a stage keeps for itself between rebuilds, one value per type
    /// (the model as last loaded, the content hash's digest states).
    states: Mutex<HashMap<std::any::TypeId, Arc<dyn Any + Send + Sync>>>,
    /// How many rebuilds began: what [`TextResults`] let go of is counted in them.
    generation: std::sync::atomic::AtomicU64,
}

/// A file's bytes as last read (shared with that rebuild's site), and their
/// hash. The same allocation in the next rebuild is the same file, taken
/// from the [`super::ReadCache`]: no comparison needed.
struct FileFingerprint {
    bytes: Arc<Vec<u8>>,
    hash: u64,
}

impl FileFingerprint {
    fn of(bytes: &Arc<Vec<u8>>) -> FileFingerprint {
        FileFingerprint {
            bytes: Arc::clone(bytes),
            hash: content_hash(bytes),
        }
    }
}

impl Memo {
    /// The cache the next rebuild reads the site's files through.
    pub fn reads(&self) -> &super::ReadCache {
        &self.reads
    }

    /// The state of type `T` that a stage keeps between rebuilds, made
    /// with `T::default()` the first time.
    pub fn state<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let mut states = self.states.lock().unwrap_or_else(PoisonError::into_inner);
        let state = states
            .entry(std::any::TypeId::of::<T>())
            .or_insert_with(|| Arc::new(T::default()));
        // The entry was made for this type, so the downcast holds.
        Arc::clone(state).downcast::<T>().unwrap_or_default()
    }

    /// Counts a rebuild begun: per-text results that neither it nor the two
    /// before it used may be let go (see [`TextResults`]).
    pub fn begin_rebuild(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// The result `stage` computed for `lang` from inputs with this `key`.
    pub fn get<T: Clone + Send + Sync + 'static>(
        &self,
        stage: &'static str,
        lang: &str,
        key: u64,
    ) -> Option<T> {
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let (k, value) = entries.get(&(stage, lang.to_string()))?;
        (*k == key).then(|| value.downcast_ref::<T>().cloned())?
    }

    /// Keeps `value` as `stage`'s result for `lang`, replacing an older one.
    pub fn put<T: Send + Sync + 'static>(
        &self,
        stage: &'static str,
        lang: &str,
        key: u64,
        value: T,
    ) {
        let replaced = self
            .entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert((stage, lang.to_string()), (key, Arc::new(value)));
        if let Some((_, old)) = replaced {
            drop_elsewhere(old);
        }
    }
}

/// Lets go of `value` on a thread of its own. What a new result replaces
/// can be large (the source language's catalog holds thousands of parsed
/// messages with their positions): freeing it took a writer's save 2–4 ms
/// on the way to the reload, while the other core waited.
fn drop_elsewhere(value: Arc<dyn Any + Send + Sync>) {
    type Dropped = Arc<dyn Any + Send + Sync>;
    static DROPPER: std::sync::OnceLock<std::sync::mpsc::Sender<Dropped>> =
        std::sync::OnceLock::new();
    let dropper = DROPPER.get_or_init(|| {
        let (send, receive) = std::sync::mpsc::channel::<Dropped>();
        // Without a thread the receiver is gone, and every send below fails.
        let _ = std::thread::Builder::new()
            .name("memo-drop".into())
            .spawn(move || receive.into_iter().for_each(drop));
        send
    });
    // A failed send hands the value back: it is dropped here, as before.
    if let Err(std::sync::mpsc::SendError(value)) = dropper.send(value) {
        drop(value);
    }
}

/// A memo and the fingerprints of the rebuild that uses it.
#[derive(Clone, Copy)]
pub struct Reuse<'a> {
    pub memo: &'a Memo,
    pub keys: &'a LanguageKeys,
}

/// The result of `stage` for `lang` from an earlier rebuild with the same
/// inputs (the language's and the shared files, and `extra`, what the stage
/// reads besides them), or `compute`'s, kept for the next.
pub fn cached<T: Clone + Send + Sync + 'static>(
    reuse: Option<Reuse<'_>>,
    stage: &'static str,
    lang: &str,
    extra: u64,
    compute: impl FnOnce() -> T,
) -> T {
    let key = |keys: &LanguageKeys| keys.key(lang, extra);
    cached_by(reuse, stage, lang, key, compute)
}

/// [`cached`] with the fingerprint chosen by `key`: a stage that reads only
/// `lang`'s own files and what its extra inputs cover uses
/// [`LanguageKeys::own_key`].
pub fn cached_by<T: Clone + Send + Sync + 'static>(
    reuse: Option<Reuse<'_>>,
    stage: &'static str,
    lang: &str,
    key: impl FnOnce(&LanguageKeys) -> Option<u64>,
    compute: impl FnOnce() -> T,
) -> T {
    let Some((memo, key)) = reuse.and_then(|r| Some((r.memo, key(r.keys)?))) else {
        return compute();
    };
    if let Some(hit) = memo.get::<T>(stage, lang, key) {
        return hit;
    }
    let value = compute();
    memo.put(stage, lang, key, value.clone());
    value
}

/// What a pure function of one text found, kept between rebuilds: a writer's
/// save changes one text of a language's thousands, and the checks of the
/// rest would find what they found before (issue 15). Results are kept by the
/// fingerprint of what the function reads besides the text (a language's
/// period vocabulary) and two independent hashes of the text, so that a hit
/// is the same text but with a chance of about 2^-128.
pub struct TextMemo<V> {
    kept: Mutex<KeptTexts<V>>,
}

struct KeptTexts<V> {
    /// How many results were left after the last letting go.
    kept_after_pruning: usize,
    /// Each result with the rebuild that last used it.
    results: HashMap<TextKey, (u64, V), crate::prose::hash::KeyHashBuild>,
}

impl<V> Default for TextMemo<V> {
    fn default() -> Self {
        TextMemo {
            kept: Mutex::new(KeptTexts {
                kept_after_pruning: 0,
                results: HashMap::default(),
            }),
        }
    }
}

#[derive(Hash, PartialEq, Eq, Clone, Copy)]
struct TextKey {
    context: u64,
    text: TextHash,
}

/// A text's length and two independent hashes of it: how [`TextResults`]
/// knows a text again. Hashed once where several functions of the same
/// text are kept.
#[derive(Hash, PartialEq, Eq, Clone, Copy, Debug)]
pub struct TextHash {
    len: usize,
    hashes: [u64; 2],
}

impl TextHash {
    pub fn of(text: &str) -> TextHash {
        let [first, second] = process_keys();
        TextHash {
            len: text.len(),
            hashes: [first, second].map(|key| hash_with(key, text.as_bytes())),
        }
    }
}

/// Two SipHash keys, the same for the whole process (what is kept lives no
/// longer): independent 64-bit hashes. SipHash reads 720 kB in 0.25 ms,
/// byte-wise FNV-1a in 1.0 ms; a save under `serve` hashes megabytes.
fn process_keys() -> &'static [std::hash::RandomState; 2] {
    static KEYS: std::sync::OnceLock<[std::hash::RandomState; 2]> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| [std::hash::RandomState::new(), std::hash::RandomState::new()])
}

fn hash_with(key: &std::hash::RandomState, bytes: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    let mut h = key.build_hasher();
    h.write(bytes);
    h.finish()
}

/// A fingerprint of `bytes` that holds within this process: of the files
/// and generated texts the memo's keys are made of.
pub fn content_hash(bytes: &[u8]) -> u64 {
    hash_with(&process_keys()[0], bytes)
}

/// A fingerprint of the files something read, each by the path it was read
/// from and its bytes, or `None` where it found no file: the key of what
/// reads a few files alone (word lists, a vocabulary, the reference facts).
pub fn files_fingerprint<'a>(files: impl IntoIterator<Item = (&'a str, Option<&'a [u8]>)>) -> u64 {
    let mut h = Fnv::default();
    for (path, bytes) in files {
        h.write(path.as_bytes());
        match bytes {
            Some(bytes) => h.write(&content_hash(bytes).to_le_bytes()),
            None => h.write(b"\0none"),
        }
    }
    h.finish()
}

/// One value kept with the fingerprint of the files it was computed from:
/// `vellum serve` computes it again only when those files change, not on
/// every save (the reference facts, the templates).
pub struct KeptByFingerprint<T>(Mutex<Option<(u64, T)>>);

impl<T> Default for KeptByFingerprint<T> {
    fn default() -> Self {
        KeptByFingerprint(Mutex::new(None))
    }
}

impl<T: Clone> KeptByFingerprint<T> {
    /// The value kept for `fingerprint`, or `compute`'s, kept for the next call.
    pub fn get(&self, fingerprint: u64, compute: impl FnOnce() -> T) -> T {
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        match &*kept {
            Some((known, value)) if *known == fingerprint => value.clone(),
            _ => {
                let value = compute();
                *kept = Some((fingerprint, value.clone()));
                value
            }
        }
    }
}

/// One rebuild's view of a [`TextMemo`]: the results of the function whose
/// other inputs have the fingerprint `context`.
pub struct TextResults<V> {
    memo: Arc<TextMemo<V>>,
    generation: u64,
    context: u64,
}

impl<V: Clone + Send + Sync + 'static> TextResults<V> {
    /// The results kept by `reuse`'s memo for a function whose other inputs
    /// have the fingerprint `context`; `None` without a memo (a build).
    pub fn of(reuse: Option<Reuse<'_>>, context: u64) -> Option<TextResults<V>> {
        let memo = reuse?.memo;
        Some(TextResults {
            memo: memo.state::<TextMemo<V>>(),
            generation: memo.generation.load(std::sync::atomic::Ordering::Relaxed),
            context,
        })
    }

    /// The result for `text`: kept, or `compute`'s, kept for the next rebuild.
    pub fn get(&self, text: &str, compute: impl FnOnce() -> V) -> V {
        self.get_hashed(TextHash::of(text), compute)
    }

    /// [`TextResults::get`] for the text whose hash is `text`.
    pub fn get_hashed(&self, text: TextHash, compute: impl FnOnce() -> V) -> V {
        let key = TextKey {
            context: self.context,
            text,
        };
        let lock = || {
            self.memo
                .kept
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        {
            let mut kept = lock();
            // Once the results have doubled, those that neither this
            // rebuild nor the two before used go: seldom, as going through
            // them all costs a save's early pass milliseconds.
            if kept.results.len() > 2 * kept.kept_after_pruning.max(4096) {
                let now = self.generation;
                kept.results.retain(|_, (used, _)| *used + 2 >= now);
                kept.kept_after_pruning = kept.results.len();
            }
            if let Some((used, value)) = kept.results.get_mut(&key) {
                *used = (*used).max(self.generation);
                return value.clone();
            }
        }
        let value = compute();
        lock().results.insert(key, (self.generation, value.clone()));
        value
    }
}

/// [`TextResults::get`] when there are kept results, else `compute` alone.
pub fn per_text<V: Clone + Send + Sync + 'static>(
    results: Option<&TextResults<V>>,
    text: &str,
    compute: impl FnOnce() -> V,
) -> V {
    match results {
        Some(results) => results.get(text, compute),
        None => compute(),
    }
}

/// [`TextResults::get_hashed`] when there are kept results and the text's
/// hash, else `compute` alone.
pub fn per_hashed_text<V: Clone + Send + Sync + 'static>(
    kept: Option<(&TextResults<V>, TextHash)>,
    compute: impl FnOnce() -> V,
) -> V {
    match kept {
        Some((results, text)) => results.get_hashed(text, compute),
        None => compute(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_results_are_found_by_text_and_context_and_let_go_once_unused() {
        let memo = Memo::default();
        let keys = LanguageKeys::default();
        let reuse = Some(Reuse {
            memo: &memo,
            keys: &keys,
        });
        let computed = std::cell::Cell::new(0);
        let get = |context: u64, text: &str| {
            let results = TextResults::<usize>::of(reuse, context).unwrap();
            results.get(text, || {
                computed.set(computed.get() + 1);
                text.len()
            })
        };
        memo.begin_rebuild();
        assert_eq!(get(1, "a text"), 6);
        assert_eq!(get(1, "a text"), 6);
        assert_eq!(computed.get(), 1, "the same text and context: kept");
        get(2, "a text");
        get(1, "a text.");
        assert_eq!(computed.get(), 3, "another context or text: computed");
        // Many texts of one rebuild, then three rebuilds that use one text.
        for i in 0..5000 {
            get(1, &format!("old {i}"));
        }
        for _ in 0..3 {
            memo.begin_rebuild();
            get(1, "a text");
        }
        // New texts until the results have doubled: the unused ones go.
        for i in 0..3500 {
            get(1, &format!("new {i}"));
        }
        let before = computed.get();
        get(1, "a text");
        get(1, "new 0");
        assert_eq!(computed.get(), before, "used lately: kept");
        get(1, "old 0");
        assert_eq!(
            computed.get(),
            before + 1,
            "unused for three rebuilds: let go"
        );
    }
}
