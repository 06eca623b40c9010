import { MissingRegistersError } from './missingRegistersError';
import { readRegisters, type ReadResult } from './readRegisters';
import { selectCell, type CellTarget } from './selectCell';
import { setupRegisters, type SetupOptions, type SetupReport } from './setupRegisters';

/** The pane's only way into Excel: one awaited Excel.run per user action. */
export const workbookPort = {
  read: (): Promise<ReadResult> => Excel.run((context) => readRegisters(context)),

  /** Reads the registers and refuses to go on when one is missing. */
  async readComplete(): Promise<ReadResult> {
    const read = await workbookPort.read();
    if (read.missing.length > 0) throw new MissingRegistersError(read.missing);
    return read;
  },

  select: (target: CellTarget): Promise<void> => Excel.run((context) => selectCell(context, target)),

  setup: (options: SetupOptions): Promise<SetupReport> => Excel.run((context) => setupRegisters(context, options)),
};

export type WorkbookPort = typeof workbookPort;
