//! Watching the site's inputs. The root is watched on its own (not
//! recursively, so `public/` and `target/` cost nothing) and each input folder
//! recursively. When an input folder is deleted and created again, as
//! `git checkout` of another branch does, or appears after the start, its
//! watch is set up again: a watch belongs to the folder, not to its name.

use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// The folders whose changes rebuild the site.
pub const INPUTS: [&str; 5] = ["content", "locales", "templates", "theme", "versions"];

/// How long the events must stay quiet once every changed file is closed:
/// an editor's "save all" writes its files one after another within a few
/// milliseconds, and they make one rebuild.
const SETTLE: Duration = Duration::from_millis(5);
/// How long they must stay quiet while a changed file is still open for
/// writing, or where the platform never says a file was closed (macOS,
/// Windows): reading it sooner could see half a save.
const DEBOUNCE: Duration = Duration::from_millis(25);
/// The longest a rebuild waits for the events to go quiet: a file written
/// without end must not hold back the others. What it writes later
/// rebuilds again.
const MAX_GATHER: Duration = Duration::from_millis(500);

pub struct Watcher {
    root: PathBuf,
    watcher: RecommendedWatcher,
    events: Receiver<notify::Result<Event>>,
}

/// The events of one save (or of several close together): the input paths
/// they change, and those of them still open for writing.
#[derive(Default, Debug)]
struct Burst {
    changed: BTreeSet<String>,
    open_for_writing: BTreeSet<String>,
}

impl Burst {
    /// How long to wait for another event before rebuilding.
    fn quiet(&self) -> Duration {
        if self.open_for_writing.is_empty() {
            SETTLE
        } else {
            DEBOUNCE
        }
    }
}

/// What an event says about the paths it names.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Effect {
    /// Changed, and writing may go on: created, or bytes written.
    Writing,
    /// Changed, and whole as it now is: renamed into place or away, removed.
    Whole,
    /// Changed without its bytes: its metadata, or a folder created.
    Touched,
    /// Closed after writing: what was written is all there.
    Closed,
    Nothing,
}

fn effect(kind: &EventKind) -> Effect {
    match kind {
        EventKind::Create(CreateKind::Folder) => Effect::Touched,
        EventKind::Create(_) => Effect::Writing,
        EventKind::Modify(ModifyKind::Name(_)) | EventKind::Remove(_) => Effect::Whole,
        EventKind::Modify(ModifyKind::Metadata(_)) => Effect::Touched,
        EventKind::Modify(_) => Effect::Writing,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => Effect::Closed,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => Effect::Nothing,
    }
}

impl Watcher {
    /// Starts watching `root` (absolute) and its input folders. Events that
    /// arrive before [`Watcher::run`] wait for it.
    pub fn start(root: &Path) -> Result<Watcher, String> {
        let (tx, events) = channel();
        let watcher =
            notify::recommended_watcher(tx).map_err(|e| format!("cannot watch files: {e}"))?;
        let mut watcher = Watcher {
            root: root.to_path_buf(),
            watcher,
            events,
        };
        watcher
            .watcher
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        for input in INPUTS {
            watcher
                .rewatch(input)
                .map_err(|e| format!("cannot watch {input}/: {e}"))?;
        }
        Ok(watcher)
    }

