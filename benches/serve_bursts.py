#!/usr/bin/env python3
"""Saves in quick succession under `vellum serve`: a writer who saves again
while the server is still rebuilding. Starts the server on a copy of a site,
saves the first section file --saves times, --gap seconds apart, and reports
how many whole rebuilds the server ran for them and when the last one ended,
counted from the last save. The saves that wait behind a rebuild should make
one rebuild of where they leave the site, not one rebuild each. No page is
open, so every rebuild is whole (serve_latency.py measures the open page's).

    cargo build --release && python3 benches/serve_bursts.py --site DIR
        [--saves 5] [--gap 0.15] [--binary target/release/vellum]

--site takes a vellum site (a folder with content/) or a folder synth.py wrote
(then its vellum/ subfolder is used); it is copied first and never written.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument("--saves", type=int, default=5)
    ap.add_argument("--gap", type=float, default=0.15, help="seconds between saves")
    ap.add_argument("--binary", type=Path, default=Path("target/release/vellum"))
    ap.add_argument("--quiet", type=float, default=3.0,
                    help="seconds without server output that end the series")
    args = ap.parse_args()
    if not args.binary.exists():
        sys.exit(f"{args.binary} not found: run `cargo build --release` first")
    site = args.site / "vellum" if (args.site / "vellum" / "content").is_dir() else args.site
    tmp = Path(tempfile.mkdtemp(prefix="vellum-bursts-"))
    try:
        for d in ["content", "locales", "templates", "theme", "versions"]:
            if (site / d).is_dir():
                shutil.copytree(site / d, tmp / d)
        sections = sorted((tmp / "content" / "sections").glob("*.yaml"))
        titled = [p for p in sections if "\ntitle: " in "\n" + p.read_text(encoding="utf-8")]
        if not titled:
            sys.exit("no section file with a title")
        path = titled[0]
        original = path.read_text(encoding="utf-8")
        proc = subprocess.Popen([str(args.binary), "--root", str(tmp), "serve", "--port", "0"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        lines = []

        def reader():
            for line in proc.stderr:
                lines.append((time.perf_counter(), line.strip()))

        threading.Thread(target=reader, daemon=True).start()
        started = time.perf_counter()
        while not any(l.startswith("rebuilt in") for _, l in lines):
            if proc.poll() is not None or time.perf_counter() - started > 600:
                sys.exit("the server did not finish its first build")
            time.sleep(0.05)
        time.sleep(1.0)
        before = len(lines)
        for i in range(args.saves):
            path.write_text(("\n" + original).replace("\ntitle: ", f"\ntitle: Save {i} ", 1)[1:],
                            encoding="utf-8")
            last = time.perf_counter()
            if i + 1 < args.saves:
                time.sleep(args.gap)
        while True:
            seen = len(lines)
            time.sleep(args.quiet)
            if len(lines) == seen:
                break
        proc.kill()
        proc.wait()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    whole = [t for t, l in lines[before:] if l.startswith("rebuilt in") or l.startswith("build failed")]
    early = [t for t, l in lines[before:] if " first in " in l]
    if not whole:
        sys.exit("no rebuild after the saves")
    print(f"- binary: {args.binary}")
    print(f"- site: {site}, saved {path.relative_to(tmp)} {args.saves} times, {args.gap:g} s apart")
    print(f"- load average (1 min) at the end: {os.getloadavg()[0]:.2f}")
    print(f"- whole rebuilds: {len(whole)}; early passes: {len(early)}")
    print(f"- the last whole rebuild ended {1000 * (whole[-1] - last):.0f} ms after the last save")


if __name__ == "__main__":
    main()
