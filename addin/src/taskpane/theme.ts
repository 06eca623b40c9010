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
  root.dataset.theme = luminance(colours.bodyBackgroundColor) < 0.2 ? 'dark' : 'light';
  root.style.setProperty('--office-bg', colours.bodyBackgroundColor);
}
