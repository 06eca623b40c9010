import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FakeService } from './fakeService';

const addinDir = join(__dirname, '..', '..');
const dist = join(addinDir, 'dist');
const fakeOffice = readFileSync(join(__dirname, '..', 'fake', 'fake-office.js'), 'utf8');
export const artefacts = join(addinDir, 'test-results');
const axeScript = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/** A full-page screenshot kept in test-results/ (git-ignored) for a person to look at. */
export const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });

/** Reads the in-page workbook model (`model` in scope). */
export const model = <T>(page: Page, read: string): Promise<T> => page.evaluate(`(() => { const model = window.__model; return ${read}; })()`) as Promise<T>;

/** axe-core's serious and critical violations on the page as it is now, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeScript });
  const results = (await page.evaluate(() => (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }))) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium + the fake service + the built pane, with Office.js replaced by the in-memory stand-in. */
export class PaneHarness {
  readonly service = new FakeService(dist);
  private context?: BrowserContext;
  private profile = '';

  async start(): Promise<void> {
    if (!existsSync(join(dist, 'taskpane.html'))) execFileSync('npx', ['vite', 'build'], { cwd: addinDir, stdio: 'ignore' });
    mkdirSync(artefacts, { recursive: true });
    await this.service.start();
    this.profile = mkdtempSync(join(tmpdir(), 'officeinfra-chromium-'));
    this.context = await chromium.launchPersistentContext(this.profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 350, height: 900 } });
  }

  async stop(): Promise<void> {
    await this.context?.close();
    await this.service.stop();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /**
   * Opens the pane over a workbook that `seed` fills (it runs in the page with `model` in scope). office.js from
   * Microsoft's CDN is answered with the stand-in, so the page under test is the real built pane.
   */
  async open(seed: string, query = '', officeOptions: { token?: string } = {}, pageUrl?: string, viewport?: { width: number; height: number }, keepPrefs = false): Promise<Page> {
    const page = await this.context!.newPage();
    // Fail at the step that waits, well inside the test's own timeout, so a failure names its locator.
    page.setDefaultTimeout(10_000);
    // Each test starts as a first opening unless it is about what the pane remembers.
    if (!keepPrefs) await page.addInitScript(() => localStorage.clear());
    await page.addInitScript((options) => Object.assign(window, { __fakeOfficeOptions: options }), officeOptions);
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: `${fakeOffice}\n;(function(){ const model = FakeOffice.install(window, new FakeOffice.Model(), window.__fakeOfficeOptions); window.__model = model; ${seed} })();` }),
    );
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(pageUrl ?? `${this.service.url}/addin/taskpane.html${query}`);
    await page.locator('#loading').waitFor({ state: 'detached' });
    return page;
  }
}

/** Seed script: the four registers of a tiny organisation; `taskRole` plants a mistake when it names no role. */
export function smallOrganisation(taskRole = 'Technician'): string {
  return `
    model.addTable('Departments', 'Departments', [['Department','Head','Access','Owners'],['Operations','Chief Operating Officer','Internal','ops-owners@contoso.com'],['Accounting','Accountant','Confidential','finance-owners@contoso.com']]);
    model.addTable('Roles', 'Roles', [['Role','Department','Reports To','Type','Status','Holder'],['Chief Operating Officer','Operations','','Employee','Filled','Priya Shah'],['Technician','Operations','Chief Operating Officer','Employee','Vacant',''],['Accountant','Accounting','Chief Operating Officer','Outsourced','Filled','Ledger & Co']]);
    model.addTable('Tasks', 'Tasks', [['ID','Task','Department','Role','Process','Step'],['T1','Confirm each order','Operations','Chief Operating Officer','Order to Delivery',1],['T2','Test the equipment','Operations',${JSON.stringify(taskRole)},'Order to Delivery',2],['T3','Close the month','Accounting','Accountant','','']]);
    model.addTable('Processes', 'Processes', [['Process','Department','KPI'],['Order to Delivery','Operations','Orders shipped in 2 days']]);
  `;
}

/** Tasks with an unknown role each (`Boss0`, `Boss1`, …) on top of the small organisation: `n` error findings. */
export const manyUnknownRoles = (n: number): string => `${smallOrganisation()}
  const tasks = model.sheet('Tasks');
  for (let i = 0; i < ${n}; i++) { const r = 4 + i; tasks.cells.set(r + ',0', 'X' + i); tasks.cells.set(r + ',1', 'Task ' + i); tasks.cells.set(r + ',2', 'Operations'); tasks.cells.set(r + ',3', 'Boss' + i); }
  tasks.tables[0].rows += ${n};`;

/** Seed script: Office reports its dark theme (the colours Excel's Black theme gives). */
export const officeDark = `model.theme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#363636', controlForegroundColor: '#ffffff' };`;
