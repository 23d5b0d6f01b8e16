#!/usr/bin/env bash
# Instructions a build executes, counted by valgrind's callgrind: the figure
# to judge a small change by, since it does not drift with the machine's speed
# or load the way CPU time does (two runs of one binary agree within 0.05%).
# One rayon thread, so that the count does not depend on work stealing.
#
#   benches/instructions.sh SITE... -- BINARY...
#   benches/instructions.sh /tmp/vellum-bench/medium/vellum -- /tmp/vellum-before target/profiling/vellum
#
# Prints, per site and binary, the instructions in millions and the change
# against the first binary. A run takes about 40 times the build's CPU time
# (medium: 15-20 s; large: 4-5 minutes). Keep the profile with KEEP=DIR
# (callgrind.<n>.out files, for callgrind_annotate).
set -euo pipefail

[ $# -ge 3 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions.sh needs valgrind (apt-get install valgrind)" >&2; exit 2; }
sites=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sites+=("$1"); shift; done
[ "${1:-}" = "--" ] || { echo "instructions.sh: put -- between the sites and the binaries" >&2; exit 2; }
shift
binaries=("$@")
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
n=0
for site in "${sites[@]}"; do
  first=""
  for b in "${binaries[@]}"; do
    n=$((n + 1))
    profile="$out/callgrind.$n.out"
    rm -rf "$out/public"
    VELLUM_TODAY=2026-11-30 RAYON_NUM_THREADS=1 valgrind --tool=callgrind \
      --callgrind-out-file="$profile" "$b" build --site "$site" --out "$out/public" \
      >/dev/null 2>"$out/log" || { echo "$b failed on $site (see valgrind's log below)" >&2; tail -5 "$out/log" >&2; exit 1; }
    count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out/log")
    [ -n "$first" ] || first="$count"
    change=$(awk -v a="$first" -v b="$count" 'BEGIN { printf "%+.1f%%", (b - a) * 100 / a }')
    printf '%s  %s  %.1f M instructions  %s\n' "$site" "$b" "$(awk -v c="$count" 'BEGIN { print c / 1e6 }')" "$change"
    if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$profile" "$KEEP/"; fi
  done
done
