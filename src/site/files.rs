//! The site's input files, read once under one policy and kept in memory, so
//! every later stage reads the same snapshot and nothing downstream touches
//! the file system.
//!
//! The policy (README "What vellum reads and writes"): only the input folders
//! `content/`, `locales/`, `templates/` and `theme/` are read; hidden entries
//! are skipped; a link that stays inside the site is followed, a link out of
//! it is an error and is never opened; only regular files are read (a FIFO or
//! a device would hang or never end); each file and the whole site have a size
//! limit; text must be UTF-8.

use crate::diagnostics::Code;
use crate::diagnostics::Diagnostic;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

/// The folders of a site that vellum reads.
pub const INPUT_DIRS: &[&str] = &["content", "locales", "templates", "theme", "versions"];

/// The largest file vellum reads: far above any real statement (the bundled
/// example's largest file is 40 KB), far below what would hurt.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most all input files together may hold.
pub const MAX_SITE_BYTES: u64 = 512 * 1024 * 1024;
/// The most input files a site may have.
pub const MAX_FILES: usize = 100_000;
/// Folders nested deeper than this are not read.
const MAX_DEPTH: usize = 16;

/// Input files by `/`-separated path relative to the site root.
#[derive(Debug, Clone, Default)]
pub struct SiteFiles {
    /// The root as given, for messages; `None` for a site held only in memory.
    root: Option<PathBuf>,
    /// Shared, so a rebuild under `serve` keeps an unchanged file's bytes
    /// (see [`ReadCache`]) and can tell it is unchanged without comparing.
    files: BTreeMap<String, Arc<Vec<u8>>>,
    dirs: BTreeSet<String>,
    /// Paths that exist but were not read (too large, a link out of the
    /// site, not a regular file, an I/O error): what depends on them is not
    /// judged.
    unreadable: BTreeSet<String>,
}

impl SiteFiles {
    /// Reads every input file under `root`; problems come back as diagnostics
    /// and the files concerned are left out.
    pub fn read(root: &Path) -> (SiteFiles, Vec<Diagnostic>) {
        SiteFiles::read_with(root, None)
    }

    /// [`SiteFiles::read`], taking from `cache` each file that has not
    /// changed since the cache read it, and keeping what it reads there.
    pub fn read_with(root: &Path, cache: Option<&ReadCache>) -> (SiteFiles, Vec<Diagnostic>) {
        let mut reader = Reader {
            cache: cache.map(|c| (c, c.take())),
            fresh: HashMap::new(),
            files: SiteFiles {
                root: Some(root.to_path_buf()),
                ..SiteFiles::default()
            },
            diagnostics: Vec::new(),
            total: 0,
            visited: BTreeSet::new(),
            canonical_root: root.canonicalize().ok(),
            stopped: false,
        };
        if let Some(canonical) = reader.canonical_root.clone() {
            for dir in INPUT_DIRS {
                reader.read_dir(&canonical, dir, 0);
            }
        }
        if let Some((cache, _)) = reader.cache {
            cache.keep(std::mem::take(&mut reader.fresh));
        }
        // Every problem of reading names the path it is about.
        reader.files.unreadable = reader
            .diagnostics
            .iter()
            .filter_map(|d| d.file.clone())
            .collect();
        (reader.files, reader.diagnostics)
    }

    /// A site held in memory (tests, fuzzing, editors): paths relative to the root.
    pub fn from_memory(files: impl IntoIterator<Item = (String, Vec<u8>)>) -> SiteFiles {
        let mut site = SiteFiles::default();
        for (rel, bytes) in files {
            let mut dir = rel.as_str();
            while let Some((parent, _)) = dir.rsplit_once('/') {
                site.dirs.insert(parent.to_string());
                dir = parent;
            }
            site.files.insert(rel, Arc::new(bytes));
        }
        site
    }

    /// Paths that exist but could not be read (each reported when read).
    pub fn unreadable(&self) -> impl Iterator<Item = &str> {
        self.unreadable.iter().map(String::as_str)
    }

    /// Drops the bytes of the files under `prefix`: a build releases what
    /// only the stages before rendering read (on a site of 80 languages,
    /// 58 MB held through the render for nothing). The files are then
    /// absent, as if never read.
    pub fn release(&mut self, prefix: &str) {
        self.files.retain(|rel, _| !rel.starts_with(prefix));
    }

