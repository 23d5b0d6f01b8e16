#!/usr/bin/env python3
"""Whole-process `vellum build` (or `check`) on a site (the bundled example by
default): median (min-max) CPU time (user + system, wait4 rusage) and wall time
over N runs after three warm-ups, peak RSS, and the load average around the runs.

    cargo build --release && python3 benches/build_example.py [--runs 30] [--root DIR] [--minify]
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchlib  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--root", default=str(HERE.parent))
    ap.add_argument("--binary", default=str(HERE.parent / "target" / "release" / "vellum"))
    ap.add_argument("--minify", action="store_true")
    ap.add_argument("--command", default="build", choices=["build", "check"])
    args = ap.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} not found: run `cargo build --release` first")
    out = tempfile.mkdtemp(prefix="vellum-bench-")
    cmd = [args.binary, "--root", args.root, args.command]
    if args.command == "build":
        cmd += ["--out", os.path.join(out, "public")]
        if args.minify:
            cmd.append("--minify")
    try:
        for _ in range(3):  # warm-up: page cache, first-run effects
            r = benchlib.run(cmd)
            if r["exit"] != 0:
                sys.exit(f"`{' '.join(cmd)}`: {benchlib.outcome(r)}\n{r['stderr_tail']}")
        load0 = benchlib.loadavg()
        runs = [benchlib.run(cmd) for _ in range(args.runs)]
        load1 = benchlib.loadavg()
    finally:
        shutil.rmtree(out, ignore_errors=True)
    env = benchlib.environment(args.binary)
    print(f"vellum {args.command}{' --minify' if args.minify else ''} on {os.path.abspath(args.root)}")
    for line in benchlib.environment_lines(env):
        print(f"  {line}")
    cpu = benchlib.summary([r["cpu_ms"] for r in runs])
    wall = benchlib.summary([r["wall_ms"] for r in runs])
    print(f"runs: {args.runs}  CPU ms: {benchlib.span(cpu, '{:.1f}')}  wall ms: {benchlib.span(wall, '{:.1f}')}")
    print(f"peak RSS: {max(r['rss_kib'] for r in runs) / 1024:.1f} MiB")
    print(f"load average (1 min): {load0:.2f} before, {load1:.2f} after, "
          f"mean before each run {statistics.fmean(r['load_before'] for r in runs):.2f}")
    if any(r["exit"] != 0 for r in runs):
        print("WARNING: some runs failed: " + ", ".join(sorted({benchlib.outcome(r) for r in runs})))


if __name__ == "__main__":
    main()
