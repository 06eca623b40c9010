import { ServiceError, type ServiceErrorKind } from './serviceError';
import { readEventStream } from './eventStream';
import { problemKind } from './problemKind';
import type { Finding, Job, LibraryRecords, Progress, RegistersJson, ValidateResult } from './types';

/** Supplies bearer tokens when the service runs in Entra mode; `drop` forgets a cached one (after a 401, or Sign out). */
export interface TokenSource {
  get(): Promise<string | undefined>;
  drop(): void;
}

const NO_TOKENS: TokenSource = { get: async () => undefined, drop: () => undefined };

/** What the pane says for each kind of failure: the problem's detail (when it has one) and what to do. */
const ADVICE: Record<ServiceErrorKind, { title: string; whatToDo: string }> = {
  unreachable: { title: 'The OfficeInfra service cannot be reached.', whatToDo: 'Check that the service is running (officeinfra serve) and that this computer can reach it, then try again.' },
  'sign-in': { title: 'The service did not accept your sign-in.', whatToDo: 'Sign in again with your work account; if this keeps happening, ask your administrator to give you access to OfficeInfra.' },
  blocked: { title: 'The registers have errors, so nothing was generated.', whatToDo: 'Fix the errors listed under Check, then try again.' },
  'bad-input': { title: 'The service could not read what the pane sent.', whatToDo: 'Check the registers for unusual content and try again; if it persists, tell your administrator.' },
  busy: { title: 'The service is busy right now.', whatToDo: 'Wait a minute and try again.' },
  'not-configured': { title: 'The service is not set up for this yet.', whatToDo: 'Ask your administrator to finish the service settings (for publishing: the SharePoint site), then try again.' },
  'not-found': { title: 'The service no longer has this job or file.', whatToDo: 'Generated files are kept for an hour: run it again.' },
  failed: { title: 'The service answered with an error.', whatToDo: 'Try again; if it persists, tell your administrator.' },
};

export interface Health {
  status: string;
  mode: 'local' | 'entra';
}

/** The OfficeInfra HTTP API (HTTP-API.md) as typed calls; every failure becomes a ServiceError. */
export class ServiceClient {
  private tokens: TokenSource = NO_TOKENS;

  constructor(
    readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** Sets where bearer tokens come from (after /health says the service wants them). */
  useTokens(source: TokenSource): void {
    this.tokens = source;
  }

  /** Forgets the cached token, so the next call signs in afresh. */
  signOut(): void {
    this.tokens.drop();
  }

  async health(): Promise<Health> {
    return (await this.send('GET', '/health', undefined, false)) as Health;
  }

  async validate(registers: RegistersJson): Promise<ValidateResult> {
    return (await this.send('POST', '/api/validate', registers)) as ValidateResult;
  }

  /**
   * Starts a generate job; with the previous run's `records` the documents keep their IDs, versions and dates;
   * with `recordsPlan` the job also writes Records Plan.xlsx and the Purview file plan CSV.
   */
  async generate(registers: RegistersJson, options: { asOf?: string; records?: LibraryRecords; recordsPlan?: boolean } = {}): Promise<Job> {
    return (await this.send('POST', '/api/generate', { registers, ...options })) as Job;
  }

  /** The library's records a generate job returned (its result.recordsUrl). */
  async records(url: string): Promise<LibraryRecords> {
    return (await this.send('GET', url)) as LibraryRecords;
  }

  /** Starts a publish job (a plan only, with `dryRun`); with `recordsPlan` the job also returns the records plan's tables and files. */
  async publish(registers: RegistersJson, dryRun: boolean, options: { recordsPlan?: boolean } = {}): Promise<Job> {
    return (await this.send('POST', '/api/publish', { registers, dryRun, ...options })) as Job;
  }

  /** Cancels a queued or running job (202 with the job); a finished one is forgotten and its files deleted (204). */
  async cancel(id: string): Promise<void> {
    const response = await this.raw('DELETE', `/api/jobs/${encodeURIComponent(id)}`, undefined, 'application/json');
    if (!response.ok) throw await this.failure(response);
  }

  async job(id: string): Promise<Job> {
    return (await this.send('GET', `/api/jobs/${encodeURIComponent(id)}`)) as Job;
  }

  /**
   * Follows a job's server-sent events until it ends and returns the final job. fetch rather than EventSource,
   * because EventSource cannot send the Authorization header; if the stream breaks, the job is polled instead.
   */
  async follow(id: string, onProgress: (p: Progress) => void): Promise<Job> {
    try {
      const response = await this.raw('GET', `/api/jobs/${encodeURIComponent(id)}/events`, undefined, 'text/event-stream');
      if (response.ok && response.body) {
        let final: Job | undefined;
        await readEventStream(response.body, (event, data) => {
          if (event === 'progress') onProgress(JSON.parse(data) as Progress);
          if (event === 'done') final = JSON.parse(data) as Job;
        });
        if (final) return final;
      }
    } catch (e) {
      if (e instanceof ServiceError && e.kind === 'sign-in') throw e;
    }
    return this.poll(id, onProgress);
  }

  /** Downloads a generated document (or the job's zip) with the same credentials as the API calls. */
  async download(url: string): Promise<{ blob: Blob; filename?: string }> {
    const response = await this.raw('GET', url, undefined, '*/*');
    if (!response.ok) throw await this.failure(response);
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const filename = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    return { blob: await response.blob(), ...(filename ? { filename: decodeURIComponent(filename) } : {}) };
  }

  absolute(path: string): string {
    return new URL(path, this.baseUrl).toString();
  }

  private async poll(id: string, onProgress: (p: Progress) => void): Promise<Job> {
    for (;;) {
      const job = await this.job(id);
      onProgress({ status: job.status, ...job.progress });
      if (job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled') return job;
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  private async send(method: string, path: string, body?: unknown, auth = true): Promise<unknown> {
    const response = await this.raw(method, path, body, 'application/json', auth);
    if (!response.ok) throw await this.failure(response);
    return response.json();
  }

  private async raw(method: string, path: string, body: unknown, accept: string, auth = true): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth) {
      const token = await this.tokens.get();
      if (token) headers.Authorization = `Bearer ${token}`;
    }
    try {
      return await this.fetchImpl(this.absolute(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ServiceError('unreachable', `The OfficeInfra service at ${new URL(this.baseUrl).host} cannot be reached.`, ADVICE.unreachable.whatToDo);
    }
  }

  private async failure(response: Response): Promise<ServiceError> {
    let problem: { title?: string; detail?: string; errorKind?: string; findings?: Finding[] } = {};
    try {
      problem = (await response.json()) as typeof problem;
    } catch {
      // Not problem+json (a proxy's error page, say): the status code alone decides the message.
    }
    const kind = problemKind(response.status, problem.errorKind);
    // A refused token must not be offered again: the next call asks Office for a fresh one.
    if (response.status === 401) this.tokens.drop();
    const advice = ADVICE[kind];
    // Sign-in and busy answers read the same whatever the service's wording; others carry the service's sentence.
    const title = kind === 'sign-in' || kind === 'busy' ? advice.title : (problem.detail ?? problem.title ?? (kind === 'failed' ? `${advice.title.slice(0, -1)} (${response.status}).` : advice.title));
    return new ServiceError(kind, title, advice.whatToDo, problem.findings ?? []);
  }
}
