// Turns the service's OpenAPI document (src/api/openapi.v1.json, written from /openapi/v1.json by
// generate-api-types.sh) into TypeScript types (src/api/openapi.generated.ts) with openapi-typescript.
// Run directly it rewrites the file; the unit test apiTypes.test.ts imports renderApiTypes and fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const documentPath = fileURLToPath(new URL('../src/api/openapi.v1.json', import.meta.url));
export const typesPath = fileURLToPath(new URL('../src/api/openapi.generated.ts', import.meta.url));

const HEADER = `// Generated from the service's /openapi/v1.json (src/api/openapi.v1.json) by \`bash addin/scripts/generate-api-types.sh\`
// with openapi-typescript: do not edit by hand. test/unit/apiTypes.test.ts fails when this file is stale.
`;

/** The TypeScript for an OpenAPI document (its JSON text). */
export async function renderApiTypes(json) {
  const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(typesPath, await renderApiTypes(readFileSync(documentPath, 'utf8')));
  console.log(`Wrote ${typesPath}`);
}
