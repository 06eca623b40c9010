import type { Finding, RegisterItem } from '../api/types';
import type { ReadResult } from './readRegisters';
import type { RegisterLayout } from './registerLayout';
import { keyForHeader, SHEETS } from './registerSchema';

/** A worksheet cell as 0-based indexes. */
export interface CellTarget {
  sheet: string;
  row: number;
  column: number;
}

/** The sheet of the schema a finding names (a register, or an optional sheet such as the Journey), as the schema spells it. */
const sheetOf = (finding: Finding): string | undefined => SHEETS.find((s) => s.name.toLowerCase() === finding.sheet.toLowerCase())?.name;

/**
 * Where a finding points, using the layout read from the user's own workbook (columns may be in any order, so the
 * service's default cell letter cannot be trusted). Without a row it points at the column's header. Every sheet the
 * pane read has a layout, so a finding on the optional Journey sheet points at its cell as a Tasks one does.
 */
export function cellForFinding(finding: Finding, layouts: Partial<Record<string, RegisterLayout>>): CellTarget | undefined {
  const register = sheetOf(finding);
  const layout = register ? layouts[register] : undefined;
  if (!register || !layout) return undefined;
  const key = finding.column ? keyForHeader(register, finding.column) : undefined;
  const column =
    (key !== undefined ? layout.columns[key] : undefined) ??
    (finding.column ? layout.headers[finding.column.trim().toLowerCase()] : undefined) ??
    layout.firstColumn;
  // The OpenAPI document lets a row arrive as a number or its text (System.Text.Json reads either).
  const number = Number(finding.row ?? 0);
  const row = number > 0 ? number - 1 : layout.headerRow;
  return { sheet: layout.sheet, row, column };
}

/** Activates the sheet and selects the cell, in one sync. */
export async function selectCell(context: Excel.RequestContext, target: CellTarget): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(target.row, target.column, 1, 1).select();
  await context.sync();
}

/** A finding's cell and, where its row has one, the value that names the row, so the row can be found again after edits. */
export interface FindingPlace extends CellTarget {
  key?: { column: number; value: string };
}

/** The columns that name a row, in order of preference (a task by its ID, or by its text where it has none). */
const IDENTITY: Readonly<Record<string, readonly string[]>> = {
  Departments: ['department'], Roles: ['role'], Tasks: ['id', 'task'], Processes: ['process'], Journey: ['stage'],
};

/** Where a finding points, with the value its row held when the registers were read. */
export function placeForFinding(finding: Finding, read: Pick<ReadResult, 'registers' | 'layouts'>): FindingPlace | undefined {
  const target = cellForFinding(finding, read.layouts);
  const register = sheetOf(finding);
  if (!target || !register || !finding.row) return target;
  const layout = read.layouts[register]!;
  const jsonKey = SHEETS.find((s) => s.name === register)!.jsonKey;
  const items = (read.registers as unknown as Record<string, RegisterItem[] | undefined>)[jsonKey];
  const item = Array.isArray(items) ? items.find((i) => Number(i.row) === Number(finding.row)) : undefined;
  for (const key of IDENTITY[register] ?? []) {
    const column = layout.columns[key];
    const value = item?.[key];
    if (column !== undefined && value !== undefined && String(value) !== '') return { ...target, key: { column, value: String(value) } };
  }
  return target;
}

/**
 * Selects a finding's cell in the row that holds its key value now (the nearest one to where it was, if the value
 * repeats), so deleting or sorting rows never sends the user to a different row. Answers false when the value is
 * no longer in the sheet. One sync reads the key column's used cells, one selects.
 */
export async function selectPlace(context: Excel.RequestContext, place: FindingPlace): Promise<boolean> {
  if (!place.key) {
    await selectCell(context, place);
    return true;
  }
  const sheet = context.workbook.worksheets.getItem(place.sheet);
  const column = sheet.getRangeByIndexes(0, place.key.column, 1, 1).getEntireColumn().getUsedRangeOrNullObject(true).load('values,rowIndex');
  await context.sync();
  if (column.isNullObject) return false;
  const wanted = place.key.value.trim();
  let best: number | undefined;
  column.values.forEach((row, i) => {
    const at = column.rowIndex + i;
    if (String(row[0] ?? '').trim() === wanted && (best === undefined || Math.abs(at - place.row) < Math.abs(best - place.row))) best = at;
  });
  if (best === undefined) return false;
  await selectCell(context, { sheet: place.sheet, row: best, column: place.column });
  return true;
}
