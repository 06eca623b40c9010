import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/api/types';
import type { RegisterLayout } from '../../src/excel/registerLayout';
import { cellForFinding, placeForFinding, selectCell } from '../../src/excel/selectCell';

const tasks: RegisterLayout = { register: 'Tasks', sheet: 'tasks', headerRow: 2, columns: { task: 1, role: 4 }, headers: { task: 1, role: 4, notes: 7 }, firstColumn: 1 };
const finding = (over: Partial<Finding>): Finding => ({ cell: '', severity: 'error', code: 'unknown-role', sheet: 'Tasks', row: 14, column: 'Role', message: 'x', ...over });

describe('cellForFinding', () => {
  it('CellForFinding_ColumnMovedInUsersSheet_PointsAtWhereItReallyIs', () => {
    expect(cellForFinding(finding({}), { Tasks: tasks })).toEqual({ sheet: 'tasks', row: 13, column: 4 });
  });

  it('CellForFinding_NoRow_PointsAtTheHeader', () => {
    expect(cellForFinding(finding({ row: null, column: 'Task' }), { Tasks: tasks })).toEqual({ sheet: 'tasks', row: 2, column: 1 });
  });

  it('CellForFinding_OnTheJourneySheet_PointsAtItsCellAndKeysTheRowByItsStage', () => {
    const journey: RegisterLayout = { register: 'Journey', sheet: 'Journey', headerRow: 0, columns: { stage: 1, backStage: 6 }, headers: { stage: 1, 'back stage': 6 }, firstColumn: 0 };
    const onJourney = finding({ code: 'unknown-process', sheet: 'Journey', row: 3, column: 'Back Stage' });
    expect(cellForFinding(onJourney, { Journey: journey })).toEqual({ sheet: 'Journey', row: 2, column: 6 });
    const registers = { departments: [], roles: [], tasks: [], processes: [], journey: [{ stage: 'Order', row: 3 }] };
    expect(placeForFinding(onJourney, { registers, layouts: { Journey: journey } })).toEqual({ sheet: 'Journey', row: 2, column: 6, key: { column: 1, value: 'Order' } });
  });

  it('CellForFinding_UnknownSheet_IsUndefined', () => {
    expect(cellForFinding(finding({ sheet: 'Budget' }), { Tasks: tasks })).toBeUndefined();
  });
});

describe('selectCell (office-addin-mock)', () => {
  it('SelectCell_Target_ActivatesSheetAndSelectsOneCellInOneSync', async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => ({ select: () => calls.push(`select ${r},${c},${rows}x${cols}`) }),
            }),
          },
        },
      },
    });
    const context = (mock as unknown as { context: { sync(): Promise<void> } }).context;
    let syncs = 0;
    const sync = context.sync.bind(context);
    context.sync = async () => {
      syncs++;
      await sync();
    };
    await selectCell(context as unknown as Excel.RequestContext, { sheet: 'Tasks', row: 13, column: 3 });
    expect(calls).toEqual(['activate Tasks', 'select 13,3,1x1']);
    expect(syncs).toBe(1);
  });
});
