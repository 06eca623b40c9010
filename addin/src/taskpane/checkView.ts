import type { Finding, RegisterSummary } from '../api/types';
import { MissingRegistersError } from '../excel/missingRegistersError';
import type { ReadResult } from '../excel/readRegisters';
import { placeForFinding } from '../excel/selectCell';
import type { App } from './app';
import { h, plural } from './dom';
import { findingsList } from './findingsList';
import { whereOf } from './findingGroups';
import { welcomeCard } from './welcomeCard';

/** Check's handle for the rest of the pane. */
export interface CheckView {
  run(): Promise<void>;
  /** Shows findings that came from elsewhere (a blocked Generate), as a check would, without its summary. */
  showFindings(findings: Finding[], read: ReadResult): void;
  /** What the pane shows before any check: a welcome when there are no registers, "nothing yet" when they are empty. */
  firstLook(read: ReadResult): void;
}

/** Check: read the registers, validate them on the service, show the summary and the findings by rule. */
export function mountCheck(panel: HTMLElement, app: App): CheckView {
  let read: ReadResult | undefined;
  let stale = false;
  const results = h('div', { id: 'check-results' });
  const list = findingsList((finding) => void goTo(finding));
  const button = h('button', { class: 'primary', id: 'check-button', type: 'button' }, 'Check registers');
  const again = h('button', { class: 'secondary', type: 'button', id: 'check-again' }, 'Check again');
  const staleNote = h('div', { class: 'stale', id: 'check-stale', role: 'status', hidden: true }, h('span', {}, h('strong', {}, 'Out of date'), ': the registers changed after this check.'), again);
  button.addEventListener('click', () => void run());
  again.addEventListener('click', () => void run());

  function run(): Promise<void> {
    return app.act(button, async () => {
      results.replaceChildren(h('p', { class: 'muted' }, 'Reading the registers…'));
      setStale(false);
      try {
        read = await app.read();
        if (read.rows === 0) {
          results.replaceChildren(nothingYet());
          return;
        }
        const validation = await app.client.validate(read.registers);
        // User Timing marks (free when nobody reads them): tests/bench/addin measures the drawing between them.
        performance.mark('officeinfra:check-answered');
        show(validation.findings, read, validation.summary);
        performance.mark('officeinfra:check-drawn');
        requestAnimationFrame(() => setTimeout(() => performance.mark('officeinfra:check-painted'), 0));
        const errors = validation.findings.filter((f) => f.severity === 'error').length;
        const warnings = validation.findings.filter((f) => f.severity === 'warning').length;
        if (errors > 0) {
          app.show({ kind: 'error', title: `${plural(errors, 'error')} to fix before generating.`, whatToDo: 'Click a finding to go to its cell.' });
        } else if (warnings > 0) {
          app.show({ kind: 'success', title: 'No errors: you can generate the documents.', whatToDo: `${plural(warnings, 'warning')} worth a look; warnings never block generating.` });
        } else {
          app.show({ kind: 'success', title: 'All is well.', whatToDo: `No errors or warnings in ${plural(read.rows, 'row')}. You can generate the documents.` });
        }
      } catch (error) {
        if (error instanceof MissingRegistersError && error.missing.length === 4) {
          results.replaceChildren(welcomeCard(app, () => run()));
          return;
        }
        results.replaceChildren();
        throw error;
      }
    });
  }

  /** The findings, and the service's summary of the same registers when it gave one (a check does, a blocked Generate does not). */
  function show(findings: Finding[], from: ReadResult, summary?: RegisterSummary): void {
    read = from;
    setStale(false);
    results.replaceChildren(...(summary ? [summaryCard(summary)] : []));
    if (findings.length > 0) {
      results.append(list.element);
      list.show(findings);
    }
  }

  function setStale(value: boolean): void {
    stale = value && read !== undefined;
    staleNote.hidden = !stale;
    results.classList.toggle('is-stale', stale);
  }

  /** Goes to a finding's cell in the row that holds its value now; never by a row number that edits have moved. */
  async function goTo(finding: Finding): Promise<void> {
    if (!read) return;
    const place = placeForFinding(finding, read);
    if (!place) return;
    const where = whereOf(finding);
    if (!place.key && stale) {
      app.show({ kind: 'warning', title: 'The registers changed since this check.', whatToDo: `Check again to find ${where}.`, fix: 'check-again' });
      return;
    }
    try {
      if (!(await app.workbook.selectPlace(place))) {
        app.show({ kind: 'warning', title: `'${place.key?.value}' is no longer in ${finding.sheet}.`, whatToDo: 'Check again to see what is left to fix.', fix: 'check-again' });
      }
    } catch {
      app.show({ kind: 'warning', title: 'The cell for this finding could not be selected.', whatToDo: `Go to ${where} yourself.` });
    }
  }

  app.workbook.onChange(() => setStale(true));
  panel.append(
    h('p', { class: 'muted' }, 'Reads the four registers and lists anything to fix. Click a finding to go to its cell.'),
    h('div', { class: 'actions' }, button),
    staleNote,
    results,
  );
  return {
    run,
    showFindings: (findings, from) => show(findings, from),
    firstLook(first) {
      if (first.missing.length === 4) results.replaceChildren(welcomeCard(app, () => run()));
      else if (first.missing.length === 0 && first.rows === 0) results.replaceChildren(nothingYet());
    },
  };
}

function nothingYet(): HTMLElement {
  return h(
    'section',
    { class: 'card', id: 'nothing-yet', 'aria-labelledby': 'nothing-yet-heading' },
    h('h2', { id: 'nothing-yet-heading' }, 'Nothing to generate yet'),
    h('p', {}, 'The registers are set up but have no rows. Add your departments and roles first (a department needs a head role), then tasks and processes; Check then shows anything to fix.'),
  );
}

/** The method at a glance (SPEC §1), as the service counted it: the pane keeps no copy of the rules (a vacant role, a role's type). */
function summaryCard(s: RegisterSummary): HTMLElement {
  const types = Object.entries(s.roleTypes)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const row = (label: string, value: string, cls = '') => [h('dt', {}, label), h('dd', cls ? { class: cls } : {}, value)];
  return h(
    'section',
    { class: 'card', id: 'summary', 'aria-labelledby': 'summary-heading' },
    h('h2', { id: 'summary-heading' }, 'At a glance'),
    h(
      'dl',
      { class: 'stats' },
      ...row('Departments', s.tooManyDepartments ? `${s.departments} (more than nine)` : String(s.departments), s.tooManyDepartments ? 'warn' : ''),
      ...row('Roles filled / vacant', `${s.rolesFilled} / ${s.rolesVacant}`, Number(s.rolesVacant) > 0 ? 'bad' : ''),
      ...row('Role types', types || 'none'),
      ...row('Tasks without a role', `${s.tasksWithoutRole} of ${s.tasks}`, Number(s.tasksWithoutRole) > 0 ? 'warn' : ''),
      ...row('Processes without a KPI', `${s.processesWithoutKpi} of ${s.processes}`, Number(s.processesWithoutKpi) > 0 ? 'warn' : ''),
    ),
  );
}
