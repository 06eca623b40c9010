#!/usr/bin/env bash
# Regenerates the add-in's API types from the service: the OpenAPI document (src/api/openapi.v1.json, as the service
# serves it at /openapi/v1.json) and the TypeScript made from it (src/api/openapi.generated.ts). Run it after
# changing the HTTP contract; OpenApiDocumentTests (.NET) and apiTypes.test.ts (add-in) fail until you do.
set -euo pipefail
cd "$(dirname "$0")/../.."
OFFICEINFRA_UPDATE_OPENAPI=1 dotnet test tests/OfficeInfra.Service.Tests --filter "FullyQualifiedName~OpenApiDocumentTests" -v q --nologo
cd addin && node scripts/api-types.mjs
