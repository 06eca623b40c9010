import { columnLetter } from './columnLetter';
import { ALERT_TITLE, COLUMNS, normaliseHeader, SAMPLE_ROWS, SHEETS, VACANT_ROLES, type ColumnSpec } from './registerSchema';

export interface SetupOptions {
  /** Fill the sample organisation into the registers this run creates (never into existing ones). */
  sample: boolean;
}

/** What Set up did, for the message the user reads. */
export interface SetupReport {
  createdRegisters: string[];
  addedColumns: { register: string; columns: string[] }[];
  sampleFilled: boolean;
  /** Features the host lacks (checked with isSetSupported), skipped rather than failed. */
  skipped: string[];
}

interface Inventory {
  name: string;
  table?: Excel.Table;
  sheet?: Excel.Worksheet;
  header?: Excel.Range;
  used?: Excel.Range;
}

/**
 * Creates what is missing of the sheets `init` writes (the four registers and the Organisation sheet) and nothing
 * else, laid out as `init` lays them out (registerSchema.generated.ts comes from the same C# column table): a missing
 * sheet gets a table with the SPEC's headers and widths, drop-down lists through the same defined names with the same
 * warning, (for Roles) vacant roles in the same red, and a frozen header; an existing table only gains missing
 * columns; a sheet with data but no table only gains missing header cells. Existing cells are never written. A fixed
 * number of syncs whatever the workbook holds.
 */
