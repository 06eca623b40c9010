import type { RegisterName } from './registerSchema';

/** The workbook lacks one or more registers, so a check or a run cannot start. */
export class MissingRegistersError extends Error {
  constructor(readonly missing: RegisterName[]) {
    super(
      missing.length === 1
        ? `This workbook has no ${missing[0]} register (a sheet or table named ${missing[0]}).`
        : `This workbook has no ${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]} registers.`,
    );
    this.name = 'MissingRegistersError';
  }
}
