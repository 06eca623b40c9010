import { beforeEach, describe, expect, it } from 'vitest';
import { readRegisters } from '../../src/excel/readRegisters';
import { COLUMNS, SAMPLE_ROWS, SHEETS, VACANT_ROLES } from '../../src/excel/registerSchema';
import { setupRegisters } from '../../src/excel/setupRegisters';
import { installFakeOffice, type FakeModel } from '../fake/fakeOffice';

let model: FakeModel;
const setup = (sample = false) => Excel.run((context) => setupRegisters(context, { sample }));
const snapshot = () => JSON.stringify(model.sheets.map((s) => [s.name, [...s.cells.entries()].sort()]));

describe('setupRegisters', () => {
  beforeEach(() => {
    model = installFakeOffice();
  });

  it('Setup_EmptyWorkbook_CreatesTheRegistersAndOrganisationWithSpecHeadersAndFrozenHeaderRows', async () => {
    const report = await setup();
    expect(report.createdRegisters).toEqual(['Departments', 'Roles', 'Tasks', 'Processes', 'Organisation', 'Journey']);
    for (const { name } of SHEETS) {
      const sheet = model.sheet(name)!;
      expect(sheet.tables.map((t) => t.name)).toEqual([name]);
      expect(model.values(name)![0]).toEqual(COLUMNS[name]!.map((c) => c.header));
      expect(sheet.frozenRows).toBe(1);
    }
  });

  it('Setup_EmptyWorkbook_BindsDropDownsToOtherRegisters', async () => {
    await setup();
    const roles = model.sheet('Roles')!;
    const sourceAt = (column: number) => roles.validations.find((v) => v.c === column)?.rule.list.source;
    expect(sourceAt(1)).toBe('=DepartmentList');
    expect(sourceAt(2)).toBe('=RoleList');
    expect(sourceAt(3)).toBe('Employee,Outsourced,Freelancer,Intern,Volunteer');
    expect(sourceAt(0)).toBeUndefined();
    expect(model.sheet('Tasks')!.validations.find((v) => v.c === 4)?.rule.list.source).toBe('=ProcessList');
    expect(model.names).toEqual({ DepartmentList: '=Departments[Department]', ProcessList: '=Processes[Process]', RoleList: '=Roles[Role]' });
    expect(roles.validations.find((v) => v.c === 1)?.errorAlert).toEqual({ showAlert: true, style: 'Warning', title: 'Not in the list', message: 'Pick a value from the Departments register, or add it there first.' });
  });

  it('Setup_EmptyWorkbook_MarksVacantRolesRed', async () => {
    await setup();
    const [format] = model.sheet('Roles')!.conditionalFormats;
    expect(format).toBeDefined();
    expect(format!.cf.custom.rule.formula).toBe('=AND($A2<>"",OR(TRIM($E2)="Vacant",AND(TRIM($E2)="",TRIM($F2)="")))');
    expect(format!.cf.custom.format.fill.color).toBe('#FFC7CE');
    expect(format!.cf.custom.rule.formula).toBe(VACANT_ROLES.formula);
    expect(model.sheet('Tasks')!.conditionalFormats).toHaveLength(0);
  });

  it('Setup_WithSample_RegistersReadBackWithTheSampleOrganisation', async () => {
    const report = await setup(true);
    expect(report.sampleFilled).toBe(true);
    const read = await Excel.run((context) => readRegisters(context));
    expect(read.registers.departments.map((d) => d.department)).toEqual(['Operations', 'Legal Compliance', 'Accounting', 'Technology', 'Marketing', 'Human Resources']);
    expect(read.registers.roles.find((r) => r.role === 'Bookkeeper')?.holder).toBe('Ayşe Yılmaz');
    expect(read.registers.tasks).toHaveLength(SAMPLE_ROWS.Tasks!.length);
    expect(read.registers.organisation).toEqual({ name: 'Contoso Ltd', language: 'en', reviewInterval: '12', row: 2 });
  });

  it('Setup_ExistingTableMissingColumns_AddsOnlyThoseAndKeepsTheData', async () => {
    model.addTable('Tasks', 'Tasks', [['Task', 'department', 'My notes'], ['Ship orders', 'Ops', 'keep me'], ['Pay bills', 'Finance', '']]);
    const before = model.values('Tasks')!;
    const report = await setup();
    expect(report.addedColumns).toEqual([{ register: 'Tasks', columns: ['ID', 'Role', 'Process', 'Step', 'Frequency', 'Tools', 'Currently Done By'] }]);
    const after = model.values('Tasks')!;
    before.forEach((row, i) => row.forEach((v, j) => expect(after[i]![j]).toBe(v)));
    expect(after[0]!.slice(3)).toEqual(['ID', 'Role', 'Process', 'Step', 'Frequency', 'Tools', 'Currently Done By']);
    expect(report.createdRegisters).toEqual(['Departments', 'Roles', 'Processes', 'Organisation', 'Journey']);
  });

  it('Setup_SheetWithDataButNoTable_AddsMissingHeaderCellsAndNoTable', async () => {
    model.addTable('Processes', null, [['Process', 'Department', 'KPI', 'Target'], ['Hiring', 'HR', 'Days to fill', '45']], 'B2');
    const report = await setup();
    expect(report.addedColumns).toEqual([{ register: 'Processes', columns: ['System', 'Owner', 'Trigger', 'Outcome', 'Tools', 'Approved By'] }]);
    const sheet = model.sheet('Processes')!;
    expect(sheet.tables).toHaveLength(0);
    expect(model.values('Processes')![2]).toEqual(['', 'Hiring', 'HR', 'Days to fill', '45', '', '', '', '', '', '']);
    expect(model.values('Processes')![1]!.slice(5)).toEqual(['System', 'Owner', 'Trigger', 'Outcome', 'Tools', 'Approved By']);
  });

  it('Setup_CompleteWorkbook_ChangesNothing', async () => {
    await setup(true);
    const before = snapshot();
    const report = await setup(true);
    expect(report).toMatchObject({ createdRegisters: [], addedColumns: [], sampleFilled: false });
    expect(snapshot()).toBe(before);
  });

  it('Setup_SampleAskedOnWorkbookWithRegisters_LeavesTheSampleOut', async () => {
    model.addTable('Departments', 'Departments', [['Department'], ['Ops']]);
    const report = await setup(true);
    expect(report.sampleFilled).toBe(false);
    expect(model.values('Roles')).toHaveLength(1);
  });

  it('Setup_ExcelWithoutApi18_SkipsDropDownsAndSaysSo', async () => {
    model.requirementSets.ExcelApi = 1.7;
    const report = await setup();
    expect(report.skipped).toEqual(['drop-down lists (need ExcelApi 1.8)']);
    expect(model.sheet('Roles')!.validations).toHaveLength(0);
    expect(model.sheet('Roles')!.conditionalFormats).toHaveLength(1);
  });
});
