import { ServiceError, type ServiceErrorKind } from '../api/serviceError';
import { MissingRegistersError } from '../excel/missingRegistersError';

/** The one action that fixes what a message reports; the message bar shows it as a button. */
export type Fix = 'set-up' | 'retry' | 'sign-in' | 'check-again';

export const FIX_LABEL: Record<Fix, string> = { 'set-up': 'Set up', retry: 'Retry', 'sign-in': 'Sign in', 'check-again': 'Check again' };

/** What the message bar shows: a one-line title, what the user can do about it, and the button that does it. */
export interface UserMessage {
  kind: 'error' | 'warning' | 'success';
  title: string;
  whatToDo?: string;
  fix?: Fix;
}

const FIX_FOR: Record<ServiceErrorKind, Fix> = {
  unreachable: 'retry',
  'sign-in': 'sign-in',
  blocked: 'check-again',
  'bad-input': 'check-again',
  busy: 'retry',
  'not-configured': 'retry',
  'not-found': 'retry',
  failed: 'retry',
};

/** Turns anything thrown during a user action into a message a person can act on; never a stack trace. */
export function toUserMessage(error: unknown): UserMessage {
  if (error instanceof ServiceError) return { kind: 'error', title: error.message, whatToDo: error.whatToDo, fix: FIX_FOR[error.kind] };
  if (error instanceof MissingRegistersError) {
    return {
      kind: 'error',
      title: error.message,
      whatToDo: 'Open Set up and click Set up registers: it adds only what is missing and leaves your data as it is.',
      fix: 'set-up',
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return {
    kind: 'error',
    title: `Excel could not finish the request${text ? ` (${text.slice(0, 160)})` : ''}.`,
    whatToDo: 'Close any cell you are editing (press Enter or Esc), then try again.',
    fix: 'retry',
  };
}
