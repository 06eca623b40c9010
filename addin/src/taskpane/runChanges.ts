import type { LibraryRecords } from '../api/types';

/** What a generate run changed, told from the records before and after it (SPEC §3a). */
export interface RunChanges {
  /** Documents whose bytes differ from the previous run's. */
  changed: number;
  /** Documents the previous records did not hold. */
  added: number;
  /** Each document's version in the new records, by path. */
  versions: Map<string, number>;
}

/**
 * Compares two runs' records. A controlled document's bytes change only when what it says changes, so the rendered
 * sha256 is what tells a changed document; a document without previous records is new.
 */
export function runChanges(previous: LibraryRecords | undefined, next: LibraryRecords): RunChanges {
  const before = new Map((previous?.documents ?? []).map((d) => [d.path.toLowerCase(), d.sha256]));
  let changed = 0;
  let added = 0;
  const versions = new Map<string, number>();
  for (const d of next.documents ?? []) {
    const was = before.get(d.path.toLowerCase());
    if (was === undefined) added += 1;
    else if (was !== d.sha256) changed += 1;
    if (typeof d.version === 'number') versions.set(d.path, d.version);
  }
  return { changed, added, versions };
}
