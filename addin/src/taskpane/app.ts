import type { ServiceClient } from '../api/serviceClient';
import type { WorkbookPort } from '../excel/workbookPort';
import type { UserMessage } from './userMessage';

/** What every view needs: the workbook, the service and the message bar. */
export interface App {
  workbook: WorkbookPort;
  client: ServiceClient;
  show(message: UserMessage): void;
  clear(): void;
  /** Runs a user action with its button disabled, turning any failure into a message. */
  act(button: HTMLButtonElement, action: () => Promise<void>): Promise<void>;
}
