#!/usr/bin/env bash
# Build Parcours.app and a .dmg on macOS (run by .github/workflows/package.yml; needs hdiutil).
#
#   bash packaging/macos/build_dmg.sh            from a checkout with pip install ".[dist]" done
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
VERSION=$(cd packaging && python -c 'from pathlib import Path; import bundle_files as b; print(b.read_version(Path("..")))')
for ts in resources/translations/*.ts; do pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done
python packaging/render_icons.py build/icons
mkdir -p build/icons/parcours.iconset
for size in 16 32 128 256 512; do
    cp "build/icons/${size}x${size}/apps/parcours.png" "build/icons/parcours.iconset/icon_${size}x${size}.png"
done
iconutil -c icns build/icons/parcours.iconset -o packaging/macos/parcours.icns
pyinstaller --noconfirm --clean --distpath build/bundle --workpath build/pyinstaller packaging/parcours.spec
mkdir -p dist
hdiutil create -volname "Parcours $VERSION" -srcfolder build/bundle/Parcours.app -ov -format UDZO \
    "dist/parcours-$VERSION-macos.dmg"
