#!/usr/bin/env bash
# Build the Linux bundle of Exchange Desk into dist/:
#   dist/exchange-desk/                                the program folder (PyInstaller, one folder)
#   dist/exchange-desk-VERSION-linux-ARCH.tar.gz       that folder, to unpack anywhere
#   dist/exchange-desk_VERSION_DEBARCH.deb             installs into /opt, with a menu entry
# Needs Python 3.11+ with venv, and dpkg-deb for the .deb (skipped, with a
# note, where there is none). Prints the paths it made.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c 'import re,sys; print(re.search(r"__version__ = \"([^\"]+)\"", open("desktop/__init__.py").read()).group(1))')
ARCH=$(uname -m)
WORK=$ROOT/build/packaging
mkdir -p "$WORK" dist

started=$(date +%s)
if [ ! -x "$WORK/venv/bin/pyinstaller" ]; then
    "$PYTHON" -m venv "$WORK/venv"
fi
"$WORK/venv/bin/pip" install -q --upgrade pip >/dev/null
"$WORK/venv/bin/pip" install -q ".[packaging,postgres]"
# The translations compiled from resources/translations are the ones shipped.
rm -rf dist/exchange-desk
"$WORK/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath "$WORK/work" packaging/exchange-desk.spec
cp packaging/linux/exchange-desk.desktop dist/exchange-desk/
cp desktop/resources/icons/app.svg dist/exchange-desk/exchange-desk.svg

tarball=dist/exchange-desk-$VERSION-linux-$ARCH.tar.gz
tar -C dist -czf "$tarball" exchange-desk
made=("dist/exchange-desk/exchange-desk" "$tarball")

if command -v dpkg-deb >/dev/null; then
    debarch=$(dpkg --print-architecture)
    stage=$WORK/deb
    rm -rf "$stage"
    mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
             "$stage/usr/share/icons/hicolor/scalable/apps"
    cp -a dist/exchange-desk "$stage/opt/exchange-desk"
    printf '#!/bin/sh\nexec /opt/exchange-desk/exchange-desk "$@"\n' > "$stage/usr/bin/exchange-desk"
    chmod 0755 "$stage/usr/bin/exchange-desk"
    cp packaging/linux/exchange-desk.desktop "$stage/usr/share/applications/"
    cp desktop/resources/icons/app.svg "$stage/usr/share/icons/hicolor/scalable/apps/exchange-desk.svg"
    size=$(du -sk "$stage/opt" | cut -f1)
    cat > "$stage/DEBIAN/control" <<CONTROL
Package: exchange-desk
Version: $VERSION
Architecture: $debarch
Maintainer: Exchange Desk <exchange-desk@localhost>
Installed-Size: $size
Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xkb1, libxkbcommon-x11-0, libegl1, libgl1, libfontconfig1, libdbus-1-3
Section: misc
Priority: optional
Homepage: https://localhost/exchange-desk
Description: case management for prisoner-of-war and detainee exchanges
 Record exchange rounds offline (dates, sides, mediators, categories and each
 source's figures), review where the sources disagree, sign rounds off and
 export signed PDF summaries. English and Ukrainian.
CONTROL
    deb=dist/exchange-desk_${VERSION}_$debarch.deb
    dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
    made+=("$deb")
else
    echo "dpkg-deb not found: no .deb built (the tarball runs anywhere)" >&2
fi

echo "Built in $(( $(date +%s) - started )) s:"
for path in "${made[@]}"; do
    echo "  $path ($(du -sh "$path" | cut -f1))"
done
echo "  dist/exchange-desk/ ($(du -sh dist/exchange-desk | cut -f1) unpacked)"
