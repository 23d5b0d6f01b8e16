#!/usr/bin/env python3
"""Save-to-reload latency of `vellum serve`: starts the server on a copy of a site
(the bundled example, or --site DIR), listens for reload events like an open
page, then saves a section file N times and measures the time from each write to
its reload event, and to the server's line saying the whole site is rebuilt.
Also reports the CPU time the server process used over the series of edits (from
/proc/PID/stat), its CPU while idle, and its peak RSS.

    cargo build --release && python3 benches/serve_latency.py [--edits 20] [--site DIR]
        [--file content/sections/01-x.yaml] [--page /nl/] [--binary target/release/vellum] [--json FILE]

The open page is, unless --page says otherwise, the edited language's page: the
source language's for a file in content/, `/<lang>/` for a file in
locales/<lang>/. The server rebuilds the languages of open pages first and
reloads them before the rest of the site is done; `--page none` listens as a
page outside every language folder does, which reloads once the whole site is.

--site takes a vellum site (a folder with content/) or a folder synth.py wrote
(then its vellum/ subfolder is used). The site is copied to a temporary folder
first; the original is never written. Each edit changes the title of the first
section file (or --file; in a .ftl file, as a translator would, the first
message's text); one unmeasured edit comes first (a warm-up).

The latency includes the server's wait for the save's events to settle (5 ms once the
saved file is closed, 25 ms while a file is still open for writing or where the platform
does not report closes), which merges an editor's several events per save into one
rebuild, and the check and render of the site (a
language whose files and the shared files did not change is reused).
Between edits the script waits until the server has been quiet for --settle
seconds, so one edit's rebuild never overlaps the next edit.
"""
import argparse
import json
import os
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchlib  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")


