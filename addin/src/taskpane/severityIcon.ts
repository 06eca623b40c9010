import type { Severity } from '../api/types';

const SVG = 'http://www.w3.org/2000/svg';
/** A distinct shape per severity (circle with a cross, triangle with a bang), so colour is never the only sign. */
const PATHS: Record<Severity, string> = {
  error: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm-2.3 4.3-1 1L6.9 8.5l-2.2 2.2 1 1L7.9 9.5l2.2 2.2 1-1L8.9 8.5l2.2-2.2-1-1L7.9 7.5z',
  warning: 'M8 1.5 15.2 14H.8zM7.2 6v4.2h1.6V6zm0 5.3V13h1.6v-1.7z',
};
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning' };

/** The severity's icon; decorative, because the text beside it always says the severity in words. */
export function severityIcon(severity: Severity): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `sev ${severity}`);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[severity]);
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}
