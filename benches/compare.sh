#!/usr/bin/env bash
# Build benchmark: vellum against Hugo and mdBook on equivalent synthetic statements,
# the tools interleaved round by round; CPU time is the main figure.
#
#   benches/compare.sh [small|medium|large ...]   compare the three tools (default: all three sizes)
#   benches/compare.sh --scaling                  vellum alone: languages x1..x8, products x1..x16
#
# Environment:
#   RUNS            rounds per size after one warm-up per tool (default 5)
#   WORK            where sites, outputs and results go (default /tmp/vellum-bench; never
#                   inside the repository)
#   OUTPUTS         where the builds write (default $WORK/out). /dev/shm/vellum-out puts them
#                   in memory: on ext4 without a journal, making a file costs more the more
#                   files were deleted in the last minutes (benches/HISTORY.md, "Where the outputs go")
#   MDBOOK_SEARCH   on (mdBook's default) or off: whether each book builds its search index
#   VELLUM          a vellum binary to measure; if unset, `cargo build --release` and use
#                   target/release/vellum
#   TIMEOUT         seconds one process may take before it is killed (default 600)
#   SCALE_L, SCALE_P  base languages / products of --scaling (default 10 / 100)
#
# Installs what is missing: Hugo (apt), mdBook (cargo install --locked, minutes once) and
# GNU time (apt, for peak RSS).
# Generates each size with benches/synth.py and hands the measuring to benches/measure.py,
# which prints Markdown tables (also kept in $WORK/*.md) and writes every raw run to
# $WORK/compare-search-{on,off}.json or $WORK/scaling.json.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
RUNS="${RUNS:-5}"
WORK="${WORK:-/tmp/vellum-bench}"
MDBOOK_SEARCH="${MDBOOK_SEARCH:-on}"
TIMEOUT="${TIMEOUT:-600}"
OUTPUTS="${OUTPUTS:-$WORK/out}"

scaling=0
sizes=()
for arg in "$@"; do
  case "$arg" in
    --scaling) scaling=1 ;;
    small|medium|large) sizes+=("$arg") ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(small medium large)
case "$(realpath -m "$OUTPUTS")/" in
  "$(realpath "$repo")"/*) echo "compare.sh: OUTPUTS must be outside the repository" >&2; exit 2 ;;
esac
case "$MDBOOK_SEARCH" in on|off) ;; *) echo "compare.sh: MDBOOK_SEARCH must be on or off" >&2; exit 2 ;; esac
case "$(realpath -m "$WORK")/" in
  "$(realpath "$repo")"/*) echo "compare.sh: WORK must be outside the repository" >&2; exit 2 ;;
esac

apt_install() {
  # Debian packages. Needs root (or sudo) and network once.
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$@" >/dev/null \
    || { $sudo apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$@" >/dev/null; }
}

if [ "$scaling" -eq 0 ]; then
  command -v hugo >/dev/null || { echo "installing hugo (apt) ..." >&2; apt_install hugo; }
  command -v mdbook >/dev/null || { echo "installing mdbook (cargo install --locked, a few minutes) ..." >&2; cargo install mdbook --locked; }
fi

# Peak RSS: GNU time when possible (see benches/benchlib.py); rusage otherwise.
[ -x /usr/bin/time ] || { echo "installing GNU time (apt) ..." >&2; apt_install time || true; }

if [ -n "${VELLUM:-}" ]; then
  vellum="$(realpath "$VELLUM")"
  [ -x "$vellum" ] || { echo "compare.sh: VELLUM=$VELLUM is not an executable" >&2; exit 2; }
else
  vellum="$repo/target/release/vellum"
  # A release build of the working tree. If it does not compile (someone is
  # mid-edit), measure the last good binary rather than nothing, and say so.
  echo "building vellum (cargo build --release) ..." >&2
  if ! (cd "$repo" && cargo build --release --quiet); then
    [ -x "$vellum" ] || { echo "compare.sh: vellum does not build and no binary exists" >&2; exit 1; }
    echo "compare.sh: WARNING: cargo build failed; measuring the existing $vellum" >&2
  fi
fi

mkdir -p "$WORK"
synth() { python3 "$here/synth.py" "$@" --vellum "$vellum" >&2; }

if [ "$scaling" -eq 1 ]; then
  # One dimension multiplied at a time around a medium-sized base (40 sections,
  # 100 cookies, 50 sub-processors); the x1 site is shared by both series.
  L="${SCALE_L:-10}"; P="${SCALE_P:-100}"
  base=(--sections 40 --cookies 100 --subprocessors 50)
  specs=()
  for k in 1 2 4 8; do
    dir="$WORK/scale-languages-$k"
    echo "generating $dir ($((L * k)) languages, $P products) ..." >&2
    synth medium "$dir" "${base[@]}" --languages $((L * k)) --products "$P"
    specs+=("languages:$k=$dir")
  done
  specs+=("products:1=$WORK/scale-languages-1")
  for k in 2 4 8 16; do
    dir="$WORK/scale-products-$k"
    echo "generating $dir ($L languages, $((P * k)) products) ..." >&2
    synth medium "$dir" "${base[@]}" --languages "$L" --products $((P * k))
    specs+=("products:$k=$dir")
  done
  df -h "$WORK" | tail -1 | awk '{print "disk: " $4 " free on " $6}' >&2
  python3 "$here/measure.py" scaling --work "$WORK" --vellum "$vellum" --runs "$RUNS" --timeout "$TIMEOUT" \
    --outputs "$OUTPUTS" --base-languages "$L" --base-products "$P" "${specs[@]}" | tee "$WORK/scaling.md"
  exit 0
fi

for size in "${sizes[@]}"; do
  echo "generating $size in $WORK/$size ..." >&2
  synth "$size" "$WORK/$size"
done
df -h "$WORK" | tail -1 | awk '{print "disk: " $4 " free on " $6}' >&2
python3 "$here/measure.py" compare --work "$WORK" --vellum "$vellum" --runs "$RUNS" --timeout "$TIMEOUT" \
  --outputs "$OUTPUTS" --mdbook-search "$MDBOOK_SEARCH" --json "$WORK/compare-search-$MDBOOK_SEARCH.json" "${sizes[@]}" \
  | tee "$WORK/compare-search-$MDBOOK_SEARCH.md"
