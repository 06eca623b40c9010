/** Where a register sits in the workbook, so a finding's row and column can be turned back into a cell. */
export interface RegisterLayout {
  /** The register's (or Organisation sheet's) name in the schema. */
  register: string;
  /** The worksheet's actual name (may differ in case from the register name). */
  sheet: string;
  /** The register's Excel table, when it is one (Set up makes tables; a plain sheet also works). */
  table?: string;
  /** 0-based worksheet row of the header. */
  headerRow: number;
  /** 0-based worksheet column of each known column, by JSON key. */
  columns: Record<string, number>;
  /** 0-based worksheet column of each header as written, lower-cased. */
  headers: Record<string, number>;
  firstColumn: number;
}
