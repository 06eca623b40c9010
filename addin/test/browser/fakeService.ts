import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { DocumentChange, Finding, Job, PlanTable, RegisterSummary, RegistersJson } from '../../src/api/types';

/** The library the fake publishes to (publish results name it, and each document's place in it, as records adds). */
const LIBRARY = 'https://contoso.sharepoint.com/sites/records/Shared%20Documents';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

/**
 * A stand-in for the OfficeInfra service: serves the built pane under /addin/ as the real one does and answers the
 * API with the shapes of HTTP-API.md. Validation is a tiny rule set (unknown role = error, vacant role = warning),
 * enough for the pane to show, group and point at findings.
 */
export class FakeService {
  readonly requests: { method: string; path: string; body: unknown }[] = [];
  mode: 'local' | 'entra' = 'local';
  /** The one bearer token the fake accepts in Entra mode. */
  goodToken = 'good-token';
  publishFails = false;
  /** Whether a publish result names the library and each document's place in it (libraryUrl, documents[].webUrl). */
  publishLinks = true;
  /** Retention label names the plan says Purview's file plan import refuses (plan.unimportableLabels). */
  unimportableLabels: string[] = [];
  /** Whether the library holds a document someone edited by hand (the plan then says `edited`). */
  editedInLibrary = false;
  /** Milliseconds between a job's progress events (raise it to have time to cancel). */
  stepMs = 120;
  private cancelled = new Set<string>();
  private streamed = new Set<string>();
  private server?: Server;
  private jobs = new Map<string, Job>();
  private next = 1;

  constructor(private readonly dist: string) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  static findings(r: RegistersJson): Finding[] {
    const roles = new Set(r.roles.map((x) => String(x.role)));
    const findings: Finding[] = [];
    for (const t of r.tasks) {
      if (t.role && !roles.has(String(t.role))) {
        findings.push({ severity: 'error', code: 'unknown-role', sheet: 'Tasks', row: Number(t.row), column: 'Role', message: `The role '${t.role}' is not in the Roles register.`, cell: `Tasks!D${t.row}` });
      }
    }
    for (const role of r.roles) {
      if (String(role.status ?? '').toLowerCase() === 'vacant') {
        findings.push({ severity: 'warning', code: 'vacant-role', sheet: 'Roles', row: Number(role.row), column: 'Status', message: `The role '${role.role}' is vacant.`, cell: `Roles!E${role.row}` });
      }
    }
    return findings;
  }

