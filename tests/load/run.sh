#!/usr/bin/env bash
# On-demand load test (never part of tests/run-all.sh): the service in Release on loopback.
#   bash tests/load/run.sh [seconds=60] [connections=16] [validate|mixed] [generate-share=0.2 (mixed only)]
# validate (default): wrk POSTing the sample workbook to /api/validate; prints wrk's figures and the service's memory.
# mixed: tests/load/OfficeInfra.Load drives validate requests and whole generate jobs (POST /api/generate, poll
#   GET /api/jobs/{id} until done, download a document) at once, one worker per connection, and prints throughput,
#   p50/p99 latency, errors and the service's memory sampled every 5 s. wrk cannot follow a job, hence the client.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}; connections=${2:-16}; mode=${3:-validate}; share=${4:-0.2}; port=5099
case "$mode" in validate|mixed) ;; *) echo "mode must be validate or mixed" >&2; exit 2 ;; esac
if [ "$mode" = validate ]; then
  command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
fi
dotnet build service/OfficeInfra.Service -c Release --nologo -v q >/dev/null
[ "$mode" = mixed ] && dotnet build tests/load/OfficeInfra.Load -c Release --nologo -v q >/dev/null
jobs_folder=$(mktemp -d)
# The per-caller rate limit and job cap would turn most of a load test into 429s; lift it for this run only. Finished jobs are
# kept 20 s (not the default hour) so that a minute of load shows whether the sweep keeps memory flat.
OFFICEINFRA_Limits__RequestsPerMinute=100000000 OFFICEINFRA_Jobs__MaxPerCaller=100000 Logging__LogLevel__Default=Warning \
OFFICEINFRA_Jobs__RetainFor=00:00:20 OFFICEINFRA_Jobs__SweepEvery=00:00:05 OFFICEINFRA_Jobs__Folder="$jobs_folder" \
  dotnet service/OfficeInfra.Service/bin/Release/net10.0/OfficeInfra.Service.dll serve --urls "http://127.0.0.1:$port" >/tmp/officeinfra-load.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$jobs_folder"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run (shared with other work)"
if [ "$mode" = mixed ]; then
  status=0
  dotnet tests/load/OfficeInfra.Load/bin/Release/net10.0/OfficeInfra.Load.dll "http://127.0.0.1:$port" "$PWD/samples/contoso.xlsx" "$pid" "$seconds" "$connections" "$share" || status=$?
  echo "Job folders on disk at the end: $(find "$jobs_folder" -mindepth 1 -maxdepth 1 -type d | wc -l) (finished jobs are kept 20 s, swept every 5 s)"
  exit $status
fi
rss() { awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$pid/status; }
echo "Service RSS before: $(rss)"
OFFICEINFRA_LOAD_WORKBOOK=$PWD/samples/contoso.xlsx wrk -t2 -c"$connections" -d"${seconds}s" --latency \
  -s tests/load/validate.lua "http://127.0.0.1:$port/api/validate"
echo "Service RSS after: $(rss)"
