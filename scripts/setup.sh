#!/usr/bin/env bash
# Set up Parcours in .venv, then open the editor (run) or run the tests (test).
#
#   bash scripts/setup.sh run            install, create the sample project, open it
#   bash scripts/setup.sh test [ARGS]    install with the test tools, run pytest ARGS
#   bash scripts/setup.sh install        install only (what the Makefile's other targets need)
#   bash scripts/setup.sh dist           install with PyInstaller, build the bundle, .tar.gz and .deb
#   bash scripts/setup.sh lint           install with the test tools, run ruff and mypy (pyproject.toml's settings)
#   bash scripts/setup.sh ci             what CI runs before the test suite: the slow checks, and
#                                        (as root) PostgreSQL for the library tests, the packages built and proven
#
# Safe to run again: each step is skipped when it is already done.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
MIN_PYTHON="3.11"

# Qt's offscreen platform needs these; a real window under X needs the xcb ones too.
QT_PACKAGES="libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3 libglib2.0-0"
# Building the bundle and the .deb (dist) needs strip and dpkg-deb.
DIST_PACKAGES="binutils dpkg-dev"
XCB_PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"

say() { printf 'parcours: %s\n' "$*"; }
warn() { printf 'parcours: %s\n' "$*" >&2; }
die() { warn "$*"; exit 1; }

usage() {
    printf 'usage: bash scripts/setup.sh run | test [pytest arguments...] | install | lint | dist | ci\n' >&2
    exit 2
}

# ---------------------------------------------------------------- Python

