import type { App } from './app';
import { h } from './dom';

/** The first-run card for a workbook without registers: create them empty, or start from the sample organisation. */
export function welcomeCard(app: App, thenCheck: () => Promise<void>): HTMLElement {
  const create = h('button', { class: 'primary', type: 'button', id: 'welcome-create' }, 'Create registers');
  const sample = h('button', { class: 'secondary', type: 'button', id: 'welcome-sample' }, 'Start from the sample');
  const card = h(
    'section',
    { class: 'card welcome', id: 'welcome', 'aria-labelledby': 'welcome-heading' },
    h('h2', { id: 'welcome-heading' }, 'Welcome to OfficeInfra'),
    h('p', {}, 'This workbook has no registers yet. OfficeInfra keeps your organisation in four Excel tables (Departments, Roles, Tasks and Processes) and makes job descriptions, SOPs and org charts from them.'),
    h('div', { class: 'actions' }, create, sample),
  );
  const setUp = (button: HTMLButtonElement, withSample: boolean) =>
    app.act(button, async () => {
      await app.workbook.setup({ sample: withSample });
      app.show(
        withSample
          ? { kind: 'success', title: 'The sample organisation is in the four registers.', whatToDo: 'Here is what Check makes of it; change anything, then check again.' }
          : { kind: 'success', title: 'The four registers are ready.', whatToDo: 'Fill in Departments and Roles first, then Tasks and Processes; then check.' },
      );
      if (withSample) await thenCheck();
      else await app.read().then(() => card.replaceWith(h('p', { class: 'muted', id: 'welcome-done' }, 'Registers created: nothing to check yet.')));
    });
  create.addEventListener('click', () => void setUp(create, false));
  sample.addEventListener('click', () => void setUp(sample, true));
  return card;
}
