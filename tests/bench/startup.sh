#!/usr/bin/env bash
# Start-up as a user meets it (issue 17), whole processes measured with hyperfine, never part of the suite:
#   - `validate` on the sample (target < 0.5 s) and
#   - `generate` of 2,000 roles into a new folder, a new process each run (target < 3 s),
# each three ways: the .NET tool (`officeinfra`, portable IL), the built program (IL, apphost), and the
# single-file ReadyToRun publish for servers (README, Install).
#   bash tests/bench/startup.sh [runs]     (default 20 runs for validate, a quarter of that for generate)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build tests/bench/OfficeInfra.Bench -c Release --nologo -v q >/dev/null
dotnet build service/OfficeInfra.Service -c Release --nologo -v q >/dev/null
dotnet pack service/OfficeInfra.Service -c Release --no-build -o "$work/feed" --nologo -v q >/dev/null
dotnet tool install OfficeInfra --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
dotnet publish service/OfficeInfra.Service -r linux-x64 -o "$work/single" --nologo -v q >/dev/null
tests/bench/OfficeInfra.Bench/bin/Release/net10.0/OfficeInfra.Bench workbook 2000 "$work/registers.xlsx" >/dev/null

declare -A program=(
  [tool]="$work/tools/officeinfra"
  [built]="service/OfficeInfra.Service/bin/Release/net10.0/OfficeInfra.Service"
  [single-file-r2r]="$work/single/OfficeInfra.Service"
)
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GiB;" \
  "$(dotnet --version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Median (min-max) of a hyperfine JSON export, and the CPU time (user + system) of the median run's kind.
summary() {
  python3 - "$1" <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = r["times"]
    print("  {:<16} median {:.3f} s ({:.3f}-{:.3f}), cpu {:.3f} s, {} runs".format(
        r["command"], statistics.median(t), min(t), max(t), r["user"] + r["system"], len(t)))
PY
}

echo "validate samples/contoso.xlsx:"
args=()
for name in tool built single-file-r2r; do args+=(-n "$name" "${program[$name]} validate samples/contoso.xlsx"); done
hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$work/validate.json" "${args[@]}" >/dev/null
summary "$work/validate.json"

echo "generate 2,000 roles into a new folder:"
args=()
for name in tool built single-file-r2r; do
  args+=(-n "$name" "${program[$name]} generate $work/registers.xlsx --out $work/out --as-of 2026-12-01")
done
hyperfine -N --warmup 1 --runs "$(( (runs + 3) / 4 ))" --prepare "rm -rf $work/out" --export-json "$work/generate.json" "${args[@]}" >/dev/null
summary "$work/generate.json"