  /** A stand-in's summary: a role is vacant where its findings say so (the real service counts with the model's rules). */
  static summary(r: RegistersJson): RegisterSummary {
    const vacant = r.roles.filter((x) => String(x.status ?? '').toLowerCase() === 'vacant').length;
    const roleTypes: Record<string, number> = {};
    for (const role of r.roles) {
      const type = String(role.type || 'Employee');
      roleTypes[type] = (roleTypes[type] ?? 0) + 1;
    }
    const blank = (v: unknown) => String(v ?? '').trim() === '';
    return {
      departments: r.departments.length,
      tooManyDepartments: r.departments.length > 9,
      rolesFilled: r.roles.length - vacant,
      rolesVacant: vacant,
      roleTypes,
      tasks: r.tasks.length,
      tasksWithoutRole: r.tasks.filter((t) => blank(t.role)).length,
      processes: r.processes.length,
      processesWithoutKpi: r.processes.filter((p) => blank(p.kpi)).length,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? JSON.parse(text) : undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname, body });
    const json = (status: number, value: unknown, type = 'application/json') => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(JSON.stringify(value));
    };

    if (url.pathname.startsWith('/addin/')) {
      const file = normalize(join(this.dist, decodeURIComponent(url.pathname.slice('/addin/'.length))));
      if (!file.startsWith(this.dist) || !existsSync(file) || !statSync(file).isFile()) return json(404, { title: 'Not found' }, 'application/problem+json');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return void res.end(readFileSync(file));
    }
    if (url.pathname === '/health') return json(200, { status: 'ok', mode: this.mode });
    if (this.mode === 'entra' && url.pathname.startsWith('/api/') && req.headers.authorization !== `Bearer ${this.goodToken}`) {
      return json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');
    }
    if (req.method === 'POST' && url.pathname === '/api/validate') {
      const findings = FakeService.findings(body as RegistersJson);
      return json(200, { findings, errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length, summary: FakeService.summary(body as RegistersJson) });
    }
    if (req.method === 'POST' && (url.pathname === '/api/generate' || url.pathname === '/api/publish')) {
      const registers = (body as { registers: RegistersJson }).registers;
      const errors = FakeService.findings(registers).filter((f) => f.severity === 'error');
      if (errors.length) return json(422, { title: 'The registers have errors.', status: 422, errorKind: 'registers-have-errors', detail: `The registers have ${errors.length} error(s), so nothing was generated.`, findings: errors }, 'application/problem+json');
      const asked = body as { dryRun?: boolean; recordsPlan?: boolean };
      const job = this.job(url.pathname.endsWith('generate') ? 'generate' : 'publish', registers, asked.dryRun === true, asked.recordsPlan === true);
      return json(202, { ...job, status: 'queued', result: null });
    }
    const events = /^\/api\/jobs\/([^/]+)\/events$/.exec(url.pathname);
    if (events) {
      const job = this.jobs.get(events[1]!);
      if (!job) return json(404, { title: 'Not found' }, 'application/problem+json');
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      const total = job.progress.total;
      for (let done = 0; done <= total && !this.cancelled.has(job.id); done++) {
        res.write(`event: progress\ndata: ${JSON.stringify({ status: 'running', done, total })}\n\n`);
        await new Promise((r) => setTimeout(r, this.stepMs));
      }
      this.streamed.add(job.id);
      res.write(`event: done\ndata: ${JSON.stringify(this.cancelled.has(job.id) ? this.cancelledJob(job) : job)}\n\n`);
      return void res.end();
    }
    const zip = /^\/api\/jobs\/([^/]+)\/files\.zip$/.exec(url.pathname);
    if (zip) {
      const job = this.jobs.get(zip[1]!);
      if (!job) return json(404, { title: 'Not found', status: 404, errorKind: 'job-not-found' }, 'application/problem+json');
      if (job.status !== 'succeeded' || this.cancelled.has(job.id)) return json(409, { title: 'Not finished', status: 409 }, 'application/problem+json');
      res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${this.organisation.get(job.id) ?? 'library'}.zip"` });
      // An empty zip (end-of-central-directory record only): the pane only hands the bytes over.
      return void res.end(Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]));
    }
    const cancel = /^\/api\/jobs\/([^/]+)$/.exec(url.pathname);
    if (cancel && req.method === 'DELETE') {
      const job = this.jobs.get(cancel[1]!);
      if (!job) return json(404, { title: 'Not found', status: 404, errorKind: 'job-not-found' }, 'application/problem+json');
      if (this.streamed.has(job.id) || this.cancelled.has(job.id)) {
        this.jobs.delete(job.id);
        res.writeHead(204);
        return void res.end();
      }
      this.cancelled.add(job.id);
      return json(202, this.cancelledJob(job));
    }
    const files = /^\/api\/jobs\/([^/]+)\/files\/(.+)$/.exec(url.pathname);
    if (files) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      return void res.end('PK fake document');
    }
    const jobMatch = /^\/api\/jobs\/([^/]+)$/.exec(url.pathname);
    if (jobMatch && this.jobs.has(jobMatch[1]!)) return json(200, this.jobs.get(jobMatch[1]!));
    json(404, { title: 'Not found', status: 404 }, 'application/problem+json');
  }

  private organisation = new Map<string, string>();

  private cancelledJob(job: Job): Job {
    return { ...job, status: 'cancelled', error: { title: 'Cancelled', detail: 'The job was cancelled before it finished; nothing was kept.' }, result: null };
  }

  private job(kind: 'generate' | 'publish', r: RegistersJson, dryRun: boolean, recordsPlan = false): Job {
    const id = `job${this.next++}`;
    if (r.organisation) this.organisation.set(id, String(r.organisation));
    const departments = r.departments.map((d) => String(d.department));
    const documents = [
      { kind: 'org-chart' as const, department: null, subject: 'Organisation', path: 'Org Chart.pptx' },
      ...r.roles.map((x) => ({ kind: 'job-description' as const, department: String(x.department), subject: String(x.role), path: `${x.department}/Job Descriptions/${x.role}.docx` })),
      ...r.processes.map((x) => ({ kind: 'sop' as const, department: String(x.department), subject: String(x.process), path: `${x.department}/SOPs/${x.process}.docx` })),
    ].map((d) => ({ ...d, sha256: '0'.repeat(64), url: `/api/jobs/${id}/files/${d.path.split('/').map(encodeURIComponent).join('/')}` }));
    const plan = {
      isEmpty: false,
      secureRecords: false,
      enableVersioning: false,
      refreshRecords: false,
      foldersToCreate: departments,
      documents: [...documents.map((d) => ({ path: d.path, change: 'new' as DocumentChange })), { path: 'Old/SOPs/Retired.docx', change: 'stale' as DocumentChange }, ...(this.editedInLibrary ? [{ path: 'Operations/Job Descriptions/Edited.docx', change: 'edited' as DocumentChange }] : [])],
      permissions: departments.map((d) => ({ path: d, breakInheritance: true, add: [{ principal: `${d.toLowerCase()}-owners@contoso.com`, role: 'owner' as const }], drift: [], remove: [] })),
      unimportableLabels: this.unimportableLabels,
    };
    const failed = kind === 'publish' && !dryRun && this.publishFails;
    // Asked for, the records plan's two files download beside the documents, as the service names them.
    const planFiles = recordsPlan
      ? { recordsPlanUrl: `/api/jobs/${id}/files/Records%20Plan.xlsx`, filePlanUrl: `/api/jobs/${id}/files/Records%20Plan%20-%20Purview%20file%20plan.csv`, recordsPlan: recordsPlanTables(departments, documents) }
      : {};
    const job: Job = {
      id,
      kind,
      status: failed ? 'failed' : 'succeeded',
      progress: { done: 3, total: 3 },
      error: failed ? { title: 'Publishing failed', detail: 'The library could not be reached.' } : null,
      finishedAt: new Date().toISOString(),
      correlationId: id,
      createdAt: new Date().toISOString(),
      result: failed ? null : kind === 'generate' ? { applied: true, plan, documents, zipUrl: `/api/jobs/${id}/files.zip`, ...planFiles } : { applied: !dryRun, plan, ...planFiles, ...(dryRun || !this.publishLinks ? { documents: null } : { libraryUrl: LIBRARY, documents: documents.map((d) => ({ ...d, webUrl: `${LIBRARY}/${d.path.split('/').map(encodeURIComponent).join('/')}` })) }) },
    };
    this.jobs.set(id, job);
    return job;
  }
}

