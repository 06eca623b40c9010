import { h } from './dom';

/** Fewest milliseconds between two polite announcements, so progress never floods a screen reader. */
export const ANNOUNCE_EVERY_MS = 3000;

/**
 * A visually hidden live region. Urgent text is said at once; other text at most every ANNOUNCE_EVERY_MS, the
 * latest one winning, so a job's progress is heard a few times, not once per document.
 */
export function announcer(): { element: HTMLElement; announce(text: string, urgent?: boolean): void } {
  const element = h('div', { class: 'visually-hidden', 'aria-live': 'polite', id: 'announcer' });
  let last = 0;
  let waiting: string | undefined;
  let timer = 0;
  const say = (text: string) => {
    last = Date.now();
    element.textContent = text;
  };
  return {
    element,
    announce(text, urgent = false) {
      if (urgent) {
        clearTimeout(timer);
        timer = 0;
        waiting = undefined;
        say(text);
        return;
      }
      const wait = last + ANNOUNCE_EVERY_MS - Date.now();
      if (wait <= 0) return say(text);
      waiting = text;
      if (!timer) {
        timer = window.setTimeout(() => {
          timer = 0;
          if (waiting !== undefined) say(waiting);
          waiting = undefined;
        }, wait);
      }
    },
  };
}
