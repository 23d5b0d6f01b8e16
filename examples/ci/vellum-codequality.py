#!/usr/bin/env python3
"""Turns the output of `vellum check --format json` into a GitLab Code Quality report.

    vellum check --format json > vellum-check.json || test $? -eq 1
    python3 vellum-codequality.py vellum-check.json > gl-code-quality-report.json

Reads a file (or standard input when the argument is missing or "-") and writes a
JSON array of Code Quality issues to standard output: errors as "critical",
warnings as "minor". A diagnostic of one language names it: "[nl] ...". Each issue's
fingerprint is derived from its code, file, language and message, not from its
line, so a problem that moves stays the same issue between a merge request and its
target branch.

Exit status: 0 when a report was written (whatever it contains), 2 when the input
is not vellum's JSON (the message says why). Python 3.8 or newer; no packages.
"""

import hashlib
import json
import sys

SEVERITY = {"error": "critical", "warning": "minor"}


def issues(doc):
    seen = {}
    out = []
    for d in doc["diagnostics"]:
        code = d.get("code") or "vellum"
        path = d.get("file") or "content"
        language = d.get("language")
        message = d.get("message") or code
        description = f"[{language}] {message}" if language else message
        if d.get("hint"):
            description += f" (hint: {d['hint']})"
        key = "\0".join([code, path, language or "", message])
        seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()
        out.append(
            {
                "type": "issue",
                "check_name": f"vellum/{code}",
                "description": description,
                "severity": SEVERITY.get(d.get("severity"), "info"),
                "fingerprint": fingerprint,
                "location": {"path": path, "lines": {"begin": int(d.get("line") or 1)}},
            }
        )
    return out


def main(argv):
    name = argv[1] if len(argv) > 1 else "-"
    try:
        text = sys.stdin.read() if name == "-" else open(name, encoding="utf-8").read()
        doc = json.loads(text)
        if not isinstance(doc, dict) or not isinstance(doc.get("diagnostics"), list):
            raise ValueError('no "diagnostics" list')
        report = issues(doc)
    except (OSError, ValueError, KeyError, TypeError) as e:
        where = "standard input" if name == "-" else name
        print(f"vellum-codequality: {where} is not the output of `vellum check --format json`: {e}", file=sys.stderr)
        return 2
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    print(
        f"vellum-codequality: {doc.get('errors', '?')} errors, {doc.get('warnings', '?')} warnings, "
        f"{len(report)} Code Quality issues",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
