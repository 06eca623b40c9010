/**
 * The library's records (the manifest.json a generate job returns, SPEC §3a) kept inside the workbook, so that the
 * next Generate, on any day and on any colleague's computer, continues the documents' IDs, versions and history.
 *
 * They live in custom XML parts (ExcelApi 1.5, Excel on Windows, Mac and the web): parts travel inside the .xlsx,
 * are invisible and cannot be edited or deleted by accident from Excel's UI, and no formula, register reader or
 * "Unhide" sees them, which a very hidden sheet could not promise (and a sheet's 32,767-character cells would need
 * the same splitting). Excel on the web caps one request at 5 MB, so the JSON is split over parts of at most
 * CHUNK characters, one part per sync; a write adds a complete new set (one `run`) before deleting the old one, so a
 * write that fails half way leaves the previous records readable.
 */
export const RECORDS_NAMESPACE = 'urn:officeinfra:records:1';

/** Characters of JSON per part: UTF-8 and XML escaping can at most triple them, still well inside 5 MB per request. */
export const CHUNK = 1_000_000;

interface Chunk {
  id: string;
  run: string;
  index: number;
  count: number;
  text: string;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e.toLowerCase() in named) return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1]!.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** One part's XML: `<records xmlns=… run=… index=… count=…>json</records>`. */
export function partXml(run: string, index: number, count: number, text: string): string {
  return `<records xmlns="${RECORDS_NAMESPACE}" run="${run}" index="${index}" count="${count}">${escapeXml(text)}</records>`;
}

/** Reads a part back, whatever declaration or attribute order Excel gives it; undefined when it is not ours. */
export function parsePart(id: string, xml: string): Chunk | undefined {
  const m = /<records\b([^>]*)>([\s\S]*)<\/records>\s*$/.exec(xml) ?? /<records\b([^>]*)\/>\s*$/.exec(xml);
  if (!m) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(m[1]!)?.slice(2).find((v) => v !== undefined);
  const run = attr('run');
  const index = Number(attr('index'));
  const count = Number(attr('count'));
  if (!run || !Number.isInteger(index) || !Number.isInteger(count) || index < 0 || index >= count) return undefined;
  return { id, run, index, count, text: unescapeXml(m[2] ?? '') };
}

async function loadChunks(context: Excel.RequestContext): Promise<Chunk[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(RECORDS_NAMESPACE).load('items/id');
  await context.sync();
  const chunks: Chunk[] = [];
  for (const part of parts.items) {
    const xml = part.getXml();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one part per sync: together they may pass the 5 MB cap
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has its value after the sync, no load
    const chunk = parsePart(part.id, xml.value);
    if (chunk) chunks.push(chunk);
  }
  return chunks;
}

/** The complete set of parts with the most recent run, joined; undefined when no complete set is there. */
function complete(chunks: Chunk[]): { run: string; text: string } | undefined {
  const runs = new Map<string, Chunk[]>();
  for (const c of chunks) runs.set(c.run, [...(runs.get(c.run) ?? []), c]);
  const whole = [...runs.entries()]
    .map(([run, cs]) => ({ run, cs: cs.sort((a, b) => a.index - b.index) }))
    .filter(({ cs }) => cs.length === cs[0]!.count && cs.every((c, i) => c.index === i && c.count === cs[0]!.count))
    .sort((a, b) => b.run.localeCompare(a.run));
  const newest = whole[0];
  return newest && { run: newest.run, text: newest.cs.map((c) => c.text).join('') };
}

/** The records kept in this workbook, or undefined when it has none (a first Generate) or they cannot be read. */
export async function readRecords(context: Excel.RequestContext): Promise<unknown> {
  const found = complete(await loadChunks(context));
  if (!found) return undefined;
  try {
    return JSON.parse(found.text) as unknown;
  } catch {
    return undefined;
  }
}

/** `text` in pieces of at most `size` characters, never splitting a surrogate pair (a lone half is not XML). */
export function split(text: string, size = CHUNK): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length || pieces.length === 0; ) {
    let end = Math.min(text.length, at + size);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/** Keeps `records` in the workbook in place of the ones it held. `now` orders runs (ISO time sorts as text). */
export async function writeRecords(context: Excel.RequestContext, records: unknown, now = new Date()): Promise<void> {
  const pieces = split(JSON.stringify(records));
  const run = `${now.toISOString()}-${Math.random().toString(36).slice(2, 8)}`;
  const ours = new Set<string>();
  for (const [i, piece] of pieces.entries()) {
    const part = context.workbook.customXmlParts.add(partXml(run, i, pieces.length, piece));
    part.load('id');
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one part per sync, for the 5 MB cap
    await context.sync();
    ours.add(part.id);
  }
  const parts = context.workbook.customXmlParts.getByNamespace(RECORDS_NAMESPACE).load('items/id');
  await context.sync();
  for (const part of parts.items) if (!ours.has(part.id)) part.delete();
  await context.sync();
}
