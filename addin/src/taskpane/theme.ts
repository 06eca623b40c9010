import { officeColours } from '../excel/officeTheme';

/** Relative luminance (WCAG) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 1;
  const channel = (i: number) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Follows Office's theme: a dark Office body makes the pane dark (its own palette, tuned for contrast, with
 * Office's background behind it); without Office's colours the system's preference decides (in CSS), and
 * Windows high contrast is left to the browser's forced colours (also in CSS).
 */
export function applyOfficeTheme(root: HTMLElement = document.documentElement): void {
  const colours = officeColours();
  if (!colours) return;
  const theme = luminance(colours.bodyBackgroundColor) < 0.2 ? 'dark' : 'light';
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  if (root.style.getPropertyValue('--office-bg') !== colours.bodyBackgroundColor) root.style.setProperty('--office-bg', colours.bodyBackgroundColor);
}

/** How often the pane looks at Office's theme while it is visible (reading four colours costs nothing). */
export const THEME_POLL_MS = 2000;

/**
 * Follows Office's theme while the pane is open. Excel raises no theme-changed event (OfficeThemeChanged is
 * Outlook's, Mailbox 1.14), and Office.context.officeTheme answers the current colours when read, so the pane reads
 * them again when it comes back into view or focus, when the system's colour scheme changes, and every few seconds
 * while it is visible. Answers a function that stops following.
 */
export function followOfficeTheme(root: HTMLElement = document.documentElement): () => void {
  const apply = () => applyOfficeTheme(root);
  apply();
  const onVisible = () => {
    if (document.visibilityState === 'visible') apply();
  };
  const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
  window.addEventListener('focus', apply);
  document.addEventListener('visibilitychange', onVisible);
  scheme?.addEventListener?.('change', apply);
  const timer = window.setInterval(onVisible, THEME_POLL_MS);
  return () => {
    window.removeEventListener('focus', apply);
    document.removeEventListener('visibilitychange', onVisible);
    scheme?.removeEventListener?.('change', apply);
    window.clearInterval(timer);
  };
}
