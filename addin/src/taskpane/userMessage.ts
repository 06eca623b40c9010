import { ServiceError } from '../api/serviceError';
import { MissingRegistersError } from '../excel/missingRegistersError';

/** What the message bar shows: a one-line title and what the user can do about it. */
export interface UserMessage {
  kind: 'error' | 'warning' | 'success';
  title: string;
  whatToDo?: string;
}

/** Turns anything thrown during a user action into a message a person can act on; never a stack trace. */
export function toUserMessage(error: unknown): UserMessage {
  if (error instanceof ServiceError) return { kind: 'error', title: error.message, whatToDo: error.whatToDo };
  if (error instanceof MissingRegistersError) {
    return {
      kind: 'error',
      title: error.message,
      whatToDo: 'Open Set up and click Set up registers: it adds only what is missing and leaves your data as it is.',
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return {
    kind: 'error',
    title: `Excel could not finish the request${text ? ` (${text.slice(0, 160)})` : ''}.`,
    whatToDo: 'Close any cell you are editing (press Enter or Esc), then try again.',
  };
}
