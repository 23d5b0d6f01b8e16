#!/usr/bin/env python3
"""Timing and memory of clean builds, for benches/compare.sh (which installs the
tools and generates the sites; this script only measures and prints).

    measure.py compare --work DIR --vellum BIN [--runs N] [--mdbook-search on|off] SIZE...
        DIR/SIZE/{vellum,hugo,mdbook} were written by synth.py. Per size: one
        warm-up build per tool, then N rounds; round k builds with every tool once,
        in the order vellum, hugo, mdbook, floor rotated by k. Each build goes into
        a fresh folder. The floor is what any tool must spend to make vellum's
        output from vellum's inputs: it reads every input file and copies vellum's
        output of the warm-up into the fresh folder. Ends with the goals of the
        speed issue, judged on the medians.
    measure.py scaling --work DIR --vellum BIN [--runs N] DIM:FACTOR=DIR...
        vellum alone on sites that multiply one dimension (DIM = languages or
        products) by FACTOR; interleaved the same way (round k runs every site, the
        order rotated by k). Fits the growth exponent and judges linearity.

Per run: CPU time (user + system of the child, from wait4(2) rusage) - the main
figure, since it moves much less than wall time when other work shares the
machine -, wall time, peak RSS (GNU time's %M when installed, see benchlib.run),
the 1-minute load average
before the run, and the CPU time the rest of the machine was busy meanwhile
(/proc/stat minus the child's own). Prints Markdown tables and writes every raw
run to a JSON file next to the sites.

Why interleaved: when each tool runs as one block, a change of load between
blocks (another job starting, the CPU clocking down) lands entirely on one tool
and skews the ratio. Round by round, every tool sees the same conditions within
seconds of each other, and the per-round ratios show how stable a ratio is.
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402
from benchlib import rotated, span, summary  # noqa: E402

TOOLS = ["vellum", "hugo", "mdbook", "floor"]
LABEL = {"vellum": "vellum", "hugo": "Hugo", "mdbook": "mdBook", "floor": "floor"}
PEERS = ("hugo", "mdbook")

# The floor: read every input, then write vellum's output (files, folders and
# bytes), in one shell; `cp` reads the copy it writes from, so this is a floor
# from above. Its processes start in about a millisecond each.
FLOOR_SCRIPT = 'find "$1" -type f -exec cat {} + > /dev/null && cp -r "$2" "$3"'

# The speed issue's goals for a clean build, CPU time with every check.
CPU_GOALS = {"medium": 0.5, "large": 0.25}
RSS_GOAL_MIB = {"large": 250}


def du_bytes(path):
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


def entries(path):
    """Files and folders under `path`: each is a new inode for the file system."""
    return sum(1 + len(files) for _, _, files in os.walk(path))


def file_system(path):
    """The type of the file system holding `path` (ext4, tmpfs, ...), and for ext4
    whether it keeps a journal: without one, ext4 checks every free inode it
    considers against the inodes deleted in the last minutes, so a build's cost
    of making files grows with how many files the runs before it removed."""
    path.mkdir(parents=True, exist_ok=True)
    kind = subprocess.run(["stat", "-f", "-c", "%T", str(path)], capture_output=True, text=True).stdout.strip()
    if kind.startswith("ext2/ext3"):
        kind = "ext4 (or ext2/3)"
        # /proc/fs/jbd2 lists each journal by its device's name (vda-8, dm-0-8).
        dev = os.stat(path).st_dev
        device = Path(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}").resolve().name
        journals = Path("/proc/fs/jbd2")
        if device and journals.is_dir():
            journaled = any(j.name.startswith(f"{device}-") for j in journals.iterdir())
            kind += ", with a journal" if journaled else ", without a journal"
    return kind or "unknown"


def books(site):
    return json.loads((site / "mdbook" / "languages.json").read_text())


def commands(tool, site, out, vellum, reference=None):
    """The commands of one clean build of `site` with `tool` into `out`
    (`reference`: vellum's output, which the floor copies)."""
    if tool == "floor":
        return [["sh", "-c", FLOOR_SCRIPT, "floor", site / "vellum", reference, out]]
    if tool == "vellum":
        return [[vellum, "--root", site / "vellum", "build", "--out", out]]
    if tool == "hugo":
        return [["hugo", "--source", site / "hugo", "--destination", out, "--quiet"]]
    # One book per language, built one after another, as a shell loop would.
    return [["mdbook", "build", site / "mdbook" / lang, "-d", out / lang] for lang in books(site)]


def set_mdbook_search(site, on):
    """Writes `[output.html.search] enable = true|false` into every book.toml, so
    the setting is explicit whichever way mdBook's default goes."""
    for lang in books(site):
        f = site / "mdbook" / lang / "book.toml"
        text = f.read_text(encoding="utf-8").split("\n[output.html.search]")[0].rstrip("\n")
        f.write_text(text + f"\n\n[output.html.search]\nenable = {'true' if on else 'false'}\n", encoding="utf-8")


def build_once(tool, site, vellum, out, timeout, reference=None):
    """One clean build (several processes for mdBook): the summed wall and CPU
    times, the largest peak RSS, the load before the first process."""
    shutil.rmtree(out, ignore_errors=True)
    parts = []
    for cmd in commands(tool, site, out, vellum, reference):
        r = benchlib.run(cmd, timeout=timeout)
        parts.append(r)
        if r["exit"] != 0:
            sys.exit(f"measure.py: `{' '.join(map(str, cmd))}` failed: {benchlib.outcome(r)}\n{r['stderr_tail']}")
    agg = {k: round(sum(p[k] for p in parts), 3) for k in
           ("wall_ms", "user_ms", "sys_ms", "cpu_ms", "other_cpu_ms", "steal_ms")}
    agg.update(rss_kib=max(p["rss_kib"] for p in parts), rss_source=parts[0]["rss_source"], processes=len(parts),
               load_before=parts[0]["load_before"], load_after=parts[-1]["load_after"])
    return agg


def series(names, run_one, runs, log_prefix):
    """Warm-up of each name, then `runs` interleaved rounds. Returns (warm-ups,
    runs, load samples) where a run is a dict with round, position and name."""
    warmups, raw = {}, []
    for name in names:
        print(f"{log_prefix} warm-up {name} ...", file=sys.stderr, flush=True)
        warmups[name] = run_one(name, "warmup")
    load_start = benchlib.loadavg()
    for k in range(runs):
        order = rotated(list(names), k)
        print(f"{log_prefix} round {k + 1}/{runs}: {', '.join(order)}", file=sys.stderr, flush=True)
        for pos, name in enumerate(order):
            r = run_one(name, k)
            raw.append(dict(name=name, round=k, position=pos, **r))
    load_end = benchlib.loadavg()
    between = [r["load_before"] for r in raw]
    load = dict(before_series=load_start, after_series=load_end,
                between_runs=summary(between) | dict(mean=statistics.fmean(between), samples=len(between)))
    return warmups, raw, load


def per_name(raw, name):
    rs = [r for r in raw if r["name"] == name]
    wall = sum(r["wall_ms"] for r in rs)
    return dict(cpu_ms=summary([r["cpu_ms"] for r in rs]), wall_ms=summary([r["wall_ms"] for r in rs]),
                user_ms=summary([r["user_ms"] for r in rs]), sys_ms=summary([r["sys_ms"] for r in rs]),
                rss_mib=summary([r["rss_kib"] / 1024 for r in rs]),
                load_mean=statistics.fmean(r["load_before"] for r in rs),
                # The rest of the machine's busy CPU during this tool's runs, in cores.
                other_cores=max(0.0, sum(r["other_cpu_ms"] for r in rs) / wall) if wall else 0.0,
                runs=len(rs))


def ratios(raw, a, b, key):
    """Ratio of the medians, and the range of the per-round ratios a/b."""
    med = statistics.median(r[key] for r in raw if r["name"] == a) / \
        statistics.median(r[key] for r in raw if r["name"] == b)
    by_round = {}
    for r in raw:
        by_round.setdefault(r["round"], {})[r["name"]] = r[key]
    per_round = [x[a] / x[b] for x in by_round.values() if a in x and b in x and x[b] > 0]
    return dict(ratio_of_medians=med, per_round=summary(per_round))


def load_line(load):
    b = load["between_runs"]
    return (f"load average (1 min): {load['before_series']:.2f} before the series, "
            f"{load['after_series']:.2f} after; mean of the {b['samples']} samples taken before each run "
            f"{b['mean']:.2f} (min {b['min']:.2f}, max {b['max']:.2f})")


# ---------------------------------------------------------------------------
# compare

def cmd_compare(args):
    work = Path(args.work)
    env = benchlib.environment(args.vellum)
    env["hugo"] = benchlib.tool_version(["hugo", "version"])
    env["mdbook"] = benchlib.tool_version(["mdbook", "--version"])
    search_on = args.mdbook_search == "on"
    config = {
        "vellum": "`vellum --root SITE/vellum build --out OUT`: every check, then one HTML page per "
                  "language, the language chooser, sitemap.xml, retention.json and notice.json",
        "hugo": "`hugo --source SITE/hugo --destination OUT --quiet`: one multilingual site "
                "(one contentDir per language), one page per language holding every section and "
                "table as Markdown, a minimal layout with a table of contents, no theme, sitemap on, "
                "RSS and taxonomies off",
        "mdbook": f"one book per language (one chapter per section, the tables as Markdown), built one "
                  f"after another with `mdbook build BOOK -d OUT/<lang>` as a shell loop would; "
                  f"search {'ON (mdBook default: a search index per book)' if search_on else 'OFF'}; "
                  f"times are summed over the books, peak RSS is the largest book's",
        "floor": "`sh -c 'find SITE/vellum -type f -exec cat {} + > /dev/null && cp -r REF OUT'`: "
                 "every input read, then vellum's output (REF, kept from its warm-up) copied: the "
                 "files, folders and bytes any tool must make; an upper bound, as `cp` also reads REF",
    }
    outputs = Path(args.outputs) if args.outputs else work / "out"
    env["outputs"] = f"{outputs} ({file_system(outputs)})"
    results, all_raw = [], []
    for size in args.sizes:
        site = work / size
        # A folder of its own, made here and removed after: OUTPUTS may be a
        # shared place such as /dev/shm, where other files must stay.
        scratch = Path(tempfile.mkdtemp(prefix=f"vellum-compare-{size}-", dir=outputs))
        set_mdbook_search(site, search_on)
        out_bytes, out_entries, search_index = {}, {}, None

        reference = scratch / "vellum-reference"

        def run_one(tool, k):
            out = scratch / f"{tool}-{k}"
            r = build_once(tool, site, args.vellum, out, args.timeout, reference)
            if k == "warmup":
                out_bytes[tool] = du_bytes(out)
                out_entries[tool] = entries(out)
                if tool == "mdbook":
                    nonlocal search_index
                    first = out / books(site)[0]
                    search_index = any(first.glob("searchindex*"))
                if tool == "vellum":
                    # What the floor copies (vellum warms up first).
                    out.rename(reference)
            shutil.rmtree(out, ignore_errors=True)
            return r

        warmups, raw, load = series(TOOLS, run_one, args.runs, f"[{size}]")
        shutil.rmtree(scratch, ignore_errors=True)
        summary_line = (site / "summary.txt").read_text().strip() if (site / "summary.txt").exists() else size
        row = dict(size=size, summary=summary_line, load=load, out_bytes=out_bytes, out_entries=out_entries,
                   mdbook_search_index_written=search_index,
                   tools={t: per_name(raw, t) for t in TOOLS},
                   ratios={f"vellum/{t}": {key: ratios(raw, "vellum", t, key) for key in ("cpu_ms", "wall_ms")}
                           for t in (*PEERS, "floor")},
                   warmups=warmups)
        results.append(row)
        all_raw += [dict(size=size, **r) for r in raw]
        if search_on != bool(search_index):
            print(f"measure.py: WARNING: mdBook search is {args.mdbook_search} but a search index was "
                  f"{'' if search_index else 'not '}written", file=sys.stderr)

    rss_source = sorted({r["rss_source"] for r in all_raw if "rss_source" in r}) or ["none"]
    doc = dict(kind="compare", environment=env, runs=args.runs, mdbook_search=args.mdbook_search,
               rss_source=", ".join(rss_source), startup=startup(args.vellum, args.timeout),
               configuration=config, results=results, raw_runs=all_raw)
    out_json = Path(args.json) if args.json else work / "compare.json"
    out_json.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print_compare(doc, out_json)


def startup(vellum, timeout, runs=21):
    """The CPU and wall time of starting vellum and exiting: `vellum --version`,
    the median of `runs`."""
    rs = [benchlib.run([vellum, "--version"], timeout=timeout) for _ in range(runs)]
    return dict(cpu_ms=summary([r["cpu_ms"] for r in rs]), wall_ms=summary([r["wall_ms"] for r in rs]),
                runs=runs)


def goals(doc):
    """The speed issue's goals met by the medians of this series: rows of
    (goal, what was measured, verdict)."""
    rows = []
    by_size = {r["size"]: r for r in doc["results"]}
    for size, goal in CPU_GOALS.items():
        if size in by_size:
            x = by_size[size]["ratios"]["vellum/hugo"]["cpu_ms"]["ratio_of_medians"]
            rows.append((f"`{size}`: vellum's CPU ≤ {goal}× Hugo's", f"{x:.2f}×", x <= goal))
    if "small" in by_size:
        tools = by_size["small"]["tools"]
        vellum, floor = tools["vellum"]["cpu_ms"]["median"], tools["floor"]["cpu_ms"]["median"]
        start = doc["startup"]["cpu_ms"]["median"]
        rows.append(("`small`: vellum's CPU within process start-up of the floor",
                     f"{vellum:.0f} ms against {floor:.0f} ms (floor) + {start:.1f} ms (`vellum --version`)",
                     vellum <= floor + start))
    for size, goal in RSS_GOAL_MIB.items():
        if size in by_size:
            rss = by_size[size]["tools"]["vellum"]["rss_mib"]["median"]
            rows.append((f"`{size}`: vellum's peak RSS ≤ {goal} MiB", f"{rss:.1f} MiB", rss <= goal))
    return rows


def print_compare(doc, out_json):
    env, cfg = doc["environment"], doc["configuration"]
    p = print
    p(f"## Clean builds: vellum, Hugo, mdBook and the floor (interleaved, {doc['runs']} rounds after one warm-up each)\n")
    for line in benchlib.environment_lines(env):
        p(f"- {line}")
    p(f"- Hugo: {env['hugo']}")
    p(f"- mdBook: {env['mdbook']}")
    p(f"- outputs written to: {env.get('outputs', 'WORK/out')}")
    p("\nConfiguration:\n")
    for t in TOOLS:
        p(f"- **{LABEL[t]}**: {cfg[t]}")
    p("\nMethod: round k builds with each tool once, in the order vellum, Hugo, mdBook, floor rotated by k, "
      "each into a fresh folder. CPU = user + system time of the build process (wait4 rusage), "
      "the main figure; wall = fork to exit; peak RSS = the build process's maximum resident set "
      f"({doc['rss_source']}). Figures are the median (min–max) of the rounds. `load` is the mean "
      "1-minute load average sampled before each of that tool's runs (the kernel recomputes it every "
      "5 s, so close samples repeat); it includes the benchmark's own builds (about 1 while a "
      "single-threaded build runs). "
      "`others` is the CPU the rest of the machine used during the tool's runs, in cores "
      f"(of {env['nproc']}). `system` is the part of the CPU spent in the kernel (making files, "
      "mapping memory); `files` counts the files and folders of one output.\n")
    for r in doc["results"]:
        p(f"- {r['summary']}")
    p("")
    p("| size | tool | CPU ms | of it system ms | wall ms | peak RSS MiB | output MiB | files | load | others |")
    p("|---|---|---|---|---|---|---|---|---|---|")
    for r in doc["results"]:
        for t in TOOLS:
            m = r["tools"][t]
            p(f"| {r['size']} | {LABEL[t]} | {span(m['cpu_ms'])} | {span(m['sys_ms'])} | {span(m['wall_ms'])} | "
              f"{span(m['rss_mib'], '{:.1f}')} | {r['out_bytes'][t] / 2**20:.2f} | "
              f"{r.get('out_entries', {}).get(t, '?')} | {m['load_mean']:.2f} | "
              f"{m['other_cores']:.2f} |")
    p("")
    p("Ratios: the ratio of the medians, and in brackets the range of the per-round ratios.\n")
    p("| size | vellum/Hugo CPU | vellum/Hugo wall | vellum/mdBook CPU | vellum/mdBook wall | vellum/floor CPU | vellum/floor wall |")
    p("|---|---|---|---|---|---|---|")
    for r in doc["results"]:
        cells = []
        for t in (*PEERS, "floor"):
            for key in ("cpu_ms", "wall_ms"):
                x = r["ratios"][f"vellum/{t}"][key]
                cells.append(f"{x['ratio_of_medians']:.2f}× ({x['per_round']['min']:.2f}–{x['per_round']['max']:.2f})")
        p(f"| {r['size']} | " + " | ".join(cells) + " |")
    p("")
    for r in doc["results"]:
        p(f"- {r['size']}: {load_line(r['load'])}")
        if r["mdbook_search_index_written"] is not None:
            p(f"  mdBook search index written: {'yes' if r['mdbook_search_index_written'] else 'no'}")
    st = doc["startup"]
    p(f"\nProcess start-up (`vellum --version`, {st['runs']} runs): CPU {span(st['cpu_ms'], '{:.1f}')} ms, "
      f"wall {span(st['wall_ms'], '{:.1f}')} ms.")
    rows = goals(doc)
    if rows:
        p("\nAgainst the goals (medians of this series):\n")
        p("| goal | measured | |")
        p("|---|---|---|")
        for goal, measured, met in rows:
            p(f"| {goal} | {measured} | {'met' if met else 'not met'} |")
    p(f"\nEvery run: {out_json}")


# ---------------------------------------------------------------------------
# scaling

def fit_exponent(xs, ys):
    """Least-squares slope of log y against log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    den = sum((a - mx) ** 2 for a in lx)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / den if den else float("nan")


def marginal(xs, ys):
    """Cost added per unit of the dimension (per base amount) at each step."""
    return [(ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) for i in range(len(xs) - 1)]


def judge(xs, ys, lows, highs, tolerance):
    """Linear within `tolerance` when the cost each step adds per added unit is the
    same within the tolerance: max / min of the marginal costs <= 1 + tolerance.
    (The log-log exponent of the totals is printed too, but a fixed cost that does
    not grow - start-up, the theme, language models - pulls it below 1 for a
    perfectly linear tool, so it is not the criterion.) Inconclusive when a step
    adds less than the run-to-run range (max - min) of its two ends: then the
    marginal costs are mostly noise."""
    m = marginal(xs, ys)
    if len(m) < 2:
        return m, None, "n/a (fewer than three steps)"
    noisy = any(ys[i + 1] - ys[i] <= max(highs[i] - lows[i], highs[i + 1] - lows[i + 1])
                for i in range(len(m)))
    if min(m) <= 0:
        return m, None, "inconclusive (a step did not grow)" if noisy else "no (a step did not grow)"
    spread = max(m) / min(m) - 1
    if noisy:
        return m, spread, "inconclusive (a step adds less than the run-to-run range)"
    return m, spread, "yes" if spread <= tolerance else "no"


def cmd_scaling(args):
    work = Path(args.work)
    env = benchlib.environment(args.vellum)
    sites = {}  # name -> (dim, factor, path); a site may serve both series (factor 1)
    for spec in args.sites:
        key, path = spec.split("=", 1)
        dim, factor = key.split(":")
        sites.setdefault(path, []).append((dim, int(factor)))
    names = {path: "+".join(f"{d}x{f}" for d, f in v) for path, v in sites.items()}
    by_name = {names[p]: Path(p) for p in sites}
    outputs = Path(args.outputs) if args.outputs else work / "out"
    outputs.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="vellum-scaling-", dir=outputs))

    def run_one(name, k):
        out = scratch / f"{name}-{k}"
        r = _vellum_build(by_name[name], args.vellum, out, args.timeout)
        shutil.rmtree(out, ignore_errors=True)
        return r

    warmups, raw, load = series(list(by_name), run_one, args.runs, "[scaling]")
    shutil.rmtree(scratch, ignore_errors=True)
    steps = []
    for path, v in sites.items():
        m = per_name(raw, names[path])
        summ = Path(path) / "summary.txt"
        for dim, factor in v:
            steps.append(dict(dim=dim, factor=factor, site=path, name=names[path],
                              summary=summ.read_text().strip() if summ.exists() else "", **m))
    fits = {}
    for dim in ("languages", "products"):
        ss = sorted((s for s in steps if s["dim"] == dim), key=lambda s: s["factor"])
        if len(ss) < 2:
            continue
        xs = [s["factor"] for s in ss]
        fits[dim] = {}
        for key in ("cpu_ms", "rss_mib"):
            ys = [s[key]["median"] for s in ss]
            m, spread, verdict = judge(xs, ys, [s[key]["min"] for s in ss], [s[key]["max"] for s in ss],
                                       args.tolerance)
            fits[dim][key] = dict(factors=xs, medians=ys, exponent=fit_exponent(xs, ys),
                                  marginal_per_base=m, spread=spread, verdict=verdict)
    doc = dict(kind="scaling", environment=env, runs=args.runs, tolerance=args.tolerance,
               rss_source=", ".join(sorted({r["rss_source"] for r in raw})),
               base=dict(languages=args.base_languages, products=args.base_products),
               steps=steps, fits=fits, load=load, warmups=warmups, raw_runs=raw)
    out_json = Path(args.json) if args.json else work / "scaling.json"
    out_json.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print_scaling(doc, out_json)


def _vellum_build(site_root, vellum, out, timeout):
    shutil.rmtree(out, ignore_errors=True)
    r = benchlib.run([vellum, "--root", site_root / "vellum", "build", "--out", out], timeout=timeout)
    if r["exit"] != 0:
        sys.exit(f"measure.py: vellum build of {site_root} failed: {benchlib.outcome(r)}\n{r['stderr_tail']}")
    del r["stderr_tail"]
    return r


def print_scaling(doc, out_json):
    p = print
    env, base = doc["environment"], doc["base"]
    p(f"## vellum build scaling (interleaved, {doc['runs']} rounds after one warm-up each)\n")
    for line in benchlib.environment_lines(env):
        p(f"- {line}")
    p(f"- base: {base['languages']} languages, {base['products']} products; one dimension is multiplied, "
      "the other stays at the base")
    p(f"- {load_line(doc['load'])}")
    p(f"- each run: `vellum --root SITE build --out OUT` into a fresh folder; CPU = user + system "
      f"(wait4 rusage), the main figure; peak RSS from {doc['rss_source']}\n")
    p("| series | factor | CPU ms | wall ms | peak RSS MiB | load |")
    p("|---|---|---|---|---|---|")
    for dim in ("languages", "products"):
        for s in sorted((s for s in doc["steps"] if s["dim"] == dim), key=lambda s: s["factor"]):
            amount = base[dim] * s["factor"]
            p(f"| {dim} | ×{s['factor']} ({amount}) | {span(s['cpu_ms'])} | {span(s['wall_ms'])} | "
              f"{span(s['rss_mib'], '{:.1f}')} | {s['load_mean']:.2f} |")
    tol = doc["tolerance"]
    p(f"\nGrowth. exponent = least-squares slope of log(median) against log(factor) (1 = proportional, "
      f"2 = quadratic; a fixed start-up cost pulls it below 1). marginal = what each step adds per "
      f"added base amount ({base['languages']} languages or {base['products']} products). "
      f"Judged linear within {tol:.0%} when max/min of the marginal costs ≤ {1 + tol:.2f}; "
      f"inconclusive when a step adds less than the run-to-run range (max − min) of its ends.\n")
    p("| series | measure | exponent | marginal per base amount, step by step | spread | linear within "
      f"{tol:.0%} |")
    p("|---|---|---|---|---|---|")
    for dim, fit in doc["fits"].items():
        for key, f in fit.items():
            unit = "ms" if key == "cpu_ms" else "MiB"
            label = "CPU" if key == "cpu_ms" else "peak RSS"
            marg = ", ".join(f"{x:.1f}" for x in f["marginal_per_base"])
            spread = "n/a" if f["spread"] is None else f"{f['spread']:.0%}"
            p(f"| {dim} | {label} | {f['exponent']:.2f} | {marg} {unit} | {spread} | {f['verdict']} |")
    p("")
    for s in doc["steps"]:
        if s["summary"]:
            p(f"- {s['dim']} ×{s['factor']}: {s['summary']}")
    p(f"\nEvery run: {out_json}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("compare", "scaling"):
        q = sub.add_parser(name)
        q.add_argument("--work", required=True)
        q.add_argument("--vellum", required=True)
        q.add_argument("--runs", type=int, default=5)
        q.add_argument("--timeout", type=float, default=600, help="seconds per process (default 600)")
        q.add_argument("--json", help="where to write every run (default WORK/<command>.json)")
        q.add_argument("--outputs", help="where the builds write (default WORK/out)")
    c = sub.choices["compare"]
    c.add_argument("--mdbook-search", choices=["on", "off"], default="on")
    c.add_argument("sizes", nargs="+")
    s = sub.choices["scaling"]
    s.add_argument("--base-languages", type=int, required=True)
    s.add_argument("--base-products", type=int, required=True)
    s.add_argument("--tolerance", type=float, default=0.10)
    s.add_argument("sites", nargs="+", metavar="DIM:FACTOR=DIR")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("--runs must be at least 1")
    (cmd_compare if args.cmd == "compare" else cmd_scaling)(args)


if __name__ == "__main__":
    main()
