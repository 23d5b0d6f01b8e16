#!/usr/bin/env bash
# Two or more vellum binaries on the same sites, interleaved run by run: the
# way to measure a change (the machine's speed drifts by a third from hour
# to hour, so only runs side by side compare). Prints each run's CPU
# (user+sys), wall and peak RSS, then the mean per binary and site, and the
# load average at the end.
#
#   benches/versus.sh ROUNDS SITE... -- BINARY...
#   benches/versus.sh 4 /tmp/vellum-bench/large/vellum -- /tmp/vellum-old target/profiling/vellum
#
# Each build writes to a temporary folder, removed after it; VELLUM_TODAY is
# fixed so that the outputs of the binaries can be compared with diff -r.
set -euo pipefail

[ $# -ge 4 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "versus.sh needs GNU time (apt-get install time)" >&2; exit 2; }
rounds="$1"; shift
sites=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sites+=("$1"); shift; done
[ "${1:-}" = "--" ] || { echo "versus.sh: put -- between the sites and the binaries" >&2; exit 2; }
shift
binaries=("$@")
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for r in $(seq "$rounds"); do
  for site in "${sites[@]}"; do
    for b in "${binaries[@]}"; do
      rm -rf "$out/public"
      VELLUM_TODAY=2026-11-30 /usr/bin/time -o "$out/time" -f "%U %S %e %M" \
        "$b" build --site "$site" --out "$out/public" >/dev/null 2>&1 || { echo "$b failed on $site" >&2; exit 1; }
      read -r user sys wall rss < "$out/time"
      echo "$r $site $b $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') $wall $rss"
    done
  done
done | tee "$out/runs" | awk '{printf "round %s  %s  %s  CPU %.2f s  wall %.2f s  peak RSS %.1f MiB\n", $1, $2, $3, $4, $5, $6/1024}'
echo
awk '{k=$2"  "$3; n[k]++; cpu[k]+=$4; rss[k]+=$6} END {for (k in n) printf "%s  mean CPU %.2f s  mean peak RSS %.1f MiB\n", k, cpu[k]/n[k], rss[k]/n[k]/1024}' "$out/runs" | sort
uptime
