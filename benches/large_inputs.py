#!/usr/bin/env python3
"""How `vellum check` copes with one very large input: time (CPU and wall) and
peak RSS per input, and how they grow per doubling of the input.

    python3 benches/large_inputs.py [--vellum target/release/vellum] [--sizes 0.25,1,4,16]
                                    [--products 2500,10000,200000] [--runs 3] [--timeout 300]
                                    [--mem-limit-mib 8192] [--only section|products]
                                    [--work DIR] [--keep] [--json FILE]

Inputs, each a copy of the bundled example (a small valid site: 2 languages, 16
sections) in a temporary folder, never in the repository:

  base           the example unchanged (the fixed cost every other input includes)
  section-X MB   content/sections/10-security.yaml with a body of X MB of English
                 prose paragraphs (sentences from synth.py's word lists). Only the
                 English source changes, so `check` reports two diagnostics on top
                 of its work: locales/en/content.ftl is out of date (error) and the
                 Dutch translation of that body is stale (warning). Exit code 1.
  N products     content/data/products.yaml with N product rows like synth.py's
                 (every tenth a grouped row of messaging channels; 2-5 data categories
                 each; a one-sentence description), with Dutch translations of every
                 row, set up with `vellum i18n sync` and `vellum i18n confirm nl`
                 (timed too, reported as setup) so that `check` has the full
                 translation work of a real site. 2,500 and 10,000 rows give a
                 growth figure below the YAML reader's node budget, which (with
                 vellum 642c997) refuses a products.yaml of 20,000 rows or more
                 as `yaml-too-complex`; such an input is flagged in the output.

Each input is checked `--runs` times, interleaved: round k runs every input once,
the order rotated by k. There is no separate warm-up: setup has just written the
files, so they are in the page cache, and round 1 counts. An exit code of 1 (diagnostics)
counts as a normal run and is recorded; a signal (crash), a failed allocation at
the memory limit, or a timeout is reported as such, and that input is not run
again in later rounds. `--mem-limit-mib` caps each vellum process's address
space (RLIMIT_AS) so that a runaway input fails alone instead of pushing a
shared machine into the OOM killer; 0 means no limit.

Python 3.11, standard library only; Linux (wait4 rusage, /proc).
"""
import argparse
import collections
import json
import math
import random
import shutil
import statistics
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchlib  # noqa: E402
import synth  # noqa: E402  (word lists and the sentence generator)

REPO = HERE.parent
SECTION_FILE = "content/sections/10-security.yaml"


def copy_example(dest):
    for d in ("content", "locales", "templates", "theme"):
        if (REPO / d).is_dir():
            shutil.copytree(REPO / d, dest / d)


def prose_paragraphs(n_bytes, seed):
    """English paragraphs of 3-7 sentences, wrapped at 88 columns, until n_bytes."""
    prose = synth.Prose(random.Random(seed))
    out, size = [], 0
    while size < n_bytes:
        en, _ = prose.sentences(3, 7)
        para = textwrap.fill(en, width=86)
        out.append(para)
        size += len(para.encode()) + 2
    return out


def replace_body(yaml_text, paragraphs):
    """Replaces the top-level `body: |` block of a section file."""
    lines = yaml_text.split("\n")
    start = lines.index("body: |")
    end = start + 1
    while end < len(lines) and (lines[end] == "" or lines[end].startswith("  ")):
        end += 1
    block = []
    for i, p in enumerate(paragraphs):
        if i:
            block.append("")
        block += ["  " + line for line in p.split("\n")]
    return "\n".join(lines[: start + 1] + block + [""] + lines[end:])


def make_section_site(root, megabytes, seed):
    copy_example(root)
    f = root / SECTION_FILE
    f.write_text(replace_body(f.read_text(encoding="utf-8"), prose_paragraphs(int(megabytes * 2**20), seed)),
                 encoding="utf-8")
    return f.stat().st_size


CATEGORY_IDS = ["identifiers", "professional", "financial", "commercial", "internet-activity",
                "location-data", "support-interactions", "traffic-data", "message-content",
                "fraud-signals"]


