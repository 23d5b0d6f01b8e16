#!/usr/bin/env python3
"""Save-to-reload latency of `vellum serve`: starts the server on a copy of the
example, listens for reload events like an open page, then saves a YAML file
N times and measures the time from each write to its reload event.

    cargo build --release && python3 benches/serve_latency.py [--edits 20]
"""
import argparse, os, re, shutil, socket, statistics, subprocess, tempfile, threading, time, queue

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=20)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--binary", default=os.path.join(here, "..", "target", "release", "vellum"))
    args = ap.parse_args()
    site = tempfile.mkdtemp(prefix="vellum-serve-")
    for d in ["content", "locales", "templates", "theme"]:
        src = os.path.join(here, "..", d)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(site, d))
    proc = subprocess.Popen([args.binary, "serve", "--port", "0"], cwd=site, stderr=subprocess.PIPE, text=True)
    try:
        port = None
        while port is None:
            line = proc.stderr.readline()
            m = re.match(r"serving http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
        threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
        events = queue.Queue()
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(b"GET /__vellum/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
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
        path = os.path.join(site, "content", "sections", "01-who-we-are.yaml")
        original = open(path, encoding="utf-8").read()
        latencies = []
        for i in range(args.edits):
            text = original.replace("title: Who we are", f"title: Who we are ({i})")
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            got = events.get(timeout=30)
            latencies.append((got - start) * 1000)
            time.sleep(0.2)  # let the second, no-op event of the generated file settle
            while not events.empty():
                events.get_nowait()
        print(f"vellum serve: {args.edits} edits of a section file, save to reload event")
        print(f"median: {statistics.median(latencies):.1f} ms  min: {min(latencies):.1f} ms  max: {max(latencies):.1f} ms")
        print(f"(includes the {25} ms debounce that merges an editor's several events per save)")
    finally:
        proc.kill()
        shutil.rmtree(site, ignore_errors=True)

if __name__ == "__main__":
    main()
