#!/usr/bin/env python3
"""Parses every .ftl file vellum ships or writes with an independent Fluent
implementation (the fluent.syntax package) and fails on any Junk entry."""
import pathlib, sys
from fluent.syntax import FluentParser, ast

def main(roots):
    parser = FluentParser(with_spans=True)
    files = sorted(p for root in roots for p in pathlib.Path(root).rglob("*.ftl"))
    bad = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        resource = parser.parse(text)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                line = text.count("\n", 0, entry.span.start) + 1
                notes = "; ".join(a.message for a in entry.annotations)
                print(f"{path}:{line}: junk: {notes}")
                bad += 1
    messages = sum(
        1 for path in files for e in parser.parse(path.read_text(encoding="utf-8")).body if isinstance(e, ast.Message)
    )
    print(f"fluent.syntax: {len(files)} files, {messages} messages, {bad} junk entries")
    return 1 if bad or not files else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["locales", "theme/locales", "tests/fixtures"]))
