import { columnLetter } from './columnLetter';
import { COLUMNS, normaliseHeader, REGISTER_NAMES, type ColumnSpec, type RegisterName } from './registerSchema';
import { SAMPLE_ROWS } from './sampleOrganisation';

export interface SetupOptions {
  /** Fill the sample organisation into the registers this run creates (never into existing ones). */
  sample: boolean;
}

/** What Set up did, for the message the user reads. */
export interface SetupReport {
  createdRegisters: RegisterName[];
  addedColumns: { register: RegisterName; columns: string[] }[];
  sampleFilled: boolean;
  /** Features the host lacks (checked with isSetSupported), skipped rather than failed. */
  skipped: string[];
}

interface Inventory {
  name: RegisterName;
  table?: Excel.Table;
  sheet?: Excel.Worksheet;
  header?: Excel.Range;
  used?: Excel.Range;
}

const VACANT_FILL = '#FDE7E9';
const VACANT_FONT = '#A4262C';

/**
 * Creates what is missing of the four registers and nothing else: a missing sheet gets a table with the SPEC's
 * headers, drop-down lists, (for Roles) vacant roles in red, and a frozen header; an existing table only gains
 * missing columns; a sheet with data but no table only gains missing header cells. Existing cells are never
 * written. A fixed number of syncs whatever the workbook holds.
 */
export async function setupRegisters(context: Excel.RequestContext, options: SetupOptions): Promise<SetupReport> {
  const supports = (version: string) => Office.context.requirements.isSetSupported('ExcelApi', version);
  const report: SetupReport = { createdRegisters: [], addedColumns: [], sampleFilled: false, skipped: [] };
  if (!supports('1.8')) report.skipped.push('drop-down lists (need ExcelApi 1.8)');
  if (!supports('1.6')) report.skipped.push('red vacant roles (need ExcelApi 1.6)');

  const tables = context.workbook.tables.load('items/name');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();

  const inventory: Inventory[] = REGISTER_NAMES.map((name) => {
    const table = tables.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const sheet = sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (table) return { name, table, header: table.getHeaderRowRange().load('values,rowIndex,columnIndex,columnCount') };
    if (sheet) return { name, sheet, used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') };
    return { name };
  });
  await context.sync();

  // Sheets with data but no table: their header row is the used range's first row; read it in one more sync.
  const headerRows = new Map<RegisterName, Excel.Range>();
  for (const item of inventory) {
    if (item.sheet && item.used && !item.used.isNullObject) {
      headerRows.set(item.name, item.sheet.getRangeByIndexes(item.used.rowIndex, item.used.columnIndex, 1, item.used.columnCount).load('values'));
    }
  }
  if (headerRows.size > 0) await context.sync();

  // ExcelApi 1.9 (above the manifest's 1.8 floor): keep the screen still while the sheets are written.
  if (supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
  const created = inventory.filter((i) => !i.table && !(i.used && !i.used.isNullObject));
  const fillSample = options.sample && created.length === REGISTER_NAMES.length;
  for (const item of inventory) {
    if (item.table && item.header) {
      const missing = missingColumns(item.name, item.header.values[0] ?? []);
      for (const column of missing) item.table.columns.add(undefined, undefined, column.header);
      for (const column of missing) if (supports('1.8')) addList(item.table.columns.getItem(column.header).getDataBodyRange(), column);
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
      createRegister(sheet, item.name, fillSample, supports);
      report.createdRegisters.push(item.name);
    }
  }
  report.sampleFilled = fillSample;
  await context.sync();
  return report;
}

function missingColumns(name: RegisterName, header: unknown[]): ColumnSpec[] {
  const present = new Set(header.map(normaliseHeader));
  return COLUMNS[name].filter((c) => !present.has(c.header.toLowerCase()));
}

function createRegister(sheet: Excel.Worksheet, name: RegisterName, sample: boolean, supports: (v: string) => boolean): void {
  const columns = COLUMNS[name];
  const rows = [columns.map((c) => c.header), ...(sample ? SAMPLE_ROWS[name] : [])];
  const last = columnLetter(columns.length - 1);
  const address = `A1:${last}${rows.length}`;
  // Values first, then the table over them, then formats: the order Excel handles fastest.
  sheet.getRange(address).values = rows;
  const table = sheet.tables.add(address, true);
  table.name = name;
  if (supports('1.8')) for (const column of columns) if (column.list) addList(table.columns.getItem(column.header).getDataBodyRange(), column);
  if (name === 'Roles' && supports('1.6')) markVacantRoles(table.getDataBodyRange(), columns);
  if (supports('1.7')) sheet.freezePanes.freezeRows(1);
  sheet.getRange(`A1:${last}1`).format.autofitColumns();
}

function addList(range: Excel.Range, column: ColumnSpec): void {
  if (!column.list) return;
  // Data validation cannot take a structured reference directly; INDIRECT makes the list follow the table as it grows.
  const source = 'fixed' in column.list ? column.list.fixed.join(',') : `=INDIRECT("${column.list.register}[${column.list.column}]")`;
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  // A warning, not a stop: a new role may be typed here before it is added to Roles; Check reports it.
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: 'Warning',
    title: 'Not in the list',
    message: 'register' in column.list ? `Pick a value from the ${column.list.register} register, or add it there first.` : `Pick one of: ${column.list.fixed.join(', ')}.`,
  } as Excel.DataValidationErrorAlert;
}

function markVacantRoles(body: Excel.Range, columns: readonly ColumnSpec[]): void {
  const at = (key: string) => `$${columnLetter(columns.findIndex((c) => c.key === key))}2`;
  const [role, status, holder] = [at('role'), at('status'), at('holder')];
  const format = body.conditionalFormats.add(Excel.ConditionalFormatType.custom);
  // SPEC §2: without a Status a role is vacant when it has no Holder; blank rows stay unmarked.
  format.custom.rule.formula = `=AND(TRIM(${role})<>"",OR(LOWER(TRIM(${status}))="vacant",AND(TRIM(${status})="",TRIM(${holder})="")))`;
  format.custom.format.fill.color = VACANT_FILL;
  format.custom.format.font.color = VACANT_FONT;
}
