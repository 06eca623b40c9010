/**
 * The few host services the pane uses besides the workbook's cells: opening a page in the user's browser and the
 * workbook's own settings (kept inside the file, so they travel with it).
 */
export const officeHost = {
  /** Opens `url` in the user's browser where the host allows it (OpenBrowserWindowApi 1.1); false where it does not. */
  openInBrowser(url: string): boolean {
    if (typeof Office === 'undefined' || !Office.context?.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1')) return false;
    Office.context.ui.openBrowserWindow(url);
    return true;
  },

  readSetting<T>(name: string): T | undefined {
    const value = typeof Office === 'undefined' ? undefined : (Office.context?.document?.settings?.get(name) as T | null | undefined);
    return value ?? undefined;
  },

  /** Writes (or, with undefined, removes) a workbook setting and saves the settings into the file. */
  writeSetting(name: string, value: unknown): Promise<void> {
    const settings = typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;
    if (!settings) return Promise.resolve();
    if (value === undefined) settings.remove(name);
    else settings.set(name, value);
    return new Promise((resolve) => settings.saveAsync(() => resolve()));
  },
};
