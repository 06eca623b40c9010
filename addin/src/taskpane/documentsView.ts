import type { Job, JobDocument } from '../api/types';
import { officeHost } from '../excel/officeHost';
import type { App } from './app';
import { h, plural } from './dom';
import { virtualList } from './virtualList';

const KIND_LABEL: Record<JobDocument['kind'], string> = {
  'org-chart': 'Org chart',
  'job-description': 'Job description',
  sop: 'SOP',
  'service-blueprint': 'Customer journey',
  'business-systems': 'Business systems',
  'delegation-report': 'Delegation report',
};
const ROW_HEIGHT = 56;
/** The workbook setting holding the last job's list, until its files expire. */
export const LAST_JOB_SETTING = 'officeinfra.lastJob';
/** The service keeps a finished job's files this long by default (Jobs:RetainFor); a job does not say. */
const DEFAULT_RETAIN_MS = 60 * 60 * 1000;
/** Beyond this many documents the list is not kept in the workbook (settings are small). */
const KEEP_AT_MOST = 5000;

/** What is kept of a job in the workbook: enough to show, open and download its documents until they expire. */
export interface KeptJob {
  id: string;
  expiresAt: string;
  zipUrl?: string;
  documents: ShownDocument[];
}

/** A document as the pane lists it: the job's line and, from the records, its version. */
export type ShownDocument = JobDocument & { version?: number };

export function keptJobFrom(job: Job, versions?: Map<string, number>, now = Date.now()): KeptJob {
  // The job does not say when its files go (Jobs:RetainFor): assume the service's default after it finished.
  const finished = job.finishedAt ? Date.parse(job.finishedAt) : now;
  const expiresAt = new Date((Number.isNaN(finished) ? now : finished) + DEFAULT_RETAIN_MS).toISOString();
  return { id: job.id, expiresAt, ...(job.result?.zipUrl ? { zipUrl: job.result.zipUrl } : {}), documents: (job.result?.documents ?? []).map((d) => {
    const version = versions?.get(d.path);
    return version === undefined ? d : { ...d, version };
  }) };
}

/** The last job's list from the workbook, or undefined when there is none or its files have expired (then it is forgotten). */
export function loadKeptJob(now = Date.now()): KeptJob | undefined {
  const kept = officeHost.readSetting<KeptJob>(LAST_JOB_SETTING);
  if (!kept) return undefined;
  if (!(Date.parse(kept.expiresAt) > now)) {
    void officeHost.writeSetting(LAST_JOB_SETTING, undefined);
    return undefined;
  }
  return kept;
}

export function keepJob(kept: KeptJob): Promise<void> {
  return officeHost.writeSetting(LAST_JOB_SETTING, kept.documents.length <= KEEP_AT_MOST ? kept : undefined);
}

/** How a document is named in lists: "Job description: Technician". */
export const documentLabel = (doc: JobDocument): string => `${KIND_LABEL[doc.kind]}: ${doc.subject}`;

/** An Open link for a document or page, through Office's own browser window where the host has one. */
export function openLink(target: string, label: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  const open = h('a', { href: target, target: '_blank', rel: 'noopener', 'aria-label': `Open ${label}`, ...attributes }, 'Open');
  open.addEventListener('click', (e) => {
    // Office's webview may not follow links out; its own browser window is the dependable way where it exists.
    if (officeHost.openInBrowser(target)) e.preventDefault();
  });
  return open;
}

/** Saves a blob through a temporary link (the pane cannot write files itself). */
export function save(blob: Blob, name: string): void {
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/**
 * A job's documents: Download all (one zip), a search, and a list drawing only what is on screen where each
 * document can be opened (in the browser, through Office where the host allows) or downloaded.
 */
export function documentsView(kept: KeptJob, app: App, note?: string): HTMLElement {
  const documents = kept.documents;
  const search = h('input', { type: 'search', id: 'documents-search', placeholder: 'Search documents', 'aria-label': 'Search documents', autocomplete: 'off' });
  const count = h('p', { class: 'muted small', id: 'documents-count' }, `${plural(documents.length, 'document')}.`);
  const list = virtualList<ShownDocument>({ id: 'documents-list', label: 'Documents', key: (d) => d.path, height: () => ROW_HEIGHT, render: (d) => documentRow(d) });
  const downloadAll = kept.zipUrl ? h('button', { type: 'button', class: 'primary', id: 'download-all' }, 'Download all') : null;
  downloadAll?.addEventListener('click', () =>
    app.act(downloadAll, async () => {
      const { blob, filename } = await app.client.download(kept.zipUrl!);
      save(blob, filename ?? 'documents.zip');
      app.announce('Download started.', true);
    }),
  );

  function documentRow(doc: ShownDocument): HTMLElement {
    const name = doc.path.split('/').pop() ?? doc.path;
    const label = documentLabel(doc);
    const open = openLink(doc.webUrl ?? app.client.absolute(doc.url), label);
    const download = h('button', { type: 'button', class: 'link', 'aria-label': `Download ${label}` }, 'Download');
    // In Entra mode the file needs the bearer token, which a plain link cannot carry: fetch it and hand over a blob.
    download.addEventListener('click', () =>
      void app.client
        .download(doc.url)
        .then(({ blob }) => save(blob, name))
        .catch(() => app.show({ kind: 'error', title: `${name} could not be downloaded.`, whatToDo: 'Generated files are kept for an hour: generate again and download it then.', fix: 'retry' })),
    );
    return h(
      'div',
      { class: 'doc', 'data-kind': doc.kind },
      h('span', { class: 'title', title: label }, label),
      h('span', { class: 'doc-line2' }, h('span', { class: 'where' }, doc.department ?? 'Whole organisation', doc.version === undefined ? null : h('span', { class: 'version' }, ` · Version ${doc.version}`)), h('span', { class: 'doc-actions' }, open, download)),
    );
  }

  let pending = 0;
  const filter = () => {
    const query = search.value.trim().toLowerCase();
    const shown = query ? documents.filter((d) => `${KIND_LABEL[d.kind]} ${d.subject} ${d.department ?? ''} ${d.path}`.toLowerCase().includes(query)) : documents;
    count.textContent = query ? `${plural(shown.length, 'document')} of ${documents.length} match.` : `${plural(documents.length, 'document')}.`;
    list.setItems(shown);
  };
  search.addEventListener('input', () => {
    clearTimeout(pending);
    pending = window.setTimeout(filter, 120);
  });
  const expires = new Date(kept.expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const element = h(
    'section',
    { id: 'documents', class: 'card', 'aria-labelledby': 'documents-heading' },
    h('h2', { id: 'documents-heading' }, 'Documents'),
    note ? h('p', { class: 'muted small' }, note) : null,
    h('p', { class: 'muted small' }, `The service keeps these files until ${expires}.`),
    h('div', { class: 'toolbar' }, downloadAll, search),
    count,
    list.element,
  );
  list.setItems(documents);
  return element;
}
