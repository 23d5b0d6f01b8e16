#!/usr/bin/env bash
# A group's notices: N copies of one synthetic site built one process per site
# (as a shell loop or a CI matrix would) and in one `vellum build --site ...`
# run, the two interleaved round by round. Prints CPU (user+sys), wall and
# peak RSS of each round, and the load average before it.
#
#   benches/many_sites.sh [N] [SIZE]       default: 50 copies of medium
#
# Environment: VELLUM (default target/release/vellum), WORK (default
# /tmp/vellum-bench), RUNS (rounds, default 3).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
N="${1:-50}"
SIZE="${2:-medium}"
RUNS="${RUNS:-3}"
WORK="${WORK:-/tmp/vellum-bench}"
VELLUM="${VELLUM:-$repo/target/release/vellum}"
command -v /usr/bin/time >/dev/null || { echo "many_sites.sh needs GNU time (apt-get install time)" >&2; exit 2; }
[ -x "$VELLUM" ] || { echo "no vellum at $VELLUM: cargo build --release, or set VELLUM" >&2; exit 2; }

site="$WORK/$SIZE/vellum"
[ -d "$site" ] || python3 "$here/synth.py" "$SIZE" "$WORK/$SIZE" --vellum "$VELLUM" >/dev/null
group="$WORK/group-$N-$SIZE"
rm -rf "$group"
mkdir -p "$group"
args=()
for i in $(seq -w 1 "$N"); do
  cp -r "$site" "$group/site-$i"
  args+=(--site "$group/site-$i")
done

clean() { for d in "$group"/site-*; do rm -rf "$d/public"; done; }

# CPU (user+sys s), wall (s) and peak RSS (MiB) of a command, from GNU time.
measure() {
  local out="$WORK/.time"
  /usr/bin/time -o "$out" -f "%U %S %e %M" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%.2f %.2f %.0f\n", $1 + $2, $3, $4 / 1024 }' "$out"
}

one_per_site() {
  local cpu=0 wall=0 rss=0
  for d in "$group"/site-*; do
    read -r c w r < <(measure "$VELLUM" --root "$d" build)
    cpu=$(awk -v a="$cpu" -v b="$c" 'BEGIN { print a + b }')
    wall=$(awk -v a="$wall" -v b="$w" 'BEGIN { print a + b }')
    rss=$(( r > rss ? r : rss ))
  done
  printf "%.2f %.2f %d\n" "$cpu" "$wall" "$rss"
}

echo "## $N copies of the $SIZE site: one process per site vs one run"
echo
echo "- vellum: $VELLUM ($("$VELLUM" --version 2>/dev/null || echo unknown))"
echo "- machine: $(nproc) cores, $(uname -r)"
echo
echo "| round | how | CPU s | wall s | peak RSS MiB | load before |"
echo "|---|---|---|---|---|---|"
for r in $(seq 1 "$RUNS"); do
  for how in per-site one-run; do
    [ $(( r % 2 )) -eq 0 ] && how=$([ "$how" = per-site ] && echo one-run || echo per-site)
    clean
    load=$(cut -d' ' -f1 /proc/loadavg)
    if [ "$how" = per-site ]; then
      read -r c w m < <(one_per_site)
    else
      read -r c w m < <(measure "$VELLUM" build "${args[@]}")
    fi
    echo "| $r | $how | $c | $w | $m | $load |"
  done
done
clean
