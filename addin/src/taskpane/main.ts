import { ServiceClient } from '../api/serviceClient';
import { entraAppFromQuery, nestedAppAuth } from '../api/nestedAppAuth';
import { officeTokenSource } from '../api/signIn';
import { workbookPort } from '../excel/workbookPort';
import type { App } from './app';
import { mountCheck } from './checkView';
import { h } from './dom';
import { mountGenerate } from './generateView';
import { mountPublish } from './publishView';
import { mountSetup } from './setupView';
import { toUserMessage, type UserMessage } from './userMessage';

const messageBar = document.getElementById('message') as HTMLDivElement;

function show(message: UserMessage): void {
  messageBar.className = `message ${message.kind}`;
  messageBar.replaceChildren(h('strong', {}, message.title), message.whatToDo ?? '');
  messageBar.hidden = false;
}

function clear(): void {
  messageBar.hidden = true;
  messageBar.replaceChildren();
}

async function act(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
  button.disabled = true;
  clear();
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

function selectTab(name: string): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls') ?? '')!.hidden = !selected;
  }
}

function wireTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectTab(tab.id.replace('tab-', '')));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length]!;
      selectTab(next.id.replace('tab-', ''));
      next.focus();
    });
  });
  selectTab('check');
}

async function connect(app: App): Promise<void> {
  try {
    const health = await app.client.health();
    if (health.mode === 'entra') {
      // NAA where the host supports it and the manifest named the app registration; Office SSO otherwise.
      const entra = entraAppFromQuery(window.location.search);
      app.client.useTokens(officeTokenSource(entra ? nestedAppAuth(entra) : undefined));
    }
  } catch (error) {
    show(toUserMessage(error));
  }
}

async function start(): Promise<void> {
  const app: App = { workbook: workbookPort, client: new ServiceClient(serviceUrl()), show, clear, act };
  wireTabs();
  mountSetup(document.getElementById('panel-setup')!, app);
  mountCheck(document.getElementById('panel-check')!, app);
  mountGenerate(document.getElementById('panel-generate')!, app);
  mountPublish(document.getElementById('panel-publish')!, app);
  document.getElementById('loading')?.remove();
  await connect(app);
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
