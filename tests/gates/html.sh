#!/usr/bin/env bash
# HTML validity gate: runs the W3C Nu HTML Checker (npm package vnu-jar, pinned in
# package.json) over every *.html file of one or more built site folders.
#
#   bash tests/gates/html.sh SITE_DIR [SITE_DIR...]
#
# Exit 0 only if every page is valid HTML (errors only; warnings are advisory).
# Minified output omits optional tags (</p>, </li>, <head>, ...): that is valid
# HTML, and the checker knows it, so no special handling is needed for it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/node_modules/vnu-jar/build/dist/vnu.jar"

if [ "$#" -eq 0 ]; then
  echo "usage: $0 SITE_DIR [SITE_DIR...]" >&2
  exit 2
fi
if [ ! -f "$jar" ]; then
  echo "html: $jar is missing; run 'npm ci' in $here (run.sh does it)" >&2
  exit 2
fi
command -v java >/dev/null || { echo "html: java is not installed (vnu.jar needs Java 11+)" >&2; exit 2; }

# Collect the pages. A folder with no page at all is an error: a gate that
# validates nothing must not pass.
files=()
for dir in "$@"; do
  if [ ! -d "$dir" ]; then
    echo "html: $dir is not a folder" >&2
    exit 2
  fi
  mapfile -d '' -t found < <(find "$dir" -type f -name '*.html' -print0 | sort -z)
  if [ "${#found[@]}" -eq 0 ]; then
    echo "html: no *.html files under $dir" >&2
    exit 2
  fi
  echo "html: $dir: ${#found[@]} pages"
  files+=("${found[@]}")
done

# One JVM for all files (startup dominates the run time). vnu prints one line per
# message on stderr and exits 1 if any error was found.
status=0
out="$(java -jar "$jar" --errors-only --format gnu "${files[@]}" 2>&1)" || status=$?
errors=0
if [ -n "$out" ]; then
  printf '%s\n' "$out" | sed 's/^/  /'
  errors="$(printf '%s\n' "$out" | grep -c -E ': (error|fatal)' || true)"
fi

if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ]; then
  echo "html: FAILED: $errors errors in ${#files[@]} pages validated (vnu exit $status)" >&2
  exit 1
fi
echo "html: ${#files[@]} pages validated, 0 errors"
