import type { Job } from '../api/types';
import type { App } from './app';
import { h } from './dom';
import { save } from './documentsView';

/**
 * The records plan a job wrote because the user asked for it: Records Plan.xlsx for a records manager to review, and
 * the CSV a compliance admin imports into Microsoft Purview's file plan. Null when the job wrote none.
 */
export function recordsPlanView(job: Job, app: App): HTMLElement | null {
  const files = [
    { url: job.result?.recordsPlanUrl, name: 'Records Plan.xlsx', what: 'Excel tables to review' },
    { url: job.result?.filePlanUrl, name: 'Records Plan - Purview file plan.csv', what: "For Purview's file plan import" },
  ].filter((f): f is { url: string; name: string; what: string } => typeof f.url === 'string');
  if (files.length === 0) return null;
  const row = (file: { url: string; name: string; what: string }) => {
    const download = h('button', { type: 'button', class: 'link', 'aria-label': `Download ${file.name}` }, 'Download');
    download.addEventListener('click', () =>
      void app.client
        .download(file.url)
        .then(({ blob }) => save(blob, file.name))
        .catch(() => app.show({ kind: 'error', title: `${file.name} could not be downloaded.`, whatToDo: 'Generated files are kept for an hour: generate again and download it then.', fix: 'retry' })),
    );
    return h('div', { class: 'doc' }, h('span', { class: 'title' }, file.name), h('span', { class: 'doc-line2' }, h('span', { class: 'where' }, file.what), h('span', { class: 'doc-actions' }, download)));
  };
  return h(
    'section',
    { id: 'records-plan', class: 'card', 'aria-labelledby': 'records-plan-heading' },
    h('h2', { id: 'records-plan-heading' }, 'Records plan'),
    h('div', {}, ...files.map(row)),
  );
}
