import type { RegisterItem, RegistersJson } from '../api/types';
import type { RegisterLayout } from './registerLayout';
import { keyForHeader, normaliseHeader, ORGANISATION, REGISTER_NAMES, type RegisterName } from './registerSchema';

/** Registers as JSON for the service, where each one sits, and which registers the workbook lacks. */
export interface ReadResult {
  registers: RegistersJson;
  /** Where each register (and the Organisation sheet, when there is one) sits, by sheet name. */
  layouts: Partial<Record<string, RegisterLayout>>;
  missing: RegisterName[];
  rows: number;
}

/**
 * Cells per request. Excel on the web caps one response at 5 MB; 50,000 cells leaves room for about 100 bytes a
 * cell (JSON quoting included), so 20,000 task rows of nine columns travel in four responses.
 */
export const CELLS_PER_SYNC = 50_000;

/** Where each register sits in the registers JSON. */
export const JSON_KEY: Record<RegisterName, keyof Omit<RegistersJson, 'organisation'>> = {
  Departments: 'departments',
  Roles: 'roles',
  Tasks: 'tasks',
  Processes: 'processes',
};

interface Located {
  name: string;
  table?: string;
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

interface Block {
  located: Located;
  startRow: number;
  rowCount: number;
  startColumn: number;
  columnCount: number;
  range?: Excel.Range;
}

/**
 * Reads all four registers in one pass: one sync finds the tables and sheets, one sync measures them, then the
 * cell values are read in blocks grouped so that each sync stays under the payload cap (a small workbook needs
 * exactly one). Registers are found by table name first, then by sheet name, case-insensitively (SPEC §2).
 */
export async function readRegisters(context: Excel.RequestContext): Promise<ReadResult> {
  const tables = context.workbook.tables.load('items/name');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();

  const located: Located[] = [];
  const missing: RegisterName[] = [];
  // The Organisation sheet is optional (SPEC §2): its one row becomes the registers' `organisation` object.
  for (const name of [...REGISTER_NAMES, ORGANISATION]) {
    const table = tables.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const sheet = sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (table) {
      table.worksheet.load('name');
      located.push({ name, table: table.name, sheet: table.worksheet, range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount') });
    } else if (sheet) {
      // The used range (values only) starts at the first non-empty row, which SPEC §2 takes as the header.
      located.push({ name, sheet, range: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') });
    } else if (name !== ORGANISATION) {
      missing.push(name as RegisterName);
    }
  }
  await context.sync();

  const blocks = planBlocks(located.filter((l) => !l.range.isNullObject));
  // One sync per payload-sized group of blocks, never per row or per sheet: the group count is set by size alone
  // (one for any workbook under CELLS_PER_SYNC cells). A single sync for 20,000 rows would exceed Excel on the
  // web's 5 MB response cap, which is why the batching rule is waived for this one loop.
  for (const group of groupBySize(blocks)) {
    for (const block of group) {
      block.range = block.located.sheet
        .getRangeByIndexes(block.startRow, block.startColumn, block.rowCount, block.columnCount)
        .load('values');
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- payload cap, see above
    await context.sync();
  }

  const registers: RegistersJson = { departments: [], roles: [], tasks: [], processes: [] };
  const layouts: ReadResult['layouts'] = {};
  let rows = 0;
  for (const l of located) {
    const own = blocks.filter((b) => b.located === l);
    const values = own.flatMap((b) => (b.range?.values ?? []) as unknown[][]);
    const layout = layoutOf(l, values[0] ?? []);
    layouts[l.name] = layout;
    const items = toItems(l.name, values, l.range.isNullObject ? 0 : l.range.rowIndex);
    if (l.name === ORGANISATION) {
      if (items[0]) registers.organisation = items[0];
      continue;
    }
    registers[JSON_KEY[l.name as RegisterName]] = items;
    rows += items.length;
  }
  for (const l of located.filter((x) => x.range.isNullObject)) {
    layouts[l.name] = { register: l.name, sheet: l.sheet.name, ...(l.table ? { table: l.table } : {}), headerRow: 0, columns: {}, headers: {}, firstColumn: 0 };
  }
  return { registers, layouts, missing, rows };
}

function planBlocks(located: Located[]): Block[] {
  const blocks: Block[] = [];
  for (const l of located) {
    const { rowIndex, columnIndex, rowCount, columnCount } = l.range;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, columnCount)));
    for (let start = 0; start < rowCount; start += rowsPerBlock) {
      blocks.push({ located: l, startRow: rowIndex + start, rowCount: Math.min(rowsPerBlock, rowCount - start), startColumn: columnIndex, columnCount });
    }
  }
  return blocks;
}

function groupBySize(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const b of blocks) {
    const size = b.rowCount * b.columnCount;
    if (current.length > 0 && cells + size > CELLS_PER_SYNC) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(b);
    cells += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function layoutOf(l: Located, header: unknown[]): RegisterLayout {
  const firstColumn = l.range.isNullObject ? 0 : l.range.columnIndex;
  const columns: Record<string, number> = {};
  const headers: Record<string, number> = {};
  header.forEach((h, j) => {
    const key = keyForHeader(l.name, h);
    if (key && columns[key] === undefined) columns[key] = firstColumn + j;
    const text = normaliseHeader(h);
    if (text && headers[text] === undefined) headers[text] = firstColumn + j;
  });
  return { register: l.name, sheet: l.sheet.name, ...(l.table ? { table: l.table } : {}), headerRow: l.range.isNullObject ? 0 : l.range.rowIndex, columns, headers, firstColumn };
}

function toItems(name: string, values: unknown[][], headerRow: number): RegisterItem[] {
  const header = values[0] ?? [];
  const keys = header.map((h) => keyForHeader(name, h));
  const items: RegisterItem[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i] ?? [];
    const item: RegisterItem = {};
    let any = false;
    keys.forEach((key, j) => {
      if (!key || item[key] !== undefined) return;
      const text = cellText(row[j]);
      if (text !== '') {
        item[key] = text;
        any = true;
      }
    });
    // Blank rows are skipped (SPEC §2); a row with only unknown columns filled counts as blank.
    if (any) {
      item.row = headerRow + i + 1;
      items.push(item);
    }
  }
  return items;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}
