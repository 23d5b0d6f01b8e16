#!/usr/bin/env bash
# The Dockerfile's build, as far as it can go without a Docker engine:
# 1. check the Dockerfile and .dockerignore (.ci/check_dockerfile.py: BuildKit's
#    parser, what the image promises, ten broken variants refused);
# 2. lay out exactly the files its builder stage copies, and compile them (cargo
#    check of every target, so the dependencies compiled by the earlier clippy step
#    are reused; a plain build of the binary alone resolves other dependency
#    features and recompiles some 20 crates, three minutes on a busy machine);
# 3. run vellum the way the image runs it, in a folder holding nothing but a
#    site's content/, locales/ and versions/: the pages must equal what the same binary builds
#    from the repository root, where theme/ is on disk. So the theme compiled into
#    the binary is complete, and the image needs no other file.
set -euo pipefail
cd "$(dirname "$0")/.."
vellum=$(realpath "${VELLUM:-target/debug/vellum}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python .ci/check_dockerfile.py --context "$work/src"

# --offline: the earlier steps downloaded the crates.
cargo check --locked --offline --all-targets --manifest-path "$work/src/Cargo.toml" \
    --target-dir "$PWD/target"
echo "docker dry run: the builder stage's files compile on their own"

mkdir -p "$work/site"
# A site's own folders: its content, translations and released versions.
cp -r content locales versions "$work/site/"
(cd "$work/site" && "$vellum" build --strict --minify --out "$work/image-out" > /dev/null)
"$vellum" build --strict --minify --out "$work/root-out" > /dev/null
if ! diff -r "$work/image-out" "$work/root-out" > "$work/diff"; then
    head -n 40 "$work/diff"
    echo "docker dry run: without theme/ beside the site, vellum renders the example differently" >&2
    echo "(is a theme file missing from the theme compiled into the binary?)" >&2
    exit 1
fi
echo "docker dry run: with nothing but the site in its folder, vellum builds the example byte for byte as from the checkout"
