#!/bin/sh
# Makes sure a Chromium the end-to-end tests can drive is installed (playwright-core does not bring
# its own browser). Idempotent: exits 0 at once when $CHROMIUM_PATH (default /usr/bin/chromium) runs.
# On Debian/Ubuntu as root it installs the distribution package; otherwise it says what to install.
#
#   scripts/ensure-chromium.sh        (CI: run before `npx jest --selectProjects e2e`)
set -eu

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

works() {
  [ -x "$CHROMIUM" ] && "$CHROMIUM" --version >/dev/null 2>&1
}

if works; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null)"
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "chromium: CHROMIUM_PATH=$CHROMIUM_PATH does not run ('$CHROMIUM_PATH --version' failed)" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found at $CHROMIUM, installing the chromium package"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  if works; then
    echo "chromium: $("$CHROMIUM" --version 2>/dev/null)"
    exit 0
  fi
  echo "chromium: installed, but $CHROMIUM does not run; set CHROMIUM_PATH to a working binary" >&2
  exit 1
fi

cat >&2 <<MSG
chromium: not found at $CHROMIUM, and it cannot be installed from here (needs root and apt-get).
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium
  Or point CHROMIUM_PATH at any Chromium or Chrome binary, e.g.
  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
MSG
exit 1