def proc_cpu_ms(pid):
    """user + system CPU of a live process (its threads included), in ms."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / CLK_TCK  # utime, stime


def proc_peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def copy_site(src, dest):
    if (src / "vellum" / "content").is_dir() and not (src / "content").is_dir():
        src = src / "vellum"
    if not (src / "content").is_dir():
        sys.exit(f"{src} has no content/ folder: not a vellum site")
    for d in ("content", "locales", "templates", "theme"):
        if (src / d).is_dir():
            shutil.copytree(src / d, dest / d)
    return src


def retitle(text, i, ftl=False):
    """The first top-level `title:` with ' (edit i)' appended, quoted or not; in
    a Fluent file (a translator's save), the first message's value instead."""
    if ftl:
        new, n = re.subn(r"^([a-z][a-z0-9-]*) = (.+)$", lambda m: f"{m.group(1)} = {m.group(2)} (edit {i})",
                         text, count=1, flags=re.M)
        if n == 0:
            sys.exit("the edited .ftl file has no single-line message; pass another --file")
        return new
    def sub(m):
        value = m.group(1)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            return f"title: {value[:-1]} (edit {i}){value[-1]}"
        return f"title: {value} (edit {i})"
    new, n = re.subn(r"^title: (.*)$", sub, text, count=1, flags=re.M)
    if n == 0:
        sys.exit("the edited file has no top-level `title:` line; pass another --file")
    return new


def open_page(site, rel):
    """The edited language's page: `/<lang>/` for locales/<lang>/, else the source language's."""
    m = re.match(r"locales/([^/]+)/", rel)
    if m:
        return f"/{m.group(1)}/"
    notice = (site / "content/notice.yaml").read_text(encoding="utf-8")
    m = re.search(r"^languages:\s*\[\s*[\"']?([A-Za-z0-9-]+)", notice, re.M)
    return f"/{m.group(1) if m else 'en'}/"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--site", type=Path, default=HERE.parent,
                    help="a vellum site, or a synth.py folder (default: the bundled example)")
    ap.add_argument("--file", help="the file to edit, relative to the site (default: the first section file with a title)")
    ap.add_argument("--page", help="the path of the open page (default: the edited language's page; "
                    "`none`: a page outside the language folders)")
    ap.add_argument("--binary", type=Path, default=HERE.parent / "target/release/vellum")
    ap.add_argument("--settle", type=float, default=0.3, help="quiet seconds to wait between edits")
    ap.add_argument("--timeout", type=float, default=120, help="seconds to wait for one reload")
    ap.add_argument("--json", type=Path, help="write every latency here")
    ap.add_argument("--timings", action="store_true",
                    help="run the server with --timings and print its median time per stage")
    args = ap.parse_args()
    if not args.binary.exists():
        sys.exit(f"{args.binary} not found: run `cargo build --release` first")
    if args.edits < 2:
        sys.exit("--edits must be at least 2")

    tmp = Path(tempfile.mkdtemp(prefix="vellum-serve-"))
    source = copy_site(args.site.resolve(), tmp)
    # The first section file with a title (a preamble has none).
    titled = [p for p in sorted((tmp / "content/sections").glob("*.yaml"))
              if re.search(r"^title:", p.read_text(encoding="utf-8"), re.M)]
    rel = args.file or str(titled[0].relative_to(tmp))
    path = tmp / rel
    page = args.page or open_page(tmp, rel)
    env = benchlib.environment(args.binary.resolve())
    proc = subprocess.Popen([str(args.binary), "--root", str(tmp), "serve", "--port", "0"]
                            + (["--timings"] if args.timings else []),
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        port, started = None, time.perf_counter()
        while port is None:
            line = proc.stderr.readline()
            if not line:
                sys.exit(f"vellum serve exited ({proc.wait()}) before serving")
            m = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
        startup_s = time.perf_counter() - started
        rebuilds = queue.Queue()  # server-reported rebuild times, ms
        whole = queue.Queue()  # when each whole rebuild was reported
        firsts = queue.Queue()  # the open page's language rebuilt first: ms, stages

        def drain_stderr():
            for line in proc.stderr:
                early = re.match(r"rebuilt \S+ first in (\d+) ms", line)
                if early:
                    stages = dict((name, float(ms)) for name, ms in
                                  re.findall(r"(\w+) ([\d.]+) ms", line.partition("(timings: ")[2]))
                    firsts.put((int(early.group(1)), stages))
                m = re.match(r"(?:rebuilt|build failed) in (\d+) ms", line)
                if m:
                    whole.put(time.perf_counter())
                    stages = dict((name, float(ms)) for name, ms in
                                  re.findall(r"(\w+) ([\d.]+) ms", line.partition("(timings: ")[2]))
                    rebuilds.put((int(m.group(1)), line.startswith("build failed"), stages))
        threading.Thread(target=drain_stderr, daemon=True).start()

        events = queue.Queue()
        sock = socket.create_connection(("127.0.0.1", port))
        query = "" if page == "none" else "?page=" + urllib.parse.quote(page, safe="")
        sock.sendall(f"GET /__vellum/events{query} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())

        def reader():
            buf = b""
            while True:
                data = sock.recv(4096)
                if not data:
                    return
                buf += data
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    if line.startswith(b"event: reload"):
                        events.put(time.perf_counter())
        threading.Thread(target=reader, daemon=True).start()
        time.sleep(0.5)

        def settle():
            """Waits until no reload event came for args.settle seconds; returns how many came."""
            n = 0
            while True:
                try:
                    events.get(timeout=args.settle)
                    n += 1
                except queue.Empty:
                    return n

        # The server's CPU while nothing changes (a watcher must not spin).
        idle0, t0 = proc_cpu_ms(proc.pid), time.perf_counter()
        time.sleep(2.0)
        idle_cores = (proc_cpu_ms(proc.pid) - idle0) / ((time.perf_counter() - t0) * 1000)

        original = path.read_text(encoding="utf-8")
        latencies, server_ms, extra_events, failed_builds, stage_ms = [], [], 0, 0, {}
        whole_ms, early_cpu = [], []
        cpu0 = load0 = None
        for i in range(args.edits + 1):  # edit 0 is the warm-up
            if i == 1:
                while not rebuilds.empty():
                    rebuilds.get_nowait()
                while not firsts.empty():
                    firsts.get_nowait()
                cpu0, load0, wall0 = proc_cpu_ms(proc.pid), benchlib.loadavg(), time.perf_counter()
            while not whole.empty():
                whole.get_nowait()
            text = retitle(original, i, ftl=path.suffix == ".ftl")
            cpu_at_save = proc_cpu_ms(proc.pid)
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            try:
                got = events.get(timeout=args.timeout)
            except queue.Empty:
                sys.exit(f"no reload event within {args.timeout:g} s of edit {i}")
            cpu_at_reload = proc_cpu_ms(proc.pid)
            extra = settle()
            try:
                done = whole.get(timeout=args.timeout)
            except queue.Empty:
                sys.exit(f"no rebuild line within {args.timeout:g} s of edit {i}")
            if i:
                early_cpu.append(cpu_at_reload - cpu_at_save)
                latencies.append((got - start) * 1000)
                whole_ms.append((done - start) * 1000)
                extra_events += extra
        cpu1, load1, wall1 = proc_cpu_ms(proc.pid), benchlib.loadavg(), time.perf_counter()
        while not rebuilds.empty():
            ms, failed, stages = rebuilds.get_nowait()
            server_ms.append(ms)
            failed_builds += failed
            for name, value in stages.items():
                stage_ms.setdefault(name, []).append(value)
        first_ms, first_stages = [], {}
        while not firsts.empty():
            ms, stages = firsts.get_nowait()
            first_ms.append(ms)
            for name, value in stages.items():
                first_stages.setdefault(name, []).append(value)
        peak = proc_peak_rss_mib(proc.pid)
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    lat = sorted(latencies)
    p90 = statistics.quantiles(lat, n=10, method="inclusive")[8]
    cpu = cpu1 - cpu0
    summary_file = args.site / "summary.txt"
    print(f"## vellum serve: save-to-reload latency, {args.edits} edits after one warm-up edit\n")
    for line in benchlib.environment_lines(env):
        print(f"- {line}")
    print(f"- site: {source}" + (f" ({summary_file.read_text().strip()})" if summary_file.exists() else ""))
    print(f"- edited: {rel} (its title), then waited until {args.settle:g} s passed without a reload event")
    print(f"- open page: {page}")
    print(f"- load average (1 min): {load0:.2f} at the first measured edit, {load1:.2f} after the last")
    print(f"- server start-up (initial build until it serves): {startup_s:.2f} s\n")
    print("| edits | median ms | p90 ms | max ms | min ms | whole site rebuilt, median ms | "
          "server-reported rebuild ms (median) | "
          "server CPU over the series | server CPU per edit | peak RSS MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    srv = f"{statistics.median(server_ms):.0f}" if server_ms else "–"
    print(f"| {len(lat)} | {statistics.median(lat):.1f} | {p90:.1f} | {lat[-1]:.1f} | {lat[0]:.1f} | "
          f"{statistics.median(whole_ms):.1f} | {srv} | "
          f"{cpu / 1000:.2f} s ({cpu / ((wall1 - wall0) * 1000):.2f} cores over {wall1 - wall0:.1f} s) | "
          f"{cpu / len(lat):.0f} ms | {peak:.0f} |")
    print(f"\nLatency = write() to the reload event on the open page's events stream; it includes the "
          f"server's wait for the save's events to settle. Server CPU from /proc/PID/stat (10 ms ticks), counted from the first measured "
          f"edit to the end of the last settle. Idle server CPU before the edits: {idle_cores:.3f} cores.")
    print(f"Server CPU from each save to its reload (user+sys, both cores; 10 ms ticks, so read as a "
          f"mean): {statistics.mean(early_cpu):.1f} ms per save.")
    if stage_ms:
        print("Server-reported time per stage (median ms): " + ", ".join(
            f"{name} {statistics.median(values):.1f}" for name, values in stage_ms.items()) + ".")
    if first_ms:
        print(f"The open page's language was rebuilt first in {len(first_ms)} of {len(lat)} edits, "
              f"median {statistics.median(first_ms):.0f} ms by the server"
              + (" (per stage: " + ", ".join(f"{name} {statistics.median(v):.1f}"
                                            for name, v in first_stages.items()) + ")"
                 if first_stages else "") + ".")
    if extra_events or failed_builds or len(server_ms) != len(lat):
        print(f"Note: {extra_events} extra reload events, {failed_builds} failed rebuilds, "
              f"{len(server_ms)} rebuilds reported for {len(lat)} edits.")
    if args.json:
        args.json.write_text(json.dumps(dict(
            kind="serve_latency", environment=env, site=str(source), edited=rel, page=page,
            latencies_ms=latencies, whole_site_ms=whole_ms,
            server_rebuild_ms=server_ms, server_cpu_ms=cpu, series_wall_ms=(wall1 - wall0) * 1000,
            idle_cores=idle_cores, peak_rss_mib=peak, save_to_reload_cpu_ms=early_cpu, startup_s=startup_s, load=[load0, load1],
            extra_events=extra_events, failed_builds=failed_builds, stage_ms=stage_ms,
            first_ms=first_ms, first_stage_ms=first_stages), indent=1) + "\n")


if __name__ == "__main__":
    main()
