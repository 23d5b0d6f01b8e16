//! Stage 5: put the rendered tree on disk, and the few files vellum owns
//! inside a site.
//!
//! The output folder is guarded: vellum refuses to write into the site's own
//! inputs, into a folder that holds the site, or over a non-empty folder it
//! did not make (a marker file says which folders it made). The new site is
//! written to a sibling folder and exchanged with the old one in one atomic
//! step where the system has one (Linux `renameat2`), so readers and web
//! servers see the old site or the new one, never a mix and never nothing; a
//! lock serialises concurrent builds into one folder, and the next build
//! repairs what a crash left behind.

use crate::diagnostics::Code;
use crate::diagnostics::Diagnostic;
use crate::render::OutputTree;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The file that marks a folder as vellum's output.
pub const OUTPUT_MARKER: &str = ".vellum-output";
const MARKER_TEXT: &str = "This folder is the output of `vellum build`. vellum replaces it as a whole on every build;\nkeep nothing else in it.\n";

/// Folders of a site that are inputs: the output may never be one of them.
const PROTECTED: &[&str] = &[
    "content",
    "locales",
    "templates",
    "theme",
    "schema",
    "versions",
    ".git",
];

/// What writing did besides writing: problems that did not stop it.
pub type Warnings = Vec<Diagnostic>;

/// Writes `tree` to `out`, replacing a previous output of vellum. `site_root`
/// is the site being built: the output may not overlap its inputs.
pub fn write_site(tree: &OutputTree, out: &Path, site_root: &Path) -> Result<Warnings, Diagnostic> {
    let out = resolve(out).map_err(|e| io_error(out, &e))?;
    let root = site_root
        .canonicalize()
        .map_err(|e| io_error(site_root, &e))?;
    guard(&out, &root)?;
    let (parent, name) = split(&out)?;
    fs::create_dir_all(&parent).map_err(|e| io_error(&parent, &e))?;
    let _lock = BuildLock::take(&parent, &name)?;
    let mut warnings = Warnings::new();
    recover(&parent, &name, &out, &mut warnings);
    check_owned(&out)?;
    let staging = parent.join(format!(".{name}.vellum-new-{}", std::process::id()));
    let result = fs::create_dir(&staging)
        .and_then(|()| write_tree(tree, &staging))
        .and_then(|()| fs::write(staging.join(OUTPUT_MARKER), MARKER_TEXT))
        .and_then(|()| swap_in(&staging, &out, &parent, &name, &mut warnings));
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(io_error(&out, &e));
    }
    Ok(warnings)
}

/// The absolute, link-free form of `path`, which need not exist yet.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        let Some(name) = existing.file_name() else {
            break;
        };
        rest.push(name.to_owned());
        existing = existing.parent().unwrap_or(Path::new("/"));
    }
    let mut resolved = existing.canonicalize()?;
    for name in rest.into_iter().rev() {
        match Path::new(&name).components().next() {
            Some(Component::ParentDir) => {
                resolved.pop();
            }
            Some(Component::Normal(n)) => resolved.push(n),
            _ => {}
        }
    }
    Ok(resolved)
}

/// Refuses an output that is the site, holds it, or lies inside its inputs.
fn guard(out: &Path, root: &Path) -> Result<(), Diagnostic> {
    let shown = out.display();
    if out == root {
        return Err(refused(format!(
            "the output folder {shown} is the site folder itself"
        )));
    }
    if root.starts_with(out) {
        return Err(refused(format!(
            "the output folder {shown} contains the site {}",
            root.display()
        )));
    }
    for input in PROTECTED {
        if out.starts_with(root.join(input)) {
            return Err(refused(format!(
                "the output folder {shown} lies inside the site's {input}/ folder"
            )));
        }
    }
    Ok(())
}

/// An existing output must be a folder vellum made, or empty.
fn check_owned(out: &Path) -> Result<(), Diagnostic> {
    let meta = match fs::symlink_metadata(out) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error(out, &e)),
    };
    if !meta.is_dir() {
        return Err(refused(format!(
            "{} exists and is not a folder",
            out.display()
        )));
    }
    if out.join(OUTPUT_MARKER).is_file() {
        return Ok(());
    }
    let empty = fs::read_dir(out)
        .map_err(|e| io_error(out, &e))?
        .next()
        .is_none();
    if empty {
        Ok(())
    } else {
        Err(refused(format!(
            "{} is not empty and was not made by vellum (it has no {OUTPUT_MARKER} file)",
            out.display()
        )))
    }
}

fn split(out: &Path) -> Result<(PathBuf, String), Diagnostic> {
    match (out.parent(), out.file_name()) {
        (Some(parent), Some(name)) => {
            Ok((parent.to_path_buf(), name.to_string_lossy().into_owned()))
        }
        _ => Err(refused(format!(
            "{} cannot be an output folder",
            out.display()
        ))),
    }
}

/// An exclusive lock beside the output, held until the build is written.
/// Its file goes when the lock does: a build leaves nothing beside the
/// output folder.
struct BuildLock {
    file: fs::File,
    path: PathBuf,
}

