import type { ServiceErrorKind } from './serviceError';

/**
 * What the pane makes of a problem answer: the service's stable `errorKind` extension first (never the title's
 * wording, which may change), the status code where a service without errorKind answered.
 */
export function problemKind(status: number, errorKind: string | undefined): ServiceErrorKind {
  switch (errorKind) {
    case 'registers-have-errors':
      return 'blocked';
    case 'not-configured':
      return 'not-configured';
    case 'sign-in-required':
    case 'consent-required':
      return 'sign-in';
    case 'forbidden-origin':
      return 'not-configured';
    case 'rate-limited':
    case 'queue-full':
    case 'too-many-jobs':
      return 'busy';
    case 'unsupported-media-type':
    case 'unreadable-input':
      return 'bad-input';
    case 'job-not-found':
      return 'not-found';
    default:
      break;
  }
  if (status === 401 || status === 403) return 'sign-in';
  if (status === 422) return 'blocked';
  if (status === 429 || status === 503) return 'busy';
  if (status === 400 || status === 413 || status === 415) return 'bad-input';
  if (status === 404) return 'not-found';
  return 'failed';
}
