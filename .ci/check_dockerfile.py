#!/usr/bin/env python3
"""Checks the Dockerfile and .dockerignore without a Docker engine (none runs on CI).

    check_dockerfile.py                 # parse and check
    check_dockerfile.py --context DIR   # also lay out in DIR what the builder stage
                                        # copies, for .ci/run to compile it there

Parses the Dockerfile with BuildKit's own parser (the `dockerfile` package), then
checks what the image promises: a Rust builder stage running `cargo build --release
--locked`; a Debian slim (or distroless cc) final stage of the same Debian release
with only the binary at /usr/local/bin/vellum, WORKDIR /site, a non-root USER and
ENTRYPOINT ["vellum"]; every COPY source present and not excluded by .dockerignore,
which must keep target/, public/, tests/artifacts and node_modules out of the context.
"""

import re
import shutil
import sys
from pathlib import Path

import dockerfile

problems = []


def check(cond, msg):
    if not cond:
        problems.append(msg)
    return cond


def ignore_rules(text):
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line[1:] if negate else line
        pattern = pattern.strip("/")
        rules.append((negate, pattern_regex(pattern)))
    return rules


def pattern_regex(pattern):
    """A .dockerignore pattern (Go filepath.Match plus **) as a regular expression."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        else:
            c = pattern[i]
            out += "[^/]*" if c == "*" else "[^/]" if c == "?" else re.escape(c)
            i += 1
    return re.compile(out + r"\Z")


def ignored(path, rules):
    """Docker's rule: the last matching pattern wins; a matched folder hides what is in it."""
    parts = path.split("/")
    result = False
    for negate, regex in rules:
        for n in range(1, len(parts) + 1):
            if regex.match("/".join(parts[:n])):
                result = not negate
                break
    return result


def resolve(text, args):
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: args.get(m.group(1) or m.group(2), m.group(0)), text)


def analyse(dockerfile_text, dockerignore_text):
    """Checks the two files' texts; returns (problems, stages, builder sources, workdir, rules)."""
    problems.clear()
    try:
        commands = dockerfile.parse_string(dockerfile_text)
    except dockerfile.GoParseError as e:
        problems.append(f"a Dockerfile BuildKit's parser accepts ({e})")
        return None

    args = {}
    stages = []  # (image, name, [commands])
    for c in commands:
        if c.cmd == "ARG" and not stages:
            name, _, default = c.value[0].partition("=")
            args[name] = default
        elif c.cmd == "FROM":
            image = resolve(c.value[0], args)
            name = c.value[2] if len(c.value) == 3 and c.value[1].upper() == "AS" else None
            stages.append((image, name, []))
        else:
            check(stages, f"line {c.start_line}: {c.cmd} before the first FROM")
            if stages:
                stages[-1][2].append(c)

    if not check(len(stages) >= 2, "a multi-stage build (a builder and a final stage)"):
        return None
    (b_image, b_name, b_cmds), (f_image, _, f_cmds) = stages[0], stages[-1]

    def release(image):
        m = re.search(r"(bookworm|trixie|bullseye|debian1[0-9])", image)
        return m.group(1) if m else None

    check(re.fullmatch(r"rust:[\w.]*-?slim-\w+", b_image), f"the builder is a rust:*-slim-<debian> image, not {b_image}")
    check(b_name, "the builder stage has a name (FROM ... AS builder)")
    runs = " ".join(" ".join(c.value) for c in b_cmds if c.cmd == "RUN")
    check("cargo build --release --locked" in runs, "the builder runs cargo build --release --locked")
    check(
        re.fullmatch(r"debian:\w+-slim", f_image) or f_image.startswith("gcr.io/distroless/cc"),
        f"the final stage is debian:<release>-slim or distroless/cc, not {f_image}",
    )
    check(release(b_image) == release(f_image) or "distroless" in f_image,
          f"builder ({b_image}) and final stage ({f_image}) use the same Debian release (glibc)")

    copies = [c for c in f_cmds if c.cmd in ("COPY", "ADD")]
    check(len(copies) == 1, f"the final stage copies one thing (the binary), not {len(copies)}")
    for c in copies:
        check(c.cmd == "COPY" and f"--from={b_name}" in c.flags, "the final stage copies from the builder stage only")
        check(c.value[-1] == "/usr/local/bin/vellum", f"the binary goes to /usr/local/bin/vellum, not {c.value[-1]}")
    workdirs = [c.value[0] for c in f_cmds if c.cmd == "WORKDIR"]
    check(workdirs and workdirs[-1] == "/site", "WORKDIR /site in the final stage")
    users = [c.value[0] for c in f_cmds if c.cmd == "USER"]
    check(users and users[-1].split(":")[0] not in ("root", "0"), "a non-root USER in the final stage")
    entry = [c for c in f_cmds if c.cmd == "ENTRYPOINT"]
    check(entry and entry[-1].json and list(entry[-1].value) == ["vellum"], 'ENTRYPOINT ["vellum"] (exec form)')

    # The build context: .dockerignore and the builder's COPY sources.
    rules = ignore_rules(dockerignore_text)
    for path in ("target/release/vellum", "public/en/index.html", "tests/artifacts/x.png",
                 "node_modules/x/package.json", "tests/gates/node_modules/axe-core/axe.js"):
        check(ignored(path, rules), f".dockerignore keeps {path} out of the build context")
    sources = []
    workdir = "/"
    for c in b_cmds:
        if c.cmd == "WORKDIR":
            workdir = c.value[0]
        if c.cmd not in ("COPY", "ADD"):
            continue
        check(c.cmd == "COPY", f"line {c.start_line}: COPY, not ADD")
        if any(f.startswith("--from") for f in c.flags):
            continue
        *srcs, dest = c.value
        for src in srcs:
            src = src.strip("/") or "."
            check(Path(src).exists() or any(Path(".").glob(src)),
                  f"line {c.start_line}: COPY source {src} exists")
            check(not ignored(src, rules), f"line {c.start_line}: COPY source {src} is not excluded by .dockerignore")
            sources.append((src, dest, len(srcs) > 1 or dest.endswith("/")))
    for needed in ("Cargo.toml", "Cargo.lock", "build.rs", "src", "theme", "schema"):
        check(any(s == needed for s, _, _ in sources), f"the builder copies {needed} (cargo build reads it)")

    return stages, sources, workdir, rules


