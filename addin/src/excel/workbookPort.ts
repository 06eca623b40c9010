import { readRegisters, type ReadResult } from './readRegisters';
import { selectCell, selectPlace, type CellTarget, type FindingPlace } from './selectCell';
import { watchRegisters } from './watchRegisters';
import { setupRegisters, type SetupOptions, type SetupReport } from './setupRegisters';
import { readRecords, writeRecords } from './workbookRecords';
import type { LibraryRecords } from '../api/types';

/** Custom XML parts, where the records live, came with ExcelApi 1.5; older hosts generate without history. */
const keepsRecords = (): boolean => Office.context.requirements.isSetSupported('ExcelApi', '1.5');

const watched = new Set<string>();
const changeListeners = new Set<() => void>();
const changed = (): void => changeListeners.forEach((listener) => listener());

/** The pane's only way into Excel: one awaited Excel.run per user action. */
export const workbookPort = {
  /** Reads the registers and starts listening for edits to any register not yet watched. */
  read: (): Promise<ReadResult> =>
    Excel.run(async (context) => {
      const read = await readRegisters(context);
      await watchRegisters(context, Object.values(read.layouts).filter((l) => l !== undefined), watched, changed);
      return read;
    }),

  /** Calls `listener` whenever a register that has been read is edited; answers a function that stops it. */
  onChange(listener: () => void): () => void {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },

  select: (target: CellTarget): Promise<void> => Excel.run((context) => selectCell(context, target)),

  /** Selects a finding's cell in the row its key value is in now; false when that row is gone. */
  selectPlace: (place: FindingPlace): Promise<boolean> => Excel.run((context) => selectPlace(context, place)),

  /** The records of the documents last generated from this workbook (kept inside it), if any. */
  readRecords: (): Promise<LibraryRecords | undefined> =>
    keepsRecords() ? Excel.run((context) => readRecords(context) as Promise<LibraryRecords | undefined>) : Promise.resolve(undefined),

  /** Keeps a generate job's records in the workbook in place of the previous ones; false where the host cannot. */
  writeRecords: async (records: LibraryRecords): Promise<boolean> => {
    if (!keepsRecords()) return false;
    await Excel.run((context) => writeRecords(context, records));
    return true;
  },

  setup: (options: SetupOptions): Promise<SetupReport> => Excel.run((context) => setupRegisters(context, options)),
};

export type WorkbookPort = typeof workbookPort;
