#!/usr/bin/env bash
# Install what the browser tests need: Debian's Chromium (Playwright drives it; no browser is
# downloaded) and the npm packages axe-core and Lighthouse, pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "Chromium is missing and cannot be installed without root:" >&2
    echo "  sudo apt-get install chromium chromium-driver   (browser tests are skipped until then)" >&2
  fi
fi

if command -v npm >/dev/null 2>&1; then
  if [ ! -d node_modules/axe-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
else
  echo "npm is missing: install Node.js 20 (Debian package nodejs and npm) for the browser checks." >&2
fi