# Each mutation of the real files must be refused, or the checks above prove nothing.
MUTATIONS = [
    ("a final stage running as root", "USER 10001:10001", "USER root", None),
    ("a shell-form ENTRYPOINT", 'ENTRYPOINT ["vellum"]', "ENTRYPOINT vellum", None),
    ("a final stage that copies the whole builder", "COPY --from=builder /out/vellum /usr/local/bin/vellum",
     "COPY --from=builder / /", None),
    ("a builder without --locked", "cargo build --release --locked", "cargo build --release", None),
    ("a builder that forgets the theme", "COPY theme ./theme\n", "", None),
    ("a builder that forgets the export schemas", "COPY schema ./schema\n", "", None),
    ("a final stage on another Debian release", "FROM debian:${DEBIAN_RELEASE}-slim", "FROM debian:trixie-slim", None),
    ("an unparsable Dockerfile", "FROM rust", "FROM rust\nRUN <<EOF", None),
    (".dockerignore letting target/ in", None, None, ("target\n", "")),
    (".dockerignore excluding src/", None, None, ("target\n", "target\nsrc\n")),
]


def self_test(dockerfile_text, dockerignore_text):
    missed = []
    for label, old, new, ignore_edit in MUTATIONS:
        d, i = dockerfile_text, dockerignore_text
        if old is not None:
            assert old in d, f"mutation {label!r} no longer applies to the Dockerfile"
            d = d.replace(old, new, 1)
        if ignore_edit is not None:
            assert ignore_edit[0] in i, f"mutation {label!r} no longer applies to .dockerignore"
            i = i.replace(*ignore_edit, 1)
        analyse(d, i)
        if not problems:
            missed.append(label)
    problems.clear()
    return missed


def main(argv):
    context_dir = Path(argv[argv.index("--context") + 1]) if "--context" in argv else None
    dockerfile_text = Path("Dockerfile").read_text(encoding="utf-8")
    dockerignore_text = Path(".dockerignore").read_text(encoding="utf-8")
    missed = self_test(dockerfile_text, dockerignore_text)
    result = analyse(dockerfile_text, dockerignore_text)
    if problems or result is None:
        return report()
    if missed:
        print(f"Dockerfile: the checks let through {', '.join(missed)}")
        return 1
    stages, sources, workdir, rules = result
    b_image, f_image = stages[0][0], stages[-1][0]

    if context_dir:
        # What the builder stage sees after its COPY lines, relative to its WORKDIR.
        if context_dir.exists():
            shutil.rmtree(context_dir)
        context_dir.mkdir(parents=True)
        for src, dest, into in sources:
            dest = dest[len(workdir):].lstrip("/") if dest.startswith(workdir) else dest
            target = context_dir / dest / Path(src).name if into else context_dir / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            if Path(src).is_dir():
                shutil.copytree(src, target, ignore=lambda d, names: [n for n in names if ignored(str(Path(d) / n), rules)])
            else:
                shutil.copy2(src, target)
        print(f"Dockerfile: builder context laid out in {context_dir}")
    print(f"Dockerfile: {len(stages)} stages ({b_image} -> {f_image}), every check passed; "
          f"{len(MUTATIONS)} broken variants refused")
    return 0


def report():
    for p in problems:
        print(f"Dockerfile: expected {p}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
