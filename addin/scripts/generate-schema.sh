#!/usr/bin/env bash
# Regenerates the add-in's register schema (src/excel/registerSchema.generated.ts) and the init workbook's shape
# (test/parity/init-workbook-shape.json) from the C# column table and workbook writer. Run it after changing
# service/OfficeInfra.Registers/Schema or Writing; AddinSchemaTests fails until you do.
set -euo pipefail
cd "$(dirname "$0")/../.."
OFFICEINFRA_UPDATE_ADDIN_SCHEMA=1 dotnet test tests/OfficeInfra.Registers.Tests --filter "FullyQualifiedName~AddinSchemaTests" -v q --nologo