impl BuildLock {
    fn take(parent: &Path, name: &str) -> Result<Self, Diagnostic> {
        let io = |e: io::Error| io_error(parent, &e);
        let path = parent.join(format!(".{name}.vellum-lock"));
        let mut told = false;
        loop {
            // Only a plain file is vellum's lock; never one reached through
            // a link, which would be removed in its place.
            if fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
                return Err(Diagnostic::error(
                    Code::OutputRefused,
                    format!(
                        "{} is not a plain file; vellum keeps its build lock there",
                        path.display()
                    ),
                )
                .hint(
                    "move it away: vellum makes that file while it builds and removes it after",
                ));
            }
            let file = fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .map_err(io)?;
            if file.try_lock().is_err() {
                if !told {
                    eprintln!("waiting for another vellum build into {name}/ to finish ...");
                    told = true;
                }
                file.lock().map_err(io)?;
            }
            // The build that held the lock removed its file before letting
            // go: a lock on that file guards nothing, as a third build may
            // have made and locked a new one. Lock the file the name holds.
            if names_file(&path, &file) {
                return Ok(Self { file, path });
            }
        }
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        // Removed while still locked, so no build waits on a file no name
        // leads to without seeing that it must open the name again. Only
        // where an open file can be removed (elsewhere the file stays), and
        // only while empty, as vellum made it: a file someone wrote there is
        // theirs.
        #[cfg(unix)]
        if self.file.metadata().is_ok_and(|m| m.len() == 0) {
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

/// Whether `path` still names the open `file`.
#[cfg(unix)]
fn names_file(path: &Path, file: &fs::File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::symlink_metadata(path), file.metadata()) {
        (Ok(named), Ok(open)) => named.dev() == open.dev() && named.ino() == open.ino(),
        _ => false,
    }
}

/// Elsewhere the file is never removed: the name always leads to it.
#[cfg(not(unix))]
fn names_file(_path: &Path, _file: &fs::File) -> bool {
    true
}

/// Repairs what an interrupted build left: an output moved aside but not
/// replaced is put back; staging and old folders are removed.
fn recover(parent: &Path, name: &str, out: &Path, warnings: &mut Warnings) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let mut leftovers: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let n = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (n.starts_with(&format!(".{name}.vellum-old"))
                || n.starts_with(&format!(".{name}.vellum-new")))
                && p.join(OUTPUT_MARKER).is_file()
        })
        .collect();
    leftovers.sort();
    if !out.exists()
        && let Some(old) = leftovers
            .iter()
            .rev()
            .find(|p| p.to_string_lossy().contains(".vellum-old"))
        && fs::rename(old, out).is_ok()
    {
        warnings.push(
            Diagnostic::warning(
                Code::OutputRestored,
                format!("restored {} from an interrupted build", out.display()),
            )
            .hint("a previous build stopped while replacing the output; nothing was lost"),
        );
    }
    for p in leftovers.iter().filter(|p| p.exists()) {
        remove_leftover(p, warnings);
    }
}

fn remove_leftover(path: &Path, warnings: &mut Warnings) {
    if let Err(e) = fs::remove_dir_all(path) {
        warnings.push(
            Diagnostic::warning(
                Code::OutputLeftover,
                format!(
                    "could not remove the previous output {}: {e}",
                    path.display()
                ),
            )
            .hint("the new site is in place; remove that folder yourself when you can"),
        );
    }
}

fn write_tree(tree: &OutputTree, dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    // Folders first, in order; then the files, which are independent, in parallel.
    for rel in tree.keys() {
        if let Some(parent) = dir.join(rel).parent() {
            fs::create_dir_all(parent)?;
        }
    }
    tree.par_iter()
        .try_for_each(|(rel, file)| fs::write(dir.join(rel), file.bytes()))
}

/// Puts `staging` in the place of `out`; the old output is removed afterwards.
fn swap_in(
    staging: &Path,
    out: &Path,
    parent: &Path,
    name: &str,
    warnings: &mut Warnings,
) -> io::Result<()> {
    if !out.exists() {
        return fs::rename(staging, out);
    }
    let old = parent.join(format!(".{name}.vellum-old-{}", std::process::id()));
    if exchange(staging, out).is_ok() {
        // `staging` now holds the previous output.
        let _ = fs::rename(staging, &old);
    } else {
        // No atomic exchange here: two renames, and a crash between them is
        // repaired by the next build (see `recover`).
        fs::rename(out, &old)?;
        if let Err(e) = fs::rename(staging, out) {
            let _ = fs::rename(&old, out);
            return Err(e);
        }
    }
    let leftover = if old.exists() {
        old
    } else {
        staging.to_path_buf()
    };
    if leftover.exists() {
        remove_leftover(&leftover, warnings);
    }
    Ok(())
}

/// Swaps two folders in one step (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes()).map_err(io::Error::other)?;
    let b = CString::new(b.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

fn refused(message: String) -> Diagnostic {
    Diagnostic::error(Code::OutputRefused, message).hint(
        "choose an empty or new folder outside content/, locales/, templates/ and theme/ (the default is <site>/public); vellum never writes over folders it did not make",
    )
}

fn io_error(path: &Path, e: &io::Error) -> Diagnostic {
    Diagnostic::error(Code::Io, format!("cannot write {}: {e}", path.display()))
        .hint("check that the folder exists and that you may write there; the previous output is unchanged")
}