def make_products_site(root, n, seed, vellum, timeout, mem_limit):
    """The example with n product rows and their Dutch translations. Returns
    (bytes of products.yaml, setup runs)."""
    copy_example(root)
    rng = random.Random(seed)
    prose = synth.Prose(rng)
    rows, nl = [], []
    words = synth.PRODUCT_WORDS
    for i in range(n):
        desc_en, desc_nl = prose.sentence()
        cats = rng.sample(CATEGORY_IDS, rng.randint(2, 5))
        if i % 10 == 9:
            pid, name_en, name_nl = f"messaging-channels-{i + 1}", f"Messaging channels {i // 10 + 1}", \
                f"Berichtenkanalen {i // 10 + 1}"
            members = rng.sample(synth.CHANNELS, rng.randint(3, 6))
        else:
            word = words[i % len(words)]
            pid = synth.kebab(f"kestrel {word} {i + 1}")
            name_en = name_nl = f"Kestrel {word} {i + 1}"
            members = []
        row = [f"- id: {pid}", f"  name: {json.dumps(name_en)}", f"  description: {json.dumps(desc_en)}"]
        if members:
            row.append("  members:")
            row += [f"    - {json.dumps(m)}" for m in members]
        row.append(f"  categories: [{', '.join(cats)}]")
        rows.append("\n".join(row))
        nl.append(f"product-{pid}-name = {name_nl}\nproduct-{pid}-description = {desc_nl}\n")
    products = root / "content/data/products.yaml"
    products.write_text("\n\n".join(rows) + "\n", encoding="utf-8")
    # The example's Dutch catalog without its own products, plus the new ones.
    cat = root / "locales/nl/content.ftl"
    kept = [line for line in cat.read_text(encoding="utf-8").split("\n") if not line.startswith("product-")]
    cat.write_text("\n".join(kept).rstrip("\n") + "\n\n" + "".join(nl), encoding="utf-8")
    setup = {}
    for step in (["i18n", "sync"], ["i18n", "confirm", "nl"]):
        r = benchlib.run([vellum, "--root", root, *step], timeout=timeout, mem_limit_mib=mem_limit)
        setup[" ".join(step)] = r
        print(f"  setup `vellum {' '.join(step)}`: {benchlib.outcome(r)}, CPU {r['cpu_ms'] / 1000:.2f} s, "
              f"peak RSS {r['rss_kib'] / 1024:.0f} MiB", file=sys.stderr, flush=True)
        if r["exit"] != 0:
            print(f"  setup failed; `check` will be measured anyway:\n{r['stderr_tail'][-800:]}", file=sys.stderr)
            break
    return products.stat().st_size, setup


