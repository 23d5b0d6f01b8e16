//! Stage 5: put the rendered tree on disk atomically. The new site is written
//! to a sibling folder and swapped in by rename, so readers (and a web server
//! serving `public/`) see either the old site or the new one, never a mix, and
//! a build that fails before this point leaves `public/` untouched.

use crate::render::OutputTree;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Writes `tree` to `out`, replacing what was there.
pub fn write_site(tree: &OutputTree, out: &Path) -> io::Result<()> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let name = out
        .file_name()
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "the output path has no folder name",
            )
        })?
        .to_string_lossy()
        .into_owned();
    let staging = parent.join(format!(".{name}.vellum-new"));
    let previous = parent.join(format!(".{name}.vellum-old"));
    remove_if_exists(&staging)?;
    remove_if_exists(&previous)?;
    fs::create_dir(&staging)?;
    let result = write_tree(tree, &staging).and_then(|()| swap_in(&staging, out, &previous));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
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
        .try_for_each(|(rel, bytes)| fs::write(dir.join(rel), bytes))
}

fn swap_in(staging: &Path, out: &Path, previous: &Path) -> io::Result<()> {
    let had_previous = out.exists();
    if had_previous {
        if !out.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} exists and is not a folder", out.display()),
            ));
        }
        fs::rename(out, previous)?;
    }
    if let Err(e) = fs::rename(staging, out) {
        if had_previous {
            let _ = fs::rename(previous, out);
        }
        return Err(e);
    }
    if had_previous {
        fs::remove_dir_all(previous)?;
    }
    Ok(())
}

fn remove_if_exists(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
