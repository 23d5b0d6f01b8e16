//! Seed inputs, read from the repository: the fixture sites, the bundled
//! example, the theme's language files, the recognizer corpus and the few
//! hand-written seeds in tests/fuzz/seeds/.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One file: path relative to the site root (or a label), and its bytes.
pub type File = (String, Vec<u8>);

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `root/under`, with paths relative to `root`, in path order.
pub fn read_tree(root: &Path, under: &str) -> Vec<File> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(root.join(under)).sort_by_file_name() {
        let entry = entry.expect("seed folder is readable");
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(root).expect("inside the root");
        let rel = rel.to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(entry.path()).expect("seed file is readable");
        files.push((rel, bytes));
    }
    files
}

/// A whole site: a name for messages and its files.
#[derive(Clone)]
pub struct Site {
    pub name: String,
    pub files: Vec<File>,
}

/// The fixture sites, each invalid fixture laid over the minimal one (as the
/// tests do), and the bundled example.
pub fn sites() -> Vec<Site> {
    let fixtures = repo().join("tests/fixtures");
    let minimal = read_tree(&fixtures.join("minimal"), "");
    let mut sites = vec![
        Site {
            name: "minimal".into(),
            files: minimal.clone(),
        },
        Site {
            name: "bilingual".into(),
            files: read_tree(&fixtures.join("bilingual"), ""),
        },
    ];
    let mut cases: Vec<_> = std::fs::read_dir(fixtures.join("invalid"))
        .expect("tests/fixtures/invalid exists")
        .map(|e| e.expect("readable").path())
        .collect();
    cases.sort();
    for case in cases {
        let mut files: BTreeMap<String, Vec<u8>> = minimal.iter().cloned().collect();
        files.extend(read_tree(&case, ""));
        sites.push(Site {
            name: format!(
                "invalid/{}",
                case.file_name().unwrap_or_default().to_string_lossy()
            ),
            files: files.into_iter().collect(),
        });
    }
    let mut example = read_tree(&repo(), "content");
    example.extend(read_tree(&repo(), "locales"));
    sites.push(Site {
        name: "example".into(),
        files: example,
    });
    sites
}

/// Hand-written seeds in tests/fuzz/seeds/<kind>/, paths relative to that folder.
pub fn extra(kind: &str) -> Vec<File> {
    let dir = repo().join("tests/fuzz/seeds").join(kind);
    if dir.is_dir() {
        read_tree(&dir, "")
    } else {
        Vec::new()
    }
}

/// Distinct files of every seed site whose path ends with one of `suffixes`,
/// plus the theme's language files and the extra seeds of `kind`.
pub fn files_ending(suffixes: &[&str], kind: &str) -> Vec<File> {
    let mut by_content: BTreeMap<Vec<u8>, String> = BTreeMap::new();
    let theme = read_tree(&repo(), "theme/locales")
        .into_iter()
        .map(|(p, b)| (p.trim_start_matches("theme/").to_string(), b));
    let all = sites()
        .into_iter()
        .flat_map(|s| s.files)
        .chain(theme)
        .chain(extra(kind));
    for (path, bytes) in all {
        if suffixes.iter().any(|s| path.ends_with(s)) {
            by_content.entry(bytes).or_insert(path);
        }
    }
    by_content.into_iter().map(|(b, p)| (p, b)).collect()
}

/// The Markdown prose of every section of every seed site, plus the extra
/// Markdown seeds.
pub fn markdown_texts() -> Vec<String> {
    let mut texts = std::collections::BTreeSet::new();
    for (path, bytes) in files_ending(&[".yaml"], "none") {
        if !path.contains("/sections/") {
            continue;
        }
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let (Some(section), _) =
            vellum::load::parse_yaml::<vellum::model::Section>(&path, text, "a section")
        {
            for s in section.walk() {
                texts.extend(s.body.as_ref().map(|b| b.value.clone()));
            }
        }
    }
    for (_, bytes) in extra("markdown") {
        texts.insert(String::from_utf8_lossy(&bytes).into_owned());
    }
    texts.into_iter().collect()
}

/// Sentences for the period recognizer in `lang`: the recognizer corpus, and
/// for English the example's prose.
pub fn prose_texts(lang: &str) -> Vec<String> {
    let path = repo().join(format!("tests/corpus/periods/{lang}.yaml"));
    let text = std::fs::read_to_string(&path).expect("the period corpus exists");
    let entries: serde_json::Value =
        vellum::load::parse_yaml(&path.to_string_lossy(), &text, "the corpus")
            .0
            .expect("the period corpus is valid YAML");
    let mut out: Vec<String> = entries
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["text"].as_str().map(str::to_string))
        .collect();
    if lang == "en" {
        out.extend(markdown_texts());
    }
    for (name, bytes) in extra("recognizer") {
        if name.starts_with(lang) {
            out.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    out
}
