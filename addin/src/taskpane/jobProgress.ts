import type { Progress } from '../api/types';
import { h } from './dom';

/** A labelled progress bar for a service job, fed by its progress events; `announce` hears it (throttled by the app). */
export function jobProgress(label: string, announce: (text: string) => void, onCancel?: () => void): { element: HTMLElement; update(p: Progress): void } {
  const bar = h('progress', { max: '1', value: '0', 'aria-label': label });
  const text = h('span', { class: 'muted' }, 'Waiting for the service…');
  const cancel = onCancel && h('button', { type: 'button', class: 'secondary', id: 'job-cancel' }, 'Cancel');
  cancel?.addEventListener('click', () => {
    cancel.disabled = true;
    cancel.textContent = 'Cancelling…';
    onCancel!();
  });
  return {
    element: h('div', { class: 'card job-progress' }, h('h2', {}, label), bar, h('div', { class: 'progress-line' }, text, cancel)),
    update(p: Progress) {
      bar.max = Math.max(1, p.total);
      bar.value = p.done;
      text.textContent = p.status === 'queued' ? 'Queued…' : `${p.done} of ${p.total} done`;
      announce(`${label}: ${text.textContent}`);
    },
  };
}