    /// Watches the input folder `name` afresh, if it exists. Dropping the old
    /// watch first matters: it may still name a folder that is gone.
    fn rewatch(&mut self, name: &str) -> Result<(), String> {
        let path = self.root.join(name);
        let _ = self.watcher.unwatch(&path);
        if path.is_dir() {
            self.watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Calls `on_change` with the changed paths (relative to the root) and
    /// the time the rebuild was set off, once per save, until the process
    /// ends.
    pub fn run(mut self, mut on_change: impl FnMut(&[String], Instant)) {
        while let Some(burst) = self.next_burst() {
            let started = Instant::now();
            // A folder replaced or created: watch it again before rebuilding,
            // so nothing written into it from now on goes unnoticed, and the
            // rebuild sees everything written before.
            for input in INPUTS {
                if burst.changed.contains(input)
                    && let Err(e) = self.rewatch(input)
                {
                    eprintln!("cannot watch {input}/: {e}");
                }
            }
            if !burst.changed.is_empty() {
                on_change(&burst.changed.into_iter().collect::<Vec<_>>(), started);
            }
        }
    }

    /// Waits for the next event that names an input and gathers the ones
    /// that belong with it, until none came for [`Burst::quiet`] (or for
    /// [`MAX_GATHER`] in all). Other events (a file read, as every rebuild
    /// reads them all; a file outside the inputs) neither start a save nor
    /// hold one back. Saves made while the last rebuild ran are waiting in
    /// the channel already: one rebuild of where they leave the site, not
    /// one rebuild of each step on the way. `None` once the watcher is gone.
    fn next_burst(&self) -> Option<Burst> {
        let mut burst = Burst::default();
        while !self.note(&mut burst, self.events.recv().ok()?) {}
        let until = Instant::now() + MAX_GATHER;
        let mut last = Instant::now();
        loop {
            let left = (last + burst.quiet())
                .min(until)
                .saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Some(burst);
            }
            match self.events.recv_timeout(left) {
                Ok(event) => {
                    if self.note(&mut burst, event) {
                        last = Instant::now();
                    }
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    return Some(burst);
                }
            }
        }
    }

    /// Adds what one event says to the save being gathered; false when it
    /// says nothing about an input.
    fn note(&self, burst: &mut Burst, event: notify::Result<Event>) -> bool {
        let event = match event {
            Ok(event) => event,
            Err(e) => {
                eprintln!("file watching: {e}");
                return false;
            }
        };
        // Events were lost (the kernel's queue overflowed): anything may
        // have changed, and the input folders are watched again.
        if event.need_rescan() {
            burst.changed.extend(INPUTS.map(String::from));
            return true;
        }
        // Checked before the paths: reading a file (as `is_generated` does)
        // makes events of its own, which must not come back here.
        let effect = effect(&event.kind);
        if effect == Effect::Nothing {
            return false;
        }
        let mut named = false;
        for path in event.paths.iter().filter_map(|p| self.input_path(p)) {
            named = true;
            match effect {
                Effect::Writing => {
                    burst.open_for_writing.insert(path.clone());
                    burst.changed.insert(path);
                }
                Effect::Whole => {
                    burst.open_for_writing.remove(&path);
                    burst.changed.insert(path);
                }
                Effect::Touched => {
                    burst.changed.insert(path);
                }
                Effect::Closed | Effect::Nothing => {
                    burst.open_for_writing.remove(&path);
                }
            }
        }
        named
    }

    /// The path relative to the root when a change there should rebuild the
    /// site: inside an input folder (or the folder itself), not hidden, not an
    /// editor's temporary file, not the file a rebuild writes itself.
    fn input_path(&self, path: &Path) -> Option<String> {
        let rel = path.strip_prefix(&self.root).ok()?;
        let mut parts = rel.components();
        let Some(Component::Normal(first)) = parts.next() else {
            return None;
        };
        if !INPUTS.iter().any(|i| first == *i) {
            return None;
        }
        let hidden = rel.components().any(|c| match c {
            Component::Normal(name) => name.to_string_lossy().starts_with('.'),
            _ => true,
        });
        if hidden || is_editor_noise(rel) || is_generated(path) {
            return None;
        }
        Some(rel.to_string_lossy().into_owned())
    }
}

/// The generated source-language file, which a rebuild itself writes.
/// Only a regular file is opened: a named pipe would block the watcher.
fn is_generated(path: &Path) -> bool {
    use std::io::Read;
    let header = crate::translate::ftl::GENERATED_HEADER.as_bytes();
    let mut start = vec![0; header.len()];
    path.file_name()
        .is_some_and(|n| n == crate::translate::ftl::CONTENT_FILE)
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
        && std::fs::File::open(path)
            .and_then(|mut f| f.read_exact(&mut start))
            .is_ok_and(|()| start == header)
}

/// Temporary and backup files editors write next to the real one (hidden
/// files are left out before this).
fn is_editor_noise(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    use notify::event::{DataChange, Flag, MetadataKind, RemoveKind, RenameMode};

    fn event(dir: &Path, kind: EventKind, rel: &str) -> Event {
        Event::new(kind).add_path(dir.join(rel))
    }

    const WRITTEN: EventKind = EventKind::Modify(ModifyKind::Data(DataChange::Any));
    const CLOSED: EventKind = EventKind::Access(AccessKind::Close(AccessMode::Write));

    /// A watcher on an empty folder whose events come from the test.
    fn fed_watcher() -> (
        tempfile::TempDir,
        Watcher,
        std::sync::mpsc::Sender<notify::Result<Event>>,
    ) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut watcher = Watcher::start(dir.path()).expect("a watcher");
        let (tx, rx) = channel();
        watcher.events = rx;
        (dir, watcher, tx)
    }

