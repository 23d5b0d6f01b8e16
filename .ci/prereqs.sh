#!/usr/bin/env bash
# What .ci/run needs, checked or installed before any step runs, so that a missing
# tool stops the run at once with a message that says what to do, never halfway.
#
# Sourced by .ci/run. It can also be run alone to prepare a machine:
#   bash .ci/prereqs.sh            # every prerequisite
#   bash .ci/prereqs.sh venv node  # some of them
#
# prereq_rust    rustc >= the rust-version in Cargo.toml; rustfmt and clippy
#                (added with rustup when rustup exists)
# prereq_apt     Debian's chromium, fonts-liberation and a Java runtime for the
#                output gates, and make for jemalloc's C build (apt-get, as root
#                or through passwordless sudo)
# prereq_node    Node.js >= the newest engines.node in tests/gates/package-lock.json
#                (and never below 20), npm, and the gates' npm packages (npm ci)
# prereq_disk    free space where target/ grows (a clean run fills under 3 GB);
#                a warning, not a failure, since the need depends on the cache
# prereq_venv    a Python venv in target/ci-venv with .ci/requirements.txt
#                (python3 -m venv; Debian's python3-venv installed when missing)
#
# Environment: PYTHON (default python3) is the Python the venv is made from;
# CI_VENV (default target/ci-venv) is where it goes.

CI_VENV=${CI_VENV:-target/ci-venv}
CI_REQUIREMENTS=.ci/requirements.txt
GATES_DIR=tests/gates

prereq_fail() {
    echo "" >&2
    echo "prerequisite missing: $*" >&2
    return 1
}

# apt_install PKG...: installs Debian packages as root or with passwordless sudo.
apt_install() {
    local sudo=()
    if ! command -v apt-get > /dev/null; then
        prereq_fail "the Debian packages $* are needed, and this system has no apt-get.
  Install the equivalent packages with your system's package manager, then run again."
        return 1
    fi
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
            sudo=(sudo -n)
        elif command -v sudo > /dev/null && [ -t 0 ]; then
            sudo=(sudo)
        else
            prereq_fail "the Debian packages $* are needed, and installing them needs root.
  Run as root, give this user passwordless sudo, or install them first:
    sudo apt-get install --no-install-recommends $*"
            return 1
        fi
    fi
    echo "apt-get install $*"
    # No questions; wait for another apt or dpkg run (a shared machine) rather than fail.
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
    "${apt[@]}" update -qq
    "${apt[@]}" install -y -qq --no-install-recommends "$@" > /dev/null
}

