import { describe, expect, it } from 'vitest';
import { ServiceClient } from '../../src/api/serviceClient';
import { ServiceError } from '../../src/api/serviceError';
import type { Job, Progress } from '../../src/api/types';

const registers = { departments: [], roles: [], tasks: [], processes: [] };
const job = (over: Partial<Job> = {}): Job => ({ id: 'j1', kind: 'generate', status: 'succeeded', progress: { done: 2, total: 2 }, error: null, correlationId: 'c1', createdAt: '2026-12-01T00:00:00Z', finishedAt: null, result: { applied: true, plan: { documents: [], foldersToCreate: [], permissions: [], secureRecords: false, enableVersioning: false, refreshRecords: false }, documents: [] }, ...over });
const problem = (status: number, body: object) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

function stream(chunks: string[]): Response {
  const encoder = new TextEncoder();
  return new Response(new ReadableStream({ start(c) { for (const chunk of chunks) c.enqueue(encoder.encode(chunk)); c.close(); } }), { headers: { 'Content-Type': 'text/event-stream' } });
}

async function failure(call: () => Promise<unknown>): Promise<ServiceError> {
  try {
    await call();
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a ServiceError');
}

describe('ServiceClient', () => {
  it('Validate_ServiceDown_SaysUnreachableAndWhatToDo', async () => {
    const client = new ServiceClient('http://127.0.0.1:5080', async () => { throw new TypeError('fetch failed'); });
    const error = await failure(() => client.validate(registers));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe('The OfficeInfra service at 127.0.0.1:5080 cannot be reached.');
    expect(error.whatToDo).toContain('Check that the service is running');
  });

  it('Generate_422WithFindings_IsBlockedAndCarriesTheFindings', async () => {
    const findings = [{ severity: 'error', code: 'unknown-role', sheet: 'Tasks', row: 3, column: 'Role', message: 'x' }];
    const client = new ServiceClient('http://s', async () => problem(422, { title: 'Registers have errors', detail: 'The registers have 1 error.', findings }));
    const error = await failure(() => client.generate(registers));
    expect(error).toMatchObject({ kind: 'blocked', message: 'The registers have 1 error.', findings });
  });

  it.each([
    [401, 'sign-in'],
    [403, 'sign-in'],
    [429, 'busy'],
    [503, 'busy'],
    [400, 'bad-input'],
    [500, 'failed'],
  ])('Send_Status%s_Is%s', async (status, kind) => {
    const client = new ServiceClient('http://s', async () => problem(status, { title: 't' }));
    expect((await failure(() => client.validate(registers))).kind).toBe(kind);
  });

  it('Publish_ErrorKindNotConfigured_SaysAskTheAdministrator', async () => {
    const client = new ServiceClient('http://s', async () => problem(400, { title: 'Anything', detail: 'Say which SharePoint site to publish to.', errorKind: 'not-configured' }));
    const error = await failure(() => client.publish(registers, true));
    expect(error.kind).toBe('not-configured');
    expect(error.message).toBe('Say which SharePoint site to publish to.');
    expect(error.whatToDo).toContain('Ask your administrator');
  });

  it('Failure_TitleWordingWithoutErrorKind_DoesNotDecideTheKind', async () => {
    const client = new ServiceClient('http://s', async () => problem(400, { title: 'The service is not configured for this', detail: 'Say which site.' }));
    const error = await failure(() => client.publish(registers, true));
    expect(error.kind).toBe('bad-input');
    expect(error.message).toBe('Say which site.');
  });

  it.each([
    ['registers-have-errors', 'blocked'],
    ['rate-limited', 'busy'],
    ['queue-full', 'busy'],
    ['too-many-jobs', 'busy'],
    ['sign-in-required', 'sign-in'],
    ['consent-required', 'sign-in'],
    ['job-not-found', 'not-found'],
    ['unreadable-input', 'bad-input'],
    ['forbidden-origin', 'not-configured'],
  ])('Failure_ErrorKind%s_Is%s', async (errorKind, kind) => {
    const client = new ServiceClient('http://s', async () => problem(500, { title: 't', errorKind }));
    expect((await failure(() => client.validate(registers))).kind).toBe(kind);
  });

  it('Send_401_DropsTheCachedTokenAtOnce', async () => {
    let dropped = 0;
    const client = new ServiceClient('http://s', async () => problem(401, { title: 'Unauthorized' }));
    client.useTokens({ get: async () => 'stale', drop: () => void dropped++ });
    await failure(() => client.validate(registers));
    expect(dropped).toBe(1);
  });

  it('Cancel_SendsDeleteForTheJob', async () => {
    const seen: string[] = [];
    const client = new ServiceClient('http://s', async (url, init) => {
      seen.push(`${init?.method} ${String(url)}`);
      return new Response(null, { status: 204 });
    });
    await client.cancel('j 1');
    expect(seen).toEqual(['DELETE http://s/api/jobs/j%201']);
  });

  it('Send_TokenSource_SendsBearerHeaderOnApiCallsOnly', async () => {
    const seen: (string | undefined)[] = [];
    const client = new ServiceClient('http://s', async (_url, init) => {
      seen.push((init?.headers as Record<string, string>).Authorization);
      return new Response(JSON.stringify({ status: 'ok', mode: 'entra', findings: [] }));
    });
    client.useTokens({ get: async () => 'abc', drop: () => undefined });
    await client.health();
    await client.validate(registers);
    expect(seen).toEqual([undefined, 'Bearer abc']);
  });

  it('Follow_EventsSplitAcrossChunks_ReportsEachProgressAndReturnsTheFinalJob', async () => {
    const final = job();
    const client = new ServiceClient('http://s', async () =>
      stream([': hello\n\nevent: progress\ndata: {"status":"running","do', 'ne":1,"total":2}\n\nevent: progress\r\ndata: {"status":"running","done":2,"total":2}\r\n\r\n', `event: done\ndata: ${JSON.stringify(final)}\n\n`]),
    );
    const seen: Progress[] = [];
    const result = await client.follow('j1', (p) => seen.push(p));
    expect(seen.map((p) => p.done)).toEqual([1, 2]);
    expect(result).toEqual(final);
  });

  it('Follow_StreamEndsWithoutDone_FallsBackToPollingTheJob', async () => {
    const client = new ServiceClient('http://s', async (url) =>
      String(url).endsWith('/events') ? stream(['event: progress\ndata: {"status":"running","done":0,"total":2}\n\n']) : new Response(JSON.stringify(job({ status: 'failed', error: { title: 'Failed', detail: 'Disk full.' } }))),
    );
    const result = await client.follow('j1', () => {});
    expect(result.status).toBe('failed');
  });
});
