#!/usr/bin/env bash
# On-demand load test (never part of tests/run-all.sh): the service in Release on loopback.
#   bash tests/load/run.sh [seconds=60] [connections=16] [validate|mixed] [generate-share=0.2 (mixed only)] [instances=1 (mixed only)]
# validate (default): wrk POSTing the sample workbook to /api/validate; prints wrk's figures and the service's memory.
# mixed: tests/load/OfficeInfra.Load drives validate requests and whole generate jobs (POST /api/generate, poll
#   GET /api/jobs/{id} until done, download a document) at once, one worker per connection, and prints throughput,
#   p50/p99 latency, errors and the service's memory sampled every 5 s. wrk cannot follow a job, hence the client.
#   With instances=2 (or more) the services share a private PostgreSQL cluster started for the run (Jobs:Store=PostgreSql,
#   one job folder) and the client sends each request to the next service in turn, like a round-robin balancer.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}; connections=${2:-16}; mode=${3:-validate}; share=${4:-0.2}; instances=${5:-1}; port=5099
case "$mode" in validate|mixed) ;; *) echo "mode must be validate or mixed" >&2; exit 2 ;; esac
if [ "$mode" = validate ]; then
  command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
fi
dotnet build service/OfficeInfra.Service -c Release --nologo -v q >/dev/null
[ "$mode" = mixed ] && dotnet build tests/load/OfficeInfra.Load -c Release --nologo -v q >/dev/null
jobs_folder=$(mktemp -d)
store=()
pg=""
cleanup() { kill ${pids[@]+"${pids[@]}"} 2>/dev/null; wait 2>/dev/null; [ -n "$pg" ] && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null; rm -rf "$jobs_folder" "$pg"; }
pids=()
as_pg=()
trap cleanup EXIT
if [ "$instances" -gt 1 ]; then
  [ "$mode" = mixed ] || { echo "instances > 1 needs the mixed mode" >&2; exit 2; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$pg_bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
  pg=$(mktemp -d /tmp/oi-load-pg.XXXXXX)
  # initdb refuses root: as root the server runs as Debian's postgres user.
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg/data" -U officeinfra --auth=trust -E UTF8 >/dev/null
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w start -o "-k $pg -c listen_addresses='' -c max_connections=300" >/dev/null
  store=(OFFICEINFRA_Jobs__Store=PostgreSql "OFFICEINFRA_Jobs__ConnectionString=Host=$pg;Username=officeinfra;Database=postgres")
fi
# The per-caller rate limit, validation slots and job cap would turn most of a load test into 429s; lift it for this run only. Finished jobs are
# kept 20 s (not the default hour) so that a minute of load shows whether the sweep keeps memory flat.
urls=()
for i in $(seq 0 $((instances - 1))); do
  env ${store[@]+"${store[@]}"} OFFICEINFRA_Limits__RequestsPerMinute=100000000 OFFICEINFRA_Limits__ValidationsPerCaller=100000 OFFICEINFRA_Jobs__MaxPerCaller=100000 \
    OFFICEINFRA_Jobs__QueueCapacity=100000 Logging__LogLevel__Default=Warning \
    OFFICEINFRA_Jobs__RetainFor=00:00:20 OFFICEINFRA_Jobs__SweepEvery=00:00:05 OFFICEINFRA_Jobs__Folder="$jobs_folder" \
    dotnet service/OfficeInfra.Service/bin/Release/net10.0/OfficeInfra.Service.dll serve --urls "http://127.0.0.1:$((port + i))" \
    >"/tmp/officeinfra-load-$i.log" 2>&1 &
  pids+=($!)
  urls+=("http://127.0.0.1:$((port + i))")
done
pid=${pids[0]}
for url in "${urls[@]}"; do
  for _ in $(seq 300); do curl -fs "$url/health" >/dev/null && break; sleep 0.2; done
done
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run (shared with other work)"
if [ "$mode" = mixed ]; then
  status=0
  dotnet tests/load/OfficeInfra.Load/bin/Release/net10.0/OfficeInfra.Load.dll "$(IFS=,; echo "${urls[*]}")" "$PWD/samples/contoso.xlsx" \
    "$(IFS=,; echo "${pids[*]}")" "$seconds" "$connections" "$share" || status=$?
  echo "Job folders on disk at the end: $(find "$jobs_folder" -mindepth 1 -maxdepth 1 -type d | wc -l) (finished jobs are kept 20 s, swept every 5 s)"
  exit $status
fi
rss() { awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$pid/status; }
echo "Service RSS before: $(rss)"
OFFICEINFRA_LOAD_WORKBOOK=$PWD/samples/contoso.xlsx wrk -t2 -c"$connections" -d"${seconds}s" --latency \
  -s tests/load/validate.lua "http://127.0.0.1:$port/api/validate"
echo "Service RSS after: $(rss)"
