//! README.md documents `notice.yaml` field by field with the table `vellum
//! schema --docs` prints; this keeps the two from drifting apart.

mod common;
use common::Site;

#[test]
fn the_readme_notice_table_is_the_generated_one() {
    let run = Site::minimal().run(&["schema", "--docs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docs = run.stdout;
    let start = docs
        .find("#### `content/notice.yaml`\n\n")
        .expect("a notice.yaml table");
    let table = docs[start..]
        .split("\n\n")
        .nth(1)
        .expect("the table after its heading");
    let readme = std::fs::read_to_string(common::repo().join("README.md")).expect("README.md");
    assert!(
        readme.contains(table),
        "README.md's notice.yaml table differs from `vellum schema --docs`; paste this:\n{table}"
    );
    // Every kind of content file gets its table.
    for file in [
        "content/sections/NN-slug.yaml",
        "content/data/retention.yaml",
        "content/data/offices.yaml",
    ] {
        assert!(
            docs.contains(&format!("#### `{file}`")),
            "{file} missing from --docs"
        );
    }
}
