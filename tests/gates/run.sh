#!/usr/bin/env bash
# Runs the output gates on built sites, installing what a fresh Debian machine lacks.
#
#   cargo build --release
#   ./target/release/vellum build --out /tmp/site-plain
#   ./target/release/vellum build --minify --out /tmp/site-min
#   bash tests/gates/run.sh /tmp/site-plain /tmp/site-min
#
# Besides the sites given, it generates a synthetic site in 24 languages
# (benches/synth.py, built with the vellum in target/, or $VELLUM), so that
# the language switcher, the tables and print are checked in many languages.
#
# 1. html.sh:    W3C Nu HTML Checker on every page of every site
# 2. a11y.mjs:   axe-core, keyboard, language switch, phone width and print in
#                Chromium, on the first site given; axe and phone width on two
#                pages of the 24-language site
# 3. layout.mjs: every language of the first site and of the 24-language site
#                at 375 and 1280 px (no sideways scrolling, tables that fit,
#                every language reachable, a way back to the contents), printed
#                to A4 at 100 % with tables inside the paper, and links that work
#                from disk
# 4. reload.mjs: `vellum serve` in Chromium: the open page names itself on its
#                event stream, a writer's save reloads it first with the new
#                text, and the scroll position survives
# 5. prove-gates-fail.sh: the gates must reject the planted problems in broken/
# Every gate runs even if an earlier one failed, so one run reports everything.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
if [ "$#" -eq 0 ]; then
  echo "usage: $0 SITE_DIR [SITE_DIR...]   (built with 'vellum build --out SITE_DIR')" >&2
  exit 2
fi
sites=()
for d in "$@"; do
  [ -d "$d" ] || { echo "gates: $d is not a folder (build the site first)" >&2; exit 2; }
  sites+=("$(cd "$d" && pwd)")
done

# ---- install what is missing --------------------------------------------------
# Debian's Chromium: Playwright's own browser download cannot be used here (only
# package registries are reachable), and playwright-core never downloads one.
apt_pkgs=()
# fonts-liberation is a Recommends of chromium, skipped by --no-install-recommends;
# it is named so text (and so layout) renders the same as on a full install.
[ -x /usr/bin/chromium ] || apt_pkgs+=(chromium fonts-liberation)
command -v java >/dev/null || apt_pkgs+=(openjdk-17-jre-headless)
if [ "${#apt_pkgs[@]}" -ne 0 ]; then
  echo "gates: installing ${apt_pkgs[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
fi
# npm packages pinned by package-lock.json. Reinstall when the lock file changed
# since the last install (the stamp), not only when node_modules is absent.
stamp="$here/node_modules/.gates-lock"
if ! cmp -s "$here/package-lock.json" "$stamp"; then
  echo "gates: npm ci (vnu-jar, playwright-core, axe-core)"
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$stamp"
fi

# ---- the 24-language site ------------------------------------------------------
repo="$(cd "$here/../.." && pwd)"
vellum="${VELLUM:-}"
if [ -z "$vellum" ]; then
  # The newest build in target/, else one on the PATH.
  vellum="$(ls -t "$repo/target/debug/vellum" "$repo/target/release/vellum" 2>/dev/null | head -n 1 || true)"
  [ -n "$vellum" ] || vellum="$(command -v vellum || true)"
fi
[ -x "$vellum" ] || { echo "gates: no vellum binary (cargo build, or set VELLUM=/path/to/vellum)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "gates: generating a synthetic site in 24 languages (benches/synth.py, $vellum)"
python3 "$repo/benches/synth.py" small "$work/synth" --languages 24 --vellum "$vellum" >/dev/null
"$vellum" --root "$work/synth/vellum" build --out "$work/languages-24" >/dev/null 2>&1 \
  || { echo "gates: the synthetic site does not build:" >&2; "$vellum" --root "$work/synth/vellum" check >&2; exit 2; }

# ---- run the gates, timing each -------------------------------------------------
failed=()
summary=()
gate() {
  local name="$1"; shift
  echo "== gate: $name"
  local start=$EPOCHREALTIME status=0
  "$@" || status=$?
  local secs
  secs="$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')"
  if [ "$status" -eq 0 ]; then
    summary+=("$(printf '%-6s passed  %6s s' "$name" "$secs")")
  else
    summary+=("$(printf '%-6s FAILED  %6s s (exit %s)' "$name" "$secs" "$status")")
    failed+=("$name")
  fi
}

gate html bash "$here/html.sh" "${sites[@]}" "$work/languages-24"
gate a11y node "$here/a11y.mjs" "${sites[0]}"
# axe and phone width on two pages of the 24-language site, its language list open
# (every language's page would repeat the same markup; layout.mjs covers them all).
gate a11y24 node "$here/a11y.mjs" "$work/languages-24" --page /en/ --page /zh-Hant/
gate layout node "$here/layout.mjs" "${sites[0]}" "$work/languages-24"
gate reload node "$here/reload.mjs" "$vellum"
gate prove bash "$here/prove-gates-fail.sh"

echo "== gates:"
printf '  %s\n' "${summary[@]}"
if [ "${#failed[@]}" -ne 0 ]; then
  echo "gates: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "gates: all passed"