    /// Marks a path as present but unreadable (sites held in memory, tests).
    pub fn mark_unreadable(&mut self, rel: impl Into<String>) {
        self.unreadable.insert(rel.into());
    }

    /// The root folder the files were read from.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// True when the site has this folder (`content`, `content/sections`).
    pub fn has_dir(&self, rel: &str) -> bool {
        self.dirs.contains(rel.trim_end_matches('/'))
    }

    pub fn contains(&self, rel: &str) -> bool {
        self.files.contains_key(rel)
    }

    pub fn bytes(&self, rel: &str) -> Option<&[u8]> {
        self.files.get(rel).map(|b| b.as_slice())
    }

    /// A file's text; `None` when absent, a located diagnostic when it is not UTF-8.
    pub fn text(&self, rel: &str) -> Option<Result<&str, Diagnostic>> {
        self.bytes(rel).map(|b| utf8_text(rel, b))
    }

    /// Files under `prefix` (`locales/nl/`), with the prefix removed, in path order.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files
            .range(prefix.to_string()..)
            .take_while(move |(p, _)| p.starts_with(prefix))
            .map(move |(p, b)| (&p[prefix.len()..], b.as_slice()))
    }

    /// Every file with its shared bytes, in path order.
    pub fn shared_files(&self) -> impl Iterator<Item = (&str, &Arc<Vec<u8>>)> {
        self.files.iter().map(|(p, b)| (p.as_str(), b))
    }

    /// What is under `prefix` (`content/`): its files, folders and the
    /// paths that could not be read, to tell whether it changed.
    pub fn folder(&self, prefix: &str) -> Folder {
        let files = self
            .files
            .range(prefix.to_string()..)
            .take_while(|(p, _)| p.starts_with(prefix))
            .map(|(p, b)| (p.clone(), Arc::clone(b)))
            .collect();
        let within = |set: &BTreeSet<String>| -> Vec<String> {
            set.iter()
                .filter(|p| p.starts_with(prefix) || prefix.starts_with(&format!("{p}/")))
                .cloned()
                .collect()
        };
        Folder {
            files,
            dirs: within(&self.dirs),
            unreadable: within(&self.unreadable),
            root: self.root.clone(),
        }
    }

    /// The names of the files and folders directly inside `dir`, in name order.
    pub fn entries(&self, dir: &str) -> Vec<Entry> {
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        let mut names: BTreeMap<String, bool> = BTreeMap::new();
        for (rest, _) in self.under(&prefix) {
            match rest.split_once('/') {
                Some((folder, _)) => names.insert(folder.to_string(), true),
                None => names.insert(rest.to_string(), false),
            };
        }
        for d in self.dirs.range(prefix.clone()..) {
            let Some(rest) = d.strip_prefix(&prefix) else {
                break;
            };
            if !rest.contains('/') {
                names.insert(rest.to_string(), true);
            }
        }
        names
            .into_iter()
            .map(|(name, is_dir)| Entry { name, is_dir })
            .collect()
    }

    /// Replaces or adds one file (serve reloads what changed; fuzzing mutates).
    pub fn insert(&mut self, rel: impl Into<String>, bytes: Vec<u8>) {
        self.files.insert(rel.into(), Arc::new(bytes));
    }
}

/// The files one read took, with their metadata, so that the next read
/// (`vellum serve`'s next rebuild) opens only the files that changed.
///
/// A file is taken from the cache only when its size, inode, modification
/// and status-change times are those the cache saw, and both times lie
/// [`ReadCache::SETTLED`] before the cache read it. The status-change time
/// cannot be set back by a program (`touch -d` or `cp -p` set only the
/// modification time, and move the status-change time to now), and the
/// margin covers file systems that keep times in whole seconds or two: a
/// file written again within the same tick as the cache read it is read
/// again, however its times look.
#[derive(Debug)]
pub struct ReadCache {
    files: Mutex<HashMap<String, CachedFile>>,
    settled: Duration,
}

#[derive(Debug)]
struct CachedFile {
    stamp: Stamp,
    /// When the read that took the bytes started.
    read_at: SystemTime,
    bytes: Arc<Vec<u8>>,
}

