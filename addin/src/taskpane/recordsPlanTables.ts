import type { PlanTable } from '../api/types';
import { h } from './dom';

/**
 * The records plan as the service sends it (the same rows Records Plan.xlsx holds): each table folded under its name
 * and row count, Folders open. A table's rows are drawn the first time it is opened, so a 2,000-document plan costs
 * nothing until someone asks to see it. Wide tables scroll sideways inside the pane rather than squeezing their words.
 */
export function recordsPlanTables(tables: PlanTable[]): HTMLElement {
  return h(
    'section',
    { class: 'card', id: 'records-plan-tables', 'aria-labelledby': 'records-plan-tables-heading' },
    h('h2', { id: 'records-plan-tables-heading' }, 'Records plan'),
    h('p', { class: 'muted small' }, 'Every folder with its access and retention label, every document with its library columns, and the retention labels, as Records Plan.xlsx lists them.'),
    ...tables.map((table, i) => folded(table, i === 0)),
  );
}

function folded(table: PlanTable, open: boolean): HTMLElement {
  const id = `records-plan-${table.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const details = h('details', { class: 'records-table', id }, h('summary', {}, `${table.name} (${table.rows.length})`));
  let drawn = false;
  const draw = () => {
    if (drawn || !details.open) return;
    drawn = true;
    details.append(h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': table.name }, tableOf(table)));
  };
  details.addEventListener('toggle', draw);
  details.open = open;
  draw();
  return details;
}

function tableOf(table: PlanTable): HTMLElement {
  return h(
    'table',
    { class: 'plan records' },
    h('caption', { class: 'visually-hidden' }, table.name),
    h('thead', {}, h('tr', {}, ...table.headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...row.map((value, i) => (i === 0 ? h('th', { scope: 'row' }, value) : h('td', {}, value)))))),
  );
}
