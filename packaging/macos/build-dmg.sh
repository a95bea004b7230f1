#!/usr/bin/env bash
# macOS: the .app from the same spec, then a .dmg (see packaging/README.md).
# Run on a Mac with Python 3.11+ and Xcode's command line tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
python3 -m venv build/packaging/venv
build/packaging/venv/bin/pip install -q ".[packaging]"
# The icon: the SVG rendered to an .icns (qlmanage/sips and iconutil ship with macOS).
mkdir -p build/packaging/icon.iconset
qlmanage -t -s 1024 -o build/packaging desktop/resources/icons/app.svg >/dev/null
for size in 16 32 128 256 512; do
    sips -z $size $size build/packaging/app.svg.png --out build/packaging/icon.iconset/icon_${size}x${size}.png >/dev/null
    sips -z $((size * 2)) $((size * 2)) build/packaging/app.svg.png --out build/packaging/icon.iconset/icon_${size}x${size}@2x.png >/dev/null
done
iconutil -c icns build/packaging/icon.iconset -o packaging/macos/exchange-desk.icns
build/packaging/venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/packaging/work packaging/exchange-desk.spec
# Signing and notarisation need an Apple Developer ID (set CODESIGN_IDENTITY):
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" "dist/Exchange Desk.app"
fi
hdiutil create -volname "Exchange Desk" -srcfolder "dist/Exchange Desk.app" -ov -format UDZO \
    "dist/exchange-desk-$VERSION-macos.dmg"
echo "dist/exchange-desk-$VERSION-macos.dmg"
