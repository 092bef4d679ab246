#!/usr/bin/env bash
# Build the Linux artefacts from a checkout whose .venv holds Parcours with its "dist" extra:
#
#   dist/parcours-VERSION-linux-ARCH/            the frozen one-folder bundle (PyInstaller)
#   dist/parcours-VERSION-linux-ARCH.tar.gz      that bundle, for other distributions
#   dist/parcours_VERSION_DEBARCH.deb            the Debian package (/opt/parcours + desktop files)
#
# Called by `bash scripts/setup.sh dist` and `make dist`, which install what it needs first.
# Everything comes from the package registries; nothing is downloaded at build time.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="${PARCOURS_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
say() { printf 'parcours dist: %s\n' "$*"; }
die() { printf 'parcours dist: %s\n' "$*" >&2; exit 1; }

[ -x "$PY" ] || die "no .venv here: run bash scripts/setup.sh dist"
"$PY" -c 'import PyInstaller' 2>/dev/null || die "PyInstaller is missing from .venv: run bash scripts/setup.sh dist"
VERSION=$(cd "$ROOT/packaging" && "$PY" -c 'from pathlib import Path; import bundle_files as b; print(b.read_version(Path("..")))')
ARCH=$(uname -m)
DEBARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
BUILD="$ROOT/build"
DIST="$ROOT/dist"
NAME="parcours-$VERSION-linux-$ARCH"
mkdir -p "$BUILD" "$DIST"

# ---------------------------------------------------------------- translations, compiled
for ts in "$ROOT"/resources/translations/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm.part" && mv -f "${ts%.ts}.qm.part" "${ts%.ts}.qm"
done

# ---------------------------------------------------------------- the bundle
say "freezing Parcours $VERSION with PyInstaller"
rm -rf "$BUILD/pyinstaller" "$BUILD/bundle"
(cd "$ROOT" && PYTHONPATH="$ROOT" "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/bundle" --workpath "$BUILD/pyinstaller" packaging/parcours.spec)
BUNDLE="$BUILD/bundle/parcours"
if command -v strip >/dev/null 2>&1; then
    # Debug symbols out of libpython, Qt's libraries and the extension modules. Not out of
    # what auditwheel rewrote (a "<package>.libs" folder beside the package, e.g. numpy's
    # OpenBLAS): stripped, those no longer load ("ELF load command ... not page-aligned").
    vendored=()
    for libs in "$BUNDLE"/_internal/*.libs; do
        [ -d "$libs" ] || continue
        package=$(basename "$libs" .libs)
        vendored+=(-path "$libs" -prune -o -path "$BUNDLE/_internal/$package" -prune -o)
        [ "$package" = pillow ] && vendored+=(-path "$BUNDLE/_internal/PIL" -prune -o)
    done
    find "$BUNDLE/_internal" "${vendored[@]}" -type f \( -name 'libpython*.so*' -o -name '*.cpython-*.so' \
        -o -name '*.abi3.so' -o -name 'libQt6*.so*' -o -name 'libpyside6*' -o -name 'libshiboken6*' \
        -o -path '*/Qt/plugins/*.so' \) -exec strip --strip-unneeded {} +
fi
"$BUNDLE/parcours" --version >/dev/null || die "the frozen bundle does not start"
rm -rf "${DIST:?}/$NAME"
cp -a "$BUNDLE" "$DIST/$NAME"
say "bundle: dist/$NAME ($(du -sm "$DIST/$NAME" | cut -f1) MB)"

# ---------------------------------------------------------------- the tarball
tar -C "$DIST" -czf "$DIST/$NAME.tar.gz" "$NAME"
say "archive: dist/$NAME.tar.gz ($(du -sm "$DIST/$NAME.tar.gz" | cut -f1) MB)"

# ---------------------------------------------------------------- the .deb
if ! command -v dpkg-deb >/dev/null 2>&1; then
    say "dpkg-deb is not here: no .deb built"
    exit 0
fi
STAGE="$BUILD/deb"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin"
cp -a "$BUNDLE" "$STAGE/opt/parcours"
ln -s /opt/parcours/parcours "$STAGE/usr/bin/parcours"
install -Dm644 "$ROOT/packaging/parcours.desktop" "$STAGE/usr/share/applications/parcours.desktop"
install -Dm644 "$ROOT/packaging/parcours-mime.xml" "$STAGE/usr/share/mime/packages/parcours.xml"
install -Dm644 "$ROOT/packaging/io.github.parcours.Parcours.metainfo.xml" \
    "$STAGE/usr/share/metainfo/io.github.parcours.Parcours.metainfo.xml"
install -Dm644 "$ROOT/packaging/icons/parcours.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/parcours.svg"
install -Dm644 "$ROOT/packaging/icons/parcours.svg" \
    "$STAGE/usr/share/icons/hicolor/scalable/mimetypes/application-x-parcours.svg"
QT_QPA_PLATFORM=offscreen "$PY" "$ROOT/packaging/render_icons.py" "$STAGE/usr/share/icons/hicolor"
install -Dm644 "$ROOT/packaging/debian/copyright" "$STAGE/usr/share/doc/parcours/copyright"
find "$STAGE/usr/share" -type d -exec chmod 755 {} +
SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEBARCH/" -e "s/@SIZE@/$SIZE/" \
    "$ROOT/packaging/debian/control.in" >"$STAGE/DEBIAN/control"
DEB="$DIST/parcours_${VERSION}_${DEBARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
say "package: dist/$(basename "$DEB") ($(du -sm "$DEB" | cut -f1) MB)"
