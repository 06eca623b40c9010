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
  const job = (over: Partial<Job>): Job => ({ id: 'j', kind: 'generate', status: 'succeeded', progress: { done: 1, total: 1 }, error: null, correlationId: 'c', createdAt: '2030-01-01T09:59:00Z', finishedAt: null, result: { applied: true, plan: { documents: [], foldersToCreate: [], permissions: [], secureRecords: false, enableVersioning: false, refreshRecords: false }, documents: [], zipUrl: '/api/jobs/j/files.zip' }, ...over });

  it('KeptJobFrom_Job_KeepsItsIdAndZip', () => {
    expect(keptJobFrom(job({}))).toMatchObject({ id: 'j', zipUrl: '/api/jobs/j/files.zip' });
  });

  it('KeptJobFrom_NoExpiry_AssumesTheServicesDefaultHourAfterFinishing', () => {
    expect(keptJobFrom(job({ finishedAt: '2030-01-01T10:00:00Z' })).expiresAt).toBe('2030-01-01T11:00:00.000Z');
  });
});
