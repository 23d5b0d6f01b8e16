//! Files vellum writes inside a site (the generated source `.ftl`, the
//! translation fingerprints, JSON Schemas): only inside the site root, never
//! through a link, never over a file vellum does not own, and atomically, so
//! an interrupted write never leaves half a file.

use crate::diagnostics::Code;
use crate::diagnostics::Diagnostic;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Who may be replaced: a check on the bytes of the file already there.
pub type OwnerCheck<'a> = &'a dyn Fn(&[u8]) -> Result<(), Diagnostic>;

/// What happened to the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Replaced,
    Unchanged,
}

/// Writes `contents` to `rel` under `root`. An existing file is replaced only
/// when `owned` accepts its bytes; folders are created inside the root only.
pub fn write_owned_file(
    root: &Path,
    rel: &str,
    contents: &[u8],
    owned: OwnerCheck<'_>,
) -> Result<Written, Diagnostic> {
    let root = root.canonicalize().map_err(|e| {
        refuse(
            rel,
            format!("cannot open the site root {}: {e}", root.display()),
        )
    })?;
    let parts = confined_parts(rel)?;
    let (name, folders) = parts
        .split_last()
        .ok_or_else(|| refuse(rel, "the path names no file".to_string()))?;
    let mut dir = root.clone();
    for folder in folders {
        dir = enter_folder(&root, &dir, folder, rel)?;
    }
    let target = dir.join(name);
    let existed = match std::fs::symlink_metadata(&target) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(refuse(
                rel,
                "it is a link; vellum never writes through a link".to_string(),
            ));
        }
        Ok(m) if !m.is_file() => {
            return Err(refuse(
                rel,
                "something other than a file is there".to_string(),
            ));
        }
        Ok(_) => {
            let existing = std::fs::read(&target).map_err(|e| refuse(rel, e.to_string()))?;
            if existing == contents {
                return Ok(Written::Unchanged);
            }
            owned(&existing)?;
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(refuse(rel, e.to_string())),
    };
    replace_atomically(&dir, name, contents).map_err(|e| refuse(rel, e.to_string()))?;
    Ok(if existed {
        Written::Replaced
    } else {
        Written::Created
    })
}

/// The plain folder names of a relative path; anything that could leave the
/// root (`..`, an absolute path, a drive prefix) is refused.
fn confined_parts(rel: &str) -> Result<Vec<String>, Diagnostic> {
    let mut parts = Vec::new();
    for c in Path::new(rel).components() {
        match c {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::CurDir => {}
            _ => {
                return Err(refuse(rel, "the path leaves the site folder".to_string()));
            }
        }
    }
    Ok(parts)
}

/// `dir/folder`, created if missing; a link is followed only while it stays
/// inside the root.
fn enter_folder(root: &Path, dir: &Path, folder: &str, rel: &str) -> Result<PathBuf, Diagnostic> {
    let path = dir.join(folder);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir(&path).map_err(|e| refuse(rel, e.to_string()))?;
            Ok(path)
        }
        Err(e) => Err(refuse(rel, e.to_string())),
        Ok(_) => {
            let real = path
                .canonicalize()
                .map_err(|e| refuse(rel, e.to_string()))?;
            if !real.starts_with(root) {
                return Err(refuse(
                    rel,
                    format!("{folder}/ is a link to a folder outside the site"),
                ));
            }
            if !real.is_dir() {
                return Err(refuse(rel, format!("{folder} is not a folder")));
            }
            Ok(real)
        }
    }
}

/// Writes a sibling temporary file, then renames it over the target.
fn replace_atomically(dir: &Path, name: &str, contents: &[u8]) -> std::io::Result<()> {
    let temp = dir.join(format!(".{name}.vellum-tmp-{}", std::process::id()));
    let result = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut f| f.write_all(contents).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&temp, dir.join(name)));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

fn refuse(rel: &str, why: String) -> Diagnostic {
    Diagnostic::error(
        Code::WriteRefused,
        format!("vellum did not write {rel}: {why}"),
    )
    .in_file(rel)
    .hint("vellum writes only its own files, and only inside the site folder")
}