/** The records plan's three tables as the service shapes them (RecordsPlanTables): one row per folder, document and label. */
function recordsPlanTables(departments: string[], documents: { kind: string; department: string | null; subject: string; path: string }[]): PlanTable[] {
  return [
    { name: 'Folders', headers: ['Folder', 'Department', 'Access Level', 'Inherits Permissions', 'Grants In Effect', 'Planned Change', 'Retention Label'], rows: departments.map((d) => [d, d, 'Internal', 'No: its own permissions', `${d.toLowerCase()}-owners@contoso.com: full control`, 'create', `${d} 7 years`]) },
    { name: 'Documents', headers: ['Document', 'Document Type', 'Department', 'Subject', 'Document ID', 'Document Version', 'Retention Label', 'Planned Change'], rows: documents.map((d, i) => [d.path, d.kind, d.department ?? '', d.subject, `DOC-${String(i + 1).padStart(4, '0')}`, '1', d.department ? `${d.department} 7 years` : '', 'new']) },
    { name: 'Retention Labels', headers: ['Retention Label', 'Documents', 'Document Types', 'Departments', 'Retention Days', 'Retention Action', 'Retention Trigger'], rows: departments.map((d) => [`${d} 7 years`, String(documents.filter((x) => x.department === d).length), 'Job description', d, '2555', 'KeepAndDelete', 'ModificationAgeInDays']) },
  ];
}
