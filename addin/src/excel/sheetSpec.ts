/** Where a column's drop-down list comes from: fixed values, or a column of another register through a defined name. */
export type ListSource = { fixed: readonly string[] } | { register: string; column: string; name: string };

/** One column of a sheet, as the C# column table gives it (registerSchema.generated.ts). */
export interface ColumnSpec {
  header: string;
  /** The camelCase key in the registers JSON. */
  key: string;
  /** Width in characters, as `init` writes it. */
  width: number;
  required?: boolean;
  /** A plain number is written as a number cell (Step, Review Interval). */
  isNumber?: boolean;
  list?: ListSource;
  /** The sentence of the warning a value outside the list raises. */
  alert?: string;
}

/** One sheet `init` writes: a table of the same name with these columns. */
export interface SheetSpec {
  name: string;
  jsonKey: string;
  /** A workbook may lack it (the Organisation sheet); the registers are required. */
  optional: boolean;
  columns: readonly ColumnSpec[];
}
