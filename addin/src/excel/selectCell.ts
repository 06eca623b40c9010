import type { Finding } from '../api/types';
import type { RegisterLayout } from './registerLayout';
import { keyForHeader, REGISTER_NAMES, type RegisterName } from './registerSchema';

/** A worksheet cell as 0-based indexes. */
export interface CellTarget {
  sheet: string;
  row: number;
  column: number;
}

/**
 * Where a finding points, using the layout read from the user's own workbook (columns may be in any order, so the
 * service's default cell letter cannot be trusted). Without a row it points at the column's header.
 */
export function cellForFinding(finding: Finding, layouts: Partial<Record<RegisterName, RegisterLayout>>): CellTarget | undefined {
  const register = REGISTER_NAMES.find((r) => r.toLowerCase() === finding.sheet.toLowerCase());
  const layout = register ? layouts[register] : undefined;
  if (!register || !layout) return undefined;
  const key = finding.column ? keyForHeader(register, finding.column) : undefined;
  const column =
    (key !== undefined ? layout.columns[key] : undefined) ??
    (finding.column ? layout.headers[finding.column.trim().toLowerCase()] : undefined) ??
    layout.firstColumn;
  const row = finding.row && finding.row > 0 ? finding.row - 1 : layout.headerRow;
  return { sheet: layout.sheet, row, column };
}

/** Activates the sheet and selects the cell, in one sync. */
export async function selectCell(context: Excel.RequestContext, target: CellTarget): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(target.row, target.column, 1, 1).select();
  await context.sync();
}
