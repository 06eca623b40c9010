import type { App } from './app';
import { h } from './dom';

/**
 * A primary button that runs one action through the app (busy state, errors shown in the message bar) and clears
 * the action's results area first, and again when the action fails, so a failed run never leaves a stale card.
 */
export function actionButton(app: App, results: HTMLElement, id: string, label: string, run: () => Promise<void>): HTMLButtonElement {
  const button = h('button', { class: 'primary', id, type: 'button' }, label) as HTMLButtonElement;
  button.addEventListener('click', () =>
    app.act(button, async () => {
      results.replaceChildren();
      try {
        await run();
      } catch (error) {
        results.replaceChildren();
        throw error;
      }
    }),
  );
  return button;
}
