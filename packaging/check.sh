#!/usr/bin/env bash
# Prove the .deb on this machine as a user would meet it, then leave the machine as it was:
#
#   install with apt -> files in place -> the installed launcher runs with an empty
#   environment, as a non-root user, from a temporary folder (--version, new, an A0 poster)
#   -> the editor opens under Xvfb to a painted window (screenshot) -> the file type and the
#   desktop entry are known to the desktop -> sizes within budget -> apt remove leaves
#   nothing but the user's own files.
#
#   bash packaging/check.sh [dist/parcours_X.Y.Z_amd64.deb]
#
# Needs root (apt). Installs the few tools it checks with (xvfb, xdotool, imagemagick,
# poppler-utils, desktop-file-utils, appstream, xdg-utils, libfile-mimeinfo-perl) when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUNDLE_BUDGET_MB=200
DEB_BUDGET_MB=90
CHECK_USER=parcours-check
failures=0
say() { printf 'parcours check: %s\n' "$*"; }
fail() { printf 'parcours check: FAILED: %s\n' "$*" >&2; failures=$((failures + 1)); }
die() { printf 'parcours check: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run it as root: it installs and removes the package with apt"
DEB=${1:-$(ls -t "$ROOT"/dist/parcours_*.deb 2>/dev/null | head -1)}
[ -f "$DEB" ] || die "no .deb to check: build one with bash scripts/setup.sh dist"
DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")

export DEBIAN_FRONTEND=noninteractive
tools="xvfb xdotool imagemagick poppler-utils desktop-file-utils appstream xdg-utils libfile-mimeinfo-perl shared-mime-info"
missing=""
for package in $tools; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $package"
done
if [ -n "$missing" ]; then
    say "installing the checking tools:$missing"
    apt-get update -qq
    # shellcheck disable=SC2086 # a list of packages
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

WORK=$(mktemp -d /tmp/parcours-check.XXXXXX)
XVFB_PID=""
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    pkill -u "$CHECK_USER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
chmod 755 "$WORK"

# ---------------------------------------------------------------- install
dpkg -s parcours >/dev/null 2>&1 && apt-get remove -y -qq parcours >/dev/null
say "installing $(basename "$DEB") with apt"
apt-get install -y -qq "$DEB" >/dev/null || die "apt could not install $DEB"

expected="/opt/parcours/parcours /usr/bin/parcours /usr/share/applications/parcours.desktop
/usr/share/mime/packages/parcours.xml /usr/share/metainfo/io.github.parcours.Parcours.metainfo.xml
/usr/share/icons/hicolor/scalable/apps/parcours.svg /usr/share/icons/hicolor/256x256/apps/parcours.png
/opt/parcours/_internal/resources/translations/parcours_fr.qm /opt/parcours/_internal/resources/fonts/DejaVuSans.ttf
/opt/parcours/_internal/resources/schema/parcours-project.schema.json
/opt/parcours/_internal/PySide6/Qt/translations/qtbase_fr.qm"
listed=$(dpkg -L parcours)
for path in $expected; do
    grep -qx "$path" <<<"$listed" || fail "dpkg -L parcours does not list $path"
    [ -e "$path" ] || fail "$path is not installed"
done
if find /opt/parcours -name '*.ts' | grep -q .; then fail "the bundle carries .ts sources: it must hold compiled .qm only"; fi

# ---------------------------------------------------------------- sizes
bundle_mb=$(du -sm /opt/parcours | cut -f1)
deb_mb=$(( ($(stat -c %s "$DEB") + 1048575) / 1048576 ))
say "sizes: bundle ${bundle_mb} MB (budget $BUNDLE_BUDGET_MB), .deb ${deb_mb} MB (budget $DEB_BUDGET_MB)"
[ "$bundle_mb" -le "$BUNDLE_BUDGET_MB" ] || fail "the bundle is ${bundle_mb} MB, over ${BUNDLE_BUDGET_MB} MB"
[ "$deb_mb" -le "$DEB_BUDGET_MB" ] || fail "the .deb is ${deb_mb} MB, over ${DEB_BUDGET_MB} MB"

# ---------------------------------------------------------------- the launcher, as a user, with nothing around it
id "$CHECK_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$CHECK_USER"
HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR" "$WORK/files"
chown -R "$CHECK_USER" "$HOME_DIR" "$WORK/files"
as_user() {
    runuser -u "$CHECK_USER" -- env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
in_files() { as_user sh -c "cd '$WORK/files' && $*"; }

version=$(in_files parcours --version) || fail "parcours --version failed"
say "installed: $version"
grep -q "$(basename "$DEB" | cut -d_ -f2)" <<<"$version" || fail "--version says '$version', the package is $(basename "$DEB")"
in_files parcours new atelier.parcours --lang fr >/dev/null || fail "parcours new failed"
in_files parcours export atelier.parcours affiche.pdf --paper A0 >/dev/null || fail "parcours export --paper A0 failed"
if [ -f "$WORK/files/affiche.pdf" ]; then
    pages=$(pdfinfo "$WORK/files/affiche.pdf" | awk '/^Page size/ {print $3 "x" $5}')
    case "$pages" in
        238[34]*x337[01]*|337[01]*x238[34]*) say "A0 poster: $pages pt" ;;
        *) fail "the poster is $pages pt, not A0" ;;
    esac