# True when "$1" is Python >= 3.11 with a working venv module (Debian ships it separately).
python_ok() {
    command -v "$1" >/dev/null 2>&1 || return 1
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

# Prints the best Python for the venv: python3.11 first, then python3, then newer ones.
find_python() {
    local candidate
    for candidate in python3.11 python3 python3.12 python3.13 python3.14; do
        if python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

venv_ok() {
    [ -x "$VENV/bin/python" ] &&
        "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

# ---------------------------------------------------------------- system packages

# True when the Debian package "$1" is installed (Ubuntu 24.04 renamed some to "<name>t64").
deb_installed() {
    local name
    for name in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

# The packages that provide Python >= 3.11 with venv on this release.
python_packages() {
    if python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
        printf 'python3 python3-venv'
    elif apt-cache show python3.11-venv >/dev/null 2>&1; then
        printf 'python3.11 python3.11-venv'
    else
        printf 'python3 python3-venv'
    fi
}

ensure_system_packages() {
    local missing="" package need_python=0 wanted="$QT_PACKAGES $XCB_PACKAGES"
    [ "${1:-run}" = dist ] && wanted="$wanted $DIST_PACKAGES"
    if ! venv_ok && ! find_python >/dev/null; then
        need_python=1
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        # Not Debian or Ubuntu: nothing to check with; the venv step tells if Python is missing.
        if [ "$need_python" = 1 ]; then
            warn "Python $MIN_PYTHON or newer with venv is needed; install these packages: python3 (>= $MIN_PYTHON) and its venv module"
        fi
        return 0
    fi
    for package in $wanted; do
        deb_installed "$package" || missing="$missing $package"
    done
    if [ "$need_python" = 1 ]; then
        # Even when python3 is installed, these bring back a missing venv module.
        missing="$missing $(python_packages)"
    fi
    missing=${missing# }
    [ -z "$missing" ] && return 0

    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing system packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        # shellcheck disable=SC2086 # word splitting of the package list is wanted
        if apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
            return 0
        fi
        warn "apt-get could not install them; continuing without them"
    else
        warn "some system libraries are missing; install them with:"
        warn "  sudo apt-get install -y $missing"
    fi
}

# ---------------------------------------------------------------- the venv

ensure_venv() {
    if venv_ok; then
        return 0
    fi
    local python
    python=$(find_python) ||
        die "Parcours needs Python $MIN_PYTHON or newer with its venv module; install it, then run this again."
    if [ -e "$VENV" ]; then
        say "replacing the unusable $VENV"
        rm -rf "$VENV"
    fi
    say "creating .venv with $("$python" -c 'import sys; print("Python %d.%d" % sys.version_info[:2])')"
    "$python" -m venv "$VENV"
}

# pip >= 21.3 is the first to install a pyproject.toml project in editable mode.
ensure_pip() {
    if ! "$VENV/bin/python" - <<'EOF' >/dev/null 2>&1
import sys
from importlib.metadata import version
major, minor = (int(part) for part in version("pip").split(".")[:2])
sys.exit((major, minor) < (21, 3))
EOF
    then
        say "upgrading pip"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    fi
}

# Installs the project (with the test tools for "test") unless pyproject.toml is unchanged since.
ensure_install() {
    local mode="$1" stamp="$VENV/.parcours-install" digest recorded=""
    digest=$("$VENV/bin/python" -c \
        'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' \
        "$ROOT/pyproject.toml")
    [ -f "$stamp" ] && recorded=$(cat "$stamp")
    # Each install holds what the one before it needs: run < test < dist.
    local satisfied="$digest $mode"
    case "$mode" in
        run) satisfied="$digest run|$digest test|$digest dist" ;;
        test) satisfied="$digest test|$digest dist" ;;
    esac
    if [ -x "$VENV/bin/parcours" ] && [[ "|$satisfied|" == *"|$recorded|"* ]]; then
        return 0
    fi
    ensure_pip
    local target="."
    [ "$mode" = test ] && target=".[test]"
    [ "$mode" = dist ] && target=".[test,dist]"
    say "installing Parcours and its libraries into .venv (the first time takes a few minutes)"
    rm -f "$stamp"
    (cd "$ROOT" && "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$target")
    printf '%s %s\n' "$digest" "$mode" >"$stamp"
}

# Compiles each resources/translations/*.ts into a .qm beside it when the .ts is newer.
compile_translations() {
    local lrelease="$VENV/bin/pyside6-lrelease" ts qm
    if [ ! -x "$lrelease" ]; then
        warn "pyside6-lrelease is missing from .venv: the interface stays in English"
        return 0
    fi
    for ts in "$ROOT"/resources/translations/*.ts; do
        [ -f "$ts" ] || continue
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            # Beside, then renamed over: a running Parcours keeps the catalogue it mapped.
            "$lrelease" -silent "$ts" -qm "$qm.part" && mv -f "$qm.part" "$qm"
        fi
    done
}

install_all() {
    ensure_system_packages "$1"
    ensure_venv
    ensure_install "$1"
    compile_translations
    say "ready: $VENV"
}

# ---------------------------------------------------------------- commands

# fr or en, decided the way the application decides it.
sample_language() {
    "$VENV/bin/python" -c 'from app.i18n import system_language; print(system_language())' \
        2>/dev/null || printf 'en\n'
}

# The built-in sample project in the user's data folder, named in "$1".
sample_file() {
    local data="${PARCOURS_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/parcours}"
    if [ "$1" = fr ]; then
        printf '%s/samples/mon-nouvel-emploi.parcours\n' "$data"
    else
        printf '%s/samples/my-new-job.parcours\n' "$data"
    fi
}

command_run() {
    install_all run
    local language sample
    language=$(sample_language)
    sample=$(sample_file "$language")
    if [ ! -f "$sample" ]; then
        mkdir -p "$(dirname "$sample")"
        say "creating the sample project $sample"
        "$VENV/bin/parcours" new "$sample" --template onboarding --lang "$language" >/dev/null ||
            warn "the sample project could not be created (see the line above)"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" != Darwin ]; then
        [ -f "$sample" ] || sample=""
        say "no display here (DISPLAY and WAYLAND_DISPLAY are unset); from a desktop session run: $VENV/bin/parcours${sample:+ $sample}"
        return 0
    fi
    say "opening $sample"
    if [ -f "$sample" ]; then
        exec "$VENV/bin/parcours" "$sample"
    fi
    exec "$VENV/bin/parcours"
}

command_test() {
    install_all test
    local status=0
    cd "$ROOT"
    # One worker per core (pytest-xdist): the suite is some 1,800 tests, each test in its own data folder.
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -n "${PARCOURS_TEST_WORKERS:-auto}" "$@" || status=$?
    if [ "$status" = 5 ]; then
        warn "pytest collected no tests: that counts as a failure"
    fi
    exit "$status"
}

command_lint() {
    install_all test
    cd "$ROOT"
    "$VENV/bin/ruff" check app tests benchmarks packaging scripts
    "$VENV/bin/mypy"
}

# The slow checks (pytest -m slow), then, as root on Debian, the .deb built and proven by packaging/check.sh.
command_ci() {
    install_all test
    cd "$ROOT"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        ensure_postgresql
        export PARCOURS_REQUIRE_POSTGRES=1
    fi
    local status=0
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -m slow || status=$?
    # 5: no test is marked slow, which is not a failure of this step.
    if [ "$status" != 0 ] && [ "$status" != 5 ]; then
        exit "$status"
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        bash "$ROOT/scripts/setup.sh" dist
        bash "$ROOT/packaging/check.sh"
    fi
}

# PostgreSQL's server programs for the team-library tests (they start a throw-away cluster of their own).
ensure_postgresql() {
    if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        return 0
    fi
    say "installing PostgreSQL for the team-library tests"
    # No cluster of the distribution's own: the tests start and remove theirs.
    mkdir -p /etc/postgresql-common
    [ -f /etc/postgresql-common/createcluster.conf ] ||
        printf 'create_main_cluster = false\n' >/etc/postgresql-common/createcluster.conf
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null ||
        warn "PostgreSQL could not be installed; the team-library tests will fail"
}

[ $# -ge 1 ] || usage
action="$1"
shift
case "$action" in
    run) [ $# -eq 0 ] || usage; command_run ;;
    test) command_test "$@" ;;
    dist) [ $# -eq 0 ] || usage; install_all dist; exec bash "$ROOT/packaging/build.sh" ;;
    ci) [ $# -eq 0 ] || usage; command_ci ;;
    lint) [ $# -eq 0 ] || usage; command_lint ;;
    install) [ $# -eq 0 ] || usage; install_all run ;;
    *) usage ;;
esac