version_at_least() { # have want: true when version have >= want (dotted numbers)
    [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

prereq_rust() {
    local want have
    want=$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' Cargo.toml | head -n 1)
    if ! command -v cargo > /dev/null || ! command -v rustc > /dev/null; then
        prereq_fail "cargo and rustc (Rust ${want:-1.89} or newer).
  Install Rust with rustup (https://rustup.rs), then: rustup component add rustfmt clippy
  Debian 12's rustc package is 1.63, too old for vellum."
        return 1
    fi
    have=$(rustc --version | awk '{print $2}')
    if [ -n "$want" ] && ! version_at_least "${have%%-*}" "$want"; then
        prereq_fail "rustc $have is older than the rust-version $want in Cargo.toml.
  With rustup: rustup update stable. Without it: install Rust from https://rustup.rs."
        return 1
    fi
    echo "rustc $have (>= $want)"
    local missing=()
    cargo fmt --version > /dev/null 2>&1 || missing+=(rustfmt)
    cargo clippy --version > /dev/null 2>&1 || missing+=(clippy)
    if [ "${#missing[@]}" -ne 0 ]; then
        if command -v rustup > /dev/null; then
            echo "rustup component add ${missing[*]}"
            rustup component add "${missing[@]}"
        else
            prereq_fail "the Rust components ${missing[*]}, and there is no rustup to add them.
  Install them the way this Rust was installed, or install Rust with rustup."
            return 1
        fi
    fi
    echo "$(cargo fmt --version), $(cargo clippy --version)"
}

prereq_apt() {
    local pkgs=()
    # Debian's Chromium for axe-core (playwright-core never downloads a browser);
    # fonts-liberation is its Recommends, so text renders as on a full install.
    [ -x /usr/bin/chromium ] || pkgs+=(chromium fonts-liberation)
    # The W3C Nu HTML Checker (vnu-jar) is a Java program.
    command -v java > /dev/null || pkgs+=(openjdk-17-jre-headless)
    # jemalloc, vellum's allocator, is compiled from C with make.
    command -v make > /dev/null || pkgs+=(make)
    if [ "${#pkgs[@]}" -eq 0 ]; then
        echo "chromium, java and make present"
        return 0
    fi
    apt_install "${pkgs[@]}"
}

prereq_node() {
    local lock="$GATES_DIR/package-lock.json" want have
    if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
        prereq_fail "Node.js 20 or newer, with npm (the output gates run playwright-core and vnu-jar).
  Debian 12's nodejs package is 18, too old. Install Node.js 20 or newer from nodejs.org,
  from NodeSource's Debian packages, or with a version manager (nvm install 20)."
        return 1
    fi
    # The oldest Node.js every pinned package accepts (engines ">=N"), at least 20.
    want=$(node -e '
        const lock = require(process.argv[1]);
        let need = 20;
        for (const p of Object.values(lock.packages || {})) {
            const m = /^\s*>=\s*(\d+)\S*\s*$/.exec((p.engines || {}).node || "");
            if (m) need = Math.max(need, Number(m[1]));
        }
        console.log(need);' "$PWD/$lock")
    have=$(node --version)
    have=${have#v}
    if ! version_at_least "$have" "$want"; then
        prereq_fail "Node.js $want or newer (the engines of the packages in $lock); this is $have.
  Debian 12's nodejs package is 18. Install Node.js $want or newer from nodejs.org,
  from NodeSource's Debian packages, or with a version manager (nvm install $want)."
        return 1
    fi
    echo "node $have (>= $want), npm $(npm --version)"
    # The gates' npm packages, pinned by the lock file; the stamp is the one
    # tests/gates/run.sh reads, so it does not install them a second time.
    local stamp="$GATES_DIR/node_modules/.gates-lock"
    if cmp -s "$lock" "$stamp"; then
        echo "npm packages of $GATES_DIR up to date"
    else
        echo "npm ci in $GATES_DIR (vnu-jar, playwright-core, axe-core)"
        (cd "$GATES_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
        cp "$lock" "$stamp"
    fi
}

prereq_disk() {
    local dir=${CARGO_TARGET_DIR:-target} free_kb
    mkdir -p "$dir"
    free_kb=$(df -Pk "$dir" | awk 'NR == 2 { print $4 }')
    echo "free space for $dir: $((free_kb / 1024 / 1024)) GB"
    # A linker that runs out of disk dies of SIGBUS with no word about space.
    if [ "$free_kb" -lt $((4 * 1024 * 1024)) ]; then
        echo "warning: less than 4 GB free; a clean run needs up to 3 GB in $dir." >&2
        echo "  A linker crash (signal 7, Bus error) below means the disk filled up." >&2
    fi
}

prereq_venv() {
    local python=${PYTHON:-python3} want err
    if ! command -v "$python" > /dev/null; then
        prereq_fail "python3 (3.9 or newer), for the Fluent, JSON Schema, template and Dockerfile checks.
  Debian: apt-get install python3 python3-venv"
        return 1
    fi
    # The venv is rebuilt when the requirements or the Python it was made from change.
    want="$("$python" -c 'import sys; print(sys.executable, sys.version)')
$(cat "$CI_REQUIREMENTS")"
    if [ -x "$CI_VENV/bin/python" ] && [ "$(cat "$CI_VENV/.ci-stamp" 2> /dev/null)" = "$want" ]; then
        echo "venv $CI_VENV up to date ($("$CI_VENV/bin/python" --version))"
        return 0
    fi
    rm -rf "$CI_VENV"
    mkdir -p "$(dirname "$CI_VENV")"
    err=$(mktemp)
    if ! "$python" -m venv "$CI_VENV" 2> "$err"; then
        rm -rf "$CI_VENV"
        if grep -qi 'ensurepip\|venv' "$err" && command -v dpkg > /dev/null; then
            # Debian and Ubuntu ship venv support separately (python3-venv).
            cat "$err" >&2
            local minor
            minor=$("$python" -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}-venv")')
            apt_install python3-venv "$minor" || { rm -f "$err"; return 1; }
            if ! "$python" -m venv "$CI_VENV"; then
                rm -rf "$CI_VENV" "$err"
                prereq_fail "'$python -m venv' fails even with python3-venv installed (see above).
  Point PYTHON at a Python that can make venvs: PYTHON=/usr/bin/python3 .ci/run"
                return 1
            fi
        else
            cat "$err" >&2
            rm -f "$err"
            prereq_fail "a working 'python3 -m venv' (see the error above)."
            return 1
        fi
    fi
    rm -f "$err"
    echo "pip install -r $CI_REQUIREMENTS into $CI_VENV"
    "$CI_VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet \
        --require-virtualenv -r "$CI_REQUIREMENTS"
    printf '%s' "$want" > "$CI_VENV/.ci-stamp"
    echo "venv $CI_VENV ready ($("$CI_VENV/bin/python" --version))"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    cd "$(dirname "$0")/.."
    for what in "${@:-rust disk apt node venv}"; do
        for w in $what; do "prereq_$w"; done
    done
fi
