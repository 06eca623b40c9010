#!/usr/bin/env bash
# The add-in's 24,000-task figures (issue 16), in headless Chromium with the Excel stand-in and the fake service:
# Check's drawing time after the service's answer and tab switches. On demand, never part of the test suite.
#   bash tests/bench/addin/run.sh            (OFFICEINFRA_BENCH_RUNS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/../../../addin"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
fi
npm run build --silent >/dev/null
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
OFFICEINFRA_ADDIN_BENCH=1 NO_COLOR=1 npx vitest run --reporter=default 2>&1 | grep -E "^addin check|Tests|FAIL|Error" 
