/** Office's theme colours where the host gives them (Office.context.officeTheme; not every host does). */
export interface OfficeColours {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export function officeColours(): OfficeColours | undefined {
  try {
    return (Office.context as unknown as { officeTheme?: OfficeColours }).officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}
