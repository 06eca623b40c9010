import type { Finding, Severity } from '../api/types';

/** The findings of one rule on one sheet: what the list shows as one line with a count. */
export interface FindingGroup {
  key: string;
  code: string;
  severity: Severity;
  sheet: string;
  findings: Finding[];
}

export type SeverityFilter = 'all' | 'error' | 'warning';

/** One line of the findings list: a rule's heading, or one finding under an opened heading. */
export type FindingRow =
  | { kind: 'group'; key: string; group: FindingGroup; shown: number; open: boolean }
  | { kind: 'finding'; key: string; group: FindingGroup; finding: Finding };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

/** Groups by rule (severity, code and sheet): errors first, then the biggest groups, each group in row order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.severity}|${finding.code}|${finding.sheet}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, code: finding.code, severity: finding.severity, sheet: finding.sheet, findings: [] }));
    group.findings.push(finding);
  }
  for (const group of groups.values()) group.findings.sort((a, b) => Number(a.row ?? 0) - Number(b.row ?? 0));
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings.length - a.findings.length || a.key.localeCompare(b.key));
}

/** "unknown-role" reads as "Unknown role". */
export const ruleName = (code: string): string => {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Finding';
};

/** Where a finding is, as the list writes it: "Tasks row 6, Role". */
export const whereOf = (f: Finding): string => (f.row ? `${f.sheet} row ${f.row}${f.column ? `, ${f.column}` : ''}` : f.column ? `${f.sheet}, ${f.column} column` : f.sheet);

function matches(finding: Finding, query: string): boolean {
  return !query || finding.message.toLowerCase().includes(query) || whereOf(finding).toLowerCase().includes(query) || finding.code.includes(query);
}

/** Groups no bigger than this start open; bigger ones show their count and open on request. */
export const OPEN_UP_TO = 10;

/**
 * The lines to draw: each group passing the filter that has a finding matching the search, with its findings when
 * it is open (a search opens every group it matches). `chosen` holds the groups the user opened (true) or closed.
 */
export function rowsFor(groups: readonly FindingGroup[], filter: SeverityFilter, search: string, chosen: ReadonlyMap<string, boolean>): FindingRow[] {
  const query = search.trim().toLowerCase();
  const rows: FindingRow[] = [];
  for (const group of groups) {
    if (filter !== 'all' && group.severity !== filter) continue;
    const shown = query ? group.findings.filter((f) => matches(f, query)) : group.findings;
    if (shown.length === 0) continue;
    const open = chosen.get(group.key) ?? (query !== '' || group.findings.length <= OPEN_UP_TO);
    rows.push({ kind: 'group', key: group.key, group, shown: shown.length, open });
    if (open) shown.forEach((finding, i) => rows.push({ kind: 'finding', key: `${group.key}|${i}|${finding.row ?? ''}`, group, finding }));
  }
  return rows;
}
