#!/usr/bin/env bash
# Installs everything Beamside needs on Debian 12 / Ubuntu 22.04+ into ./.venv:
# Qt's system libraries, Python's venv, the locked packages, compiled translations.
#   bash packaging/bootstrap.sh        the app
#   bash packaging/bootstrap.sh --dev  the app plus tests, linters and PyInstaller
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# Qt's xcb platform and fonts (from `ldd` on libqxcb.so), and Python's venv.
packages=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libglx0 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
  libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)
# binutils: PyInstaller strips the bundle with it; poppler-utils: PDF checks in tests;
# zbar-tools: the test that scans the report footer's QR code (zbarimg);
# postgresql: the sync server suite runs against a throwaway cluster too.
[ "$dev" = 1 ] && packages+=(binutils poppler-utils zbar-tools postgresql)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
# Exactly the locked versions, each file checked against its hash (packaging/lock.sh
# makes the locks from pyproject.toml's pins); then Beamside itself, adding nothing.
lock=packaging/requirements.lock
[ "$dev" = 1 ] && lock=packaging/requirements-dev.lock
.venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r "$lock"
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
.venv/bin/python packaging/translations.py build
# Byte-compile Beamside's own modules as pip does for installed packages (an editable
# install is not compiled), so the first start does not compile ~150 modules.
.venv/bin/python -m compileall -q app sync main.py >/dev/null
