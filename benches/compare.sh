#!/usr/bin/env bash
# Build benchmark: vellum against Hugo and mdBook on equivalent synthetic statements.
#
#   benches/compare.sh [small|medium|large ...]   compare the three tools (default: all three sizes)
#   benches/compare.sh --scaling                  vellum only: double products, then languages
#
# Environment: RUNS (timed runs per tool and size, default 5), WORK (where the sites
# and build outputs go, default /tmp/vellum-bench; never inside the repository),
# SCALE_L / SCALE_P (base languages / products of --scaling, default 20 / 150).
#
# Installs what is missing: Hugo (apt), mdBook (cargo install, takes minutes once)
# and GNU time (apt, for peak RSS). Builds vellum in release mode, generates each
# size with benches/synth.py, and hands the timing to benches/measure.py.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
RUNS="${RUNS:-5}"
WORK="${WORK:-/tmp/vellum-bench}"
vellum="$repo/target/release/vellum"

scaling=0
sizes=()
for arg in "$@"; do
  case "$arg" in
    --scaling) scaling=1 ;;
    small|medium|large) sizes+=("$arg") ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(small medium large)

apt_install() {
  # Debian packages: hugo, time. Needs root (or sudo) and network once.
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$@" >/dev/null \
    || { $sudo apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$@" >/dev/null; }
}

if [ "$scaling" -eq 0 ]; then
  command -v hugo >/dev/null || { echo "installing hugo (apt) ..." >&2; apt_install hugo; }
  command -v mdbook >/dev/null || { echo "installing mdbook (cargo install, a few minutes) ..." >&2; cargo install mdbook --locked; }
fi
# Peak RSS: GNU time if possible; measure.py falls back to wait4(2) rusage otherwise.
[ -x /usr/bin/time ] || { echo "installing GNU time (apt) ..." >&2; apt_install time || true; }

# A release build of the working tree. If it does not compile (someone is
# mid-edit), measure the last good binary rather than nothing, and say so.
echo "building vellum (cargo build --release) ..." >&2
if ! (cd "$repo" && cargo build --release --quiet); then
  [ -x "$vellum" ] || { echo "compare.sh: vellum does not build and no binary exists" >&2; exit 1; }
  echo "compare.sh: WARNING: cargo build failed; measuring the existing $vellum" >&2
fi

mkdir -p "$WORK"
echo "tools: $("$vellum" --version); $(command -v hugo >/dev/null && hugo version | cut -d' ' -f1-2); $(command -v mdbook >/dev/null && mdbook --version)" >&2
echo "vellum commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null)$(git -C "$repo" diff --quiet 2>/dev/null || echo ' (+ uncommitted changes)')" >&2

if [ "$scaling" -eq 1 ]; then
  # Doubling one dimension at a time around a "large-ish" base; the other
  # dimensions stay at the base. Linear cost shows as a growth ratio near 2.
  L="${SCALE_L:-20}"; P="${SCALE_P:-150}"
  base=(--sections 40 --cookies 250 --subprocessors 100)
  specs=()
  for k in 1 2 4; do
    python3 "$here/synth.py" large "$WORK/scale-products-$k" "${base[@]}" --languages "$L" --products $((P * k)) >&2
    specs+=("products-${k}x=$WORK/scale-products-$k")
  done
  for k in 1 2 4; do
    python3 "$here/synth.py" large "$WORK/scale-languages-$k" "${base[@]}" --languages $((L * k)) --products "$P" >&2
    specs+=("languages-${k}x=$WORK/scale-languages-$k")
  done
  python3 "$here/measure.py" scaling --work "$WORK" --vellum "$vellum" --runs "$RUNS" "${specs[@]}"
  exit 0
fi

for size in "${sizes[@]}"; do
  echo "generating $size in $WORK/$size ..." >&2
  python3 "$here/synth.py" "$size" "$WORK/$size" >&2
  df -h "$WORK" | tail -1 | awk '{print "disk: " $4 " free on " $6}' >&2
done
python3 "$here/measure.py" compare --work "$WORK" --vellum "$vellum" --runs "$RUNS" "${sizes[@]}"
