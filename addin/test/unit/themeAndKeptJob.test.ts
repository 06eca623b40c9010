import { describe, expect, it } from 'vitest';
import type { Job } from '../../src/api/types';
import { keptJobFrom } from '../../src/taskpane/documentsView';
import { luminance } from '../../src/taskpane/theme';

describe('luminance', () => {
  it('Luminance_OfficeDarkAndLightBodies_AreFarApart', () => {
    expect(luminance('#262626')).toBeLessThan(0.05);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('not a colour')).toBe(1);
  });
});

describe('keptJobFrom', () => {
  const job = (over: Partial<Job>): Job => ({ id: 'j', kind: 'generate', status: 'succeeded', progress: { done: 1, total: 1 }, error: null, result: { documents: [], zipUrl: '/api/jobs/j/files.zip' }, ...over });

  it('KeptJobFrom_ServiceSaysWhenFilesExpire_KeepsThatTime', () => {
    expect(keptJobFrom(job({ expiresAt: '2030-01-01T00:00:00Z' }))).toMatchObject({ id: 'j', expiresAt: '2030-01-01T00:00:00Z', zipUrl: '/api/jobs/j/files.zip' });
  });

  it('KeptJobFrom_NoExpiry_AssumesTheServicesDefaultHourAfterFinishing', () => {
    expect(keptJobFrom(job({ finishedAt: '2030-01-01T10:00:00Z' })).expiresAt).toBe('2030-01-01T11:00:00.000Z');
  });
});
