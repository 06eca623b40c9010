#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: .NET suites, then the add-in's (which install their own npm
# packages and Debian's chromium). Prints one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The scale-out tests start a private PostgreSQL cluster (tests/…/Support/PrivatePostgres.cs); a fresh machine gets
# Debian's package first. The lock keeps this from racing another apt-get on the same machine.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
  flock /tmp/apt.lock sh -c "$as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends postgresql" \
    || echo "Could not install PostgreSQL; the scale-out tests will fail."
fi

results=$(mktemp -d)
status=0
dotnet test OfficeInfra.sln --logger "trx" --results-directory "$results" || status=1

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

if [ -f tests/run-addin-tests.sh ]; then
  addin_out=$(mktemp)
  # --with-service: the pane is also driven against the real service built by dotnet test above.
  bash tests/run-addin-tests.sh --with-service 2>&1 | tee "$addin_out"; addin_status=${PIPESTATUS[0]}
  ap=$(grep -oE 'Tests +[0-9]+ passed' "$addin_out" | grep -oE '[0-9]+' | paste -sd+ | bc 2>/dev/null)
  af=$(grep -oE 'Tests +([0-9]+ failed)' "$addin_out" | grep -oE '[0-9]+' | paste -sd+ | bc 2>/dev/null)
  passed=$((passed + ${ap:-0})); failed=$((failed + ${af:-0}))
  if [ "$addin_status" -ne 0 ]; then
    status=1
    # A lint or type error stops the add-in's run before any test: count it, so the closing line cannot say 0 failed.
    [ "${af:-0}" -gt 0 ] || { failed=$((failed + 1)); echo "The add-in's lint, build or tests stopped with exit code $addin_status."; }
  fi
fi

[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
