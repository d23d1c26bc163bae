import { del, get, post } from '../api/http';
import type { CreatedService, ServiceSummary } from '../api/types';
import { serviceApi } from '../api/urls';
import { confirmDialog, openDialog } from '../ui/dialog';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { Shell } from './app';

/** The admin's landing page: every service, a form to create one (its key is shown once), delete. */
export function showServiceList(shell: Shell): { dispose(): void } {
  const status = new StatusLine('page-status');
  const list = h('ul', { class: 'service-list', testid: 'service-list' });
  const name = h('input', { id: 'new-service-name', placeholder: 'new-service', required: true, testid: 'create-service-name' });
  const form = h('form', { class: 'inline-form' },
    h('label', { for: 'new-service-name' }, 'New service'), name,
    h('button', { type: 'submit', class: 'primary', testid: 'create-service-button' }, 'Create'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const created = await post<CreatedService>('/api/services', { name: name.value.trim() });
      name.value = '';
      showNewKey(created);
      await load();
    } catch (error) {
      status.error(error);
    }
  });

  async function load(): Promise<void> {
    try {
      const services = await get<ServiceSummary[]>('/api/services');
      replace(list, ...services.map(s => h('li', {},
        button(s.name, () => shell.openService(s.name), { class: 'service-item', testid: 'service-item', 'data-service': s.name }),
        h('span', { class: 'muted' }, `${s.functions} function${s.functions === 1 ? '' : 's'}`),
        button('Delete', async () => {
          if (await confirmDialog('Delete service', `Delete ${s.name} with its functions, assets, variables, logs and store? This cannot be undone.`, 'Delete')) {
            try {
              await del(serviceApi(s.name));
              await load();
            } catch (error) {
              status.error(error);
            }
          }
        }, { class: 'danger small', 'aria-label': `Delete ${s.name}` }))));
      if (services.length === 0) {
        list.append(h('li', { class: 'muted' }, 'No services yet: create one.'));
      }
    } catch (error) {
      status.error(error);
    }
  }

  replace(shell.main, h('section', { class: 'page narrow' }, h('h1', {}, 'Services'), form, status.element, list));
  void load();
  name.focus();
  return { dispose() {} };
}

function showNewKey(created: CreatedService): void {
  openDialog(`Service ${created.name} created`, (body, close) => {
    body.append(
      h('p', {}, 'Its key is shown this once (only its hash is kept). Copy it now:'),
      h('input', { readonly: true, value: created.apiKey, class: 'wide mono', testid: 'created-service-key', onfocus: (e: Event) => (e.target as HTMLInputElement).select() }),
      h('div', { class: 'actions' }, button('Copy', () => void navigator.clipboard.writeText(created.apiKey)), button('Done', close, { class: 'primary' })));
  }, 'created-service-dialog');
}