    #[test]
    fn saves_waiting_behind_a_rebuild_make_one_rebuild() {
        let (dir, watcher, tx) = fed_watcher();
        let dir = dir.path();
        for e in [
            // A page read first (as a rebuild reads them): not a save.
            Ok(event(
                dir,
                EventKind::Access(AccessKind::Open(AccessMode::Any)),
                "content/sections/01-a.yaml",
            )),
            Ok(event(dir, WRITTEN, "content/sections/01-a.yaml")),
            Ok(event(dir, CLOSED, "content/sections/01-a.yaml")),
            Err(notify::Error::generic("lost")),
            Ok(event(
                dir,
                EventKind::Create(CreateKind::File),
                "locales/nl/content.ftl",
            )),
            Ok(event(dir, CLOSED, "locales/nl/content.ftl")),
            Ok(event(
                dir,
                EventKind::Access(AccessKind::Open(AccessMode::Any)),
                "locales/de/content.ftl",
            )),
            Ok(event(dir, WRITTEN, "public/en/index.html")),
        ] {
            tx.send(e).expect("the channel is open");
        }
        let burst = watcher.next_burst().expect("a save");
        assert_eq!(
            burst.changed.iter().collect::<Vec<_>>(),
            ["content/sections/01-a.yaml", "locales/nl/content.ftl"]
        );
        assert!(burst.open_for_writing.is_empty(), "{burst:?}");
        drop(tx);
        assert!(watcher.next_burst().is_none(), "the watcher is gone");
    }

