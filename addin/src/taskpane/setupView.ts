import type { SetupReport } from '../excel/setupRegisters';
import type { App } from './app';
import { h } from './dom';
import { prefs } from './prefs';

/** Set up: create what is missing of the four registers, optionally with the sample organisation. */
export function mountSetup(panel: HTMLElement, app: App): void {
  const sample = h('input', { type: 'checkbox', id: 'setup-sample', checked: prefs.get('sample', 'false') === 'true' });
  sample.addEventListener('change', () => prefs.set('sample', String(sample.checked)));
  const button = h('button', { class: 'primary', id: 'setup-button', type: 'button' }, 'Set up registers');
  button.addEventListener('click', () =>
    app.act(button, async () => {
      const report = await app.workbook.setup({ sample: sample.checked });
      app.show({ kind: 'success', title: describe(report), whatToDo: nextStep(report) });
      // Learn what the registers hold now (Generate's button depends on it); a half-set-up workbook is fine here.
      await app.read().catch(() => undefined);
    }),
  );
  panel.append(
    h('p', { class: 'muted' }, 'Adds the Departments, Roles, Tasks and Processes sheets as Excel tables with drop-down lists. On a workbook that already has registers it adds only what is missing and never changes your data.'),
    h('label', { class: 'option', for: 'setup-sample' }, sample, 'Fill in a sample organisation (new workbook only)'),
    h('div', { class: 'actions' }, button),
  );
}

function describe(r: SetupReport): string {
  const parts: string[] = [];
  if (r.createdRegisters.length) parts.push(`Added the ${r.createdRegisters.join(', ')} register${r.createdRegisters.length > 1 ? 's' : ''}`);
  for (const a of r.addedColumns) parts.push(`added ${a.columns.join(', ')} to ${a.register}`);
  if (parts.length === 0) return 'The registers are complete: nothing was missing.';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function nextStep(r: SetupReport): string {
  const skipped = r.skipped.length ? ` This version of Excel skipped: ${r.skipped.join(', ')}.` : '';
  return (r.sampleFilled ? 'The sample organisation is filled in: open Check to see it at a glance.' : 'Fill in the registers, then open Check.') + skipped;
}
