import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { documentPath, renderApiTypes, typesPath } from '../../scripts/api-types.mjs';

describe('the API types generated from the service', () => {
  it('GeneratedTypes_ComparedWithTheCheckedInOpenApiDocument_AreUpToDate', async () => {
    const expected = (await renderApiTypes(readFileSync(documentPath as string, 'utf8'))) as string;
    expect(readFileSync(typesPath as string, 'utf8'), 'run bash addin/scripts/generate-api-types.sh').toBe(expected);
  });
});
