import type { Finding } from '../api/types';
import { h } from './dom';
import { groupFindings, OPEN_UP_TO, ruleName, rowsFor, whereOf, type FindingGroup, type FindingRow, type SeverityFilter } from './findingGroups';
import { prefs } from './prefs';
import { SEVERITY_LABEL, severityIcon } from './severityIcon';
import { virtualList } from './virtualList';

const GROUP_HEIGHT = 60;
const FINDING_HEIGHT = 62;
const number = (n: number): string => n.toLocaleString('en-GB');

/**
 * The findings of a check: one line per rule with its count (big groups closed until asked for), a filter by
 * severity, a search, and a list that draws only what is on screen, so 24,000 findings cost what 20 do.
 */
export function findingsList(onSelect: (finding: Finding) => void): { element: HTMLElement; show(findings: readonly Finding[]): void } {
  let groups: FindingGroup[] = [];
  let filter = prefs.get('filter', 'all') as SeverityFilter;
  let search = '';
  /** Groups the user opened or closed; forgotten when the search changes (a search opens what it matches). */
  const chosen = new Map<string, boolean>();

  const list = virtualList<FindingRow>({
    id: 'findings-list',
    label: 'Findings',
    key: (row) => row.key,
    height: (row) => (row.kind === 'group' ? GROUP_HEIGHT : FINDING_HEIGHT),
    render: (row) => (row.kind === 'group' ? groupLine(row) : findingLine(row.finding)),
  });
  const filterButtons = (['all', 'error', 'warning'] as const).map((value) => {
    const button = h('button', { type: 'button', class: 'chip', 'data-filter': value, 'aria-pressed': String(filter === value) });
    button.addEventListener('click', () => {
      filter = value;
      prefs.set('filter', value);
      redraw();
    });
    return button;
  });
  const searchBox = h('input', { type: 'search', id: 'findings-search', placeholder: 'Search findings', 'aria-label': 'Search findings', autocomplete: 'off' });
  let pending = 0;
  searchBox.addEventListener('input', () => {
    clearTimeout(pending);
    pending = window.setTimeout(() => {
      search = searchBox.value;
      chosen.clear();
      redraw();
    }, 120);
  });
  const status = h('p', { class: 'muted small', id: 'findings-status' });
  const element = h(
    'section',
    { id: 'findings', 'aria-labelledby': 'findings-heading' },
    h('h2', { id: 'findings-heading' }, 'Findings'),
    h('div', { class: 'toolbar' }, h('div', { class: 'chips', role: 'group', 'aria-label': 'Show' }, ...filterButtons), searchBox),
    status,
    list.element,
  );

  function groupLine(row: Extract<FindingRow, { kind: 'group' }>): HTMLElement {
    const { group } = row;
    const first = group.findings[0]!;
    const count = row.shown === group.findings.length ? number(group.findings.length) : `${number(row.shown)} of ${number(group.findings.length)}`;
    const button = h(
      'button',
      { type: 'button', class: 'group-row', 'aria-expanded': String(row.open), 'data-code': group.code, 'data-severity': group.severity },
      severityIcon(group.severity),
      h(
        'span',
        { class: 'text' },
        h('span', { class: 'line1' }, h('strong', {}, ruleName(group.code)), h('span', { class: `count ${group.severity}` }, count)),
        h('span', { class: 'line2' }, `${SEVERITY_LABEL[group.severity]} in ${group.sheet}: ${first.message}`),
      ),
      h('span', { class: 'toggle' }, row.open ? 'Hide' : 'Show'),
    );
    button.addEventListener('click', () => {
      chosen.set(group.key, !row.open);
      redraw();
      (list.element.querySelector(`button.group-row[data-code="${CSS.escape(group.code)}"][data-severity="${group.severity}"]`) as HTMLElement | null)?.focus();
    });
    return button;
  }

  function findingLine(finding: Finding): HTMLElement {
    const button = h(
      'button',
      { type: 'button', class: 'finding', 'data-severity': finding.severity, 'data-code': finding.code },
      severityIcon(finding.severity),
      h('span', { class: 'text' }, h('span', { class: 'finding-text' }, finding.message), h('span', { class: 'where' }, `${SEVERITY_LABEL[finding.severity]} · ${whereOf(finding)}`)),
    );
    button.addEventListener('click', () => onSelect(finding));
    return button;
  }

  function redraw(): void {
    const counts = { all: 0, error: 0, warning: 0 };
    for (const g of groups) {
      counts.all += g.findings.length;
      if (g.severity === 'error' || g.severity === 'warning') counts[g.severity] += g.findings.length;
    }
    const names = { all: 'All', error: 'Errors', warning: 'Warnings' };
    for (const b of filterButtons) {
      const value = b.dataset.filter as SeverityFilter;
      b.textContent = `${names[value]} ${number(counts[value])}`;
      b.setAttribute('aria-pressed', String(filter === value));
    }
    const rows = rowsFor(groups, filter, search, chosen);
    const shownGroups = rows.filter((r) => r.kind === 'group');
    const shown = shownGroups.reduce((n, r) => n + (r.kind === 'group' ? r.shown : 0), 0);
    status.textContent =
      shownGroups.length === 0
        ? search.trim() ? `Nothing matches "${search.trim()}".` : 'Nothing to show with this filter.'
        : `${number(shown)} finding${shown === 1 ? '' : 's'} in ${number(shownGroups.length)} group${shownGroups.length === 1 ? '' : 's'}${shownGroups.some((r) => r.kind === 'group' && !r.open) ? `; groups over ${OPEN_UP_TO} open with Show` : ''}.`;
    list.setItems(rows);
  }

  return {
    element,
    show(findings) {
      groups = groupFindings(findings);
      chosen.clear();
      redraw();
    },
  };
}
