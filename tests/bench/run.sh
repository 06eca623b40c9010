#!/usr/bin/env bash
# On-demand benchmarks (issue 8): never part of tests/run-all.sh. Prints the figures README.md quotes.
#   bash tests/bench/run.sh            all of them (about 5 minutes on 2 cores)
#   bash tests/bench/run.sh peer       one of: peer library orgchart read records journey allocations micro
#   bash tests/bench/run.sh micro      BenchmarkDotNet micro-figures (default: --filter '*' --job short --inProcess)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
what=${1:-all}

(cd tests/bench/docxtemplater && npm ci --no-audit --no-fund --silent)
export OFFICEINFRA_DOCXTEMPLATER_DIR=$PWD/tests/bench/docxtemplater
dotnet build tests/bench/OfficeInfra.Bench -c Release --nologo -v q >/dev/null
bench=tests/bench/OfficeInfra.Bench/bin/Release/net10.0/OfficeInfra.Bench
export OFFICEINFRA_BENCH_WORK=${OFFICEINFRA_BENCH_WORK:-$(mktemp -d)}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GiB; $(dotnet --version)"
case $what in
  peer|all) "$bench" peer 1000 ;;&
  library|all)
    for roles in 200 500 1000 2000; do "$bench" library "$roles" 3; done
    "$bench" curve 3 ;;&
  orgchart|all)
    "$bench" orgchart 500 20
    # The whole process, as a user starting the tool would see it.
    if command -v hyperfine >/dev/null; then hyperfine -N --warmup 1 --runs 5 "$bench orgchart 500 0" | grep -E "Time|Range"; fi
    "$bench" orgchart 2000 5; if command -v hyperfine >/dev/null; then hyperfine -N --warmup 1 --runs 5 "$bench orgchart 2000 0" | grep -E "Time|Range"; fi ;;&
  read|all) "$bench" read 50000 5 ;;&
  records|all)
    # SPEC §3a: the real CLI as whole processes on 2,000 roles: a first run into an empty folder, then runs with the
    # previous records present (nothing changed, a later date), which must stay under 5 s and 500 MiB.
    dotnet build service/OfficeInfra.Service -c Release --nologo -v q >/dev/null
    cli="dotnet service/OfficeInfra.Service/bin/Release/net10.0/OfficeInfra.Service.dll"
    records=$OFFICEINFRA_BENCH_WORK/records
    rm -rf "$records" && mkdir -p "$records"
    "$bench" workbook 2000 "$records/registers.xlsx"
    for run in 1 2 3; do
      rm -rf "$records/first"
      /usr/bin/time -f "first run (no records): %e s, peak %M KiB" $cli generate "$records/registers.xlsx" --out "$records/first" --as-of 2025-01-31 >/dev/null
    done
    echo "records: $(du -k "$records/first/manifest.json" | cut -f1) KiB"
    for run in 1 2 3; do
      /usr/bin/time -f "again with records (unchanged, later date): %e s, peak %M KiB" $cli generate "$records/registers.xlsx" --out "$records/first" --as-of 2025-03-0$run >/dev/null
    done ;;&
  journey|all)
    # Issue 18: measured only on a quiet machine (1-minute load average below 2; waits up to 30 minutes for one).
    for _ in $(seq 360); do awk '{exit !($1 < 2)}' /proc/loadavg && break; sleep 5; done
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    # The journey's own two documents in process, 2,000 roles and a 60-stage journey, in each language.
    for language in en tr zh-Hans; do echo "[$language]"; "$bench" journey 2000 60 20 "$language"; done
    # The real CLI as whole processes on the same organisation (blueprint and systems map included): under 5 s.
    dotnet build service/OfficeInfra.Service -c Release --nologo -v q >/dev/null
    cli="dotnet service/OfficeInfra.Service/bin/Release/net10.0/OfficeInfra.Service.dll"
    journey=$OFFICEINFRA_BENCH_WORK/journey
    rm -rf "$journey" && mkdir -p "$journey"
    "$bench" workbook 2000 "$journey/registers.xlsx" 60
    for run in 1 2 3 4 5; do
      rm -rf "$journey/library"
      /usr/bin/time -f "2,000 roles, 60-stage journey, whole process: %e s, peak %M KiB" $cli generate "$journey/registers.xlsx" --out "$journey/library" --as-of 2025-01-31 >/dev/null
    done
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" ;;&
  allocations) "$bench" allocations 2000 30 ;;
  # In-process: BenchmarkDotNet would otherwise restore and build a boilerplate project for every run.
  micro) shift; [ $# -gt 0 ] || set -- --filter '*' --job short --inProcess; "$bench" micro "$@" ;;
  all|peer|library|orgchart|read|records|journey) ;;
  *) echo "unknown benchmark: $what" >&2; exit 2 ;;
esac
