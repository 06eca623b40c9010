import { ServiceError } from './serviceError';
import { readEventStream } from './eventStream';
import type { Finding, Job, Progress, RegistersJson, ValidateResult } from './types';

/** Supplies a bearer token when the service runs in Entra mode; undefined in local mode. */
export type TokenSource = () => Promise<string | undefined>;

export interface Health {
  status: string;
  mode: 'local' | 'entra';
}

/** The OfficeInfra HTTP API (HTTP-API.md) as typed calls; every failure becomes a ServiceError. */
export class ServiceClient {
  private token: TokenSource = async () => undefined;

  constructor(
    readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** Sets where bearer tokens come from (after /health says the service wants them). */
  useTokens(source: TokenSource): void {
    this.token = source;
  }

  async health(): Promise<Health> {
    return (await this.send('GET', '/health', undefined, false)) as Health;
  }

  async validate(registers: RegistersJson): Promise<ValidateResult> {
    return (await this.send('POST', '/api/validate', registers)) as ValidateResult;
  }

  async generate(registers: RegistersJson, asOf?: string): Promise<Job> {
    return (await this.send('POST', '/api/generate', asOf ? { registers, asOf } : { registers })) as Job;
  }

  async publish(registers: RegistersJson, dryRun: boolean): Promise<Job> {
    return (await this.send('POST', '/api/publish', { registers, dryRun })) as Job;
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

  /** Downloads a generated document with the same credentials as the API calls. */
  async download(url: string): Promise<Blob> {
    const response = await this.raw('GET', url, undefined, '*/*');
    if (!response.ok) throw await this.failure(response);
    return response.blob();
  }

  absolute(path: string): string {
    return new URL(path, this.baseUrl).toString();
  }

  private async poll(id: string, onProgress: (p: Progress) => void): Promise<Job> {
    for (;;) {
      const job = await this.job(id);
      onProgress({ status: job.status, ...job.progress });
      if (job.status === 'succeeded' || job.status === 'failed') return job;
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
      const token = await this.token();
      if (token) headers.Authorization = `Bearer ${token}`;
    }
    try {
      return await this.fetchImpl(this.absolute(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ServiceError(
        'unreachable',
        `The OfficeInfra service at ${new URL(this.baseUrl).host} cannot be reached.`,
        'Check that the service is running (officeinfra serve) and that this computer can reach it, then try again.',
      );
    }
  }

  private async failure(response: Response): Promise<ServiceError> {
    let problem: { title?: string; detail?: string; findings?: Finding[] } = {};
    try {
      problem = (await response.json()) as typeof problem;
    } catch {
      // Not problem+json (a proxy's error page, say): the status code alone decides the message.
    }
    const detail = problem.detail ?? problem.title;
    switch (response.status) {
      case 401:
      case 403:
        return new ServiceError('sign-in', 'The service did not accept your sign-in.', 'Sign in again with your work account; if this keeps happening, ask your administrator to give you access to OfficeInfra.');
      case 422:
        return new ServiceError('blocked', detail ?? 'The registers have errors, so nothing was generated.', 'Fix the errors listed under Check, then try again.', problem.findings ?? []);
      case 429:
      case 503:
        return new ServiceError('busy', 'The service is busy right now.', 'Wait a minute and try again.');
      case 400:
        if (/not configured/i.test(problem.title ?? '')) {
          return new ServiceError('failed', detail ?? 'The service is not set up for this yet.', 'Ask your administrator to finish the service settings (for publishing: the SharePoint site), then try again.');
        }
        return new ServiceError('bad-input', detail ?? 'The service could not read what the pane sent.', 'Check the registers for unusual content and try again; if it persists, tell your administrator.');
      case 413:
      case 415:
        return new ServiceError('bad-input', detail ?? 'The service could not read what the pane sent.', 'Check the registers for unusual content and try again; if it persists, tell your administrator.');
      default:
        return new ServiceError('failed', detail ?? `The service answered with an error (${response.status}).`, 'Try again; if it persists, tell your administrator.');
    }
  }
}
