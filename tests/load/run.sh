#!/usr/bin/env bash
# On-demand load test (never part of tests/run-all.sh): the service in Release on loopback, wrk POSTing the sample
# workbook to /api/validate. Prints wrk's figures (requests/s, latency percentiles) and the service's memory.
#   bash tests/load/run.sh [seconds=60] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}; connections=${2:-16}; port=5099
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
dotnet build service/OfficeInfra.Service -c Release --nologo -v q >/dev/null
# The per-caller rate limit would turn most of a load test into 429s; lift it for this run only.
OFFICEINFRA_Limits__RequestsPerMinute=100000000 Logging__LogLevel__Default=Warning \
  dotnet service/OfficeInfra.Service/bin/Release/net10.0/OfficeInfra.Service.dll serve --urls "http://127.0.0.1:$port" >/tmp/officeinfra-load.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$pid/status; }
echo "Service RSS before: $(rss)"
OFFICEINFRA_LOAD_WORKBOOK=$PWD/samples/contoso.xlsx wrk -t2 -c"$connections" -d"${seconds}s" --latency \
  -s tests/load/validate.lua "http://127.0.0.1:$port/api/validate"
echo "Service RSS after: $(rss)"
