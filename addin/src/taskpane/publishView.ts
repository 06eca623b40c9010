import type { Plan, RegistersJson } from '../api/types';
import type { App } from './app';
import { h, plural } from './dom';
import { jobProgress } from './jobProgress';
import { actionButton } from './actionButton';

/** Publish: show the dry-run plan, ask for confirmation, then apply it and show the outcome. */
export function mountPublish(panel: HTMLElement, app: App): void {
  const results = h('div', { id: 'publish-results' });
  const button = actionButton(app, results, 'plan-button', 'Preview publish', run);
  async function run(): Promise<void> {
    const read = await app.workbook.readComplete();
    const progress = jobProgress('Working out what would change');
    results.replaceChildren(progress.element);
    const started = await app.client.publish(read.registers, true);
    const job = await app.client.follow(started.id, progress.update);
    if (job.status === 'failed' || !job.result?.plan) {
      results.replaceChildren();
      app.show({ kind: 'error', title: job.error?.detail ?? 'The publish preview failed.', whatToDo: 'Check the library settings with your administrator, then try again.' });
      return;
    }
    results.replaceChildren(planView(job.result.plan));
    if (job.result.plan.isEmpty) {
      app.show({ kind: 'success', title: 'The library already matches the registers.', whatToDo: 'Nothing to publish.' });
      return;
    }
    results.append(confirmation(read.registers, results, app));
  }
  panel.append(
    h('p', { class: 'muted' }, 'Makes the records library match the registers: department folders, documents and permissions. You see the plan and confirm before anything changes.'),
    h('div', { class: 'actions' }, button),
    results,
  );
}

function planView(plan: Plan): HTMLElement {
  const count = (change: string) => plan.documents.filter((d) => d.change === change).length;
  const stale = plan.documents.filter((d) => d.change === 'stale' || d.change === 'delete');
  return h(
    'section',
    { class: 'card', id: 'plan', 'aria-label': 'Publish plan' },
    h('h2', {}, 'What publishing will do'),
    h(
      'dl',
      { class: 'stats' },
      h('dt', {}, 'Folders to create'),
      h('dd', {}, String(plan.foldersToCreate.length)),
      h('dt', {}, 'New documents'),
      h('dd', {}, String(count('new'))),
      h('dt', {}, 'Changed documents'),
      h('dd', {}, String(count('changed'))),
      h('dt', {}, 'Stale documents (kept)'),
      h('dd', { class: stale.length ? 'warn' : '' }, String(stale.length)),
    ),
    plan.foldersToCreate.length > 0 && h('p', {}, 'New folders: ', plan.foldersToCreate.join(', ')),
    stale.length > 0 && h('p', { class: 'warn' }, 'No longer in the registers: ', stale.map((d) => d.path).join(', ')),
    plan.permissions.length > 0 &&
      h(
        'table',
        { class: 'plan' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Department'), h('th', {}, 'Permission changes'))),
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
                  .flatMap((line, i) => (i ? [h('br'), line] : [line])),
              ),
            ),
          ),
        ),
      ),
  );
}

function confirmation(registers: RegistersJson, results: HTMLElement, app: App): HTMLElement {
  const confirm = h('button', { class: 'primary', id: 'publish-confirm', type: 'button' }, 'Publish now');
  const cancel = h('button', { class: 'secondary', id: 'publish-cancel', type: 'button' }, 'Cancel');
  const box = h('div', { class: 'card', id: 'confirm', role: 'group', 'aria-label': 'Confirm publish' }, h('p', {}, 'Publish these changes to the library?'), h('div', { class: 'actions' }, confirm, cancel));
  cancel.addEventListener('click', () => {
    results.replaceChildren();
    app.show({ kind: 'warning', title: 'Publishing cancelled.', whatToDo: 'Nothing was changed in the library.' });
  });
  confirm.addEventListener('click', () =>
    app.act(confirm, async () => {
      cancel.disabled = true;
      const progress = jobProgress('Publishing');
      box.replaceChildren(progress.element);
      // The plan the user confirmed was made from these registers: publish exactly them, not a fresh read.
      const started = await app.client.publish(registers, false);
      const job = await app.client.follow(started.id, progress.update);
      if (job.status === 'failed') {
        app.show({ kind: 'error', title: job.error?.detail ?? 'Publishing failed.', whatToDo: 'The library was left as it was. Try again, or tell your administrator.' });
        return;
      }
      const plan = job.result?.plan;
      const documents = plan?.documents.filter((d) => d.change === 'new' || d.change === 'changed').length ?? 0;
      app.show({
        kind: 'success',
        title: 'Published.',
        whatToDo: `${plural(plan?.foldersToCreate.length ?? 0, 'folder')} created, ${plural(documents, 'document')} written, permissions set on ${plural(plan?.permissions.length ?? 0, 'department')}.`,
      });
    }),
  );
  return box;
}
