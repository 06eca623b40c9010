import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/api/types';
import { groupFindings, OPEN_UP_TO, ruleName, rowsFor, whereOf } from '../../src/taskpane/findingGroups';

const f = (over: Partial<Finding>): Finding => ({ cell: '', severity: 'warning', code: 'near-duplicate', sheet: 'Tasks', row: 2, column: 'Task', message: 'm', ...over });
const many = (n: number, over: Partial<Finding> = {}) => Array.from({ length: n }, (_, i) => f({ row: n + 1 - i, message: `Task ${i} looks like another`, ...over }));

describe('groupFindings', () => {
  it('GroupFindings_ByRule_ErrorsFirstThenBiggestEachInRowOrder', () => {
    const groups = groupFindings([...many(30), f({ severity: 'error', code: 'unknown-role', row: 9 }), f({ severity: 'error', code: 'unknown-role', row: 4 }), f({ code: 'vacant-role', sheet: 'Roles' })]);
    expect(groups.map((g) => [g.code, g.findings.length])).toEqual([['unknown-role', 2], ['near-duplicate', 30], ['vacant-role', 1]]);
    expect(groups[0]!.findings.map((x) => x.row)).toEqual([4, 9]);
    expect(groups[1]!.findings[0]!.row).toBe(2);
  });

  it('GroupFindings_SameCodeOnTwoSheets_AreTwoGroups', () => {
    expect(groupFindings([f({ sheet: 'Tasks' }), f({ sheet: 'Roles' })])).toHaveLength(2);
  });
});

describe('rowsFor', () => {
  const groups = groupFindings([...many(OPEN_UP_TO + 1), f({ severity: 'error', code: 'unknown-role', message: "The role 'Boss' is not in Roles." })]);

  it('RowsFor_BigGroupClosedSmallOpen', () => {
    const rows = rowsFor(groups, 'all', '', new Map());
    expect(rows.map((r) => r.kind)).toEqual(['group', 'finding', 'group']);
    expect(rows[2]).toMatchObject({ kind: 'group', open: false, shown: OPEN_UP_TO + 1 });
  });

  it('RowsFor_UserOpensBigGroup_ListsAllItsFindings', () => {
    const rows = rowsFor(groups, 'all', '', new Map([[groups[1]!.key, true]]));
    expect(rows.filter((r) => r.kind === 'finding')).toHaveLength(OPEN_UP_TO + 2);
  });

  it('RowsFor_FilterErrors_LeavesOutWarnings', () => {
    expect(rowsFor(groups, 'error', '', new Map()).every((r) => r.group.severity === 'error')).toBe(true);
    expect(rowsFor(groups, 'warning', '', new Map()).every((r) => r.group.severity === 'warning')).toBe(true);
  });

  it('RowsFor_Search_OpensMatchingGroupsAndCountsOnlyMatches', () => {
    const rows = rowsFor(groups, 'all', 'TASK 3 ', new Map());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ kind: 'group', shown: 1, open: true });
    expect(rowsFor(groups, 'all', 'nothing like this', new Map())).toEqual([]);
  });

  it('RowsFor_SearchByWhere_FindsTheRow', () => {
    expect(rowsFor(groups, 'all', 'tasks row 5,', new Map()).filter((r) => r.kind === 'finding')).toHaveLength(1);
  });
});

describe('wording', () => {
  it('RuleName_Kebab_ReadsAsWords', () => {
    expect(ruleName('unknown-role')).toBe('Unknown role');
    expect(ruleName('')).toBe('Finding');
  });

  it('WhereOf_RowColumnOrSheet', () => {
    expect(whereOf(f({ row: 6, column: 'Role' }))).toBe('Tasks row 6, Role');
    expect(whereOf(f({ row: null, column: 'Role' }))).toBe('Tasks, Role column');
    expect(whereOf(f({ row: null, column: null }))).toBe('Tasks');
  });
});
