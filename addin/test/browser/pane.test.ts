import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyUnknownRoles, model, officeDark, PaneHarness, seriousViolations, shot, smallOrganisation } from './paneHarness';

const harness = new PaneHarness();
const requests = (method: string, path: RegExp) => harness.service.requests.filter((r) => r.method === method && path.test(r.path)).length;


beforeAll(() => harness.start(), 120_000);
afterAll(() => harness.stop());

async function check(page: Page): Promise<void> {
  await page.click('#tab-check');
  await page.click('#check-button');
}

describe('Check: findings that scale and stay true', () => {
  it('Check_PlantedUnknownRole_ShowsFindingByRuleAndClickSelectsItsCell', async () => {
    const page = await harness.open(smallOrganisation('Boss'));
    await check(page);
    const group = page.locator('button.group-row[data-code="unknown-role"]');
    await expect.poll(() => group.innerText()).toContain('Unknown role');
    expect(await group.getAttribute('aria-expanded')).toBe('true');
    expect(await group.innerText()).toContain('Error in Tasks');
    expect(await page.locator('button.group-row[data-code="vacant-role"]').innerText()).toContain('Warning in Roles');
    const finding = page.locator('button.finding[data-code="unknown-role"]');
    expect(await finding.innerText()).toContain("The role 'Boss' is not in the Roles register.");
    expect(await finding.innerText()).toContain('Error · Tasks row 3, Role');
    const summary = await page.locator('#summary').innerText();
    expect(summary).toMatch(/Departments\s+2/);
    expect(summary).toMatch(/Roles filled \/ vacant\s+2 \/ 1/);
    expect(await page.locator('#message.error').innerText()).toContain('1 error to fix before generating.');
    await finding.click();
    await expect.poll(() => model(page, 'model.selection')).toEqual({ sheet: 'Tasks', address: 'D3' });
    await page.close();
  });

  it('Check_2000Findings_OneLinePerRuleWithCountDrawingOnlyWhatIsOnScreen', async () => {
    const page = await harness.open(manyUnknownRoles(2000));
    await check(page);
    const group = page.locator('button.group-row[data-code="unknown-role"]');
    await expect.poll(() => group.innerText()).toContain('2,000');
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('button.finding[data-code="unknown-role"]').count()).toBe(0);
    await group.click();
    await expect.poll(() => group.getAttribute('aria-expanded')).toBe('true');
    const drawn = await page.locator('#findings-list .vrow').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    expect(await page.locator('#findings-list [role=listitem]').first().getAttribute('aria-setsize')).toBe('2003');

    // Scrolled to the end, the last finding is drawn, and still only a screenful.
    await page.locator('#findings-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator('button.finding', { hasText: "'Boss1999'" }).count()).toBe(1);
    expect(await page.locator('#findings-list .vrow').count()).toBeLessThan(60);

    await page.fill('#findings-search', 'boss1234');
    await expect.poll(() => page.locator('#findings-status').innerText()).toContain('1 finding in 1 group');
    expect(await page.locator('button.finding').innerText()).toContain("'Boss1234'");
    await page.fill('#findings-search', '');
    await page.click('button.chip[data-filter="warning"]');
    await expect.poll(() => page.locator('button.group-row[data-code="unknown-role"]').count()).toBe(0);
    expect(await page.locator('button.chip[data-filter="error"]').innerText()).toBe('Errors 2,000');
    await page.close();
  });

  it('Check_SetUpAddsColumnsAfterCheck_StaysCurrentButAUsersEditStillMarksItOutOfDate', async () => {
    const page = await harness.open(smallOrganisation('Boss'));
    await check(page);
    await page.locator('button.finding[data-code="unknown-role"]').waitFor();
    // Set up writes the missing columns into the tables Check has read (Excel raises onChanged for an add-in's writes).
    await page.click('#tab-setup');
    await page.click('#setup-button');
    await page.locator('#message.success').waitFor();
    expect(await model(page, "model.sheet('Tasks').tables[0].cols")).toBeGreaterThan(6);
    await page.click('#tab-check');
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.locator('#check-stale').isHidden()).toBe(true);
    // The control: the same kind of change by the user does mark the list out of date.
    await page.evaluate(() => (window as unknown as { __model: { edit(s: string, r: number, c: number, v: string): void } }).__model.edit('Tasks', 1, 1, 'Confirm every order'));
    await expect.poll(() => page.locator('#check-stale').isVisible()).toBe(true);
    await page.close();
  });

  it('Check_RowsDeletedAfterCheck_SaysOutOfDateAndFindsTheValuesCurrentRow', async () => {
    const page = await harness.open(smallOrganisation('Boss'));
    await check(page);
    const finding = page.locator('button.finding[data-code="unknown-role"]');
    await finding.waitFor();
    expect(await page.locator('#check-stale').isHidden()).toBe(true);

    // Someone deletes task T1 (worksheet row 2): T2, the finding's row, moves up from row 3 to row 2.
    await page.evaluate(() => (window as unknown as { __model: { deleteRow(s: string, r: number): void } }).__model.deleteRow('Tasks', 1));
    await expect.poll(() => page.locator('#check-stale').isVisible()).toBe(true);
    expect(await page.locator('#check-stale').innerText()).toContain('Out of date');
    await shot(page, 'check-stale');
    await finding.click();
    await expect.poll(() => model(page, 'model.selection')).toEqual({ sheet: 'Tasks', address: 'D2' });

    // Now T2 itself goes: the pane says so rather than selecting whatever row 2 holds now.
    await page.evaluate(() => (window as unknown as { __model: { deleteRow(s: string, r: number): void } }).__model.deleteRow('Tasks', 1));
    await finding.click();
    await expect.poll(() => page.locator('#message.warning').innerText()).toContain("'T2' is no longer in Tasks.");
    expect(await model(page, 'model.selection')).toEqual({ sheet: 'Tasks', address: 'D2' });
    await page.click('#message-fix');
    await expect.poll(() => page.locator('#check-stale').isHidden()).toBe(true);
    await expect.poll(() => page.locator('button.finding[data-code="unknown-role"]').count()).toBe(0);
    await page.close();
  });
});

