/**
 * What the pane remembers between openings (last tab, filters, options), in the pane's local storage: per user and
 * per computer, never in the workbook, and silently forgotten where storage is blocked.
 */
export const prefs = {
  get(name: string, fallback: string): string {
    try {
      return localStorage.getItem(`officeinfra.${name}`) ?? fallback;
    } catch {
      return fallback;
    }
  },
  set(name: string, value: string): void {
    try {
      localStorage.setItem(`officeinfra.${name}`, value);
    } catch {
      // Storage blocked (private mode, policy): the pane simply starts fresh next time.
    }
  },
};
