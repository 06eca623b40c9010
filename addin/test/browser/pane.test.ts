import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefacts, PaneHarness, smallOrganisation } from './paneHarness';

const harness = new PaneHarness();
const shot = (page: Page, name: string) => page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });
const model = <T>(page: Page, read: string): Promise<T> => page.evaluate(`(() => { const model = window.__model; return ${read}; })()`) as Promise<T>;

beforeAll(() => harness.start(), 120_000);
afterAll(() => harness.stop());

describe('the task pane in Chromium', () => {
  it('Check_PlantedUnknownRole_ShowsFindingGroupedBySheetAndClickSelectsItsCell', async () => {
    const page = await harness.open(smallOrganisation('Boss'));
    await page.click('#check-button');
    const tasks = page.locator('details[data-sheet="Tasks"]');
    await expect.poll(() => tasks.locator('summary').innerText()).toContain('1 error');
    await expect.poll(() => page.locator('details[data-sheet="Roles"] summary').innerText()).toContain('1 warning');
    const finding = tasks.locator('button.finding');
    expect(await finding.innerText()).toContain("The role 'Boss' is not in the Roles register.");
    const summary = await page.locator('#summary').innerText();
    expect(summary).toMatch(/Departments\s+2/);
    expect(summary).toMatch(/Roles filled \/ vacant\s+2 \/ 1/);
    expect(summary).toMatch(/Processes without a KPI\s+0 of 1/);
    expect(await page.locator('#message.error').innerText()).toContain('1 error to fix before generating.');
    await shot(page, '1-check-findings');

    await finding.click();
    await expect.poll(() => model(page, 'model.selection')).toEqual({ sheet: 'Tasks', address: 'D3' });
    await page.close();
  });

  it('Check_CleanRegisters_SaysAllIsWell', async () => {
    const page = await harness.open(`${smallOrganisation()} model.sheet('Roles').cells.set('2,4', 'Filled');`);
    await page.click('#check-button');
    await expect.poll(() => page.locator('#message').innerText()).toContain('All is well.');
    expect(await page.locator('#findings details').count()).toBe(0);
    await shot(page, '2-check-all-well');
    await page.close();
  });

  it('Check_ServiceUnreachable_SaysSoAndWhatToDo', async () => {
    const page = await harness.open(smallOrganisation(), '?service=http://127.0.0.1:9');
    await page.click('#check-button');
    await expect.poll(() => page.locator('#message.error').innerText()).toContain('cannot be reached');
    expect(await page.locator('#message').innerText()).toContain('Check that the service is running');
    await shot(page, '3-service-unreachable');
    await page.close();
  });

  it('Check_MissingRegister_PointsAtSetUp', async () => {
    const page = await harness.open(`model.addTable('Departments', 'Departments', [['Department'],['Ops']]);`);
    await page.click('#check-button');
    await expect.poll(() => page.locator('#message.error').innerText()).toContain('no Roles, Tasks or Processes registers');
    expect(await page.locator('#message').innerText()).toContain('Set up registers');
    await page.close();
  });

  it('SetUp_EmptyWorkbookWithSample_CreatesRegistersThatCheckReads', async () => {
    const page = await harness.open('');
    await page.click('#tab-setup');
    await page.check('#setup-sample');
    await page.click('#setup-button');
    await expect.poll(() => page.locator('#message.success').innerText()).toContain('Added the Departments, Roles, Tasks, Processes registers');
    await shot(page, '4-setup-done');
    expect(await model(page, 'model.sheets.map(s => s.tables[0] && s.tables[0].name)')).toEqual(['Departments', 'Roles', 'Tasks', 'Processes']);
    await page.click('#tab-check');
    await page.click('#check-button');
    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/Departments\s+3/);
    await page.close();
  });

  it('Generate_ValidRegisters_ShowsProgressThenDocumentsByDepartment', async () => {
    const page = await harness.open(smallOrganisation());
    await page.click('#tab-generate');
    await page.click('#generate-button');
    await page.locator('.job-progress progress').waitFor();
    await shot(page, '5-generate-progress');
    await expect.poll(() => page.locator('#documents details').count()).toBe(3);
    expect(await page.locator('.job-progress').innerText()).toContain('3 of 3 done');
    const operations = await page.locator('details[data-department="Operations"]').innerText();
    expect(operations).toContain('Job description: Technician');
    expect(operations).toContain('SOP: Order to Delivery');
    expect(await page.locator('details[data-department=""] summary').innerText()).toBe('Whole organisation');
    await shot(page, '6-generate-documents');
    await page.close();
  });

  it('Generate_RegistersWithErrors_SaysItIsBlockedAndWhatToDo', async () => {
    const page = await harness.open(smallOrganisation('Boss'));
    await page.click('#tab-generate');
    await page.click('#generate-button');
    await expect.poll(() => page.locator('#message.error').innerText()).toContain('nothing was generated');
    expect(await page.locator('#message').innerText()).toContain('Fix the errors listed under Check');
    await page.close();
  });

  it('Publish_PlanThenConfirm_ShowsPlanAndOutcome', async () => {
    const page = await harness.open(smallOrganisation());
    await page.click('#tab-publish');
    await page.click('#plan-button');
    const plan = page.locator('#plan');
    await plan.waitFor();
    const text = await plan.innerText();
    expect(text).toMatch(/Folders to create\s+2/);
    expect(text).toMatch(/New documents\s+5/);
    expect(text).toMatch(/Stale documents \(kept\)\s+1/);
    expect(text).toContain('+ operations-owners@contoso.com (owner)');
    const before = harness.service.requests.filter((r) => r.path === '/api/publish').length;
    await shot(page, '7-publish-plan');
    await page.click('#publish-confirm');
    await expect.poll(() => page.locator('#message.success').innerText()).toContain('Published.');
    const publishes = harness.service.requests.filter((r) => r.path === '/api/publish').map((r) => (r.body as { dryRun: boolean }).dryRun);
    expect(publishes.slice(before)).toEqual([false]);
    await shot(page, '8-publish-done');
    await page.close();
  });

  it('Publish_Cancel_ChangesNothing', async () => {
    const applies = () => harness.service.requests.filter((r) => r.path === '/api/publish' && (r.body as { dryRun: boolean }).dryRun === false).length;
    const before = applies();
    const page = await harness.open(smallOrganisation());
    await page.click('#tab-publish');
    await page.click('#plan-button');
    await page.locator('#publish-cancel').click();
    await expect.poll(() => page.locator('#message').innerText()).toContain('Nothing was changed');
    expect(applies()).toBe(before);
    await page.close();
  });

  it('SignIn_EntraModeWithoutToken_ShowsSignInMessage', async () => {
    harness.service.mode = 'entra';
    try {
      const page = await harness.open(smallOrganisation());
      await page.click('#check-button');
      await expect.poll(() => page.locator('#message.error').innerText()).toContain('Signing in to the OfficeInfra service failed');
      expect(await page.locator('#message').innerText()).toContain('Sign in to Office');
      await shot(page, '9-sign-in-failed');
      await page.close();
    } finally {
      harness.service.mode = 'local';
    }
  });

  it('SignIn_EntraModeWithOfficeSso_SendsTheBearerTokenAndChecks', async () => {
    harness.service.mode = 'entra';
    try {
      const page = await harness.open(smallOrganisation('Boss'), '', { token: 'good-token' });
      await page.click('#check-button');
      await expect.poll(() => page.locator('details[data-sheet="Tasks"] summary').innerText()).toContain('1 error');
      await page.close();
    } finally {
      harness.service.mode = 'local';
    }
  });

  it('Publish_ApplyFails_SaysTheLibraryWasLeftAsItWas', async () => {
    harness.service.publishFails = true;
    try {
      const page = await harness.open(smallOrganisation());
      await page.click('#tab-publish');
      await page.click('#plan-button');
      await page.click('#publish-confirm');
      await expect.poll(() => page.locator('#message.error').innerText()).toContain('The library could not be reached.');
      expect(await page.locator('#message').innerText()).toContain('The library was left as it was');
      await page.close();
    } finally {
      harness.service.publishFails = false;
    }
  });
});