/// What a file's metadata says about its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// Status change (`st_ctime`) and identity; unix only.
    changed: Option<(i64, i64)>,
    inode: Option<(u64, u64)>,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            (
                Some((meta.ctime(), meta.ctime_nsec())),
                Some((meta.dev(), meta.ino())),
            )
        };
        #[cfg(not(unix))]
        let (changed, inode) = (None, None);
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            changed,
            inode,
        }
    }

    /// The latest moment the metadata says the file was touched; `None`
    /// when a time is missing (then nothing is trusted).
    fn last_touched(&self) -> Option<SystemTime> {
        let modified = self.modified?;
        let changed = match self.changed {
            Some((secs, nanos)) => {
                let since = Duration::new(secs.try_into().ok()?, nanos.try_into().ok()?);
                SystemTime::UNIX_EPOCH + since
            }
            None => modified,
        };
        Some(modified.max(changed))
    }
}

impl Default for ReadCache {
    fn default() -> ReadCache {
        ReadCache::new(ReadCache::SETTLED)
    }
}

impl ReadCache {
    /// How long before a read a file must last have been touched for the
    /// read's bytes to be trusted while its metadata stays the same.
    pub const SETTLED: Duration = Duration::from_secs(2);

    /// A cache that trusts a file last touched `settled` before it was read.
    pub fn new(settled: Duration) -> ReadCache {
        ReadCache {
            files: Mutex::default(),
            settled,
        }
    }

    fn take(&self) -> HashMap<String, CachedFile> {
        std::mem::take(&mut *self.files.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn keep(&self, files: HashMap<String, CachedFile>) {
        *self.files.lock().unwrap_or_else(PoisonError::into_inner) = files;
    }

    /// The kept bytes of `rel` if its metadata shows no change since.
    fn unchanged(&self, kept: &CachedFile, stamp: &Stamp) -> bool {
        kept.stamp == *stamp
            && stamp
                .last_touched()
                .is_some_and(|t| t + self.settled < kept.read_at)
    }
}

/// The part of a site under one folder, as [`SiteFiles::folder`] took it.
/// Two are equal when they hold the same paths with the same bytes (a file
/// shared through the [`ReadCache`] is equal without a comparison).
#[derive(Debug, Clone)]
pub struct Folder {
    files: Vec<(String, Arc<Vec<u8>>)>,
    dirs: Vec<String>,
    unreadable: Vec<String>,
    root: Option<PathBuf>,
}

impl PartialEq for Folder {
    fn eq(&self, other: &Folder) -> bool {
        self.dirs == other.dirs
            && self.unreadable == other.unreadable
            && self.root == other.root
            && self.files.len() == other.files.len()
            && self
                .files
                .iter()
                .zip(&other.files)
                .all(|((a, x), (b, y))| a == b && (Arc::ptr_eq(x, y) || x == y))
    }
}

/// Reads one input file under the same policy as [`SiteFiles::read`] (inside
/// the site, a regular file, within the size limit): `Ok(None)` when absent.
pub fn read_one(root: &Path, rel: &str) -> Result<Option<Vec<u8>>, Diagnostic> {
    let refuse = |why: &str| {
        Diagnostic::error(
            Code::NotARegularFile,
            format!("{rel} {why}; vellum did not read it"),
        )
        .in_file(rel)
    };
    let path = root.join(rel);
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let (Ok(real), Ok(root)) = (path.canonicalize(), root.canonicalize()) else {
        return Ok(None);
    };
    if !real.starts_with(&root) {
        return Err(Diagnostic::error(
            Code::LinkOutsideSite,
            format!("{rel} is a link to a place outside the site; vellum did not read it"),
        )
        .in_file(rel));
    }
    let meta = std::fs::metadata(&real).map_err(|_| refuse("cannot be read"))?;
    if !meta.is_file() {
        return Err(refuse("is not a regular file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(rel, meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&real)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|_| refuse("cannot be read"))?;
    Ok(Some(bytes))
}

/// One name inside a folder of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
}

/// Decodes a file as UTF-8 (a leading byte-order mark is dropped); an invalid
/// byte is an error at its line and column, never a silent U+FFFD.
pub fn utf8_text<'a>(rel: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        // The prefix is valid UTF-8 by construction.
        let before = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let at = crate::diagnostics::lines::pos_of(before, before.len());
        let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
        Diagnostic::error(
            Code::InvalidUtf8,
            format!("{rel} is not valid UTF-8 text: byte 0x{byte:02X} cannot start or continue a character"),
        )
        .at(rel, at)
        .hint("save the file as UTF-8 (most editors: \"Save with encoding\" → UTF-8); vellum never guesses an encoding")
    })
}

/// A file's text for reading on: the text, or when it is not UTF-8 the error
/// and a lossy decoding (so later checks see the rest of the file and raise no
/// follow-on noise; the error itself stops any build).
pub fn decode<'a>(rel: &str, bytes: &'a [u8]) -> (std::borrow::Cow<'a, str>, Option<Diagnostic>) {
    match utf8_text(rel, bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), None),
        Err(d) => (String::from_utf8_lossy(bytes), Some(d)),
    }
}

