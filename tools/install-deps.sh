#!/usr/bin/env bash
# Installs every Debian 12 package Pilar needs to build, run and test. Idempotent.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
PKGS=(build-essential cmake ninja-build pkg-config
      qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
      qt6-l10n-tools qt6-positioning-dev qt6-translations-l10n libqt6svg6
      libgdal-dev gdal-bin libpng-dev libproj-dev proj-bin proj-data libsqlite3-dev sqlite3
      libqcustomplot-dev libqcustomplot2.1-qt6
      qt6-qpa-plugins xvfb xauth fonts-dejavu-core poppler-utils
      dpkg-dev desktop-file-utils imagemagick clang libclang-rt-14-dev
      libpq-dev postgresql-15 postgresql-15-postgis-3
      qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
