#!/usr/bin/env bash
# Install what the full test suite needs beyond Python: Debian's Chromium (Playwright drives
# it; no browser is downloaded), GNU gettext (the translators' gate runs makemessages), wrk
# (the load test), a Java runtime (the Nu HTML Checker is a Java program), and the npm
# packages axe-core, Lighthouse and vnu-jar (the checker), pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium chromium-driver)
command -v xgettext >/dev/null 2>&1 || missing+=(gettext)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)  # the load test and the benchmark
# Before npm: vnu-jar's install step downloads a Java runtime of its own when it finds none.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)  # the Nu HTML Checker
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages, which need root to install: ${missing[*]}" >&2
    echo "  sudo apt-get install ${missing[*]}   (the tests that need them are skipped until then)" >&2
  fi
fi

if command -v npm >/dev/null 2>&1; then
  if [ ! -d node_modules/vnu-jar ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
else
  echo "npm is missing: install Node.js 20 (Debian package nodejs and npm) for the browser checks." >&2
fi
