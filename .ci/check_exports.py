#!/usr/bin/env python3
"""Checks vellum's exports and archive with tools vellum does not share code with.

    python .ci/check_exports.py target/debug/vellum

It builds the example (with its released versions) and the versions fixture
(three released versions), then:
  1. parses every Atom feed with feedparser: well formed, one entry per
     version with an id, a link, a summary and dates;
  2. expands every JSON-LD export with pyld and checks that every IRI of the
     expanded graph (properties, types, references) is a DPV 2.3 term listed in
     tests/reference/dpv-terms.txt, a `vellum:` term documented in README.md,
     or a node of the site; it also converts each to RDF and counts the triples;
  3. validates every export against its published JSON Schema, and every
     release.json and snapshot.json against schema/, with check-jsonschema;
  4. recomputes the content hash of each site and the SHA-256 of every frozen
     file with hashlib.
Exit 1 on any finding, listing each.
"""
import hashlib, json, os, pathlib, re, subprocess, sys, tempfile

import feedparser
from pyld import jsonld

REPO = pathlib.Path(__file__).resolve().parents[1]
TODAY = "2026-11-30"
failures = []


def fail(message):
    failures.append(message)
    print(f"  FAIL {message}")


def build(vellum, root, out):
    env = dict(os.environ, VELLUM_TODAY=TODAY)
    r = subprocess.run([vellum, "--root", str(root), "build", "--out", str(out)], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit(f"check_exports: {root} does not build:\n{r.stderr}")


def dpv_terms():
    return {l.strip() for l in (REPO / "tests/reference/dpv-terms.txt").read_text().splitlines() if l.startswith("https://")}


def vellum_terms():
    """The vellum: terms README.md documents, as full IRIs."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ns = re.search(r"vellum uses its own namespace, `([^`]+)`", readme).group(1)
    return ns, {ns + t for t in re.findall(r"^\| `vellum:([A-Za-z]+)` \|", readme, flags=re.M)}


def check_feeds(site, name):
    feeds = sorted(site.glob("*/versions/feed.xml"))
    if not feeds:
        fail(f"{name}: no feeds")
    for path in feeds:
        lang = path.parts[-3]
        versions = sorted(p.name for p in (site / lang / "versions").iterdir() if (p / "index.html").is_file() and p.name != "changes")
        d = feedparser.parse(path.read_bytes())
        where = f"{name}/{lang}/versions/feed.xml"
        if d.bozo:
            fail(f"{where}: not well-formed: {d.bozo_exception}")
            continue
        if d.version != "atom10":
            fail(f"{where}: parsed as {d.version!r}, not Atom 1.0")
        if len(d.entries) != len(versions):
            fail(f"{where}: {len(d.entries)} entries for {len(versions)} versions")
        for e in d.entries:
            for field in ["id", "title", "link", "summary", "updated_parsed", "published_parsed"]:
                if not e.get(field):
                    fail(f"{where}: an entry has no {field}")
        print(f"  {where}: Atom 1.0, {len(d.entries)} entries, newest {d.entries[0].title!r}")


def refuse_remote(url, options=None):
    raise jsonld.JsonLdError(f"the export must not need a remote document: {url}", "loading document failed")


def expanded_iris(node, out):
    if isinstance(node, list):
        for n in node:
            expanded_iris(n, out)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k == "@type":
                out.update(v if isinstance(v, list) else [v])
            elif k == "@id":
                out.add(v)
            elif not k.startswith("@"):
                out.add(k)
            if k not in ("@value", "@language"):
                expanded_iris(v, out)


def check_jsonld(site, name, base, allowed):
    files = sorted(site.glob("*/notice.jsonld")) + sorted(site.glob("*/versions/*/notice.jsonld"))
    for path in files:
        where = f"{name}/{path.relative_to(site)}"
        doc = json.loads(path.read_text(encoding="utf-8"))
        expanded = jsonld.expand(doc, {"documentLoader": refuse_remote, "base": base})
        iris = set()
        expanded_iris(expanded, iris)
        unknown = sorted(i for i in iris if not i.startswith(base) and i not in allowed)
        if unknown:
            fail(f"{where}: IRIs neither DPV terms from the list nor documented vellum terms: {unknown[:8]}")
        quads = jsonld.to_rdf(doc, {"documentLoader": refuse_remote, "base": base, "format": "application/n-quads"})
        triples = quads.count("\n")
        if triples < 50:
            fail(f"{where}: only {triples} triples")
    print(f"  {name}: {len(files)} JSON-LD exports expanded by pyld, every IRI a DPV or vellum term")


def check_schema(schema, instances, where):
    instances = [str(i) for i in instances]
    if not instances:
        fail(f"{where}: nothing to validate")
        return
    r = subprocess.run(["check-jsonschema", "--schemafile", str(schema), *instances], capture_output=True, text=True)
    if r.returncode != 0:
        lines = (r.stdout + r.stderr).strip().splitlines()
        more = f"\n    ... {len(lines) - 12} more lines" if len(lines) > 12 else ""
        fail(f"{where}:\n    " + "\n    ".join(lines[:12]) + more)
    else:
        print(f"  {where}: {len(instances)} files valid against {pathlib.Path(schema).name}")


def check_schemas(site, name):
    s = site / "schemas"
    check_schema(s / "retention-export.schema.json", [site / "retention.json", *site.glob("versions/*/retention.json")], f"{name} retention.json")
    check_schema(s / "notice-export.schema.json", [site / "notice.json", *site.glob("versions/*/notice.json")], f"{name} notice.json")
    check_schema(s / "dpv-export.schema.json", [*site.glob("*/notice.jsonld"), *site.glob("*/versions/*/notice.jsonld")], f"{name} JSON-LD")


def content_hash(root):
    h = hashlib.sha256()
    files = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if not p.is_file() or any(part.startswith(".") for part in p.relative_to(root).parts):
            continue
        data = p.read_bytes()
        generated = data.startswith(b"# Generated by `vellum i18n sync`")
        if rel.startswith("content/") or (rel.startswith("locales/") and rel.endswith(".ftl") and not generated):
            files.append((rel, data))
    for rel, data in sorted(files):
        h.update(rel.encode() + b"\n" + str(len(data)).encode() + b"\n" + data)
    return "sha256:" + h.hexdigest()


def check_hashes(root, site, name):
    want = content_hash(root)
    got = json.loads((site / "retention.json").read_text())["content_hash"]
    if want != got:
        fail(f"{name}: content hash {got} != {want} (hashlib)")
    frozen = 0
    for manifest in sorted((root / "versions").glob("*/release.json")):
        m = json.loads(manifest.read_text())
        for rel, digest in m["files"].items():
            data = (manifest.parent / rel).read_bytes()
            if "sha256:" + hashlib.sha256(data).hexdigest() != digest:
                fail(f"{manifest.parent}/{rel}: SHA-256 differs from release.json")
            frozen += 1
    print(f"  {name}: content hash and {frozen} frozen files agree with hashlib")


def main():
    vellum = sys.argv[1] if len(sys.argv) > 1 else str(REPO / "target/debug/vellum")
    allowed_vellum_ns, vellum_iris = vellum_terms()
    allowed = dpv_terms() | vellum_iris
    sites = [(REPO, "example", "https://privacy.kestrel.example/"),
             (REPO / "tests/fixtures/versions", "fixture", "https://privacy.example.com/")]
    with tempfile.TemporaryDirectory() as tmp:
        for root, name, base in sites:
            out = pathlib.Path(tmp) / name
            build(vellum, root, out)
            check_feeds(out, name)
            check_jsonld(out, name, base, allowed)
            check_schemas(out, name)
            check_hashes(root, out, name)
            check_schema(REPO / "schema/release.schema.json", sorted(root.glob("versions/*/release.json")), f"{name} release.json")
            check_schema(REPO / "schema/snapshot.schema.json", sorted(root.glob("versions/*/snapshot.json")), f"{name} snapshot.json")
    if failures:
        print(f"check_exports: {len(failures)} findings", file=sys.stderr)
        sys.exit(1)
    print("check_exports: feeds, JSON-LD, schemas and hashes all agree")


if __name__ == "__main__":
    main()
