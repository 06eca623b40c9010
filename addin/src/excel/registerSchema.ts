import { SHEETS } from './registerSchema.generated';
import type { ColumnSpec, SheetSpec } from './sheetSpec';

export type { ColumnSpec, ListSource, SheetSpec } from './sheetSpec';
export { ALERT_TITLE, SAMPLE_ROWS, SHEETS, VACANT_ROLES } from './registerSchema.generated';

/** The four registers of SPEC §2 the pane reads into the registers JSON (the generated SHEETS also hold Organisation). */
export type RegisterName = 'Departments' | 'Roles' | 'Tasks' | 'Processes';

export const REGISTER_NAMES: readonly RegisterName[] = ['Departments', 'Roles', 'Tasks', 'Processes'];

/** The optional sheet of the organisation's settings (name, language, review interval, logo). */
export const ORGANISATION = 'Organisation';

/** A sheet of the generated schema by name. */
export function sheetSpec(name: string): SheetSpec {
  const spec = SHEETS.find((s) => s.name === name);
  if (!spec) throw new Error(`The register schema has no sheet '${name}'.`);
  return spec;
}

/** Each sheet's columns in the order `init` writes them. */
export const COLUMNS: Readonly<Record<string, readonly ColumnSpec[]>> = Object.fromEntries(SHEETS.map((s) => [s.name, s.columns]));

/** Headers match case-insensitively and trimmed (SPEC §2). */
export const normaliseHeader = (text: unknown): string => String(text ?? '').trim().toLowerCase();

/** The JSON key for a header, or undefined for a column the product does not know (kept out of the way). */
export function keyForHeader(sheet: string, header: unknown): string | undefined {
  const wanted = normaliseHeader(header);
  return COLUMNS[sheet]?.find((c) => c.header.toLowerCase() === wanted)?.key;
}
