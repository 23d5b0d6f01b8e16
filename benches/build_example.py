#!/usr/bin/env python3
"""Whole-process `vellum build` time and peak memory on a site (the bundled
example by default). Prints median and max wall time over N runs after a
warm-up, and the peak resident set size of one run.

    cargo build --release && python3 benches/build_example.py [--runs 30] [--root DIR] [--minify]
"""
import argparse, os, resource, shutil, statistics, subprocess, sys, tempfile, time

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "vellum"))
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
    for _ in range(3):  # warm-up: page cache, first-run effects
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    times = []
    peak_kib = 0
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
        peak_kib = max(peak_kib, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    shutil.rmtree(out, ignore_errors=True)
    print(f"vellum {args.command}{' --minify' if args.minify else ''} on {os.path.abspath(args.root)}")
    print(f"runs: {args.runs}  median: {statistics.median(times):.1f} ms  min: {min(times):.1f} ms  max: {max(times):.1f} ms")
    print(f"peak RSS: {peak_kib / 1024:.1f} MiB")

if __name__ == "__main__":
    main()