describe('First run', () => {
  it('FirstRun_NoRegisters_WelcomesAndStartsFromTheSample', async () => {
    const page = await harness.open('');
    expect(await page.locator('#tab-check').getAttribute('aria-selected')).toBe('true');
    await page.locator('#welcome').waitFor();
    expect(await page.locator('#welcome').innerText()).toContain('This workbook has no registers yet.');
    expect(await page.locator('#generate-button').isDisabled()).toBe(true);
    await page.click('#welcome-sample');
    await expect.poll(() => page.locator('#summary').innerText()).toMatch(/Departments\s+6/);
    expect(await model(page, 'model.sheets.map(s => s.tables[0] && s.tables[0].name)')).toEqual(['Departments', 'Roles', 'Tasks', 'Processes', 'Organisation', 'Journey', 'Records']);
    expect(await page.locator('#generate-button').isDisabled()).toBe(false);
    await page.close();
  });

  it('FirstRun_CreateRegisters_LeavesNothingToGenerateWithTheReasonShown', async () => {
    const page = await harness.open('');
    await page.click('#welcome-create');
    await page.locator('#welcome-done').waitFor();
    await page.click('#tab-generate');
    expect(await page.locator('#generate-button').isDisabled()).toBe(true);
    expect(await page.locator('#generate-reason').innerText()).toContain('Nothing to generate yet: the registers have no rows.');
    // Typing a department into the register makes Generate available again.
    await page.evaluate(() => (window as unknown as { __model: { edit(s: string, r: number, c: number, v: string): void } }).__model.edit('Departments', 1, 0, 'Operations'));
    await expect.poll(() => page.locator('#generate-button').isDisabled()).toBe(false);
    await page.close();
  });

  it('Check_HeadersOnly_SaysNothingToGenerateYetWithoutAskingTheService', async () => {
    const before = requests('POST', /validate/);
    const page = await harness.open(`model.addTable('Departments','Departments',[['Department']]); model.addTable('Roles','Roles',[['Role']]); model.addTable('Tasks','Tasks',[['Task']]); model.addTable('Processes','Processes',[['Process']]);`);
    await page.locator('#nothing-yet').waitFor();
    await check(page);
    await page.locator('#nothing-yet').waitFor();
    expect(requests('POST', /validate/)).toBe(before);
    await page.close();
  });
});

