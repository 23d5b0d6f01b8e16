//! Test helpers: temporary copies of fixture sites and a way to run the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` with its bytes, by path relative to `dir`: for
/// comparing outputs and checking that nothing was touched.
pub fn files(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// A site in a temporary folder that tests may change freely.
pub struct Site {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// The diagnostics of a `--format json` run.
    pub fn diagnostics(&self) -> Vec<serde_json::Value> {
        self.json()["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("fixture is readable");
        let rel = entry.path().strip_prefix(from).expect("inside the fixture");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("temp dir is writable");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

impl Site {
    pub fn empty() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The small valid site in tests/fixtures/minimal.
    pub fn minimal() -> Site {
        let site = Site::empty();
        copy_tree(&repo().join("tests/fixtures/minimal"), site.path());
        site
    }

    /// The minimal site in English and Dutch (tests/fixtures/bilingual).
    pub fn bilingual() -> Site {
        let site = Site::empty();
        copy_tree(&repo().join("tests/fixtures/bilingual"), site.path());
        site
    }

    /// The bilingual site of a statement written as lawyers write one
    /// (tests/fixtures/statement): a preamble, fixed and absent numbers,
    /// run-in headings, blocks inside the prose, real table cells, rules
    /// with qualifiers, starts and several ends.
    pub fn statement() -> Site {
        let site = Site::empty();
        copy_tree(&repo().join("tests/fixtures/statement"), site.path());
        site
    }

    /// A small notice complete under the `gdpr` profile, in English and Dutch
    /// (tests/fixtures/complete): every item of Articles 13 and 14 GDPR shown.
    pub fn complete() -> Site {
        let site = Site::empty();
        copy_tree(&repo().join("tests/fixtures/complete"), site.path());
        site
    }

    /// The minimal site with the files of tests/fixtures/invalid/<case> laid over it.
    pub fn invalid(case: &str) -> Site {
        let site = Site::minimal();
        let overlay = repo().join("tests/fixtures/invalid").join(case);
        assert!(overlay.is_dir(), "no fixture {}", overlay.display());
        copy_tree(&overlay, site.path());
        site
    }

    /// A copy of the bundled example (content/, locales/, templates/, theme/).
    pub fn example() -> Site {
        let site = Site::empty();
        for dir in ["content", "locales", "templates", "theme"] {
            let from = repo().join(dir);
            if from.is_dir() {
                copy_tree(&from, &site.path().join(dir));
            }
        }
        site
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write file");
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// Replaces the first occurrence of `from` in a file; fails when absent.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_vellum"))
            .arg("--root")
            .arg(self.path())
            .args(args)
            .env("NO_COLOR", "1")
            .current_dir(self.path())
            .output()
            .expect("run vellum");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}
