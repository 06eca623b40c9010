import type { Job, JobDocument } from '../api/types';
import type { App } from './app';
import { h, plural } from './dom';
import { jobProgress } from './jobProgress';
import { actionButton } from './actionButton';

const KIND_LABEL: Record<JobDocument['kind'], string> = { 'org-chart': 'Org chart', 'job-description': 'Job description', sop: 'SOP' };

/** Generate: start a generation job, follow its progress, list the documents by department with download links. */
export function mountGenerate(panel: HTMLElement, app: App): void {
  const results = h('div', { id: 'generate-results' });
  const button = actionButton(app, results, 'generate-button', 'Generate documents', run);
  async function run(): Promise<void> {
    const read = await app.workbook.readComplete();
    const progress = jobProgress('Generating documents');
    results.replaceChildren(progress.element);
    const started = await app.client.generate(read.registers);
    const job = await app.client.follow(started.id, progress.update);
    if (job.status === 'failed') {
      app.show({ kind: 'error', title: job.error?.detail ?? 'Generation failed.', whatToDo: 'Try again; if it fails again, tell your administrator.' });
      return;
    }
    results.append(documentList(job, app));
    app.show({ kind: 'success', title: `${plural(job.result?.documents?.length ?? 0, 'document')} generated.`, whatToDo: 'Open or download them below, or publish them to the library.' });
  }
  panel.append(
    h('p', { class: 'muted' }, 'Builds the job descriptions, SOPs and org charts from the registers. Errors found by Check must be fixed first.'),
    h('div', { class: 'actions' }, button),
    results,
  );
}

function documentList(job: Job, app: App): HTMLElement {
  const documents = job.result?.documents ?? [];
  const departments = [...new Set(documents.map((d) => d.department ?? ''))].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
  return h(
    'div',
    { id: 'documents' },
    ...departments.map((department) =>
      h(
        'details',
        { class: 'group', open: true, 'data-department': department },
        h('summary', {}, department || 'Whole organisation'),
        h('ul', { class: 'docs' }, ...documents.filter((d) => (d.department ?? '') === department).map((d) => documentLink(d, app))),
      ),
    ),
  );
}

function documentLink(doc: JobDocument, app: App): HTMLElement {
  const name = doc.path.split('/').pop() ?? doc.path;
  const href = app.client.absolute(doc.url);
  const link = h('a', { href, download: name, target: '_blank', rel: 'noopener' }, `${KIND_LABEL[doc.kind]}: ${doc.subject}`);
  // In Entra mode the file needs the bearer token, which a plain link cannot carry: fetch it and hand over a blob.
  link.addEventListener('click', (e) => {
    e.preventDefault();
    void app.client
      .download(doc.url)
      .then((blob) => {
        const a = h('a', { href: URL.createObjectURL(blob), download: name });
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      })
      .catch(() => app.show({ kind: 'error', title: `${name} could not be downloaded.`, whatToDo: 'Generated files are kept for an hour: generate again and download it then.' }));
  });
  return h('li', {}, link);
}
