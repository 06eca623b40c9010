import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startService, type ServiceProcess } from './serviceProcess';

// Issue 13's attack, in a real browser against the real service in local mode (no Entra ID, app credential):
// a page of another origin, and a page whose DNS name is rebound to 127.0.0.1, try to start a publish job. Both must
// be refused by the service itself, while the pane served by the service and the configured add-in origin still work.
// Chromium's own Local Network Access checks are switched off so that the service, not the browser, is what is tested
// (older and other browsers do not have them).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP rebind.test 127.0.0.1',
  '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'];
const registers = {
  departments: [{ department: 'Operations', head: 'Chief Operating Officer', access: 'Restricted', owners: 'ops-owners@contoso.com' }],
  roles: [{ role: 'Chief Operating Officer', department: 'Operations' }],
  tasks: [{ task: 'Confirm each order', department: 'Operations', role: 'Chief Operating Officer' }],
  processes: [],
};
// What the attacking page sent: a real publish that prunes permissions on a site of its choosing.
const attack = JSON.stringify({ registers, dryRun: false, prunePermissions: true, target: { siteUrl: 'https://contoso.sharepoint.com/sites/hr' } });
const dryRun = JSON.stringify({ registers, dryRun: true });

let service: ServiceProcess | undefined;
let pages: Server | undefined;
let context: BrowserContext | undefined;
let profile = '';
let jobs = '';
let pagePort = 0;
let base = '';

// Jobs started: one folder each beside the store's own files (jobs.db, its journal, jobs.lock); dot folders are
// forgotten jobs on their way out.
const jobFolders = () => readdirSync(jobs, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).length;

/** Opens `url` and records the status of every request to the service's /api, even opaque (no-cors) ones. */
async function open(url: string): Promise<{ page: Page; statuses: [string, number][] }> {
  const page = await context!.newPage();
  const statuses: [string, number][] = [];
  page.on('response', (r) => { if (r.url().includes('/api/')) statuses.push([`${r.request().method()} ${r.url()}`, r.status()]); });
  await page.goto(url);
  return { page, statuses };
}

beforeAll(async () => {
  pagePort = await freePort();
  service = await startService(await freePort(), {
    OFFICEINFRA_Addin__Origin: `http://localhost:${pagePort}`,
    OFFICEINFRA_SharePoint__SiteUrl: 'https://contoso.sharepoint.com/sites/ops',
  });
  base = service.base;
  jobs = service.jobs;
  // The other origins' pages: an empty page on 127.0.0.1:pagePort (the attacker) and on localhost:pagePort (the add-in's configured origin).
  pages = createHttpServer((_, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<!doctype html><title>another site</title>'); });
  await new Promise<void>((resolve) => pages!.listen(pagePort, '127.0.0.1', resolve));
  profile = mkdtempSync(join(tmpdir(), 'officeinfra-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (pages ? pages.close(() => resolve()) : resolve()));
  service?.stop();
  rmSync(profile, { recursive: true, force: true });
});

describe('the local service driven from other origins in Chromium', () => {
  it('NoCorsPublish_FromAnotherOrigin_IsRefusedAndStartsNoJob', async () => {
    const { page, statuses } = await open(`http://127.0.0.1:${pagePort}/`);

    // No preflight for these: a Blob without a type sends no Content-Type; text/plain and form bodies are "simple".
    const outcomes = await page.evaluate(async ([url, body]) => {
      const tries = [
        { mode: 'no-cors', body: new Blob([body]) },
        { mode: 'no-cors', body: new Blob([body], { type: 'text/plain' }) },
        { mode: 'no-cors', body: (() => { const f = new FormData(); f.append('registers', body); return f; })() },
      ] as const;
      const results: string[] = [];
      for (const t of tries) {
        const r = await fetch(url, { method: 'POST', mode: t.mode, body: t.body });
        results.push(r.type);
      }
      // A JSON request needs a preflight, which the service's CORS (add-in origin only) does not grant.
      try {
        await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        results.push('json allowed');
      } catch {
        results.push('json blocked');
      }
      return results;
    }, [`${base}/api/publish`, attack] as const);

    expect(outcomes).toEqual(['opaque', 'opaque', 'opaque', 'json blocked']);
    // The browser saw the service's answers to the opaque requests: every one refused.
    const posts = statuses.filter(([k]) => k.startsWith('POST'));
    expect(posts.map(([, status]) => status)).toEqual([403, 403, 403]);
    expect(jobFolders()).toBe(0);
    await page.close();
  });

  it('RebindingHost_SameOriginJsonPublish_IsRefused', async () => {
    // The attacker's page was served for rebind.test:port; the name now resolves to 127.0.0.1 (host-resolver-rules),
    // so the page's same-origin requests reach the service, with Host: rebind.test:port.
    const page = await context!.newPage();
    await page.route(`http://rebind.test:${new URL(base).port}/`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rebound</title>' }));
    await page.goto(`http://rebind.test:${new URL(base).port}/`);

    const answers = await page.evaluate(async (body) => {
      const publish = await fetch('/api/publish', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const health = await fetch('/health');
      return [publish.status, (await publish.json()).errorKind, health.status];
    }, attack);

    expect(answers).toEqual([400, 'forbidden-host', 400]);
    expect(jobFolders()).toBe(0);
    await page.close();
  });

  it('ThePaneOnTheServicesOwnOrigin_AndTheConfiguredAddinOrigin_StillWork', async () => {
    const pane = await context!.newPage();
    await pane.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await pane.goto(`${base}/addin/taskpane.html`, { waitUntil: 'domcontentloaded' });
    const own = await pane.evaluate(async (body) => {
      const r = await fetch('/api/publish', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      return [r.status, (await r.json()).kind];
    }, dryRun);

    const { page: addin } = await open(`http://localhost:${pagePort}/`);
    const configured = await addin.evaluate(async ([url, body]) => {
      const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      return [r.status, (await r.json()).kind];
    }, [`${base}/api/publish`, dryRun] as const);

    expect(own).toEqual([202, 'publish']);
    expect(configured).toEqual([202, 'publish']);
    await pane.close();
    await addin.close();
  });
});
