import type { DocumentChange, Job, JobDocument, Plan, RegistersJson } from '../api/types';
import { officeHost } from '../excel/officeHost';
import type { App } from './app';
import { h, plural } from './dom';
import { jobProgress } from './jobProgress';
import { actionButton } from './actionButton';
import { documentLabel, openLink } from './documentsView';
import { virtualList } from './virtualList';
import { prefs } from './prefs';
import { recordsPlanTables } from './recordsPlanTables';
import { recordsPlanView } from './recordsPlanView';

/**
 * Publish: the dry-run plan as a table (and, when asked, the records plan's tables with Records Plan.xlsx and the
 * Purview CSV), with Publish now and Cancel in a bar that stays in view; then the outcome in place of the plan, with
 * Open library, and focus on it.
 */
export function mountPublish(panel: HTMLElement, app: App): void {
  const results = h('div', { id: 'publish-results' });
  const button = actionButton(app, results, 'plan-button', 'Preview publish', run);
  const recordsPlan = h('input', { type: 'checkbox', id: 'publish-records-plan', checked: prefs.get('publishRecordsPlan', 'false') === 'true' });
  recordsPlan.addEventListener('change', () => prefs.set('publishRecordsPlan', String(recordsPlan.checked)));
  async function run(): Promise<void> {
    const read = await app.read();
    const options = recordsPlan.checked ? { recordsPlan: true } : {};
    const job = await followJob(app, results, 'Working out what would change', (registers) => app.client.publish(registers, true, options), read.registers);
    if (!job) return;
    if (job.status === 'failed' || !job.result?.plan) {
      results.replaceChildren();
      app.show({ kind: 'error', title: job.error?.detail ?? 'The publish preview failed.', whatToDo: 'Check the library settings with your administrator, then try again.', fix: 'retry' });
      return;
    }
    // The records plan sits between the changes and the question, so it is read before anyone confirms.
    const tables = job.result.recordsPlan ? recordsPlanTables(job.result.recordsPlan) : null;
    results.replaceChildren(...[planView(job.result.plan), tables, recordsPlanView(job, app)].filter((e) => e !== null));
    if (job.result.plan.isEmpty) {
      app.show({ kind: 'success', title: 'The library already matches the registers.', whatToDo: 'Nothing to publish.' });
      return;
    }
    results.append(confirmation(read.registers, options, results, app));
  }
  panel.append(
    h('p', { class: 'muted' }, 'Makes the records library match the registers: department folders, documents and permissions. You see the plan and confirm before anything changes.'),
    h('label', { class: 'option', for: 'publish-records-plan' }, recordsPlan, 'Show the records plan first (folders, document columns, retention labels; Records Plan.xlsx and the Purview file plan CSV)'),
    h('div', { class: 'actions' }, button),
    results,
  );
}

/** Starts a job, shows its progress with Cancel, and answers the finished job (undefined when cancelled). */
async function followJob(app: App, results: HTMLElement, label: string, start: (r: RegistersJson) => Promise<Job>, registers: RegistersJson): Promise<Job | undefined> {
  let jobId: string | undefined;
  const progress = jobProgress(label, (text) => app.announce(text), () => {
    if (jobId) void app.client.cancel(jobId).catch(() => undefined);
  });
  results.replaceChildren(progress.element);
  jobId = (await start(registers)).id;
  const job = await app.client.follow(jobId, progress.update);
  if (job.status !== 'cancelled') return job;
  results.replaceChildren();
  app.show({ kind: 'warning', title: 'Cancelled.', whatToDo: job.error?.detail ?? 'The job was stopped.' });
  app.announce('Cancelled.', true);
  return undefined;
}

