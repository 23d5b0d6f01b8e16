#!/usr/bin/env python3
"""Timing and memory of clean builds, for benches/compare.sh (which installs the
tools and generates the sites; this script only measures and prints).

    measure.py compare --work DIR --vellum BIN [--runs N] SIZE...
        DIR/SIZE/{vellum,hugo,mdbook} were written by synth.py. For each size and
        tool: one warm-up, then N clean builds into a fresh folder. Prints median
        wall time, peak RSS, output size, vellum's time relative to each peer, and
        vellum's per-stage times (`build --timings`).
    measure.py scaling --work DIR --vellum BIN [--runs N] NAME=DIR...
        vellum only, on the named sites, to see how cost grows with one dimension.

Wall time is measured around the whole process (what a user waits for). Peak RSS
comes from /usr/bin/time -v when it exists, else from wait4(2) rusage; for mdBook,
which builds one book per process, times are summed and the RSS is the largest.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GNU_TIME = "/usr/bin/time"
STAGES = ["load", "translate", "check", "render", "write"]


def run_measured(cmd):
    """Runs cmd; returns (wall ms, CPU ms = user + system, peak RSS KiB). Fails
    loudly on a non-zero exit. CPU time matters on a shared machine: other load
    stretches wall time much more than it changes the CPU a build needs."""
    if os.access(GNU_TIME, os.X_OK):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            start = time.perf_counter()
            r = subprocess.run([GNU_TIME, "-v", "-o", tf.name, *cmd],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wall = (time.perf_counter() - start) * 1000
            report = tf.read()
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
            rss = int(m.group(1)) if m else 0
            cpu = 1000 * sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", report))
            code = r.returncode
            err = r.stderr
    else:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        err = p.stderr.read()
        _, status, usage = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - start) * 1000
        rss, code = usage.ru_maxrss, os.waitstatus_to_exitcode(status)
        cpu = 1000 * (usage.ru_utime + usage.ru_stime)
        p.returncode = code
    if code != 0:
        sys.exit(f"measure.py: `{' '.join(map(str, cmd))}` exited {code}:\n{err[-3000:]}")
    return wall, cpu, rss


def du_bytes(path):
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


def commands(tool, site, out, vellum):
    """The commands of one clean build of `site` with `tool` into `out`."""
    if tool == "vellum":
        return [[vellum, "--root", str(site / "vellum"), "build", "--out", str(out)]]
    if tool == "hugo":
        return [["hugo", "--source", str(site / "hugo"), "--destination", str(out), "--quiet"]]
    books = json.loads((site / "mdbook" / "languages.json").read_text())
    return [["mdbook", "build", str(site / "mdbook" / lang), "-d", str(out / lang)] for lang in books]


def measure(tool, site, vellum, runs, scratch):
    """Warm-up plus `runs` clean builds; median wall and CPU ms, max RSS KiB, output bytes."""
    times, cpus, peak, size = [], [], 0, 0
    for i in range(runs + 1):
        out = scratch / f"{tool}-{i}"
        shutil.rmtree(out, ignore_errors=True)
        total = total_cpu = 0.0
        for cmd in commands(tool, site, out, vellum):
            wall, cpu, rss = run_measured(cmd)
            total += wall
            total_cpu += cpu
            peak = max(peak, rss) if i else peak
        if i == 0:
            size = du_bytes(out)  # the output is the same every run
        else:
            times.append(total)
            cpus.append(total_cpu)
        shutil.rmtree(out, ignore_errors=True)
    return dict(median_ms=statistics.median(times), min_ms=min(times), max_ms=max(times),
                cpu_ms=statistics.median(cpus), rss_kib=peak, out_bytes=size)


def stage_timings(site_root, vellum, runs, scratch, pick=statistics.median):
    """Median (or `pick`) of each stage of `vellum build --timings` over `runs` runs."""
    per_stage = {s: [] for s in STAGES}
    for i in range(runs):
        out = scratch / f"timings-{i}"
        r = subprocess.run([vellum, "--root", str(site_root), "build", "--timings", "--out", str(out)],
                           capture_output=True, text=True)
        shutil.rmtree(out, ignore_errors=True)
        m = re.search(r"timings: (.*)", r.stderr)
        if r.returncode != 0 or not m:
            sys.exit(f"measure.py: vellum build --timings failed:\n{r.stderr[-3000:]}")
        for stage, ms in re.findall(r"(\w+) ([\d.]+) ms", m.group(1)):
            per_stage.setdefault(stage, []).append(float(ms))
    return {s: pick(v) for s, v in per_stage.items() if v}


def describe(site):
    """The size line synth.py left next to the sites."""
    f = site / "summary.txt"
    return f.read_text().strip() if f.exists() else ""


def cmd_compare(args):
    work, results = Path(args.work), []
    for size in args.sizes:
        site = work / size
        scratch = work / "out" / size
        scratch.mkdir(parents=True, exist_ok=True)
        row = dict(size=size, summary=describe(site))
        for tool in ("vellum", "hugo", "mdbook"):
            print(f"[{size}] {tool}: warm-up + {args.runs} runs ...", file=sys.stderr, flush=True)
            row[tool] = measure(tool, site, args.vellum, args.runs, scratch)
        row["stages"] = stage_timings(site / "vellum", args.vellum, args.runs, scratch)
        results.append(row)
        shutil.rmtree(scratch, ignore_errors=True)
    (work / "results.json").write_text(json.dumps(results, indent=2) + "\n")

    print(f"\nClean builds, median of {args.runs} runs after a warm-up; {os.cpu_count()} CPUs.")
    for r in results:
        if r["summary"]:
            print(f"  {r['summary']}")
    head = (f"{'size':<8} {'tool':<8} {'median ms':>10} {'min..max ms':>17} {'CPU ms':>9} {'peak RSS MiB':>13} "
            f"{'output MiB':>11} {'vellum/tool':>12}")
    print("\n" + head + "\n" + "-" * len(head))
    for r in results:
        v = r["vellum"]["median_ms"]
        for tool in ("vellum", "hugo", "mdbook"):
            m = r[tool]
            span = f"{m['min_ms']:.0f}..{m['max_ms']:.0f}"
            print(f"{r['size']:<8} {tool:<8} {m['median_ms']:>10.1f} {span:>17} {m['cpu_ms']:>9.0f} {m['rss_kib'] / 1024:>13.1f} "
                  f"{m['out_bytes'] / 2**20:>11.2f} {v / m['median_ms']:>11.2f}x")
    print("\nvellum per stage (median ms of `vellum build --timings`):")
    head = f"{'size':<8} " + " ".join(f"{s:>10}" for s in STAGES)
    print(head + "\n" + "-" * len(head))
    for r in results:
        print(f"{r['size']:<8} " + " ".join(f"{r['stages'].get(s, 0):>10.1f}" for s in STAGES))
    print(f"\n(results also in {work / 'results.json'})")


def cmd_scaling(args):
    work = Path(args.work)
    scratch = work / "out" / "scaling"
    scratch.mkdir(parents=True, exist_ok=True)
    rows = []
    for spec in args.sites:
        name, path = spec.split("=", 1)
        site = Path(path)
        print(f"[scaling] {name}: warm-up + {args.runs} runs ...", file=sys.stderr, flush=True)
        m = measure("vellum", site, args.vellum, args.runs, scratch)
        # The fastest run per stage: the least disturbed by other load.
        m["stages"] = stage_timings(site / "vellum", args.vellum, args.runs, scratch, pick=min)
        rows.append((name, describe(site), m))
    shutil.rmtree(scratch, ignore_errors=True)
    (work / "scaling.json").write_text(json.dumps([dict(name=n, summary=s, **m) for n, s, m in rows], indent=2) + "\n")

    print(f"\nvellum build, {args.runs} runs after a warm-up; each series doubles one dimension.")
    print("Stages: fastest of the runs of `vellum build --timings`.")
    head = (f"{'variant':<13} {'median ms':>10} {'CPU ms':>8} {'peak RSS MiB':>13} {'output MiB':>11} "
            + " ".join(f"{s:>9}" for s in STAGES))
    print(head + "\n" + "-" * len(head))
    for name, _, m in rows:
        print(f"{name:<13} {m['median_ms']:>10.1f} {m['cpu_ms']:>8.0f} {m['rss_kib'] / 1024:>13.1f} "
              f"{m['out_bytes'] / 2**20:>11.2f} " + " ".join(f"{m['stages'].get(s, 0):>9.1f}" for s in STAGES))
    # Growth: with x, 2x, 4x, the step from 2x to 4x adds twice the work of the step
    # from x to 2x. Linear cost gives (t4 - t2) / (t2 - t1) = 2; quadratic gives 4.
    series = {}
    for name, _, m in rows:
        series.setdefault(name.split("-")[0], []).append(m)
    print("\ngrowth (t4x - t2x) / (t2x - t1x): 2.0 is linear, 4.0 quadratic ('-': first step under 1 ms)")
    for key, ms in series.items():
        if len(ms) != 3:
            continue
        parts = [f"wall {growth(*(x['median_ms'] for x in ms))}", f"CPU {growth(*(x['cpu_ms'] for x in ms))}"]
        parts += [f"{s} {growth(*(x['stages'].get(s, 0) for x in ms))}" for s in STAGES]
        print(f"  {key:<10} " + ", ".join(parts))
    for name, summary, _ in rows:
        print(f"  {name}: {summary}")


def growth(t1, t2, t4):
    """(t4 - t2) / (t2 - t1) as text; '-' when the first step is too small to divide by."""
    return f"{(t4 - t2) / (t2 - t1):.2f}" if t2 - t1 >= 1.0 else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("compare", "scaling"):
        p = sub.add_parser(name)
        p.add_argument("--work", required=True)
        p.add_argument("--vellum", required=True)
        p.add_argument("--runs", type=int, default=5)
    sub.choices["compare"].add_argument("sizes", nargs="+")
    sub.choices["scaling"].add_argument("sites", nargs="+", metavar="NAME=DIR")
    args = ap.parse_args()
    (cmd_compare if args.cmd == "compare" else cmd_scaling)(args)


if __name__ == "__main__":
    main()
