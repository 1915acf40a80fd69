#!/usr/bin/env bash
# Installs what the tests need (system packages when missing, the project with its
# test extras) and runs the whole suite.  README's second quick-start command; CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Qt's xcb/EGL libraries, Xvfb, xdotool and xclip for the X11 tests,
# fonts for Chinese text in screenshots, and the PostgreSQL server binaries (the sync
# tests run their own throw-away cluster on 127.0.0.1; system clusters are never
# touched).  Installed only when missing, only where apt-get exists.
SYSTEM_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0
  xvfb xdotool xclip x11-utils fonts-noto-cjk postgresql
  binutils  # objdump and objcopy, which PyInstaller needs for the bundle test
  dbus  # dbus-daemon: a private session bus for the input-method guard tests
)
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "installing system packages: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -m pip install --quiet --disable-pip-version-check -e ".[test]"
exec "$PYTHON" -m pytest "$@"