def diagnostics(path):
    """Totals and codes of a `check --format json` report, or None."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    diags = doc.get("diagnostics", [])
    codes = collections.Counter(d.get("code") for d in diags)
    error_codes = sorted({d.get("code") for d in diags if d.get("severity") == "error"})
    return dict(errors=doc.get("errors"), warnings=doc.get("warnings"), codes=dict(codes.most_common()),
                error_codes=error_codes)


# Errors an input is expected to produce: the section inputs change the English
# source without `i18n sync`. Any other error means vellum did not do the full
# work of the input (e.g. it refused to load a file), so the input is flagged
# and left out of the growth figures.
EXPECTED_ERRORS = {"base": set(), "section": {"source-file-stale"}, "products": set()}


def unexpected_errors(row):
    d = row.get("diagnostics")
    if d is None:
        return []
    return [c for c in d["error_codes"] if c not in EXPECTED_ERRORS[row["kind"]]]


def per_doubling(x0, x1, y0, y1):
    """Growth factor of y per doubling of x: 2 is linear, 4 quadratic."""
    if min(x0, x1, y0, y1) <= 0 or x0 == x1:
        return None
    return (y1 / y0) ** (1 / math.log2(x1 / x0))


def fmt_doubling(v):
    return "–" if v is None else f"×{v:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vellum", type=Path, default=REPO / "target/release/vellum")
    ap.add_argument("--sizes", default="0.25,1,4,16", help="section body sizes in MB (MiB), comma-separated")
    ap.add_argument("--products", default="2500,10000,200000",
                    help="product row counts, comma-separated ('' for none; default 2500,10000,200000)")
    ap.add_argument("--only", choices=["section", "products"], help="run only this kind of input")
    ap.add_argument("--no-base", action="store_true", help="skip the unchanged example")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300, help="seconds per vellum process (default 300)")
    ap.add_argument("--mem-limit-mib", type=int, default=8192,
                    help="address-space cap per vellum process, MiB (default 8192; 0 = none)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, help="where the sites go (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated sites")
    ap.add_argument("--json", type=Path, help="write every run here")
    args = ap.parse_args()
    vellum = args.vellum.resolve()
    if not vellum.exists():
        sys.exit(f"{vellum} not found: run `cargo build --release` first, or pass --vellum")
    mem_limit = args.mem_limit_mib or None
    sizes = [float(x) for x in args.sizes.split(",") if x.strip()] if args.only != "products" else []
    counts = [int(x) for x in args.products.split(",") if x.strip()] if args.only != "section" else []

    work = args.work or Path(tempfile.mkdtemp(prefix="vellum-large-"))
    if str(work.resolve()).startswith(str(REPO.resolve()) + "/"):
        sys.exit("--work must be outside the repository")
    work.mkdir(parents=True, exist_ok=True)
    inputs = []  # dicts: name, kind, x (the scaled amount), root, bytes, setup
    try:
        if not args.no_base:
            root = work / "base"
            shutil.rmtree(root, ignore_errors=True)
            copy_example(root)
            inputs.append(dict(name="base", kind="base", x=0, root=root,
                               bytes=(root / SECTION_FILE).stat().st_size, setup=None))
        for mb in sizes:
            root = work / f"section-{mb:g}MB"
            shutil.rmtree(root, ignore_errors=True)
            print(f"writing {root} ...", file=sys.stderr, flush=True)
            n = make_section_site(root, mb, args.seed)
            inputs.append(dict(name=f"section {mb:g} MB", kind="section", x=mb, root=root, bytes=n, setup=None))
        for n in counts:
            root = work / f"products-{n}"
            shutil.rmtree(root, ignore_errors=True)
            print(f"writing {root} ...", file=sys.stderr, flush=True)
            size, setup = make_products_site(root, n, args.seed, vellum, args.timeout, mem_limit)
            inputs.append(dict(name=f"{n} products", kind="products", x=n, root=root, bytes=size, setup=setup))

        env = benchlib.environment(vellum)
        load_start = benchlib.loadavg()
        raw, failed = [], {}
        for k in range(args.runs):
            order = benchlib.rotated([i["name"] for i in inputs], k)
            for name in order:
                if name in failed:
                    continue
                inp = next(i for i in inputs if i["name"] == name)
                report_file = work / f"report-{inp['root'].name}.json"
                print(f"round {k + 1}/{args.runs}: {name} ...", file=sys.stderr, flush=True)
                r = benchlib.run([vellum, "--root", inp["root"], "check", "--format", "json"],
                                 timeout=args.timeout, stdout=report_file, mem_limit_mib=mem_limit)
                r["outcome"] = benchlib.outcome(r)
                r["diagnostics"] = diagnostics(report_file)
                report_file.unlink(missing_ok=True)
                if r["exit"] not in (0, 1):
                    failed[name] = r["outcome"]
                    print(f"  {name}: {r['outcome']} after {r['wall_ms'] / 1000:.1f} s, peak RSS "
                          f"{r['rss_kib'] / 1024:.0f} MiB; not run again\n{r['stderr_tail'][-600:]}",
                          file=sys.stderr, flush=True)
                raw.append(dict(input=name, round=k, **r))
        load_end = benchlib.loadavg()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    rows = []
    for inp in inputs:
        rs = [r for r in raw if r["input"] == inp["name"]]
        ok = [r for r in rs if r["exit"] in (0, 1)]
        row = dict(name=inp["name"], kind=inp["kind"], x=inp["x"], bytes=inp["bytes"], runs=len(rs),
                   outcomes=sorted({r["outcome"] for r in rs}), failed=failed.get(inp["name"]),
                   diagnostics=ok[-1]["diagnostics"] if ok else None,
                   setup={k: dict(outcome=benchlib.outcome(v), cpu_ms=v["cpu_ms"], wall_ms=v["wall_ms"],
                                  rss_kib=v["rss_kib"]) for k, v in (inp["setup"] or {}).items()})
        src = ok or rs  # a failed input still shows how far it got
        if src:
            row.update(cpu_s=benchlib.summary([r["cpu_ms"] / 1000 for r in src]),
                       wall_s=benchlib.summary([r["wall_ms"] / 1000 for r in src]),
                       rss_mib=benchlib.summary([r["rss_kib"] / 1024 for r in src]),
                       load_mean=statistics.fmean(r["load_before"] for r in src))
        rows.append(row)

    between = [r["load_before"] for r in raw]
    load = dict(before_series=load_start, after_series=load_end,
                between_mean=statistics.fmean(between) if between else None,
                between_min=min(between, default=None), between_max=max(between, default=None))
    doc = dict(kind="large_inputs", environment=env, runs=args.runs, timeout_s=args.timeout,
               mem_limit_mib=mem_limit, load=load, inputs=rows,
               raw_runs=[{k: v for k, v in r.items() if k != "stderr_tail"} | {"stderr_tail": r["stderr_tail"][-500:]}
                         for r in raw])
    if args.json:
        args.json.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    report(doc, args)


def report(doc, args):
    p = print
    p(f"## vellum check on large inputs ({doc['runs']} interleaved rounds)\n")
    for line in benchlib.environment_lines(doc["environment"]):
        p(f"- {line}")
    lim = f"{doc['mem_limit_mib']} MiB address space" if doc["mem_limit_mib"] else "none"
    p(f"- timeout {doc['timeout_s']:g} s per run; memory limit: {lim}")
    L = doc["load"]
    if L["between_mean"] is not None:
        p(f"- load average (1 min): {L['before_series']:.2f} before, {L['after_series']:.2f} after; "
          f"mean before each run {L['between_mean']:.2f} (min {L['between_min']:.2f}, max {L['between_max']:.2f})")
    p("")
    p("| input | size of the changed file | outcome | CPU s | wall s | peak RSS MiB | diagnostics |")
    p("|---|---|---|---|---|---|---|")
    for r in doc["inputs"]:
        d = r["diagnostics"]
        diag = "–" if d is None else (f"{d['errors']} errors, {d['warnings']} warnings"
                                      + (f" ({', '.join(f'{c} ×{n}' for c, n in list(d['codes'].items())[:6])})"
                                         if d["codes"] else ""))
        cells = ["–"] * 3 if "cpu_s" not in r else [
            benchlib.span(r["cpu_s"], "{:.2f}"), benchlib.span(r["wall_s"], "{:.2f}"),
            benchlib.span(r["rss_mib"], "{:.0f}")]
        size = f"{r['bytes'] / 2**20:.2f} MiB" if r["bytes"] >= 2**20 else f"{r['bytes'] / 1024:.0f} KiB"
        p(f"| {r['name']} | {size} | {', '.join(r['outcomes']) or 'not run'} | "
          + " | ".join(cells) + f" | {diag} |")
    for r in doc["inputs"]:
        for step, s in r["setup"].items():
            p(f"- setup of {r['name']}: `vellum {step}`: {s['outcome']}, CPU {s['cpu_ms'] / 1000:.2f} s, "
              f"wall {s['wall_ms'] / 1000:.2f} s, peak RSS {s['rss_kib'] / 1024:.0f} MiB")

    for r in doc["inputs"]:
        bad = unexpected_errors(r)
        if bad:
            p(f"- WARNING: {r['name']}: vellum reported {', '.join(bad)}, so it did not do the full work "
              f"of this input; its figures measure the refusal, and it is left out of the growth table.")
        if r["failed"]:
            p(f"- {r['name']}: {r['failed']}; not run again after that.")

    base = next((r for r in doc["inputs"] if r["kind"] == "base" and "cpu_s" in r), None)
    p("\nGrowth per doubling of the input between consecutive sizes (×2.00 = linear, ×4.00 = "
      "quadratic). 'above base' subtracts the unchanged example's median, the fixed cost every input "
      "includes. Only inputs whose every run finished without unexpected errors are compared.\n")
    p("| kind | from → to | CPU | CPU above base | peak RSS | RSS above base |")
    p("|---|---|---|---|---|---|")
    any_row = False
    for kind in ("section", "products"):
        rs = [r for r in doc["inputs"]
              if r["kind"] == kind and not r["failed"] and "cpu_s" in r and not unexpected_errors(r)]
        for a, b in zip(rs, rs[1:]):
            cells = []
            for key in ("cpu_s", "rss_mib"):
                ya, yb = a[key]["median"], b[key]["median"]
                cells.append(fmt_doubling(per_doubling(a["x"], b["x"], ya, yb)))
                if base:
                    y0 = base[key]["median"]
                    cells.append(fmt_doubling(per_doubling(a["x"], b["x"], ya - y0, yb - y0)))
                else:
                    cells.append("–")
            p(f"| {kind} | {a['name']} → {b['name']} | " + " | ".join(cells) + " |")
            any_row = True
    if not any_row:
        p("| – | fewer than two finished inputs of a kind | – | – | – | – |")
    if args.json:
        p(f"\nEvery run: {args.json}")


if __name__ == "__main__":
    main()
