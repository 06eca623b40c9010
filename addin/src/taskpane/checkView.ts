import type { Finding, Severity } from '../api/types';
import type { ReadResult } from '../excel/readRegisters';
import { REGISTER_NAMES } from '../excel/registerSchema';
import { cellForFinding } from '../excel/selectCell';
import type { App } from './app';
import { h, plural } from './dom';
import { summarise, type RegisterSummary } from './summary';

/** Check: read the registers, validate them on the service, show the summary and findings grouped by sheet. */
export function mountCheck(panel: HTMLElement, app: App): void {
  const results = h('div', { id: 'check-results' });
  const button = h('button', { class: 'primary', id: 'check-button', type: 'button' }, 'Check registers');
  button.addEventListener('click', () =>
    app.act(button, async () => {
      results.replaceChildren(h('p', { class: 'muted' }, 'Reading the registers…'));
      try {
        const read = await app.workbook.readComplete();
        const validation = await app.client.validate(read.registers);
        results.replaceChildren(summaryCard(summarise(read.registers)), findingsView(validation.findings, read, app));
        const errors = validation.findings.filter((f) => f.severity === 'error').length;
        const warnings = validation.findings.filter((f) => f.severity === 'warning').length;
        if (errors > 0) {
          app.show({ kind: 'error', title: `${plural(errors, 'error')} to fix before generating.`, whatToDo: 'Click each error below to go to its cell.' });
        } else if (warnings > 0) {
          app.show({ kind: 'success', title: 'No errors: you can generate the documents.', whatToDo: `${plural(warnings, 'warning')} worth a look; warnings never block generating.` });
        } else {
          app.show({ kind: 'success', title: 'All is well.', whatToDo: `No errors or warnings in ${plural(read.rows, 'row')}. You can generate the documents.` });
        }
      } catch (error) {
        results.replaceChildren();
        throw error;
      }
    }),
  );
  panel.append(
    h('p', { class: 'muted' }, 'Reads the four registers and lists anything to fix. Click a finding to go to its cell.'),
    h('div', { class: 'actions' }, button),
    results,
  );
}

function summaryCard(s: RegisterSummary): HTMLElement {
  const types = Object.entries(s.roleTypes)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const row = (label: string, value: string, cls = '') => [h('dt', {}, label), h('dd', cls ? { class: cls } : {}, value)];
  return h(
    'section',
    { class: 'card', id: 'summary', 'aria-label': 'Summary' },
    h('h2', {}, 'At a glance'),
    h(
      'dl',
      { class: 'stats' },
      ...row('Departments', s.tooManyDepartments ? `${s.departments} (more than nine)` : String(s.departments), s.tooManyDepartments ? 'warn' : ''),
      ...row('Roles filled / vacant', `${s.rolesFilled} / ${s.rolesVacant}`, s.rolesVacant > 0 ? 'bad' : ''),
      ...row('Role types', types || 'none'),
      ...row('Tasks without a role', `${s.tasksWithoutRole} of ${s.tasks}`, s.tasksWithoutRole > 0 ? 'warn' : ''),
      ...row('Processes without a KPI', `${s.processesWithoutKpi} of ${s.processes}`, s.processesWithoutKpi > 0 ? 'warn' : ''),
    ),
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_MARK: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };

function findingsView(findings: Finding[], read: ReadResult, app: App): HTMLElement {
  const sheets = [...new Set([...REGISTER_NAMES, ...findings.map((f) => f.sheet)])].filter((s) => findings.some((f) => f.sheet === s));
  const container = h('div', { id: 'findings' });
  for (const sheet of sheets) {
    const own = findings
      .filter((f) => f.sheet === sheet)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0));
    const errors = own.filter((f) => f.severity === 'error').length;
    const warnings = own.filter((f) => f.severity === 'warning').length;
    container.append(
      h(
        'details',
        { class: 'group', open: true, 'data-sheet': sheet },
        h(
          'summary',
          {},
          sheet,
          errors > 0 && h('span', { class: 'count error' }, plural(errors, 'error')),
          warnings > 0 && h('span', { class: 'count warning' }, plural(warnings, 'warning')),
        ),
        h('ul', { class: 'findings' }, ...own.map((f) => findingItem(f, read, app))),
      ),
    );
  }
  return container;
}

function findingItem(finding: Finding, read: ReadResult, app: App): HTMLElement {
  const target = cellForFinding(finding, read.layouts);
  const where = finding.row ? `${finding.sheet} row ${finding.row}${finding.column ? `, ${finding.column}` : ''}` : finding.sheet;
  const button = h(
    'button',
    { type: 'button', class: 'finding', 'data-severity': finding.severity, 'data-code': finding.code },
    h('span', { class: `sev ${finding.severity}`, 'aria-label': finding.severity }, SEVERITY_MARK[finding.severity]),
    h('span', {}, finding.message, h('br'), h('span', { class: 'where' }, where)),
  );
  if (target) button.addEventListener('click', () => void app.workbook.select(target).catch(() => app.show({ kind: 'warning', title: `The cell for this finding could not be selected.`, whatToDo: `Go to ${where} yourself.` })));
  return h('li', {}, button);
}
