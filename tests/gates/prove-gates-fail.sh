#!/usr/bin/env bash
# Proves that the gates can fail: runs each of them against broken/, a page with
# planted problems, and passes only if EVERY gate rejects it for those problems.
# A gate that passes everything (wrong paths, a checker that never runs, a
# browser that never loads the page) would otherwise go unnoticed.
#
#   bash tests/gates/prove-gates-fail.sh
#
# Each gate must exit 1 (it found problems), not 0 (it missed them) and not 2
# (it could not run at all), and its output must name the planted problems.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
broken="$here/broken"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
ok=1

# expect NAME WANTED_PATTERN... -- COMMAND...: the command must exit 1 and its
# output must match every pattern.
expect() {
  local name="$1"; shift
  local patterns=()
  while [ "$1" != "--" ]; do patterns+=("$1"); shift; done
  shift
  local status=0
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 1 ]; then
    echo "prove: $name gate exited $status on the broken page, want 1 (found problems); its output:" >&2
    sed 's/^/  /' "$log" >&2
    ok=0
    return
  fi
  local missing=()
  for p in "${patterns[@]}"; do
    grep -q -- "$p" "$log" || missing+=("$p")
  done
  if [ "${#missing[@]}" -ne 0 ]; then
    echo "prove: $name gate failed, but did not report: ${missing[*]}; its output:" >&2
    sed 's/^/  /' "$log" >&2
    ok=0
    return
  fi
  echo "prove: $name gate rejects the broken page ($(grep -c -E '^  FAIL |: error:' "$log") findings, all ${#patterns[@]} planted problems reported)"
}

expect html 'Duplicate ID' 'must not appear as a descendant of the “button”' '“img” element must have an “alt”' \
  -- bash "$here/html.sh" "$broken"
# --page: the fixture has no language switcher or table of contents, so only
# the page-level checks (axe, phone-width overflow) run on it.
expect a11y 'image-alt' 'label (critical)' 'color-contrast' 'nested-interactive' \
  -- node "$here/a11y.mjs" "$broken" --page /en/
expect layout '375 overflow' 'table-fit' 'print-scale' 'print-refs' 'disk-links' 'back-to-contents' \
  -- node "$here/layout.mjs" "$broken"

if [ "$ok" -ne 1 ]; then
  echo "prove: FAILED: a gate let a broken page through (or could not run)" >&2
  exit 1
fi
echo "prove: every gate fails on the broken page, as it must"