describe('Messages with a way forward', () => {
  it('Generate_Blocked_ShowsTheErrorsAndShowInCheckOpensThem', async () => {
    const page = await harness.open(smallOrganisation('Boss'));
    await page.click('#tab-generate');
    await page.click('#generate-button');
    const card = page.locator('#generate-blocked');
    await expect.poll(() => card.innerText()).toContain("The role 'Boss' is not in the Roles register.");
    expect(await card.innerText()).toContain('Blocked by 1 error');
    await page.click('#show-in-check');
    expect(await page.locator('#tab-check').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('button.finding[data-code="unknown-role"]').innerText()).toContain('Tasks row 3');
    await page.close();
  });

  it('Check_ServiceUnreachable_SaysSoWithRetry', async () => {
    const page = await harness.open(smallOrganisation(), '?service=http://127.0.0.1:9');
    await check(page);
    await expect.poll(() => page.locator('#message.error').innerText()).toContain('cannot be reached');
    expect(await page.locator('#message-fix').innerText()).toBe('Retry');
    expect(await page.locator('#service-state').innerText()).toBe('Service unreachable');
    expect(await page.locator('#health-retry').isVisible()).toBe(true);
    await page.close();
  });

  it('Check_MissingRegister_OffersSetUp', async () => {
    const page = await harness.open(`model.addTable('Departments', 'Departments', [['Department'],['Ops']]);`);
    await check(page);
    await expect.poll(() => page.locator('#message.error').innerText()).toContain('no Roles, Tasks or Processes registers');
    await page.click('#message-fix');
    expect(await page.locator('#tab-setup').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('SignIn_EntraModeWithoutToken_OffersSignIn', async () => {
    harness.service.mode = 'entra';
    try {
      const page = await harness.open(smallOrganisation());
      await check(page);
      await expect.poll(() => page.locator('#message.error').innerText()).toContain('Signing in to the OfficeInfra service failed');
      expect(await page.locator('#message-fix').innerText()).toBe('Sign in');
      await page.close();
    } finally {
      harness.service.mode = 'local';
    }
  });
});

describe('Documents', () => {
  it('Generate_ValidRegisters_ListsDocumentsToOpenOrDownloadAllAndKeepsThemInTheWorkbook', async () => {
    const page = await harness.open(`${smallOrganisation()} model.requirementSets.OpenBrowserWindowApi = 1.1;`);
    await page.click('#tab-generate');
    await page.click('#generate-button');
    await page.locator('#documents').waitFor();
    expect(await page.locator('#documents-count').innerText()).toBe('5 documents.');
    const technician = page.locator('.doc', { hasText: 'Job description: Technician' });
    expect(await technician.innerText()).toContain('Operations');
    await technician.getByText('Open').click();
    await expect.poll(() => model(page, 'model.opened')).toMatch(/\/api\/jobs\/job\d+\/files\/Operations\/Job%20Descriptions\/Technician\.docx$/);

    const download = page.waitForEvent('download');
    await page.click('#download-all');
    expect((await download).suggestedFilename()).toBe('library.zip');
    expect(requests('GET', /\/files\.zip$/)).toBeGreaterThan(0);

    await page.fill('#documents-search', 'order');
    await expect.poll(() => page.locator('#documents-count').innerText()).toBe('1 document of 5 match.');

    // The list is kept in the workbook's settings: a pane opened later on the same workbook shows it again.
    const settings = await model<Record<string, unknown>>(page, 'model.settings');
    expect((settings['officeinfra.lastJob'] as { documents: unknown[] }).documents).toHaveLength(5);
    await page.close();
    const again = await harness.open(`${smallOrganisation()} model.settings = ${JSON.stringify(settings)};`);
    await again.click('#tab-generate');
    expect(await again.locator('#documents').innerText()).toContain('From the last run in this workbook.');
    await again.close();
  });

  it('Generate_RecordsPlanTicked_AsksForItAndOffersTheWorkbookAndCsvAboveTheDocuments', async () => {
    const page = await harness.open(smallOrganisation());
    await page.click('#tab-generate');
    await page.check('#generate-records-plan');
    await page.click('#generate-button');
    await page.locator('#records-plan').waitFor();

    const asked = harness.service.requests.filter((r) => r.path === '/api/generate').at(-1)!.body as { recordsPlan?: boolean };
    expect(asked.recordsPlan).toBe(true);
    expect(await page.locator('#generate-results > section').first().getAttribute('id')).toBe('records-plan');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Records Plan - Purview file plan.csv' }).click();
    expect((await download).suggestedFilename()).toBe('Records Plan - Purview file plan.csv');
    expect(harness.service.requests.some((r) => r.path.endsWith('/files/Records%20Plan%20-%20Purview%20file%20plan.csv'))).toBe(true);
    expect(await page.locator('#records-plan').innerText()).toContain('Records Plan.xlsx');
    await shot(page, 'generate-records-plan');

    // Unticked, the next run does not ask and shows no plan (the old results go as the request is sent).
    const generates = () => harness.service.requests.filter((r) => r.path === '/api/generate').length;
    const before = generates();
    await page.uncheck('#generate-records-plan');
    await page.click('#generate-button');
    await expect.poll(generates).toBe(before + 1);
    await page.locator('#documents').waitFor();
    expect((harness.service.requests.filter((r) => r.path === '/api/generate').at(-1)!.body as { recordsPlan?: boolean }).recordsPlan).toBeUndefined();
    expect(await page.locator('#records-plan').count()).toBe(0);
    await page.close();
  });

  it('Generate_KeptListExpired_IsForgotten', async () => {
    const expired = { 'officeinfra.lastJob': { id: 'old', expiresAt: '2020-01-01T00:00:00Z', documents: [] } };
    const page = await harness.open(`${smallOrganisation()} model.settings = ${JSON.stringify(expired)};`);
    await page.click('#tab-generate');
    expect(await page.locator('#documents').count()).toBe(0);
    expect(await model(page, `'officeinfra.lastJob' in model.settings`)).toBe(false);
    await page.close();
  });

  it('Generate_CancelWhileRunning_StopsTheJob', async () => {
    harness.service.stepMs = 1500;
    try {
      const page = await harness.open(smallOrganisation());
      await page.click('#tab-generate');
      await page.click('#generate-button');
      await page.locator('#job-cancel').waitFor();
      await page.waitForTimeout(200);
      await page.click('#job-cancel');
      await expect.poll(() => page.locator('#message.warning').innerText()).toContain('Generation cancelled.');
      expect(requests('DELETE', /^\/api\/jobs\/job\d+$/)).toBeGreaterThan(0);
      expect(await page.locator('#documents').count()).toBe(0);
      await page.close();
    } finally {
      harness.service.stepMs = 120;
    }
  });
});

describe('Publish', () => {
  it('Publish_PlanThenConfirm_ActionsStayInViewAndTheResultReplacesThePlan', async () => {
    const page = await harness.open(`${smallOrganisation()} model.requirementSets.OpenBrowserWindowApi = 1.1;`, '', {}, undefined, { width: 350, height: 750 });
    await page.click('#tab-publish');
    await page.click('#plan-button');
    const plan = page.locator('#plan');
    await plan.waitFor();
    const text = await plan.innerText();
    expect(text).toMatch(/Folders to create\s+2\s+Operations, Accounting/);
    expect(text).toMatch(/New documents\s+5/);
    expect(text).toMatch(/Stale documents \(kept\)\s+1\s+Old\/SOPs\/Retired.docx/);
    const box = await page.locator('#publish-confirm').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(750);
    const before = requests('POST', /publish/);
    await page.click('#publish-confirm');
    await page.locator('#publish-result').waitFor();
    expect(await page.locator('#plan').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('publish-result-heading');
    expect(await page.locator('#open-library').getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/records/Shared%20Documents');
    expect(await page.locator('#publish-result').innerText()).toContain('2 folders created, 5 documents written');
    // Each published document opens where it now lives in the library.
    const technician = page.locator('#published-list a[aria-label="Open Job description: Technician"]');
    expect(await technician.getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/records/Shared%20Documents/Operations/Job%20Descriptions/Technician.docx');
    await technician.click();
    expect(await model(page, 'model.opened')).toBe('https://contoso.sharepoint.com/sites/records/Shared%20Documents/Operations/Job%20Descriptions/Technician.docx');
    expect(requests('POST', /publish/) - before).toBe(1);
    await page.close();
  });

  it('Publish_RecordsPlanTicked_ShowsItsTablesBeforeItAsksAndPublishesWithIt', { timeout: 90_000 }, async () => {
    harness.service.unimportableLabels = ['HR – 7 years'];
    try {
      const page = await harness.open(smallOrganisation(), '', {}, undefined, { width: 350, height: 750 });
      await page.click('#tab-publish');
      await page.check('#publish-records-plan');
      await page.click('#plan-button');
      const tables = page.locator('#records-plan-tables');
      await tables.waitFor();

      const previews = harness.service.requests.filter((r) => r.path === '/api/publish');
      expect(previews.at(-1)!.body).toMatchObject({ dryRun: true, recordsPlan: true });
      // The order a person reads it in: what changes, the records plan, its files, then the question.
      const order = await page.locator('#publish-results > *').evaluateAll((nodes) => nodes.map((n) => n.id));
      expect(order).toEqual(['plan', 'records-plan-tables', 'records-plan', 'confirm']);
      expect(await page.locator('#plan').innerText()).toMatch(/Label names to check\s+1\s+HR – 7 years: Purview's file plan import takes only/);
      // Folders open, every folder a row with its access level and label.
      const folders = page.locator('#records-plan-folders');
      expect(await folders.getAttribute('open')).not.toBeNull();
      expect(await folders.locator('summary').innerText()).toBe('Folders (2)');
      expect(await folders.locator('tbody tr').count()).toBe(2);
      expect(await folders.locator('tbody tr').first().innerText()).toMatch(/Operations\s+Operations\s+Internal[\s\S]*Operations 7 years/);
      // Documents are drawn only when opened: every document, with its columns.
      const documents = page.locator('#records-plan-documents');
      expect(await documents.locator('table').count()).toBe(0);
      await documents.locator('summary').click();
      // Drawn on the details element's toggle event, which fires after the click returns.
      await expect.poll(() => documents.locator('tbody tr').count()).toBe(5);
      expect(await documents.locator('thead th').allInnerTexts()).toContain('Document ID');
      expect(await documents.locator('tbody th').allInnerTexts()).toContain('Operations/Job Descriptions/Technician.docx');
      expect(await page.locator('#records-plan').innerText()).toContain('Records Plan.xlsx');
      const box = await page.locator('#publish-confirm').boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(750);
      await shot(page, 'publish-records-plan');
      expect(await seriousViolations(page)).toEqual([]);

      await page.click('#publish-confirm');
      await page.locator('#publish-result').waitFor();
      expect(harness.service.requests.filter((r) => r.path === '/api/publish').at(-1)!.body).toMatchObject({ dryRun: false, recordsPlan: true });
      expect(await page.locator('#records-plan').innerText()).toContain('Records Plan - Purview file plan.csv');
      await page.close();
    } finally {
      harness.service.unimportableLabels = [];
    }
  });

  it('Publish_RecordsPlanNotTicked_AsksForNoneAndShowsNone', async () => {
    const page = await harness.open(smallOrganisation());
    await page.click('#tab-publish');
    await page.uncheck('#publish-records-plan');
    await page.click('#plan-button');
    await page.locator('#plan').waitFor();
    expect((harness.service.requests.filter((r) => r.path === '/api/publish').at(-1)!.body as { recordsPlan?: boolean }).recordsPlan).toBeUndefined();
    expect(await page.locator('#records-plan-tables').count()).toBe(0);
    expect(await page.locator('#plan').innerText()).not.toContain('Purview');
    await page.close();
  });

  it('Publish_PlanWithAHandEditedDocument_SaysItIsKeptAndHidesKindsItLacks', async () => {
    harness.service.editedInLibrary = true;
    try {
      const page = await harness.open(smallOrganisation());
      await page.click('#tab-publish');
      await page.click('#plan-button');
      const text = await page.locator('#plan').innerText();
      expect(text).toMatch(/Edited by hand \(kept\)\s+1\s+Operations\/Job Descriptions\/Edited.docx/);
      expect(text).not.toContain('Conflicts');
      await page.close();
    } finally {
      harness.service.editedInLibrary = false;
    }
  });

  it('Publish_ServiceGivesNoLinks_ShowsTheResultWithoutOpenLinks', async () => {
    harness.service.publishLinks = false;
    try {
      const page = await harness.open(smallOrganisation());
      await page.click('#tab-publish');
      await page.click('#plan-button');
      await page.click('#publish-confirm');
      await page.locator('#publish-result').waitFor();
      expect(await page.locator('#open-library').count()).toBe(0);
      expect(await page.locator('#published-list').count()).toBe(0);
      expect(await page.locator('#publish-result').innerText()).toContain('5 documents written');
      await page.close();
    } finally {
      harness.service.publishLinks = true;
    }
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

describe('Status, sign-in and remembering', () => {
  it('Footer_LocalMode_ShowsAddressModeAndHealth', async () => {
    const page = await harness.open(smallOrganisation());
    await expect.poll(() => page.locator('#service-state').innerText()).toBe('Service connected');
    expect(await page.locator('#service-address').innerText()).toBe(new URL(harness.service.url).host);
    expect(await page.locator('#service-mode').innerText()).toContain('Local mode');
    expect(await page.locator('#sign-out').isHidden()).toBe(true);
    await page.close();
  });

  it('Footer_EntraMode_ShowsTheAccountAndSignOutForgetsIt', async () => {
    const claims = Buffer.from(JSON.stringify({ preferred_username: 'amira@contoso.com' })).toString('base64url');
    const token = `eyJhbGciOiJub25lIn0.${claims}.sig`;
    harness.service.mode = 'entra';
    harness.service.goodToken = token;
    try {
      const page = await harness.open(smallOrganisation('Boss'), '', { token });
      await check(page);
      await expect.poll(() => page.locator('#account').innerText()).toBe('signed in as amira@contoso.com');
      await expect.poll(() => page.locator('button.group-row[data-code="unknown-role"]').count()).toBe(1);
      await page.click('#sign-out');
      expect(await page.locator('#account').innerText()).toBe('not signed in');
      expect(await page.locator('#sign-out').isHidden()).toBe(true);
      await page.close();
    } finally {
      harness.service.mode = 'local';
      harness.service.goodToken = 'good-token';
    }
  });

  it('Pane_Reopened_RemembersTheLastTabAndFilter', async () => {
    const first = await harness.open(smallOrganisation('Boss'));
    await check(first);
    await first.click('button.chip[data-filter="error"]');
    await first.click('#tab-publish');
    await first.close();
    const again = await harness.open(smallOrganisation('Boss'), '', {}, undefined, undefined, true);
    expect(await again.locator('#tab-publish').getAttribute('aria-selected')).toBe('true');
    await check(again);
    await expect.poll(() => again.locator('button.chip[data-filter="error"]').getAttribute('aria-pressed')).toBe('true');
    await again.close();
  });

  it('Theme_OfficeDark_MakesThePaneDark', async () => {
    const page = await harness.open(`${smallOrganisation()} ${officeDark}`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 31)');
    await page.close();
  });

  it('Theme_OfficeSwitchesToDarkWhileOpen_ThePaneFollows', async () => {
    const page = await harness.open(smallOrganisation());
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe('dark');
    // Excel raises no theme event: the pane reads Office.context.officeTheme again on focus and while visible.
    await page.evaluate(`(() => { const model = window.__model; ${officeDark} })()`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), { timeout: 5000 }).toBe('dark');
    await page.evaluate(`(() => { window.__model.theme = { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000', controlBackgroundColor: '#ffffff', controlForegroundColor: '#000000' }; window.dispatchEvent(new Event('focus')); })()`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.close();
  });

  it('Theme_HighContrast_SeverityStillReadsAsTextAndIconWithNoSeriousAxeViolations', { timeout: 90_000 }, async () => {
    const page = await harness.open(smallOrganisation('Boss'), '', {}, undefined, { width: 270, height: 750 });
    await page.emulateMedia({ forcedColors: 'active' });
    await check(page);
    const finding = page.locator('button.finding[data-code="unknown-role"]');
    expect(await finding.innerText()).toContain('Error · Tasks row 3');
    expect(await finding.locator('svg.sev.error').count()).toBe(1);
    await shot(page, 'check-high-contrast-270');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('Progress_ManyEvents_AnnouncedAtMostEveryFewSeconds', async () => {
    harness.service.stepMs = 250;
    try {
      const page = await harness.open(smallOrganisation());
      await page.evaluate(() => {
        const w = window as unknown as { __said: string[] };
        w.__said = [];
        new MutationObserver(() => w.__said.push(document.getElementById('announcer')!.textContent ?? '')).observe(document.getElementById('announcer')!, { childList: true, characterData: true, subtree: true });
      });
      await page.click('#tab-generate');
      await page.click('#generate-button');
      await page.locator('#documents').waitFor();
      const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
      // Four progress events over a second: the first is said, the rest wait; then the outcome, at once.
      expect(said.length).toBeLessThanOrEqual(2);
      expect(said.at(-1)).toBe('5 documents generated.');
      await page.close();
    } finally {
      harness.service.stepMs = 120;
    }
  });
});