export async function setupRegisters(context: Excel.RequestContext, options: SetupOptions): Promise<SetupReport> {
  const supports = (version: string) => Office.context.requirements.isSetSupported('ExcelApi', version);
  const report: SetupReport = { createdRegisters: [], addedColumns: [], sampleFilled: false, skipped: [] };
  if (!supports('1.8')) report.skipped.push('drop-down lists (need ExcelApi 1.8)');
  if (!supports('1.6')) report.skipped.push('red vacant roles (need ExcelApi 1.6)');

  const tables = context.workbook.tables.load('items/name');
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();

  const inventory: Inventory[] = SHEETS.map(({ name }) => {
    const table = tables.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const sheet = sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (table) return { name, table, header: table.getHeaderRowRange().load('values,rowIndex,columnIndex,columnCount') };
    if (sheet) return { name, sheet, used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') };
    return { name };
  });
  await context.sync();

  // Sheets with data but no table: their header row is the used range's first row; read it in one more sync.
  const headerRows = new Map<string, Excel.Range>();
  for (const item of inventory) {
    if (item.sheet && item.used && !item.used.isNullObject) {
      headerRows.set(item.name, item.sheet.getRangeByIndexes(item.used.rowIndex, item.used.columnIndex, 1, item.used.columnCount).load('values'));
    }
  }
  if (headerRows.size > 0) await context.sync();

  // ExcelApi 1.9 (above the manifest's 1.8 floor): keep the screen still while the sheets are written.
  if (supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
  const created = inventory.filter((i) => !i.table && !(i.used && !i.used.isNullObject));
  // The sample goes only into a workbook that had none of the registers, so it never mixes with someone's rows.
  const fillSample = options.sample && SHEETS.every((spec) => spec.optional || created.some((c) => c.name === spec.name));
  // The drop-downs that offer another register's names go through a defined name (as init writes them): made
  // here, after the tables, for each table that exists or is being made and whose name is not there yet.
  const tablesThere = new Set([...inventory.filter((i) => i.table).map((i) => i.name), ...created.map((c) => c.name)].map((n) => n.toLowerCase()));
  const namesThere = new Set(names.items.map((n) => n.name.toLowerCase()));
  // A list of names needs its register's table (a plain sheet has no structured reference to point at).
  const listable = (column: ColumnSpec) => !column.list || 'fixed' in column.list || tablesThere.has(column.list.register.toLowerCase());
  for (const item of inventory) {
    if (item.table && item.header) {
      const missing = missingColumns(item.name, item.header.values[0] ?? []);
      for (const column of missing) item.table.columns.add(undefined, undefined, column.header);
      for (const column of missing) if (supports('1.8') && listable(column)) addList(item.table.columns.getItem(column.header).getDataBodyRange(), column);
      if (missing.length) report.addedColumns.push({ register: item.name, columns: missing.map((c) => c.header) });
    } else if (item.sheet && item.used && !item.used.isNullObject) {
      const headerRange = headerRows.get(item.name)!;
      const missing = missingColumns(item.name, headerRange.values[0] ?? []);
      if (missing.length) {
        item.sheet
          .getRangeByIndexes(item.used.rowIndex, item.used.columnIndex + item.used.columnCount, 1, missing.length)
          .values = [missing.map((c) => c.header)];
        report.addedColumns.push({ register: item.name, columns: missing.map((c) => c.header) });
      }
    } else {
      const sheet = item.sheet ?? context.workbook.worksheets.add(item.name);
      createRegister(sheet, item.name, fillSample, supports, listable);
      report.createdRegisters.push(item.name);
    }
  }
  for (const list of listNames()) {
    if (namesThere.has(list.name.toLowerCase()) || !tablesThere.has(list.register.toLowerCase())) continue;
    context.workbook.names.add(list.name, `=${list.register}[${list.column}]`);
  }
  report.sampleFilled = fillSample;
  await context.sync();
  return report;
}

function missingColumns(name: string, header: unknown[]): ColumnSpec[] {
  const present = new Set(header.map(normaliseHeader));
  return COLUMNS[name]!.filter((c) => !present.has(c.header.toLowerCase()));
}

/** Every defined name a drop-down uses, once each. */
function listNames(): { register: string; column: string; name: string }[] {
  const lists = new Map<string, { register: string; column: string; name: string }>();
  for (const column of SHEETS.flatMap((s) => s.columns)) if (column.list && 'name' in column.list) lists.set(column.list.name, column.list);
  return [...lists.values()];
}

/** Excel's column width in characters (as init writes it) in points, the unit Office.js takes: 7-pixel digits, 0.75 pt a pixel. */
export const widthInPoints = (characters: number): number => Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7) * 0.75;

function createRegister(sheet: Excel.Worksheet, name: string, sample: boolean, supports: (v: string) => boolean, listable: (c: ColumnSpec) => boolean): void {
  const columns = COLUMNS[name]!;
  const rows = [columns.map((c) => c.header), ...(sample ? (SAMPLE_ROWS[name] ?? []).map((r) => [...r]) : [])];
  const last = columnLetter(columns.length - 1);
  const address = `A1:${last}${rows.length}`;
  // Values first, then the table over them, then formats: the order Excel handles fastest.
  sheet.getRange(address).values = rows;
  const table = sheet.tables.add(address, true);
  table.name = name;
  if (supports('1.8')) for (const column of columns) if (column.list && listable(column)) addList(table.columns.getItem(column.header).getDataBodyRange(), column);
  if (name === VACANT_ROLES.register && supports('1.6')) markVacantRoles(table.getDataBodyRange());
  if (supports('1.7')) sheet.freezePanes.freezeRows(1);
  columns.forEach((column, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(column.width);
  });
}

function addList(range: Excel.Range, column: ColumnSpec): void {
  if (!column.list) return;
  // Data validation cannot take a structured reference directly; a defined name that holds one can, and the list
  // then follows the table as it grows.
  const source = 'fixed' in column.list ? column.list.fixed.join(',') : `=${column.list.name}`;
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  // A warning, not a stop: a new role may be typed here before it is added to Roles; Check reports it.
  range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: ALERT_TITLE, message: column.alert ?? '' } as Excel.DataValidationErrorAlert;
}

function markVacantRoles(body: Excel.Range): void {
  const format = body.conditionalFormats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = VACANT_ROLES.formula;
  format.custom.format.fill.color = VACANT_ROLES.fill;
  format.custom.format.font.color = VACANT_ROLES.font;
  format.custom.format.font.bold = VACANT_ROLES.bold;
}
