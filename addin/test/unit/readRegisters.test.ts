import { beforeEach, describe, expect, it } from 'vitest';
import { CELLS_PER_SYNC, readRegisters } from '../../src/excel/readRegisters';
import { installFakeOffice, type FakeModel } from '../fake/fakeOffice';

let model: FakeModel;
const read = () => Excel.run((context) => readRegisters(context));

function fourRegisters(m: FakeModel): void {
  m.addTable('Departments', 'Departments', [['Department', 'Head', 'Access'], ['Operations', 'COO', 'Internal']]);
  m.addTable('Roles', 'Roles', [['Role', 'Department', 'Status'], ['COO', 'Operations', 'Filled'], ['', '', ''], ['Technician', 'Operations', 'Vacant']]);
  m.addTable('Tasks', 'Tasks', [['Task', 'Department', 'Role'], ['Ship orders', 'Operations', 'Technician']]);
  m.addTable('Processes', 'Processes', [['Process', 'Department', 'KPI'], ['Order to Delivery', 'Operations', '']]);
}

describe('readRegisters', () => {
  beforeEach(() => {
    model = installFakeOffice();
  });

  it('ReadRegisters_OptionalSheets_OrganisationRowAndJourneyStagesTravelWhenPresent', async () => {
    fourRegisters(model);
    expect((await read()).registers).not.toHaveProperty('journey');
    model.addTable('Organisation', 'Organisation', [['Name', 'Language', 'Review Interval'], ['Contoso Ltd', 'tr', 24]]);
    model.addTable('Journey', 'Journey', [['Phase', 'Stage', 'Pain Point'], ['Buy', 'Order', 'Slow answers'], ['', '', '']]);
    const result = await read();
    expect(result.missing).toEqual([]);
    expect(result.registers.organisation).toEqual({ name: 'Contoso Ltd', language: 'tr', reviewInterval: '24', row: 2 });
    expect(result.registers.journey).toEqual([{ phase: 'Buy', stage: 'Order', painPoint: 'Slow answers', row: 2 }]);
    expect(result.rows).toBe(5);
  });

  it('ReadRegisters_FourTables_ReturnsItemsWithWorksheetRows', async () => {
    fourRegisters(model);
    const result = await read();
    expect(result.missing).toEqual([]);
    expect(result.registers.roles).toEqual([
      { role: 'COO', department: 'Operations', status: 'Filled', row: 2 },
      { role: 'Technician', department: 'Operations', status: 'Vacant', row: 4 },
    ]);
    expect(result.registers.departments[0]).toEqual({ department: 'Operations', head: 'COO', access: 'Internal', row: 2 });
  });

  it('ReadRegisters_SmallWorkbook_UsesThreeSyncsWhateverTheSheetCount', async () => {
    fourRegisters(model);
    await read();
    // find tables, measure them, read all values (+ the closing sync of Excel.run, which has nothing queued)
    expect(model.syncs).toBe(4);
  });

  it('ReadRegisters_ColumnsInAnyOrderWithUnknownOnesAndOddCase_MatchesByHeader', async () => {
    fourRegisters(model);
    model.sheets.find((s) => s.name === 'Tasks')!.tables = [];
    model.sheets.find((s) => s.name === 'Tasks')!.cells.clear();
    model.addTable('Tasks', 'TASKS', [['Notes', ' role ', 'TASK', 'department', 'Step'], ['x', 'Technician', 'Ship 📦 orders', 'Operations', 2]], 'B3');
    const result = await read();
    expect(result.registers.tasks).toEqual([{ role: 'Technician', task: 'Ship 📦 orders', department: 'Operations', step: '2', row: 4 }]);
    expect(result.layouts.Tasks).toMatchObject({ sheet: 'Tasks', headerRow: 2, columns: { role: 2, task: 3, department: 4, step: 5 } });
  });

  it('ReadRegisters_SheetWithoutTable_UsesFirstNonEmptyRowAsHeader', async () => {
    fourRegisters(model);
    const sheet = model.sheets.find((s) => s.name === 'Processes')!;
    sheet.tables = [];
    sheet.cells.clear();
    model.addTable('Processes', null, [['Process', 'Department'], ['Hiring', 'HR']], 'A5');
    const result = await read();
    expect(result.registers.processes).toEqual([{ process: 'Hiring', department: 'HR', row: 6 }]);
  });

  it('ReadRegisters_MissingSheets_ReportsThemByName', async () => {
    model.addTable('Departments', 'Departments', [['Department'], ['Ops']]);
    const result = await read();
    expect(result.missing).toEqual(['Roles', 'Tasks', 'Processes']);
  });

  it('ReadRegisters_20000Tasks_ReadsInBlocksUnderThePayloadCap', async () => {
    fourRegisters(model);
    const rows = [['ID', 'Task', 'Department', 'Role', 'Process', 'Step', 'Frequency', 'Tools', 'Currently Done By']];
    for (let i = 0; i < 20_000; i++) rows.push([`T${i}`, `Task ${i}`, 'Operations', 'Technician', '', '', 'Daily', '', '']);
    model.sheets.find((s) => s.name === 'Tasks')!.tables = [];
    model.addTable('Tasks', 'Tasks', rows);
    const result = await read();
    expect(result.registers.tasks).toHaveLength(20_000);
    expect(result.registers.tasks[19_999]).toMatchObject({ id: 'T19999', row: 20_001 });
    expect(model.maxCellsPerSync).toBeLessThanOrEqual(CELLS_PER_SYNC);
    expect(model.syncs).toBeLessThanOrEqual(2 + Math.ceil((20_001 * 9) / CELLS_PER_SYNC) + 2);
  });
});