struct Reader<'c> {
    files: SiteFiles,
    /// The cache to read through, and what it held before this read.
    cache: Option<(&'c ReadCache, HashMap<String, CachedFile>)>,
    /// What this read took, for the cache.
    fresh: HashMap<String, CachedFile>,
    diagnostics: Vec<Diagnostic>,
    total: u64,
    /// Canonical folders already read, so a link loop inside the site ends.
    visited: BTreeSet<PathBuf>,
    canonical_root: Option<PathBuf>,
    /// The site limit was reached: nothing more is read.
    stopped: bool,
}

impl Reader<'_> {
    fn inside(&self, path: &Path) -> bool {
        self.canonical_root
            .as_ref()
            .is_some_and(|root| path.starts_with(root))
    }

    /// Reads the folder `rel` (relative to the root), found at `abs`.
    fn read_dir(&mut self, root: &Path, rel: &str, depth: usize) {
        let abs = root.join(rel);
        let Some(target) = self.resolve(&abs, rel) else {
            return;
        };
        if !target.is_dir() {
            if target.exists() {
                self.diagnostics.push(
                    Diagnostic::error(Code::NotAFolder, format!("{rel} is not a folder"))
                        .in_file(rel)
                        .hint(format!(
                            "vellum reads {rel}/ as a folder; rename the file that has its name"
                        )),
                );
            }
            return;
        }
        self.walk(&target, rel, depth);
    }

    /// The canonical path of `abs`, or `None` (with a diagnostic) when it is a
    /// link out of the site or a broken link; `None` quietly when absent.
    fn resolve(&mut self, abs: &Path, rel: &str) -> Option<PathBuf> {
        let meta = std::fs::symlink_metadata(abs).ok()?;
        let canonical = match abs.canonicalize() {
            Ok(c) => c,
            Err(_) if meta.file_type().is_symlink() => {
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::BrokenLink,
                        format!("{rel} is a link to something that does not exist"),
                    )
                    .in_file(rel)
                    .hint("remove the link or point it at a file inside the site"),
                );
                return None;
            }
            Err(e) => {
                self.io_error(rel, &e);
                return None;
            }
        };
        if !self.inside(&canonical) {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::LinkOutsideSite,
                    format!("{rel} is a link to a place outside the site; vellum did not read it"),
                )
                .in_file(rel)
                .hint("vellum reads only files inside the site root; copy the file into the site instead of linking to it"),
            );
            return None;
        }
        Some(canonical)
    }

    fn walk(&mut self, dir: &Path, rel: &str, depth: usize) {
        if depth > MAX_DEPTH {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::TooDeep,
                    format!("{rel} is nested more than {MAX_DEPTH} folders deep; it was not read"),
                )
                .in_file(rel)
                .hint("keep the site's folders shallow"),
            );
            return;
        }
        if !self.visited.insert(dir.to_path_buf()) {
            return;
        }
        self.files.dirs.insert(rel.to_string());
        let mut entries: Vec<std::fs::DirEntry> = match std::fs::read_dir(dir) {
            Ok(list) => list.filter_map(Result::ok).collect(),
            Err(e) => {
                self.io_error(rel, &e);
                return;
            }
        };
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for entry in entries {
            if self.stopped {
                return;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let child_rel = format!("{rel}/{name}");
            // `dir` is canonical, so an entry that is not a link is already
            // where its path says: only links are resolved (which costs a
            // system call per folder of the path, for every file).
            let is_link = entry.file_type().map_or(true, |t| t.is_symlink());
            // The entry's own metadata is looked up from the open folder,
            // not by walking the whole path again.
            let (target, meta) = if is_link {
                let Some(target) = self.resolve(&entry.path(), &child_rel) else {
                    continue;
                };
                let meta = std::fs::metadata(&target);
                (target, meta)
            } else {
                (dir.join(entry.file_name()), entry.metadata())
            };
            match meta {
                Ok(m) if m.is_dir() => self.walk(&target, &child_rel, depth + 1),
                Ok(m) if m.is_file() => self.read_file(&target, child_rel, &m),
                Ok(m) => self.diagnostics.push(
                    Diagnostic::error(
                        Code::NotARegularFile,
                        format!(
                            "{child_rel} is {}, not a regular file; vellum did not read it",
                            kind_of(&m)
                        ),
                    )
                    .in_file(child_rel)
                    .hint("vellum reads only ordinary files; remove it from the site's folders"),
                ),
                Err(e) => self.io_error(&child_rel, &e),
            }
        }
    }

    fn read_file(&mut self, path: &Path, rel: String, meta: &std::fs::Metadata) {
        let len = meta.len();
        if self.files.files.len() >= MAX_FILES {
            self.stop(format!("the site has more than {MAX_FILES} files"), &rel);
            return;
        }
        if len > MAX_FILE_BYTES {
            self.diagnostics.push(too_large(&rel, len));
            return;
        }
        if self.total + len > MAX_SITE_BYTES {
            self.stop(
                format!(
                    "the site's files add up to more than {}",
                    megabytes(MAX_SITE_BYTES)
                ),
                &rel,
            );
            return;
        }
        let stamp = Stamp::of(meta);
        if let Some((cache, kept)) = &mut self.cache
            && let Some(file) = kept.remove(&rel)
            && cache.unchanged(&file, &stamp)
        {
            self.total += file.bytes.len() as u64;
            self.files
                .files
                .insert(rel.clone(), Arc::clone(&file.bytes));
            self.fresh.insert(rel, file);
            return;
        }
        let read_at = SystemTime::now();
        // Read at most one byte past the limit: a file that grows while it is
        // read is still refused rather than read without end.
        let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
        let read = std::fs::File::open(path)
            .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
        match read {
            Ok(n) if n as u64 > MAX_FILE_BYTES => self.diagnostics.push(too_large(&rel, n as u64)),
            Ok(n) => {
                self.total += n as u64;
                let bytes = Arc::new(bytes);
                if self.cache.is_some() {
                    let file = CachedFile {
                        stamp,
                        read_at,
                        bytes: Arc::clone(&bytes),
                    };
                    self.fresh.insert(rel.clone(), file);
                }
                self.files.files.insert(rel, bytes);
            }
            Err(e) => self.io_error(&rel, &e),
        }
    }

    fn stop(&mut self, why: String, rel: &str) {
        self.stopped = true;
        self.diagnostics.push(
            Diagnostic::error(Code::SiteTooLarge, format!("{why}; vellum stopped reading at {rel}"))
                .in_file(rel)
                .hint(format!(
                    "a site may hold up to {MAX_FILES} files and {} in content/, locales/, templates/ and theme/; move other files elsewhere",
                    megabytes(MAX_SITE_BYTES)
                )),
        );
    }

    fn io_error(&mut self, rel: &str, e: &std::io::Error) {
        self.diagnostics.push(
            Diagnostic::error(Code::Io, format!("cannot read {rel}: {e}"))
                .in_file(rel)
                .hint("check that it exists and that you may read it"),
        );
    }
}

