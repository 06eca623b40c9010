import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, RegisterSummary, RegistersJson } from '../../src/api/types';
import { artefacts, PaneHarness } from '../browser/paneHarness';
import { openCustomXmlParts, saveCustomXmlParts, type CustomXmlPart } from './customXmlPackage';
import { cli, freePort, startService, type ServiceProcess } from './serviceProcess';

// The real pane, served by the real OfficeInfra service on 127.0.0.1, over the in-browser Excel stand-in.
// Opt-in (tests/run-addin-tests.sh --with-service) because building the service takes minutes on a busy machine.
// Generation is covered against the fake service only (tests/browser).
const harness = new PaneHarness();
let service: ServiceProcess | undefined;
let base = '';

const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `e2e-${name}.png`), fullPage: true });
/** The records the pane keeps in the workbook's custom XML parts, joined and parsed as the pane reads them. */
const keptRecords = (page: Page) =>
  page.evaluate(() => {
    const parts = (window as unknown as { __model: { customXmlParts: { namespaceUri: string; xml: string }[] } }).__model.customXmlParts.filter((p) => p.namespaceUri === 'urn:officeinfra:records:1');
    const text = parts.map((p) => /<records[^>]*>([\s\S]*)<\/records>/.exec(p.xml)![1]!).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    return { parts: parts.length, records: JSON.parse(text) as { documents: { path: string; version: number; effectiveDate: string; id: string; sha256: string }[] } };
  });
const setCell = (page: Page, sheet: string, row: number, column: number, value: string) =>
  page.evaluate(([s, r, c, v]) => (window as unknown as { __model: { sheet(n: string): { cells: Map<string, unknown> } } }).__model.sheet(s as string).cells.set(`${r},${c}`, v), [sheet, row, column, value] as const);

/** Opens the pane, sets up the sample, and runs Generate as if on `asOf` (the pane sends no date; the test adds one). */
const sampleGeneratedOn = async (asOf: string) => {
  const page = await harness.open('', '', {}, `${base}/addin/taskpane.html`);
  await page.click('#tab-setup');
  await page.check('#setup-sample');
  await page.click('#setup-button');
  await page.locator('#message.success').waitFor();
  await page.route('**/api/generate', (route) => route.continue({ postData: JSON.stringify({ ...(route.request().postDataJSON() as object), asOf }) }));
  await page.click('#tab-generate');
  await page.click('#generate-button');
  await expect.poll(() => page.locator('#message.success').innerText(), { timeout: 60_000 }).toMatch(/documents generated\./);
  await page.unroute('**/api/generate');
  return page;
};

beforeAll(async () => {
  service = await startService(await freePort());
  base = service.base;
  await harness.start();
}, 300_000);

afterAll(async () => {
  await harness.stop();
  service?.stop();
});

