import { describe, expect, it } from 'vitest';
import { entraAppFromQuery } from '../../src/api/nestedAppAuth';

describe('entraAppFromQuery', () => {
  it('EntraAppFromQuery_ManifestQuery_ReturnsClientIdAndScope', () => {
    expect(entraAppFromQuery('?clientId=abc&scope=api%3A%2F%2Fx%2Fabc%2Faccess_as_user')).toEqual({ clientId: 'abc', scope: 'api://x/abc/access_as_user' });
  });

  it('EntraAppFromQuery_NoAppInQuery_IsUndefinedSoOfficeSsoIsUsed', () => {
    expect(entraAppFromQuery('?service=http://127.0.0.1:5080')).toBeUndefined();
  });
});
