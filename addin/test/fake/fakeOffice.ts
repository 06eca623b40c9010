import './fake-office.js';

/** Typed handle on the in-memory Office/Excel stand-in (test/fake/fake-office.js). */
export interface FakeSheet {
  name: string;
  cells: Map<string, unknown>;
  tables: { name: string; r: number; c: number; rows: number; cols: number }[];
  frozenRows: number;
  conditionalFormats: { r: number; c: number; rows: number; cols: number; cf: { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } } } }[];
  validations: { r: number; c: number; rows: number; cols: number; rule: { list: { source: string } }; errorAlert?: { showAlert: boolean; style: string; title: string; message: string } }[];
  /** Column widths in points by 0-based column, as `format.columnWidth` set them. */
  columnWidths: Record<number, number>;
}

export interface FakeModel {
  sheets: FakeSheet[];
  selection: { sheet: string; address: string } | null;
  active: string | null;
  syncs: number;
  maxCellsPerSync: number;
  requirementSets: Record<string, number>;
  sheet(name: string): FakeSheet | null;
  addSheet(name: string): FakeSheet;
  addTable(sheet: string, table: string | null, rows: unknown[][], at?: string): FakeSheet;
  values(sheet: string): unknown[][] | null;
  /** A user's edit of one cell: fires the onChanged handlers of the sheet and its tables. */
  edit(sheet: string, row: number, column: number, value: unknown): void;
  /** A user deletes a worksheet row (0-based): cells below move up, change events fire. */
  deleteRow(sheet: string, row: number): void;
  handlers: { kind: 'table' | 'sheet'; sheet: string; name: string }[];
  settings: Record<string, unknown>;
  opened: string | null;
  /** The workbook's custom XML parts (Excel.CustomXmlPartCollection), in the order they were added. */
  /** The workbook's defined names and their formulas ("=Roles[Role]"). */
  names: Record<string, string>;
  customXmlParts: { id: string; namespaceUri: string; xml: string }[];
  /** The largest request or response of one sync, in characters (Excel on the web refuses over 5 MB). */
  maxBytesPerSync: number;
  theme: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string } | null;
}

interface FakeOfficeApi {
  Model: new () => FakeModel;
  install(target: object, model?: FakeModel, options?: { token?: string }): FakeModel;
}

export const FakeOffice = (globalThis as unknown as { FakeOffice: FakeOfficeApi }).FakeOffice;

/** A fresh workbook with Office and Excel installed as globals. */
export function installFakeOffice(): FakeModel {
  return FakeOffice.install(globalThis, new FakeOffice.Model());
}
