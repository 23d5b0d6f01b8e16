#!/usr/bin/env bash
# The Dockerfile's build, as far as it can go without a Docker engine: check the
# Dockerfile (.ci/check_dockerfile.py), lay out exactly the files its builder stage
# copies, compile them with the Dockerfile's cargo command (as a debug build sharing
# target/, so only vellum itself compiles), and run the binary the way the image
# runs it: in a folder holding nothing but a site's content/ and locales/. Its
# output must equal what this checkout's vellum builds from the repository root,
# where theme/ is on disk: so the embedded theme is complete.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python .ci/check_dockerfile.py --context "$work/src"

# The Dockerfile runs `cargo build --release --locked`; here a debug build, --offline
# because the earlier steps downloaded the crates. Cargo names a path package's build
# by its place in its workspace, so this build is the same unit as the checkout's:
# it reuses every compiled dependency, and it writes target/debug/vellum, from the
# same source files. The copy taken at once is the one the checks below run.
cargo build --locked --offline --manifest-path "$work/src/Cargo.toml" \
    --target-dir "$PWD/target" --bin vellum
cp target/debug/vellum "$work/vellum"
bin="$work/vellum"
echo "docker dry run: compiled vellum from the builder stage's files alone"

mkdir -p "$work/site"
cp -r content locales "$work/site/"
(cd "$work/site" && "$bin" build --strict --minify --out "$work/image-out" > /dev/null)
target/debug/vellum build --strict --minify --out "$work/root-out" > /dev/null
if ! diff -r "$work/image-out" "$work/root-out" > "$work/diff"; then
    head -n 40 "$work/diff"
    echo "docker dry run: the binary from the builder's files renders the example differently" >&2
    echo "from the repository's theme/ (is a theme file missing from the embedded theme?)" >&2
    exit 1
fi
echo "docker dry run: the binary alone (no theme/ beside the site) builds the example byte for byte as the checkout does"