else
    fail "no poster was written"
fi
in_files parcours check atelier.parcours >/dev/null || fail "parcours check says the new project is not sound"
in_files parcours export atelier.parcours carte.png >/dev/null || fail "parcours export to PNG failed"
in_files parcours export atelier.parcours tableau.xlsx >/dev/null || fail "parcours export to XLSX failed"
in_files parcours export atelier.parcours comite.pptx >/dev/null || fail "parcours export to PPTX failed"
# The team library's driver loads the system's libpq: an unreachable server is one sentence, not a crash.
library=$(in_files parcours library --url postgresql://nobody@127.0.0.1:9/none list 2>&1 || true)
grep -q "cannot be reached" <<<"$library" || fail "parcours library did not answer as expected: $library"
for file in env.py versions/0001_library.py; do
    [ -f "/opt/parcours/_internal/app/library/migrations/$file" ] || fail "the library's migration $file is not in the bundle"
done

# ---------------------------------------------------------------- the editor, painted
DISPLAY_NUMBER=97
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x720x24 -nolisten tcp -ac >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
as_user sh -c "cd '$WORK/files' && DISPLAY=:$DISPLAY_NUMBER exec parcours atelier.parcours" \
    >"$WORK/editor.log" 2>&1 &
window=""
for _ in $(seq 1 150); do
    window=$(DISPLAY=:$DISPLAY_NUMBER xdotool search --onlyvisible --name 'Parcours' 2>/dev/null | head -1) || true
    [ -n "$window" ] && break
    sleep 0.2
done
if [ -z "$window" ]; then
    fail "the editor showed no window within 30 s: $(tail -3 "$WORK/editor.log")"
else
    sleep 2
    shot="${PARCOURS_CHECK_SHOT:-$WORK/editor.png}"
    DISPLAY=:$DISPLAY_NUMBER import -window root "$shot"
    spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
    say "editor window painted (screenshot $shot, grey spread $spread)"
    awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || fail "the editor's screenshot is blank"
fi
pkill -u "$CHECK_USER" 2>/dev/null || true
grep -q Traceback "$WORK/editor.log" && fail "the editor printed a traceback: $(cat "$WORK/editor.log")"

# ---------------------------------------------------------------- start time beside the venv's
if [ -x "$ROOT/.venv/bin/parcours" ] && command -v xdotool >/dev/null; then
    status=0
    "$ROOT/.venv/bin/python" "$ROOT/benchmarks/bundle_start.py" --bundle /opt/parcours/parcours \
        --venv "$ROOT/.venv/bin/parcours" --runs 3 --check || status=$?
    case "$status" in
        0) ;;
        1) fail "the bundle starts over 1.5x slower than the venv" ;;
        # A start that died before its window (its stderr is printed above) is reported, not counted
        # as the package's failure: the installed launcher's own start is checked above and below.
        *) say "WARNING: the start benchmark could not measure (status $status)" ;;
    esac
fi

# ---------------------------------------------------------------- the desktop knows it
type=$(as_user xdg-mime query filetype "$WORK/files/atelier.parcours" 2>/dev/null || true)
[ "$type" = application/x-parcours ] || fail "xdg-mime says '$type' for a .parcours file"
handler=$(as_user xdg-mime query default application/x-parcours 2>/dev/null || true)
[ "$handler" = parcours.desktop ] || fail "xdg-mime opens .parcours files with '$handler', not parcours.desktop"
desktop-file-validate /usr/share/applications/parcours.desktop || fail "desktop-file-validate refused the entry"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/io.github.parcours.Parcours.metainfo.xml >/dev/null ||
    appstreamcli validate --no-net /usr/share/metainfo/io.github.parcours.Parcours.metainfo.xml >/dev/null ||
    fail "appstreamcli refused the metainfo file"

# ---------------------------------------------------------------- remove, nothing left
touch "$WORK/marker"
apt-get remove -y -qq parcours >/dev/null || fail "apt remove parcours failed"
for path in $expected /opt/parcours; do
    [ ! -e "$path" ] || fail "$path is still there after apt remove"
done
left=$(find /opt /usr -newer "$WORK/marker" -name '*parcours*' 2>/dev/null | head -3)
[ -z "$left" ] || fail "left behind: $left"
if grep -qs 'x-parcours' /usr/share/mime/globs2; then fail "the MIME database still knows application/x-parcours"; fi
[ -f "$WORK/files/atelier.parcours" ] || fail "the user's own project was removed"

if [ "$failures" -gt 0 ]; then
    die "$failures check(s) failed"
fi
say "all checks passed"
