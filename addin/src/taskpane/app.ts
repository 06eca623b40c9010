import type { Finding } from '../api/types';
import type { ServiceClient } from '../api/serviceClient';
import type { ReadResult } from '../excel/readRegisters';
import type { WorkbookPort } from '../excel/workbookPort';
import type { UserMessage } from './userMessage';

export type TabName = 'setup' | 'check' | 'generate' | 'publish';

/** What the pane knows about the registers: none found, found but without rows, with rows, or edited since. */
export type RegisterState = 'unknown' | 'missing' | 'empty' | 'ready';

/** What every view needs: the workbook, the service, the message bar and the shared register state. */
export interface App {
  workbook: WorkbookPort;
  client: ServiceClient;
  show(message: UserMessage): void;
  clear(): void;
  /** Runs a user action with its button disabled, turning any failure into a message (its Retry runs it again). */
  act(button: HTMLButtonElement, action: () => Promise<void>): Promise<void>;
  /** Reads the registers, updating the register state; throws MissingRegistersError when one is missing. */
  read(): Promise<ReadResult>;
  registerState(): RegisterState;
  onRegisterState(listener: (state: RegisterState) => void): void;
  selectTab(name: TabName): void;
  /** Opens Check on findings found elsewhere (Generate's blocked answer). */
  showInCheck(findings: Finding[], read: ReadResult): void;
  /** Says something to screen readers without moving focus (throttled: progress at most every few seconds). */
  announce(text: string, urgent?: boolean): void;
}
