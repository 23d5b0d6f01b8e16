#!/usr/bin/env python3
"""Build time against the number of versions: the example with 1, 2, 4 and 8
versions (the current one and N-1 released before it), each built RUNS times
after a warm-up; prints the median wall time, the median render stage and
the output size, and the time each added version costs.

    cargo build --release && python3 benches/versions_scaling.py [--runs 15] [--vellum target/release/vellum]

The earlier versions are the example's content with a different version,
date and retention reason each, released with `vellum release` (warnings about
the untranslated reasons are expected and do not stop a release).
"""
import argparse, os, pathlib, re, shutil, statistics, subprocess, sys, tempfile, time

REPO = pathlib.Path(__file__).resolve().parents[1]


def vellum(binary, root, *args, env=None):
    r = subprocess.run([binary, "--root", str(root), *args], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit(f"vellum {' '.join(args)} failed:\n{r.stderr[-3000:]}")
    return r


def site_with_versions(binary, work, count):
    """The example in `work` with `count` versions: count-1 released, then the current."""
    for d in ["content", "locales"]:
        shutil.copytree(REPO / d, work / d)
    notice = work / "content/notice.yaml"
    original = notice.read_text(encoding="utf-8")
    retention = work / "content/data/retention.yaml"
    rules = retention.read_text(encoding="utf-8")
    for i in range(1, count):
        text = re.sub(r'version: "[^"]*"', f'version: "0.{i}"', original)
        text = re.sub(r'effective_date: "[^"]*"', f'effective_date: "2020-{i:02d}-01"', text)
        notice.write_text(text, encoding="utf-8")
        retention.write_text(rules.replace("Demonstrating that consent was validly obtained",
                                           f"Demonstrating (revision {i}) that consent was validly obtained"),
                             encoding="utf-8")
        vellum(binary, work, "i18n", "sync")
        vellum(binary, work, "release")
    notice.write_text(original, encoding="utf-8")
    retention.write_text(rules, encoding="utf-8")
    vellum(binary, work, "i18n", "sync")


def measure(binary, root, out, runs):
    env = dict(os.environ, VELLUM_TODAY="2026-11-30")
    vellum(binary, root, "build", "--out", str(out), env=env)
    walls, renders = [], []
    for _ in range(runs):
        start = time.perf_counter()
        r = vellum(binary, root, "build", "--timings", "--out", str(out), env=env)
        walls.append((time.perf_counter() - start) * 1000)
        m = re.search(r"render ([0-9.]+) ms", r.stderr)
        renders.append(float(m.group(1)) if m else float("nan"))
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    files = sum(1 for f in out.rglob("*") if f.is_file())
    return statistics.median(walls), statistics.median(renders), files, size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--vellum", default=str(REPO / "target/release/vellum"))
    ap.add_argument("--counts", default="1,2,4,8")
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(c) for c in a.counts.split(",")]:
            work = pathlib.Path(tmp) / f"site-{n}"
            site_with_versions(a.vellum, work, n)
            rows.append((n, *measure(a.vellum, work, pathlib.Path(tmp) / f"out-{n}", a.runs)))
    print(f"| versions | build (median of {a.runs}) | render stage | files | output |")
    print("|---|---|---|---|---|")
    for n, wall, render, files, size in rows:
        print(f"| {n} | {wall:.0f} ms | {render:.1f} ms | {files} | {size / 1e6:.1f} MB |")
    (n0, w0, r0, *_), (n1, w1, r1, *_) = rows[0], rows[-1]
    print(f"\neach added version: {(w1 - w0) / (n1 - n0):.1f} ms of build, {(r1 - r0) / (n1 - n0):.1f} ms of render")


if __name__ == "__main__":
    main()
