import type { Progress } from '../api/types';
import { h } from './dom';

/** A labelled progress bar for a service job, fed by its progress events. */
export function jobProgress(label: string): { element: HTMLElement; update(p: Progress): void } {
  const bar = h('progress', { max: '1', value: '0', 'aria-label': label });
  const text = h('span', { class: 'muted', 'aria-live': 'polite' }, 'Waiting for the service…');
  return {
    element: h('div', { class: 'card job-progress' }, h('h3', {}, label), bar, text),
    update(p: Progress) {
      bar.max = Math.max(1, p.total);
      bar.value = p.done;
      text.textContent = p.status === 'queued' ? 'Queued…' : `${p.done} of ${p.total} done`;
    },
  };
}
