import type { RegisterLayout } from './registerLayout';

/**
 * Listens for edits to the registers (Office's onChanged on each register's table, or on its sheet where it has no
 * table; ExcelApi 1.7) so the pane can say when what it shows is out of date. Each table or sheet is watched once
 * per pane: `watched` remembers which, and the handler calls whatever `onChange` currently is.
 */
export async function watchRegisters(context: Excel.RequestContext, layouts: readonly RegisterLayout[], watched: Set<string>, onChange: () => void): Promise<void> {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.7')) return;
  const fresh = layouts.filter((l) => !watched.has(watchKey(l)));
  if (fresh.length === 0) return;
  for (const layout of fresh) {
    const source = layout.table ? context.workbook.tables.getItem(layout.table) : context.workbook.worksheets.getItem(layout.sheet);
    source.onChanged.add(async () => onChange());
    watched.add(watchKey(layout));
  }
  await context.sync();
}

const watchKey = (l: RegisterLayout): string => (l.table ? `table:${l.table.toLowerCase()}` : `sheet:${l.sheet.toLowerCase()}`);
