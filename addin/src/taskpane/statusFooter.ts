import type { Health } from '../api/serviceClient';
import { h } from './dom';

/** The footer's handle: what the pane learnt about the service and the user. */
export interface StatusFooter {
  element: HTMLElement;
  healthy(health: Health): void;
  unreachable(): void;
  account(name: string | undefined): void;
}

/**
 * Who and where: the service's address, its mode (local or Entra), a health dot with Retry, and in Entra mode the
 * signed-in account with Sign out.
 */
export function statusFooter(serviceUrl: string, retry: () => void, signOut: () => void): StatusFooter {
  const dot = h('span', { class: 'dot unknown', 'aria-hidden': 'true' });
  const state = h('span', { id: 'service-state' }, 'Connecting…');
  const address = h('span', { class: 'muted', id: 'service-address' }, new URL(serviceUrl).host);
  const mode = h('span', { id: 'service-mode' });
  const retryButton = h('button', { type: 'button', class: 'link', id: 'health-retry', hidden: true }, 'Retry');
  const who = h('span', { id: 'account' });
  const out = h('button', { type: 'button', class: 'link', id: 'sign-out', hidden: true }, 'Sign out');
  retryButton.addEventListener('click', retry);
  out.addEventListener('click', signOut);
  const element = h(
    'footer',
    { class: 'status', id: 'status' },
    h('div', { class: 'status-line' }, dot, state, h('span', { 'aria-hidden': 'true' }, '·'), address, retryButton),
    h('div', { class: 'status-line' }, mode, who, out),
  );
  let entra = false;
  return {
    element,
    healthy(health) {
      entra = health.mode === 'entra';
      dot.className = 'dot ok';
      state.textContent = 'Service connected';
      mode.textContent = entra ? 'Entra mode:' : 'Local mode (no sign-in)';
      retryButton.hidden = true;
      if (entra && !who.textContent) who.textContent = 'not signed in yet';
    },
    unreachable() {
      dot.className = 'dot bad';
      state.textContent = 'Service unreachable';
      retryButton.hidden = false;
    },
    account(name) {
      who.textContent = entra ? (name ? `signed in as ${name}` : 'not signed in') : '';
      out.hidden = !entra || !name;
    },
  };
}
