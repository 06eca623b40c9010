import { ServiceClient } from '../api/serviceClient';
import { entraAppFromQuery, nestedAppAuth } from '../api/nestedAppAuth';
import { officeTokenSource } from '../api/signIn';
import { MissingRegistersError } from '../excel/missingRegistersError';
import type { ReadResult } from '../excel/readRegisters';
import { workbookPort } from '../excel/workbookPort';
import { announcer } from './announcer';
import type { App, RegisterState, TabName } from './app';
import { mountCheck, type CheckView } from './checkView';
import { h } from './dom';
import { mountGenerate } from './generateView';
import { prefs } from './prefs';
import { mountPublish } from './publishView';
import { mountSetup } from './setupView';
import { statusFooter } from './statusFooter';
import { followOfficeTheme } from './theme';
import { FIX_LABEL, toUserMessage, type Fix, type UserMessage } from './userMessage';

const TABS: readonly TabName[] = ['setup', 'check', 'generate', 'publish'];
const messageBar = document.getElementById('message') as HTMLDivElement;
const live = announcer();
document.body.append(live.element);
let retryLast: (() => void) | undefined;
let fixes: Record<Fix, () => void> | undefined;

function show(message: UserMessage): void {
  messageBar.className = `message ${message.kind}`;
  const fix = message.fix && fixes ? h('button', { type: 'button', class: 'secondary fix', id: 'message-fix' }, FIX_LABEL[message.fix]) : null;
  if (fix) fix.addEventListener('click', fixes![message.fix!]);
  messageBar.replaceChildren(h('strong', {}, message.title), h('span', {}, message.whatToDo ?? ''), ...(fix ? [fix] : []));
  messageBar.hidden = false;
}

function clear(): void {
  messageBar.hidden = true;
  messageBar.replaceChildren();
}

async function act(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
  button.disabled = true;
  clear();
  retryLast = () => void act(button, action);
  try {
    await action();
  } catch (error) {
    show(toUserMessage(error));
  } finally {
    button.disabled = false;
  }
}

/** The service serves this page, so it lives at the page's origin; `?service=` overrides it for development. */
function serviceUrl(): string {
  const given = new URLSearchParams(window.location.search).get('service');
  return given ?? window.location.origin;
}

function selectTab(name: TabName): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls') ?? '')!.hidden = !selected;
  }
  prefs.set('tab', name);
}

function wireTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectTab(tab.id.replace('tab-', '') as TabName));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length]!;
      selectTab(next.id.replace('tab-', '') as TabName);
      next.focus();
    });
  });
  const remembered = prefs.get('tab', 'check') as TabName;
  selectTab(TABS.includes(remembered) ? remembered : 'check');
}

function stateOf(read: ReadResult): RegisterState {
  if (read.missing.length === 4) return 'missing';
  return read.missing.length === 0 && read.rows === 0 ? 'empty' : 'ready';
}

async function start(): Promise<void> {
  followOfficeTheme();
  const client = new ServiceClient(serviceUrl());
  let state: RegisterState = 'unknown';
  const stateListeners: ((s: RegisterState) => void)[] = [];
  const setState = (next: RegisterState) => {
    state = next;
    stateListeners.forEach((l) => l(next));
  };
  let check: CheckView | undefined;
  const footer = statusFooter(client.baseUrl, () => void connect(), () => {
    client.signOut();
    show({ kind: 'success', title: 'Signed out of OfficeInfra.', whatToDo: 'The next action signs you in again.' });
  });
  document.body.append(footer.element);

  const app: App = {
    workbook: workbookPort,
    client,
    show,
    clear,
    act,
    async read() {
      const read = await workbookPort.read();
      setState(stateOf(read));
      if (read.missing.length > 0) throw new MissingRegistersError(read.missing);
      return read;
    },
    registerState: () => state,
    onRegisterState: (listener) => void stateListeners.push(listener),
    selectTab,
    showInCheck(findings, read) {
      selectTab('check');
      check?.showFindings(findings, read);
      document.getElementById('findings-heading')?.setAttribute('tabindex', '-1');
      document.getElementById('findings-heading')?.focus();
    },
    announce: live.announce,
  };
  fixes = {
    retry: () => retryLast?.(),
    'sign-in': () => {
      client.signOut();
      retryLast?.();
    },
    'set-up': () => {
      selectTab('setup');
      document.getElementById('setup-button')?.focus();
    },
    'check-again': () => {
      selectTab('check');
      void check?.run();
    },
  };
  workbookPort.onChange(() => setState('unknown'));

  async function connect(): Promise<void> {
    try {
      const health = await client.health();
      footer.healthy(health);
      if (health.mode === 'entra') {
        // NAA where the host supports it and the manifest named the app registration; Office SSO otherwise.
        const entra = entraAppFromQuery(window.location.search);
        client.useTokens(officeTokenSource(entra ? nestedAppAuth(entra) : undefined, footer.account));
      }
      footer.account(undefined);
    } catch (error) {
      footer.unreachable();
      show(toUserMessage(error));
      retryLast = () => void connect();
    }
  }

  wireTabs();
  mountSetup(document.getElementById('panel-setup')!, app);
  check = mountCheck(document.getElementById('panel-check')!, app);
  mountGenerate(document.getElementById('panel-generate')!, app);
  mountPublish(document.getElementById('panel-publish')!, app);
  // A first look at the workbook (no service call): a welcome when it has no registers, "nothing yet" when empty.
  try {
    const first = await workbookPort.read();
    setState(stateOf(first));
    check.firstLook(first);
  } catch {
    // Excel busy (a cell being edited): the first check will say so.
  }
  document.getElementById('loading')?.remove();
  await connect();
}

if (typeof Office === 'undefined') {
  document.getElementById('loading')?.remove();
  show({ kind: 'error', title: 'Office is not available on this page.', whatToDo: 'Open OfficeInfra from the Home tab in Excel (the add-in must be installed from its manifest).' });
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      document.getElementById('loading')?.remove();
      show({ kind: 'error', title: 'OfficeInfra works in Excel only.', whatToDo: 'Open your register workbook in Excel and start OfficeInfra from the Home tab.' });
      return;
    }
    void start();
  });
}
