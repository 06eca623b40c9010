import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyUnknownRoles, PaneHarness, seriousViolations, shot, smallOrganisation } from './paneHarness';

// Every state a user meets, at the pane widths Office uses (270 px is the narrowest, on Mac), in Office's light and
// dark themes: axe-core finds no serious or critical violation, nothing is clipped sideways, and a screenshot of
// each is kept in test-results/ (git-ignored) for a person to look at.
const harness = new PaneHarness();
const WIDTHS = [270, 320, 350] as const;
const THEMES = ['light', 'dark'] as const;
const headersOnly = `model.addTable('Departments','Departments',[['Department']]); model.addTable('Roles','Roles',[['Role']]); model.addTable('Tasks','Tasks',[['Task']]); model.addTable('Processes','Processes',[['Process']]);`;

interface State {
  name: string;
  seed: string;
  query?: string;
  /** Brings the pane into the state. */
  reach(page: Page): Promise<void>;
}

const STATES: State[] = [
  { name: 'welcome', seed: '', reach: (p) => p.locator('#welcome').waitFor() },
  {
    name: 'check-findings',
    seed: manyUnknownRoles(40),
    reach: async (p) => {
      await p.click('#check-button');
      await p.locator('button.group-row[data-code="vacant-role"]').waitFor();
    },
  },
  {
    name: 'check-stale',
    seed: smallOrganisation('Boss'),
    reach: async (p) => {
      await p.click('#check-button');
      await p.locator('button.finding[data-code="unknown-role"]').waitFor();
      await p.evaluate(() => (window as unknown as { __model: { deleteRow(s: string, r: number): void } }).__model.deleteRow('Tasks', 1));
      await p.locator('#check-stale').waitFor();
    },
  },
  {
    name: 'nothing-to-generate',
    seed: headersOnly,
    reach: async (p) => {
      await p.click('#tab-generate');
      await p.locator('#generate-reason').waitFor();
    },
  },
  {
    name: 'generate-blocked',
    seed: smallOrganisation('Boss'),
    reach: async (p) => {
      await p.click('#tab-generate');
      await p.click('#generate-button');
      await p.locator('#generate-blocked').waitFor();
    },
  },
  {
    name: 'generate-documents',
    seed: smallOrganisation(),
    reach: async (p) => {
      await p.click('#tab-generate');
      await p.click('#generate-button');
      await p.locator('#documents').waitFor();
    },
  },
  {
    name: 'publish-plan',
    seed: smallOrganisation(),
    reach: async (p) => {
      await p.click('#tab-publish');
      await p.click('#plan-button');
      await p.locator('#publish-confirm').waitFor();
    },
  },
  {
    name: 'publish-result',
    seed: smallOrganisation(),
    reach: async (p) => {
      await p.click('#tab-publish');
      await p.click('#plan-button');
      await p.click('#publish-confirm');
      await p.locator('#publish-result').waitFor();
    },
  },
  {
    name: 'service-unreachable',
    seed: smallOrganisation(),
    query: '?service=http://127.0.0.1:9',
    reach: async (p) => {
      await p.click('#check-button');
      await p.locator('#message-fix').waitFor();
    },
  },
];

beforeAll(() => harness.start(), 120_000);
afterAll(() => harness.stop());

describe('every state at 270, 320 and 350 px, light and dark', () => {
  for (const state of STATES) {
    it(`State_${state.name}_NoSeriousAxeViolationsAndNothingClipped`, async () => {
      // Office's dark theme reaches the pane as data-theme on <html> (Theme_OfficeDark_MakesThePaneDark covers that
      // path); setting it directly here lets one page show both themes, which halves the suite's time.
      const page = await harness.open(state.seed, state.query ?? '', {}, undefined, { width: 350, height: 750 });
      await state.reach(page);
      for (const theme of THEMES) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 750 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
          await shot(page, `state-${state.name}-${theme}-${width}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${state.name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page), `${state.name}, ${theme}, ${width}px`).toEqual([]);
        }
      }
      await page.close();
      // Six screenshots and axe runs: generous for a loaded 2-core machine.
    }, 120_000);
  }
});