describe('the pane against the real service', () => {
  it('Manifest_FromTheService_NamesTheAddressItListensOnAndAddinRedirectsToThePane', async () => {
    const manifest = await (await fetch(`${base}/manifest.xml`)).text();
    expect(manifest).toContain(`<SourceLocation DefaultValue="${base}/addin/taskpane.html"/>`);
    const redirect = await fetch(`${base}/addin/`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/addin/taskpane.html');
    expect((await fetch(`${base}/addin/help.html`)).headers.get('content-type')).toContain('text/html');
  });

  it('SetUpCheckFixPublish_SampleWithPlantedMistake_WorksEndToEnd', async () => {
    const page = await harness.open('', '', {}, `${base}/addin/taskpane.html`);
    await page.click('#tab-setup');
    await page.check('#setup-sample');
    await page.click('#setup-button');
    await page.locator('#message.success').waitFor();
    await shot(page, '1-setup');

    // Plant a mistake: task T0003 (Tasks row 4) given to a role that does not exist.
    await setCell(page, 'Tasks', 3, 3, 'Boss');
    await page.click('#tab-check');
    await page.click('#check-button');
    const group = page.locator('button.group-row[data-code="unknown-role"]');
    await expect.poll(() => group.innerText()).toContain('Error in Tasks');
    const finding = page.locator('button.finding[data-code="unknown-role"]');
    expect(await finding.innerText()).toContain("'Boss'");
    await shot(page, '2-check-finding');
    await finding.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __model: { selection: unknown } }).__model.selection)).toEqual({ sheet: 'Tasks', address: 'D4' });

    // Fix it and check again: no errors left.
    await setCell(page, 'Tasks', 3, 3, 'Technician');
    await page.click('#check-button');
    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/Departments\s+6/);
    await expect.poll(() => page.locator('button.group-row[data-severity="error"]').count()).toBe(0);
    await shot(page, '3-check-fixed');

    // No SharePoint site is configured here: the pane must say so plainly, with a way forward, not go blank.
    await page.click('#tab-publish');
    await page.click('#plan-button');
    await expect.poll(() => page.locator('#message.error').innerText()).toMatch(/SharePoint site/);
    expect(await page.locator('#message-fix').innerText()).toBe('Retry');
    expect(await page.locator('#publish-results').innerHTML()).toBe('');
    await shot(page, '5-publish-not-configured');

    // The footer says where the pane is connected, in which mode.
    expect(await page.locator('#service-state').innerText()).toBe('Service connected');
    expect(await page.locator('#service-mode').innerText()).toContain('Local mode');
    await page.close();
  }, 180_000);

  it('Check_SampleWithAJourneyMistake_ShowsEveryJourneyFindingValidateGivesAndPointsAtTheJourneySheet', async () => {
    const page = await harness.open('', '', {}, `${base}/addin/taskpane.html`);
    await page.click('#tab-setup');
    await page.check('#setup-sample');
    await page.click('#setup-button');
    await page.locator('#message.success').waitFor();

    // Plant a mistake in the journey: the first stage (Journey row 2) names a back-stage process that does not exist.
    await setCell(page, 'Journey', 1, 6, 'Campaign Lunch');
    const sent: RegistersJson[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/validate')) sent.push(r.postDataJSON() as RegistersJson); });
    await page.click('#tab-check');
    await page.click('#check-button');
    const group = page.locator('button.group-row[data-code="unknown-process"]');
    await expect.poll(() => group.innerText()).toContain('Error in Journey');

    // The pane sent the journey with the other registers, each stage with the row it sits on.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.journey!.map((s) => [s.stage, s.row])).toEqual(
      ['Discover', 'Enquire', 'Agree terms', 'Order', 'Ship', 'Invoice', 'Set up and use', 'Get support', 'Order again'].map((s, i) => [s, i + 2]));

    // What validate says of those registers: every finding on the Journey sheet, and the journey's silo findings on
    // the other sheets, shows in the pane (searched for by its sentence, as a person would look for it).
    const validated = (await (await fetch(`${base}/api/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent[0]) })).json()) as { findings: Finding[] };
    const journeyCodes = ['unknown-process', 'unknown-department-or-role', 'stage-without-back-stage', 'process-without-system', 'too-many-systems', 'silo-stage', 'department-off-journey', 'customer-process-without-kpi'];
    const journey = validated.findings.filter((f) => f.sheet === 'Journey' || journeyCodes.includes(f.code));
    expect(new Set(journey.map((f) => f.code))).toEqual(new Set(['unknown-process', 'stage-without-back-stage', 'silo-stage', 'department-off-journey']));
    for (const f of journey) {
      await page.fill('#findings-search', f.message);
      await expect.poll(() => page.locator(`button.finding[data-code="${f.code}"]`).allInnerTexts()).toContainEqual(expect.stringContaining(f.message));
    }
    await page.fill('#findings-search', 'Campaign Lunch');
    const finding = page.locator('button.finding[data-code="unknown-process"]');
    await expect.poll(() => finding.innerText()).toContain('Journey row 2, Back Stage');
    await shot(page, '7-check-journey');
    await finding.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __model: { selection: unknown } }).__model.selection)).toEqual({ sheet: 'Journey', address: 'G2' });

    // The stage nobody supports back stage (Set up and use, row 8) points at its own Back Stage cell.
    await page.fill('#findings-search', 'Set up and use');
    const unsupported = page.locator('button.finding[data-code="stage-without-back-stage"]');
    await expect.poll(() => unsupported.innerText()).toContain('Journey row 8');
    await unsupported.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __model: { selection: unknown } }).__model.selection)).toEqual({ sheet: 'Journey', address: 'G8' });
    await page.close();
  }, 180_000);

  it('Check_RolesVacantFilledAndWithoutStatus_ThePaneShowsTheCountsTheServiceGives', async () => {
    const page = await harness.open('', '', {}, `${base}/addin/taskpane.html`);
    await page.click('#tab-setup');
    await page.check('#setup-sample');
    await page.click('#setup-button');
    await page.locator('#message.success').waitFor();
    // SPEC §2: Status decides; without one, a role is vacant when nobody holds it. The sample's 13 roles, Technician
    // vacant, become: no status with a holder (filled), no status and nobody (vacant), "vacant" and " Vacant " whatever
    // the holder (vacant), "FILLED" with nobody (filled); and a blank type, which is an Employee.
    const roles: [row: number, status: string, holder: string][] = [[1, '', 'Alex Morgan'], [2, '', ''], [3, 'vacant', ''], [4, 'FILLED', ''], [5, ' Vacant ', 'Harbour Legal LLP']];
    for (const [row, status, holder] of roles) {
      await setCell(page, 'Roles', row, 4, status);
      await setCell(page, 'Roles', row, 5, holder);
    }
    await setCell(page, 'Roles', 7, 3, '');
    const sent: RegistersJson[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/validate')) sent.push(r.postDataJSON() as RegistersJson); });
    await page.click('#tab-check');
    await page.click('#check-button');

    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/Roles filled \/ vacant\s+10 \/ 3/);
    const card = await page.locator('#summary').innerText();
    const { summary } = (await (await fetch(`${base}/api/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent[0]) })).json()) as { summary: RegisterSummary };
    expect(summary).toMatchObject({ rolesFilled: 10, rolesVacant: 3, roleTypes: { Employee: 8, Outsourced: 2, Freelancer: 1, Intern: 1, Volunteer: 1 } });
    expect(card).toMatch(new RegExp(`Departments\\s+${summary.departments}\\b`));
    expect(card).toMatch(new RegExp(`Role types\\s+${Object.entries(summary.roleTypes).map(([type, n]) => `${type} ${n}`).join(', ')}`));
    expect(card).toMatch(new RegExp(`Tasks without a role\\s+${summary.tasksWithoutRole} of ${summary.tasks}`));
    expect(card).toMatch(new RegExp(`Processes without a KPI\\s+${summary.processesWithoutKpi} of ${summary.processes}`));
    await page.close();
  });

  it('GenerateTwice_OnDifferentDays_SameVersionsAndAnEditRaisesOnlyTheAffectedDocuments', async () => {
    // The first Generate as if run on 31 January 2025.
    const page = await sampleGeneratedOn('2025-01-31');
    const first = await keptRecords(page);
    expect(first.records.documents.length).toBeGreaterThan(5);
    expect(new Set(first.records.documents.map((d) => d.version))).toEqual(new Set([1]));
    expect(new Set(first.records.documents.map((d) => d.effectiveDate))).toEqual(new Set(['2025-01-31']));

    // Today, from the same registers: the pane sends the kept records, and nothing changes.
    const sent: unknown[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/generate')) sent.push((r.postDataJSON() as { records?: unknown }).records); });
    await page.click('#generate-button');
    await expect.poll(() => page.locator('#message.success').innerText(), { timeout: 60_000 }).toContain('0 changed, 0 new since the last run');
    expect(sent[0]).toEqual(first.records);
    const second = await keptRecords(page);
    expect(second.parts).toBe(1);
    expect(second.records.documents.map((d) => [d.path, d.id, d.version, d.effectiveDate])).toEqual(first.records.documents.map((d) => [d.path, d.id, 1, '2025-01-31']));
    expect(await page.locator('#documents-list .version').first().innerText()).toContain('Version 1');

    // A task reworded (the Bookkeeper's step 1 of Month-End Close): its JD and SOP go to version 2, nothing else.
    const row = await page.evaluate(() => {
      const cells = (window as unknown as { __model: { sheet(n: string): { cells: Map<string, unknown> } } }).__model.sheet('Tasks')!.cells;
      return Number([...cells.entries()].find(([, v]) => v === 'Reconcile the bank accounts')![0].split(',')[0]);
    });
    await setCell(page, 'Tasks', row, 1, 'Reconcile the bank and card accounts');
    await page.click('#generate-button');
    await expect.poll(() => page.locator('#message.success').innerText(), { timeout: 60_000 }).toContain('2 changed, 0 new since the last run');
    const third = await keptRecords(page);
    const raised = third.records.documents.filter((d) => d.version === 2).map((d) => d.path).sort();
    expect(raised).toHaveLength(2);
    expect(raised.some((p) => p.includes('Bookkeeper'))).toBe(true);
    expect(raised.some((p) => p.includes('Month-End Close'))).toBe(true);
    expect(third.records.documents.filter((d) => d.version !== 2).every((d) => d.version === 1 && d.effectiveDate === '2025-01-31')).toBe(true);
    await shot(page, '6-generate-versions');
    await page.close();
  }, 240_000);

  it('WorkbookPassedToAColleague_RecordsSavedInTheXlsxAndOpenedAgain_TheirPaneAndTheCliGiveTheSameDocumentsAndVersions', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'officeinfra-colleague-'));
    try {
      // A real workbook of the sample organisation, as `init --sample` writes it (the registers Set up lays out).
      const book = join(folder, 'Registers.xlsx');
      cli(['init', book, '--sample']);

      // Generate from the pane on 31 January 2025: the pane keeps the records in the workbook's custom XML parts.
      const page = await sampleGeneratedOn('2025-01-31');
      const first = await keptRecords(page);
      const parts = await page.evaluate(() => (window as unknown as { __model: { customXmlParts: CustomXmlPart[] } }).__model.customXmlParts.map((p) => ({ ...p })));
      await page.close();

      // Excel saves the workbook (the parts go into the .xlsx), the file is copied and the colleague's Excel opens it.
      saveCustomXmlParts(book, parts);
      const colleagues = join(folder, 'Registers (colleague).xlsx');
      copyFileSync(book, colleagues);
      const opened = openCustomXmlParts(colleagues);
      expect(opened.map((p) => [p.id, p.namespaceUri])).toEqual(parts.map((p) => [p.id, p.namespaceUri]));
      expect(cli(['validate', colleagues])).toMatch(/Registers \(colleague\)\.xlsx: \d+ warnings\./);

      // The colleague's pane, today: Set up the same registers, Generate. The pane reads the records the file brought.
      const theirs = await harness.open(`model.customXmlParts = ${JSON.stringify(opened)}; model.customXmlIds = ${opened.length};`, '', {}, `${base}/addin/taskpane.html`);
      await theirs.click('#tab-setup');
      await theirs.check('#setup-sample');
      await theirs.click('#setup-button');
      await theirs.locator('#message.success').waitFor();
      const sent: unknown[] = [];
      theirs.on('request', (r) => { if (r.url().endsWith('/api/generate')) sent.push((r.postDataJSON() as { records?: unknown }).records); });
      await theirs.click('#tab-generate');
      await theirs.click('#generate-button');
      await expect.poll(() => theirs.locator('#message.success').innerText(), { timeout: 60_000 }).toContain('0 changed, 0 new since the last run');
      expect(sent[0]).toEqual(first.records);
      const second = await keptRecords(theirs);
      expect(second.records.documents.map((d) => [d.path, d.id, d.version, d.effectiveDate, d.sha256]))
        .toEqual(first.records.documents.map((d) => [d.path, d.id, 1, '2025-01-31', d.sha256]));
      await theirs.close();

      // A colleague who runs the CLI on the file instead: a new library folder follows on from the same records, and
      // its documents are byte for byte the ones the pane's first Generate made.
      const library = join(folder, 'Library');
      expect(cli(['generate', colleagues, '--out', library, '--as-of', '2025-03-01'])).toContain('Followed on from the records the Excel add-in kept in Registers (colleague).xlsx');
      const manifest = JSON.parse(readFileSync(join(library, 'manifest.json'), 'utf8')) as typeof first.records;
      expect(manifest.documents.map((d) => [d.path, d.id, d.version, d.effectiveDate, d.sha256]))
        .toEqual(first.records.documents.map((d) => [d.path, d.id, 1, '2025-01-31', d.sha256]));
      for (const d of first.records.documents) expect(createHash('sha256').update(readFileSync(join(library, d.path))).digest('hex'), d.path).toBe(d.sha256);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);
});