    /// The wait after the last event depends on whether every changed file
    /// is whole: closed after writing, renamed into place, removed.
    #[test]
    fn a_file_still_open_for_writing_holds_the_rebuild_longer() {
        let (dir, watcher, _tx) = fed_watcher();
        let dir = dir.path();
        let file = "content/sections/01-a.yaml";
        let after = |events: &[Event]| {
            let mut burst = Burst::default();
            for e in events {
                watcher.note(&mut burst, Ok(e.clone()));
            }
            (burst.quiet(), burst.changed.len())
        };
        // Written in place (vim, VS Code, a script): whole once closed; a
        // change of metadata after the close does not reopen it.
        assert_eq!(after(&[event(dir, WRITTEN, file)]), (DEBOUNCE, 1));
        let attrib = EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any));
        assert_eq!(
            after(&[
                event(dir, WRITTEN, file),
                event(dir, CLOSED, file),
                event(dir, attrib, file)
            ]),
            (SETTLE, 1)
        );
        // Created and not yet closed: more may come.
        assert_eq!(
            after(&[event(dir, EventKind::Create(CreateKind::File), file)]),
            (DEBOUNCE, 1)
        );
        // Written elsewhere and renamed over it (JetBrains, Emacs): whole.
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::To));
        assert_eq!(after(&[event(dir, renamed, file)]), (SETTLE, 1));
        assert_eq!(
            after(&[
                event(dir, WRITTEN, file),
                event(dir, EventKind::Remove(RemoveKind::File), file)
            ]),
            (SETTLE, 1)
        );
        // Another file closed does not finish this one.
        assert_eq!(
            after(&[
                event(dir, WRITTEN, file),
                event(dir, CLOSED, "content/notice.yaml")
            ]),
            (DEBOUNCE, 1)
        );
        // Platforms that never report a close wait the whole debounce.
        let any = EventKind::Modify(ModifyKind::Any);
        assert_eq!(after(&[event(dir, any, file)]), (DEBOUNCE, 1));
        // Reading a file changes nothing.
        let read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        assert_eq!(after(&[event(dir, read, file)]), (SETTLE, 0));
    }

    /// A rebuild reads every input, and the kernel reports each read: these
    /// events, and those outside the inputs, must not start or prolong a save.
    #[test]
    fn events_that_name_no_input_are_not_a_save() {
        let (dir, watcher, _tx) = fed_watcher();
        let dir = dir.path();
        let mut burst = Burst::default();
        let opened = EventKind::Access(AccessKind::Open(AccessMode::Any));
        let read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        for (kind, rel) in [
            (opened, "content/sections/01-a.yaml"),
            (read, "content/sections/01-a.yaml"),
            (WRITTEN, "public/en/index.html"),
            (WRITTEN, "content/sections/.01-a.yaml.swp"),
        ] {
            assert!(
                !watcher.note(&mut burst, Ok(event(dir, kind, rel))),
                "{rel}"
            );
        }
        assert!(watcher.note(&mut burst, Ok(event(dir, CLOSED, "content/notice.yaml"))));
        assert!(watcher.note(&mut burst, Ok(event(dir, WRITTEN, "content/notice.yaml"))));
        assert_eq!(
            burst.changed.iter().collect::<Vec<_>>(),
            ["content/notice.yaml"]
        );
    }

    #[test]
    fn lost_events_rebuild_every_input() {
        let (_dir, watcher, _tx) = fed_watcher();
        let mut burst = Burst::default();
        watcher.note(
            &mut burst,
            Ok(Event::new(EventKind::Other).set_flag(Flag::Rescan)),
        );
        assert_eq!(burst.changed.iter().collect::<Vec<_>>(), {
            let mut all = INPUTS.to_vec();
            all.sort_unstable();
            all
        });
    }

    /// The real watcher: a file open for writing holds the save until it is
    /// closed. Waits for the events themselves, never for a time.
    #[test]
    fn the_kernel_reports_when_a_written_file_is_closed() {
        use std::io::Write;
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::create_dir(dir.path().join("content")).expect("content/");
        let root = dir.path().canonicalize().expect("the folder's path");
        let watcher = Watcher::start(&root).expect("a watcher");
        let mut burst = Burst::default();
        let wait_for = |burst: &mut Burst, done: &dyn Fn(&Burst) -> bool| {
            while !done(burst) {
                let event = watcher
                    .events
                    .recv_timeout(Duration::from_secs(20))
                    .expect("the watcher reports the change");
                watcher.note(burst, event);
            }
        };
        let mut file =
            std::fs::File::create(root.join("content/notice.yaml")).expect("a file to write");
        file.write_all(b"half: ").expect("written");
        file.flush().expect("flushed");
        wait_for(&mut burst, &|b| !b.changed.is_empty());
        assert_eq!(burst.quiet(), DEBOUNCE, "{burst:?}");
        file.write_all(b"a save\n").expect("written");
        drop(file);
        wait_for(&mut burst, &|b| b.open_for_writing.is_empty());
        assert_eq!(burst.quiet(), SETTLE);
        assert_eq!(
            burst.changed.iter().collect::<Vec<_>>(),
            ["content/notice.yaml"]
        );
    }

    #[test]
    fn only_input_files_count() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let watcher = Watcher::start(dir.path()).expect("a watcher");
        let at = |rel: &str| watcher.input_path(&dir.path().join(rel));
        assert_eq!(at("content").as_deref(), Some("content"));
        assert_eq!(
            at("content/sections/01-a.yaml").as_deref(),
            Some("content/sections/01-a.yaml")
        );
        assert_eq!(
            at("theme/static/style.css").as_deref(),
            Some("theme/static/style.css")
        );
        for ignored in [
            "public/en/index.html",
            "target/debug/vellum",
            "Cargo.toml",
            "content/.git/index",
            "content/.01-a.yaml.swp",
            "content/sections/01-a.yaml~",
            "content/sections/#01-a.yaml#",
            "content/sections/4913",
            "content/sections/01-a.yaml___jb_tmp___",
            "locales.tmp",
        ] {
            assert_eq!(at(ignored), None, "{ignored}");
        }
    }
}
