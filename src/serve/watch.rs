//! Watching the site's inputs. The root is watched on its own (not
//! recursively, so `public/` and `target/` cost nothing) and each input folder
//! recursively. When an input folder is deleted and created again, as
//! `git checkout` of another branch does, or appears after the start, its
//! watch is set up again: a watch belongs to the folder, not to its name.

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// The folders whose changes rebuild the site.
pub const INPUTS: [&str; 5] = ["content", "locales", "templates", "theme", "versions"];

/// Saves usually arrive as several events within a few milliseconds (write,
/// rename, metadata); this gathers them into one rebuild.
const DEBOUNCE: Duration = Duration::from_millis(25);

pub struct Watcher {
    root: PathBuf,
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    events: Receiver<DebounceEventResult>,
}

impl Watcher {
    /// Starts watching `root` (absolute) and its input folders. Events that
    /// arrive before [`Watcher::run`] wait for it.
    pub fn start(root: &Path) -> Result<Watcher, String> {
        let (tx, events) = channel();
        let debouncer = notify_debouncer_full::new_debouncer(DEBOUNCE, None, tx)
            .map_err(|e| format!("cannot watch files: {e}"))?;
        let mut watcher = Watcher {
            root: root.to_path_buf(),
            debouncer,
            events,
        };
        watcher
            .debouncer
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
        let _ = self.debouncer.unwatch(&path);
        if path.is_dir() {
            self.debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Calls `on_change` with the changed paths (relative to the root) and
    /// the time the change was noticed, once per batch of events, until the
    /// process ends.
    pub fn run(mut self, mut on_change: impl FnMut(&[String], Instant)) {
        while let Ok(result) = self.events.recv() {
            let started = Instant::now();
            // Saves made while the last rebuild ran are waiting as batches of
            // their own: one rebuild of where they leave the site, not one
            // rebuild of each step on the way.
            let waiting = std::iter::from_fn(|| self.events.try_recv().ok());
            let changed = self.changed_paths(std::iter::once(result).chain(waiting));
            // A folder replaced or created: watch it again before rebuilding,
            // so nothing written into it from now on goes unnoticed, and the
            // rebuild sees everything written before.
            for input in INPUTS {
                if changed.contains(input)
                    && let Err(e) = self.rewatch(input)
                {
                    eprintln!("cannot watch {input}/: {e}");
                }
            }
            if !changed.is_empty() {
                on_change(&changed.into_iter().collect::<Vec<_>>(), started);
            }
        }
    }

    /// The input paths that batches of events changed, relative to the root.
    fn changed_paths(
        &self,
        batches: impl Iterator<Item = DebounceEventResult>,
    ) -> BTreeSet<String> {
        let mut changed = BTreeSet::new();
        for batch in batches {
            let events = match batch {
                Ok(events) => events,
                Err(errors) => {
                    for e in errors {
                        eprintln!("file watching: {e}");
                    }
                    continue;
                }
            };
            changed.extend(
                events
                    .iter()
                    .filter(|e| {
                        matches!(
                            e.event.kind,
                            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
                        )
                    })
                    .flat_map(|e| e.event.paths.iter())
                    .filter_map(|p| self.input_path(p)),
            );
        }
        changed
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
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_waiting_behind_a_rebuild_make_one_rebuild() {
        use notify_debouncer_full::DebouncedEvent;
        use notify_debouncer_full::notify::Event;
        use notify_debouncer_full::notify::event::{CreateKind, ModifyKind};
        let dir = tempfile::tempdir().expect("a temporary folder");
        let watcher = Watcher::start(dir.path()).expect("a watcher");
        let event = |kind: EventKind, rel: &str| {
            DebouncedEvent::new(
                Event::new(kind).add_path(dir.path().join(rel)),
                Instant::now(),
            )
        };
        let batches: Vec<DebounceEventResult> = vec![
            Ok(vec![event(
                EventKind::Modify(ModifyKind::Any),
                "content/sections/01-a.yaml",
            )]),
            Err(vec![]),
            Ok(vec![
                event(
                    EventKind::Modify(ModifyKind::Any),
                    "content/sections/01-a.yaml",
                ),
                event(
                    EventKind::Create(CreateKind::File),
                    "locales/nl/content.ftl",
                ),
                event(
                    EventKind::Access(notify_debouncer_full::notify::event::AccessKind::Any),
                    "locales/de/content.ftl",
                ),
                event(EventKind::Modify(ModifyKind::Any), "public/en/index.html"),
            ]),
        ];
        let changed: Vec<String> = watcher
            .changed_paths(batches.into_iter())
            .into_iter()
            .collect();
        assert_eq!(
            changed,
            ["content/sections/01-a.yaml", "locales/nl/content.ftl"]
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
            "locales.tmp",
        ] {
            assert_eq!(at(ignored), None, "{ignored}");
        }
    }
}
