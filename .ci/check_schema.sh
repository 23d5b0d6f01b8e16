#!/usr/bin/env bash
# The JSON Schema gate: the committed schema/ equals what `vellum schema`
# generates from the Rust types, and every content file validates against the
# schema its `# yaml-language-server: $schema=` line names, checked by an
# independent validator (check-jsonschema). A file known to be wrong must fail.
set -euo pipefail
cd "$(dirname "$0")/.."
vellum=${VELLUM:-target/debug/vellum}

"$vellum" schema --check

files=0
validate() { # file: validate against the schema named on its first line
    local file=$1 first schema
    first=$(head -n 1 "$file")
    case "$first" in
        "# yaml-language-server: \$schema="*) schema="$(dirname "$file")/${first#*\$schema=}" ;;
        *) echo "$file: no '# yaml-language-server: \$schema=' line"; return 1 ;;
    esac
    check-jsonschema --schemafile "$schema" "$file" > /dev/null || { echo "$file: does not match $schema"; return 1; }
    files=$((files + 1))
}
while IFS= read -r f; do validate "$f"; done < <(find content theme/locales -name '*.yaml' | sort)
echo "check-jsonschema: $files files valid"

# Prove the gate bites: a section with a misspelt key must be refused.
bad=$(mktemp -d)
trap 'rm -rf "$bad"' EXIT
mkdir -p "$bad/content/sections"
{ echo '# yaml-language-server: $schema=../../schema/section.schema.json'; cat tests/fixtures/invalid/unknown-key/content/sections/01-introduction.yaml; } > "$bad/content/sections/01-introduction.yaml"
if check-jsonschema --schemafile schema/section.schema.json "$bad/content/sections/01-introduction.yaml" > /dev/null 2>&1; then
    echo "schema gate did not reject a section with an unknown key"
    exit 1
fi
echo "check-jsonschema: a section with an unknown key is rejected, as it must be"
