import { get } from '../api/http';
import { signOut, storedKey, storeKey } from '../api/session';
import type { Caller } from '../api/types';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import { showServiceList } from './serviceList';
import { ServiceView } from './serviceView';

/** What the whole page is showing: the sign-in form, the admin's service list, or one service. */
export interface Shell {
  readonly caller: Caller;
  readonly main: HTMLElement;
  openService(name: string): void;
  openServiceList(): void;
}

let current: { dispose(): void } | undefined;

export function startConsole(root: HTMLElement): void {
  if (storedKey()) {
    void signIn(root, storedKey()!, undefined);
  } else {
    showSignIn(root);
  }
}

function showSignIn(root: HTMLElement, message?: unknown): void {
  current?.dispose();
  current = undefined;
  const status = new StatusLine('sign-in-status');
  const key = h('input', {
    type: 'password', id: 'sign-in-key', autocomplete: 'off', spellcheck: 'false', required: true, testid: 'sign-in-key',
    placeholder: 'Admin key or service key',
  });
  const form = h('form', { class: 'sign-in', testid: 'sign-in-form' },
    h('h1', {}, 'ScriptHost console'),
    h('p', { class: 'muted' }, 'Sign in with a service key, or with the admin key to see every service. The key is kept in this tab only and sent as Authorization: Bearer.'),
    h('label', { for: 'sign-in-key' }, 'Key'),
    key,
    h('button', { type: 'submit', class: 'primary', testid: 'sign-in-button' }, 'Sign in'),
    status.element);
  form.addEventListener('submit', event => {
    event.preventDefault();
    void signIn(root, key.value.trim(), status);
  });
  replace(root, h('main', { class: 'sign-in-page' }, form));
  if (message) {
    status.error(message);
  }

  key.focus();
}

async function signIn(root: HTMLElement, key: string, status: StatusLine | undefined): Promise<void> {
  storeKey(key);
  status?.info('Signing in…');
  let caller: Caller;
  try {
    caller = await get<Caller>('/api/caller');
  } catch (error) {
    signOut();
    showSignIn(root, error);
    return;
  }

  showSignedIn(root, caller);
}

function showSignedIn(root: HTMLElement, caller: Caller): void {
  const crumbs = h('nav', { class: 'crumbs', 'aria-label': 'Location' });
  const main = h('div', { class: 'shell-main' });
  const who = caller.admin ? 'admin' : `service ${caller.service}`;
  const header = h('header', { class: 'topbar' },
    h('span', { class: 'brand' }, 'ScriptHost'),
    crumbs,
    h('span', { class: 'who muted', testid: 'signed-in-as' }, `Signed in: ${who}${caller.rotatedOut ? ' (rotated-out key: rotate again soon)' : ''}`),
    button('Sign out', () => {
      signOut();
      current?.dispose();
      current = undefined;
      showSignIn(root);
    }, { testid: 'sign-out' }));
  replace(root, h('div', { class: 'shell' }, header, main));

  const shell: Shell = {
    caller,
    main,
    openService(name) {
      current?.dispose();
      replace(crumbs, caller.admin ? button('Services', () => shell.openServiceList(), { class: 'link', testid: 'crumb-services' }) : null,
        caller.admin ? ' / ' : null, h('strong', { testid: 'crumb-service' }, name));
      current = new ServiceView(shell, name);
    },
    openServiceList() {
      current?.dispose();
      replace(crumbs, h('strong', {}, 'Services'));
      current = showServiceList(shell);
    },
  };

  if (caller.admin) {
    shell.openServiceList();
  } else if (caller.service) {
    shell.openService(caller.service);
  }
}
