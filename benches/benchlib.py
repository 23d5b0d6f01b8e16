"""Shared helpers of the benchmark scripts (Python 3.11, standard library only).

- `run(cmd)`: one child process, timed from fork to reap; CPU time (user + system)
  from wait4(2) rusage of that child (and any children it waited for); peak RSS
  from GNU time when installed (see `run` for why), else from the same rusage.
- `LoadSampler`: the 1-minute load average from /proc/loadavg, and the CPU time the
  whole machine spent busy (from /proc/stat), so a run can say how much *other* work
  shared the machine while it ran.
- `environment()`: date, machine, commit; written into every report.

Linux only (/proc, wait4).
"""
import datetime
import os
import platform
import re
import resource
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")


def loadavg():
    """The 1-minute load average (the first field of /proc/loadavg)."""
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def cpu_jiffies():
    """(busy, steal) jiffies of the whole machine since boot, from /proc/stat.
    busy = user + nice + system + irq + softirq; steal is time the hypervisor gave
    to other guests."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq = fields[:7]
    steal = fields[7] if len(fields) > 7 else 0
    return user + nice + system + irq + softirq, steal


GNU_TIME = "/usr/bin/time"


def run(cmd, timeout=None, env=None, stdout=None, cwd=None, mem_limit_mib=None):
    """Runs cmd once. Returns a dict:
        wall_ms, user_ms, sys_ms, cpu_ms (user + sys), rss_kib (peak resident set),
        exit (exit code, or None if killed by a signal), signal (name or None),
        timed_out (bool), stderr_tail (last 3000 characters of stderr),
        other_cpu_ms (CPU time the rest of the machine was busy during the run),
        steal_ms, load_before, load_after, rss_source.
    CPU times come from wait4(2) rusage of the child. Peak RSS comes from GNU time
    (%M) when /usr/bin/time exists: the ru_maxrss of a child this Python process
    starts also counts the memory image it had before exec, i.e. this script's
    own ~15 MiB, which would hide anything smaller; GNU time is a ~1 MiB parent.
    Without GNU time, ru_maxrss is used and the floor is noted in rss_source.
    GNU time's own CPU (well under 1 ms) is inside the CPU figures.
    stdout goes to /dev/null unless `stdout` is a path. A timeout kills the
    child's whole process group (it runs in its own session) with SIGKILL.
    `mem_limit_mib` caps the child's address space (RLIMIT_AS), so a runaway
    allocation fails in the child (Rust aborts: SIGABRT) instead of driving a
    shared machine into the kernel's OOM killer."""
    def limit():
        if mem_limit_mib:
            n = mem_limit_mib * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (n, n))
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.TemporaryFile("w+b") as err, tempfile.NamedTemporaryFile("r", suffix=".time") as tf, \
            (open(stdout, "wb") if stdout else open(os.devnull, "wb")) as out:
        full = [GNU_TIME, "-f", "%M", "-o", tf.name, *map(str, cmd)] if use_time else [str(c) for c in cmd]
        load_before = loadavg()
        busy0, steal0 = cpu_jiffies()
        start = time.perf_counter()
        p = subprocess.Popen(full, stdout=out, stderr=err, env=env, cwd=cwd, start_new_session=True,
                             preexec_fn=limit if mem_limit_mib else None)
        timed_out = threading.Event()

        def kill():
            # The measured process first (GNU time's child), so that GNU time still
            # reports its peak RSS; then whatever is left of the process group.
            timed_out.set()
            try:
                with open(f"/proc/{p.pid}/task/{p.pid}/children") as f:
                    kids = [int(x) for x in f.read().split()]
            except OSError:
                kids = []
            for kid in kids if use_time else []:
                try:
                    os.kill(kid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.5)
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - start) * 1000
        if timer:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        busy1, steal1 = cpu_jiffies()
        err.seek(0)
        tail = err.read()[-3000:].decode("utf-8", "replace")
        report = tf.read() if use_time else ""
    user, sys_ = usage.ru_utime * 1000, usage.ru_stime * 1000
    exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    sig = signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else None
    rss, source = usage.ru_maxrss, "wait4 ru_maxrss (never below this script's own RSS at fork)"
    if use_time:
        m = re.search(r"Command terminated by signal (\d+)", report)
        if m:  # GNU time exits with 128 + N; report the signal itself
            exit_code, sig = None, signal.Signals(int(m.group(1))).name
        nums = re.findall(r"^(\d+)$", report, flags=re.M)
        if nums:
            rss, source = int(nums[-1]), "GNU time %M"
    busy_ms = (busy1 - busy0) * 1000 / CLK_TCK
    return dict(wall_ms=round(wall, 3), user_ms=round(user, 3), sys_ms=round(sys_, 3),
                cpu_ms=round(user + sys_, 3), rss_kib=rss, rss_source=source,
                exit=exit_code, signal=sig, timed_out=timed_out.is_set(), stderr_tail=tail,
                other_cpu_ms=round(busy_ms - (user + sys_), 1),
                steal_ms=round((steal1 - steal0) * 1000 / CLK_TCK, 1),
                load_before=load_before, load_after=loadavg())


def outcome(r):
    """'ok', 'exit N', 'CRASH (SIGSEGV)', 'OUT OF MEMORY (...)', 'TIMEOUT'."""
    if r["timed_out"]:
        return "TIMEOUT"
    if r["signal"]:
        if "memory allocation of" in r["stderr_tail"]:
            return f"OUT OF MEMORY ({r['signal']}: an allocation failed)"
        return f"CRASH ({r['signal']})"
    return "ok" if r["exit"] == 0 else f"exit {r['exit']}"


def summary(xs):
    """median, min, max of a list of numbers."""
    return dict(median=statistics.median(xs), min=min(xs), max=max(xs))


def span(s, fmt="{:.0f}"):
    """'123 (118–130)'."""
    return f"{fmt.format(s['median'])} ({fmt.format(s['min'])}–{fmt.format(s['max'])})"


def rotated(items, k):
    """Round k's order: the list rotated by k, so each item takes each position."""
    k %= len(items)
    return items[k:] + items[:k]


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def mem_total_mib():
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def git_commit(repo=REPO):
    def git(*a):
        r = subprocess.run(["git", "-C", str(repo), *a], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else ""
    commit = git("rev-parse", "--short=12", "HEAD") or "unknown"
    dirty = subprocess.run(["git", "-C", str(repo), "diff", "--quiet", "HEAD", "--", "src", "Cargo.toml",
                            "Cargo.lock", "theme"], capture_output=True).returncode
    return commit + (" (+ uncommitted changes in src/)" if dirty == 1 else "")


def tool_version(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "not installed"


def environment(vellum=None):
    """Date, machine and commit, as a dict for the JSON and the report header."""
    env = dict(
        date=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        nproc=os.cpu_count(), cpu_model=cpu_model(), mem_total_mib=mem_total_mib(),
        kernel=platform.release(), python=platform.python_version(), commit=git_commit())
    if vellum:
        env["vellum"] = tool_version([vellum, "--version"])
        env["vellum_binary"] = str(vellum)
    return env


def environment_lines(env):
    lines = [f"date: {env['date']}",
             f"machine: {env['nproc']} CPUs, {env['cpu_model']}, {env['mem_total_mib']} MiB RAM, Linux {env['kernel']}",
             f"vellum commit: {env['commit']}"]
    if "vellum" in env:
        lines.append(f"vellum: {env['vellum']} ({env['vellum_binary']})")
    return lines
