//! Embeds the default theme (`theme/`) into the binary, so a site needs no theme
//! folder of its own: `vellum build` works anywhere a `content/` folder exists.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let theme = Path::new(&root).join("theme");
    println!("cargo:rerun-if-changed=theme");
    let mut files = Vec::new();
    collect(&theme, &theme, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The default theme's files: (path inside theme/, contents).\npub static EMBEDDED_THEME: &[(&str, &[u8])] = &[\n",
    );
    for rel in &files {
        let abs = theme.join(rel);
        println!("cargo:rerun-if-changed={}", abs.display());
        let _ = writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        );
    }
    code.push_str("];\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_theme.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(base, &path, out);
        } else if let Ok(rel) = path.strip_prefix(base) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            if !rel.split('/').any(|p| p.starts_with('.')) {
                out.push(rel);
            }
        }
    }
}