fn too_large(rel: &str, len: u64) -> Diagnostic {
    Diagnostic::error(
        Code::FileTooLarge,
        format!(
            "{rel} is {}; the limit for one file is {}",
            megabytes(len),
            megabytes(MAX_FILE_BYTES)
        ),
    )
    .in_file(rel)
    .hint("split it (sections go one per file in content/sections/), or remove what does not belong in a privacy notice")
}

/// "32 MB", "1.5 MB": sizes in words a writer can act on.
pub fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 10.0 || mb.fract() < 0.05 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    let _ = meta;
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let bytes = b"title: ok\nbody: caf\xE9 au lait\n";
        let d = utf8_text("content/x.yaml", bytes).unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(10)));
        assert!(d.message.contains("0xE9"), "{}", d.message);
    }

    #[test]
    fn memory_sites_list_their_folders() {
        let site = SiteFiles::from_memory([
            ("content/notice.yaml".to_string(), b"a".to_vec()),
            ("content/sections/01-a.yaml".to_string(), b"b".to_vec()),
        ]);
        assert!(site.has_dir("content/sections"));
        let names: Vec<String> = site
            .entries("content")
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, ["notice.yaml", "sections"]);
        assert_eq!(site.under("content/sections/").count(), 1);
    }

    /// A site folder with one section file, and the bytes of that file as
    /// the last read took them.
    fn site_with(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        let file = dir.path().join("content/notice.yaml");
        std::fs::write(&file, text).unwrap();
        (dir, file)
    }

    fn read_notice(root: &Path, cache: &ReadCache) -> Arc<Vec<u8>> {
        let (site, problems) = SiteFiles::read_with(root, Some(cache));
        assert!(problems.is_empty(), "{problems:?}");
        let (_, bytes) = site
            .shared_files()
            .find(|(rel, _)| *rel == "content/notice.yaml")
            .unwrap();
        Arc::clone(bytes)
    }

    #[test]
    fn a_settled_file_is_taken_from_the_cache_without_reading() {
        let (dir, _) = site_with("title: a\n");
        let cache = ReadCache::new(Duration::ZERO);
        let first = read_notice(dir.path(), &cache);
        let second = read_notice(dir.path(), &cache);
        assert!(
            Arc::ptr_eq(&first, &second),
            "the unchanged file was read again"
        );
    }

    #[test]
    fn a_file_touched_just_before_the_read_is_read_again() {
        // Within the settling time a second write could share the first's
        // timestamp, so the bytes are never trusted.
        let (dir, _) = site_with("title: a\n");
        let cache = ReadCache::new(Duration::from_secs(3600));
        let first = read_notice(dir.path(), &cache);
        let second = read_notice(dir.path(), &cache);
        assert!(!Arc::ptr_eq(&first, &second));
        assert_eq!(first, second);
    }

    #[test]
    fn a_change_that_keeps_size_and_modification_time_is_seen() {
        // `cp -p`, `rsync -t` and editors that restore the time: the
        // modification time looks old, the status-change time cannot.
        let (dir, file) = site_with("title: a\n");
        let cache = ReadCache::new(Duration::ZERO);
        let an_hour_ago = || {
            let old = std::time::SystemTime::now() - Duration::from_secs(3600);
            let handle = std::fs::File::options().write(true).open(&file).unwrap();
            handle.set_modified(old).unwrap();
        };
        an_hour_ago();
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(read_notice(dir.path(), &cache).as_slice(), b"title: a\n");
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&file, "title: b\n").unwrap();
        an_hour_ago();
        assert_eq!(read_notice(dir.path(), &cache).as_slice(), b"title: b\n");
    }

    #[test]
    fn a_file_replaced_by_a_rename_or_removed_is_seen() {
        let (dir, file) = site_with("title: a\n");
        let cache = ReadCache::new(Duration::ZERO);
        read_notice(dir.path(), &cache);
        // Editors save by writing a new file and renaming it over the old.
        let new = dir.path().join("content/.notice.yaml.swp");
        std::fs::write(&new, "title: c\n").unwrap();
        std::fs::rename(&new, &file).unwrap();
        assert_eq!(read_notice(dir.path(), &cache).as_slice(), b"title: c\n");
        std::fs::remove_file(&file).unwrap();
        let (site, _) = SiteFiles::read_with(dir.path(), Some(&cache));
        assert!(!site.contains("content/notice.yaml"));
    }

    #[test]
    fn sizes_read_as_words() {
        assert_eq!(megabytes(32 * 1024 * 1024), "32 MB");
        assert_eq!(megabytes(1024 * 1024 * 3 / 2), "1.5 MB");
    }
}
