import { ServiceError } from '../api/serviceError';
import type { Finding, Job, LibraryRecords } from '../api/types';
import { runChanges, type RunChanges } from './runChanges';
import type { ReadResult } from '../excel/readRegisters';
import type { App, RegisterState } from './app';
import { h, plural } from './dom';
import { documentsView, keepJob, keptJobFrom, loadKeptJob } from './documentsView';
import { whereOf } from './findingGroups';
import { jobProgress } from './jobProgress';
import { actionButton } from './actionButton';
import { prefs } from './prefs';
import { recordsPlanView } from './recordsPlanView';

const DISABLED_BECAUSE: Partial<Record<RegisterState, string>> = {
  missing: 'Nothing to generate yet: this workbook has no registers. Create them in Set up (or start from the sample under Check).',
  empty: 'Nothing to generate yet: the registers have no rows. Add your departments and roles first.',
};

/** Generate: start a generation job, follow its progress (with Cancel), list the documents to open or download. */
export function mountGenerate(panel: HTMLElement, app: App): void {
  const results = h('div', { id: 'generate-results' });
  const button = actionButton(app, results, 'generate-button', 'Generate documents', run);
  const reason = h('p', { class: 'reason', id: 'generate-reason', hidden: true });
  button.setAttribute('aria-describedby', 'generate-reason');
  const recordsPlan = h('input', { type: 'checkbox', id: 'generate-records-plan', checked: prefs.get('recordsPlan', 'false') === 'true' });
  recordsPlan.addEventListener('change', () => prefs.set('recordsPlan', String(recordsPlan.checked)));

  function reflect(state: RegisterState): void {
    const why = DISABLED_BECAUSE[state];
    button.disabled = why !== undefined;
    reason.hidden = why === undefined;
    reason.textContent = why ?? '';
  }

  async function run(): Promise<void> {
    const read = await app.read();
    if (read.rows === 0) return reflect('empty');
    let jobId: string | undefined;
    const progress = jobProgress('Generating documents', (text) => app.announce(text), () => {
      if (jobId) void app.client.cancel(jobId).catch(() => undefined);
    });
    results.replaceChildren(progress.element);
    // The records kept in the workbook carry the documents' IDs, versions and dates from the last run.
    const previous = await app.workbook.readRecords();
    try {
      jobId = (await app.client.generate(read.registers, { ...(previous ? { records: previous } : {}), ...(recordsPlan.checked ? { recordsPlan: true } : {}) })).id;
    } catch (error) {
      if (error instanceof ServiceError && error.kind === 'blocked' && error.findings.length > 0) {
        results.replaceChildren(blockedCard(error.findings, read, app));
        app.show({ kind: 'error', title: `${plural(error.findings.length, 'error')} block generating.`, whatToDo: 'Show them in Check, fix them in the registers, then generate again.' });
        return;
      }
      throw error;
    }
    const job = await app.client.follow(jobId, progress.update);
    if (job.status === 'cancelled') {
      results.replaceChildren();
      app.show({ kind: 'warning', title: 'Generation cancelled.', whatToDo: 'Nothing was kept; generate again when you are ready.' });
      app.announce('Generation cancelled.', true);
      return;
    }
    if (job.status === 'failed') {
      results.replaceChildren();
      app.show({ kind: 'error', title: job.error?.detail ?? 'Generation failed.', whatToDo: 'Try again; if it fails again, tell your administrator.', fix: 'retry' });
      return;
    }
    const changes = await keepRecords(job, previous, app);
    const kept = keptJobFrom(job, changes?.versions);
    results.replaceChildren(...[recordsPlanView(job, app), documentsView(kept, app)].filter((e) => e !== null));
    void keepJob(kept);
    const generated = plural(kept.documents.length, 'document');
    const title = changes && previous ? `${generated} generated: ${changes.changed} changed, ${changes.added} new since the last run.` : `${generated} generated.`;
    app.show({ kind: 'success', title, whatToDo: 'Open or download them below, or publish them to the library.' });
    app.announce(title, true);
  }

  app.onRegisterState(reflect);
  reflect(app.registerState());
  panel.append(
    h('p', { class: 'muted' }, 'Builds the job descriptions, SOPs and org charts from the registers. Errors found by Check must be fixed first.'),
    h('label', { class: 'option', for: 'generate-records-plan' }, recordsPlan, 'Also make the records plan (Records Plan.xlsx and the Purview file plan CSV)'),
    h('div', { class: 'actions' }, button),
    reason,
    results,
  );
  const kept = loadKeptJob();
  if (kept) results.append(documentsView(kept, app, 'From the last run in this workbook.'));
}

/** Generate's answer when the registers have errors: the first few, and the way to all of them. */
function blockedCard(findings: Finding[], read: ReadResult, app: App): HTMLElement {
  const show = h('button', { type: 'button', class: 'primary', id: 'show-in-check' }, 'Show in Check');
  show.addEventListener('click', () => app.showInCheck(findings, read));
  const first = findings.slice(0, 3);
  return h(
    'section',
    { class: 'card blocked', id: 'generate-blocked', 'aria-labelledby': 'generate-blocked-heading' },
    h('h2', { id: 'generate-blocked-heading' }, `Blocked by ${plural(findings.length, 'error')}`),
    h('ul', { class: 'plain' }, ...first.map((f) => h('li', {}, f.message, ' ', h('span', { class: 'where' }, `(${whereOf(f)})`)))),
    findings.length > first.length ? h('p', { class: 'muted small' }, `and ${findings.length - first.length} more.`) : null,
    h('div', { class: 'actions' }, show),
  );
}

/**
 * Fetches the job's new records and keeps them in the workbook for the next Generate; answers what changed, or
 * undefined when the service sent none or they could not be kept (the documents are fine; the message says so).
 */
async function keepRecords(job: Job, previous: LibraryRecords | undefined, app: App): Promise<RunChanges | undefined> {
  const url = job.result?.recordsUrl;
  if (!url) return undefined;
  try {
    const records = await app.client.records(url);
    if (!(await app.workbook.writeRecords(records))) return undefined;
    return runChanges(previous, records);
  } catch {
    app.show({ kind: 'warning', title: "The documents' history could not be kept in this workbook.", whatToDo: 'The documents are fine; generate again to keep their IDs and versions for next time.' });
    return undefined;
  }
}
