#!/usr/bin/env bash
# Builds the Debian package, installs it into this machine with apt, runs the installed
# programs from a folder outside the checkout, checks the desktop entry and the MIME type,
# and removes the package again. Needs root (CI runs as root); skipped (77) otherwise.
set -euo pipefail
build_dir="$1"
if [ "$(id -u)" != 0 ] || ! command -v dpkg-shlibdeps >/dev/null; then
  echo "SKIP: needs root and dpkg-dev"; exit 77
fi
if dpkg-query -W -f='${Status}' pilar 2>/dev/null | grep -q "install ok installed"; then
  echo "SKIP: a pilar package is already installed here; not touching it"; exit 77
fi
work="$(mktemp -d)"
cleanup() { apt-get remove -y -q pilar >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/deb" >/dev/null)
deb="$(ls "$work"/deb/pilar_*.deb)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >/dev/null

cd "$work"
export QT_QPA_PLATFORM=offscreen PILAR_LANG=en
version="$(/usr/bin/pilar-cli --version)"
echo "$version"
echo "$version" | grep -q "^pilar-cli [0-9]" || { echo "FAIL: --version"; exit 1; }
echo "$version" | grep -q "GDAL 3" || { echo "FAIL: --version names no GDAL"; exit 1; }
/usr/bin/pilar-cli demo "$work/demo.gpkg"
/usr/bin/pilar-cli render "$work/demo.gpkg" --out "$work/demo.png" --size 800x600
[ "$(stat -c %s "$work/demo.png")" -gt 20000 ] || { echo "FAIL: the rendered demo is too small to hold a map"; exit 1; }
/usr/bin/pilar-cli validate "$work/demo.gpkg" >/dev/null
/usr/bin/pilar --version | grep -q "0\." || { echo "FAIL: pilar --version"; exit 1; }

desktop-file-validate /usr/share/applications/id.go.purbalinggakab.Pilar.desktop
[ -f /usr/share/icons/hicolor/scalable/apps/id.go.purbalinggakab.Pilar.svg ] || { echo "FAIL: no icon"; exit 1; }
[ -f /usr/share/mime/application/geopackage+sqlite3.xml ] || { echo "FAIL: the GeoPackage MIME type was not registered"; exit 1; }
grep -q "application/geopackage+sqlite3=id.go.purbalinggakab.Pilar.desktop" /usr/share/applications/mimeinfo.cache \
  || { echo "FAIL: Pilar is not offered for GeoPackage files"; exit 1; }
for f in copyright LICENSE-boundaries-MIT.txt LICENSE-codes-ODbL.md; do
  [ -f "/usr/share/doc/pilar/$f" ] || { echo "FAIL: /usr/share/doc/pilar/$f missing"; exit 1; }
done
echo "package installed, used and removed: OK"
