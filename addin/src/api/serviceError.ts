import type { Finding } from './types';

/** What went wrong, in terms a user can act on: the pane shows `message` and then `whatToDo`. */
export type ServiceErrorKind = 'unreachable' | 'sign-in' | 'blocked' | 'bad-input' | 'busy' | 'not-configured' | 'not-found' | 'failed';

/** An error from the service or the way to it, carrying one sentence and what to do about it. */
export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
    readonly whatToDo: string,
    readonly findings: Finding[] = [],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