function planView(plan: Plan): HTMLElement {
  const count = (change: DocumentChange) => plan.documents.filter((d) => d.change === change).length;
  const stale = plan.documents.filter((d) => d.change === 'stale' || d.change === 'delete');
  const line = (what: string, n: number, detail: string, cls = '') =>
    h('tr', cls ? { class: cls } : {}, h('th', { scope: 'row' }, what), h('td', { class: 'num' }, String(n)), h('td', {}, detail));
  const list = (items: string[]) => (items.length <= 4 ? items.join(', ') : `${items.slice(0, 4).join(', ')} and ${items.length - 4} more`);
  return h(
    'section',
    { class: 'card', id: 'plan', 'aria-labelledby': 'plan-heading' },
    h('h2', { id: 'plan-heading' }, 'What publishing will do'),
    h(
      'table',
      { class: 'plan' },
      h('caption', { class: 'visually-hidden' }, 'Changes to the library'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Change'), h('th', { scope: 'col', class: 'num' }, 'Count'), h('th', { scope: 'col' }, 'Which'))),
      h(
        'tbody',
        {},
        line('Folders to create', plan.foldersToCreate.length, list(plan.foldersToCreate)),
        line('New documents', count('new'), ''),
        line('Changed documents', count('changed'), ''),
        line('Stale documents (kept)', stale.length, list(stale.map((d) => d.path)), stale.length ? 'warn' : ''),
        // Kinds a plan only sometimes has: shown when it has them.
        ...RARE_CHANGES.filter(([change]) => count(change) > 0).map(([change, what, cls]) =>
          line(what, count(change), list(plan.documents.filter((d) => d.change === change).map((d) => d.path)), cls),
        ),
        line('Permission changes', plan.permissions.length, list(plan.permissions.map((p) => p.path))),
        // Said before anything is published: the Purview CSV cannot create these labels, so the tenant must have them already.
        ...((plan.unimportableLabels ?? []).length > 0
          ? [line('Label names to check', plan.unimportableLabels!.length, `${list(plan.unimportableLabels!)}: Purview's file plan import takes only letters, digits, hyphens and spaces, at most 64. Rename them, or create them in the Purview portal.`, 'warn')]
          : []),
      ),
    ),
    plan.permissions.length > 0 &&
      h(
        'details',
        { class: 'permissions' },
        h('summary', {}, 'Permission changes by folder'),
        h(
          'table',
          { class: 'plan' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Folder'), h('th', { scope: 'col' }, 'Permission changes'))),
          h(
            'tbody',
            {},
            ...plan.permissions.map((p) =>
              h(
                'tr',
                {},
                h('td', {}, p.path),
                h(
                  'td',
                  {},
                  ...[
                    p.breakInheritance ? 'Stops inheriting from the library' : '',
                    ...p.add.map((g) => `+ ${g.principal} (${g.role})`),
                    ...p.remove.map((g) => `− ${g.principal} (${g.role})`),
                  ]
                    .filter(Boolean)
                    .flatMap((text, i) => (i ? [h('br'), text] : [text])),
                ),
              ),
            ),
          ),
        ),
      ),
  );
}

function confirmation(registers: RegistersJson, options: { recordsPlan?: boolean }, results: HTMLElement, app: App): HTMLElement {
  const confirm = h('button', { class: 'primary', id: 'publish-confirm', type: 'button' }, 'Publish now');
  const cancel = h('button', { class: 'secondary', id: 'publish-cancel', type: 'button' }, 'Cancel');
  const bar = h('div', { class: 'action-bar', id: 'confirm', role: 'group', 'aria-label': 'Confirm publish' }, h('span', { class: 'bar-text' }, 'Publish these changes?'), confirm, cancel);
  cancel.addEventListener('click', () => {
    results.replaceChildren();
    app.show({ kind: 'warning', title: 'Publishing cancelled.', whatToDo: 'Nothing was changed in the library.' });
  });
  confirm.addEventListener('click', () =>
    app.act(confirm, async () => {
      // The plan the user confirmed was made from these registers: publish exactly them, not a fresh read.
      const job = await followJob(app, results, 'Publishing', (r) => app.client.publish(r, false, options), registers);
      if (!job) return;
      if (job.status === 'failed') {
        results.replaceChildren();
        app.show({ kind: 'error', title: job.error?.detail ?? 'Publishing failed.', whatToDo: 'The library was left as it was. Try again, or tell your administrator.', fix: 'retry' });
        return;
      }
      results.replaceChildren(...[outcome(job), recordsPlanView(job, app)].filter((e) => e !== null));
      (results.querySelector('#publish-result-heading') as HTMLElement).focus();
      app.announce('Published.', true);
    }),
  );
  return bar;
}

/** Plan lines for the changes most plans lack: edited by hand and kept, replaced although edited, conflicts, properties only. */
const RARE_CHANGES: readonly [DocumentChange, string, string][] = [
  ['edited', 'Edited by hand (kept)', 'warn'],
  ['overwrite', 'Edited by hand (replaced)', 'warn'],
  ['conflict', 'Conflicts (not written)', 'warn'],
  ['metadata', 'Properties only', ''],
];

/** The published result, in place of the plan. */
function outcome(job: Job): HTMLElement {
  const plan = job.result?.plan;
  const documents = plan?.documents.filter((d) => d.change === 'new' || d.change === 'changed').length ?? 0;
  const libraryUrl = job.result?.libraryUrl;
  const open = libraryUrl ? h('a', { class: 'button-link primary', id: 'open-library', href: libraryUrl, target: '_blank', rel: 'noopener' }, 'Open library') : null;
  open?.addEventListener('click', (e) => {
    if (officeHost.openInBrowser(libraryUrl!)) e.preventDefault();
  });
  // Where the service says where each document now lives (its webUrl), each can be opened from here.
  const linked = (job.result?.documents ?? []).filter((d) => d.webUrl);
  const list = linked.length
    ? virtualList<JobDocument>({
        id: 'published-list',
        label: 'Published documents',
        key: (d) => d.path,
        height: () => PUBLISHED_ROW_HEIGHT,
        render: (d) => h('div', { class: 'doc published' }, h('span', { class: 'title', title: documentLabel(d) }, documentLabel(d)), h('span', { class: 'doc-line2' }, h('span', { class: 'where' }, d.department ?? 'Whole organisation'), h('span', { class: 'doc-actions' }, openLink(d.webUrl!, documentLabel(d))))),
      })
    : null;
  list?.setItems(linked);
  return h(
    'section',
    { class: 'card success', id: 'publish-result', 'aria-labelledby': 'publish-result-heading' },
    h('h2', { id: 'publish-result-heading', tabindex: '-1' }, 'Published'),
    h('p', {}, `${plural(plan?.foldersToCreate.length ?? 0, 'folder')} created, ${plural(documents, 'document')} written, permissions set on ${plural(plan?.permissions.length ?? 0, 'folder')}.`),
    open && h('div', { class: 'actions' }, open),
    list && h('h3', { id: 'published-heading' }, 'Documents in the library'),
    list?.element ?? null,
  );
}

const PUBLISHED_ROW_HEIGHT = 56;
