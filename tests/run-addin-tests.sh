#!/usr/bin/env bash
# Builds the Excel add-in and runs its tests (unit + headless Chromium) on a fresh machine.
# Prints vitest's summary ("Tests  N passed") and exits non-zero when anything fails.
# --with-service also runs the end-to-end test against the real OfficeInfra service (builds it with dotnet).
set -euo pipefail
if [ "${1:-}" = "--with-service" ]; then export OFFICEINFRA_ADDIN_E2E=1; fi
cd "$(dirname "$0")/../addin"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# A fresh clone installs exactly the lock file; a machine that already did skips the ~1-2 minute install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
fi
npm run lint --silent
npm run build --silent
# Colour off so the summary line reads plainly in CI logs.
NO_COLOR=1 FORCE_COLOR=0 npx vitest run --reporter=default
