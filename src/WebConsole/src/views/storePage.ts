import { del, get, put } from '../api/http';
import type { KeyValueEntry, KeyValueList } from '../api/types';
import { query, serviceApi } from '../api/urls';
import { formatBytes } from '../text/format';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { ServiceContext } from './serviceContext';

/** The service's key-value store (what functions use as Store): browse by prefix, view, edit, add, delete. */
export function storePage(context: ServiceContext): HTMLElement {
  const status = new StatusLine('page-status');
  const prefix = h('input', { id: 'store-prefix', class: 'mono', placeholder: 'prefix', testid: 'store-prefix' });
  const keys = h('ul', { class: 'tree', testid: 'store-keys' });
  const usage = h('p', { class: 'muted', testid: 'store-usage' });
  const key = h('input', { id: 'store-key', class: 'mono', required: true, testid: 'store-key' });
  const value = h('textarea', { id: 'store-value', rows: 10, class: 'mono', spellcheck: 'false', testid: 'store-value' });
  const entryUrl = (k: string) => serviceApi(context.service, `/store/entry${query({ key: k })}`);

  async function load(): Promise<void> {
    try {
      const list = await get<KeyValueList>(serviceApi(context.service, `/store${query({ prefix: prefix.value, limit: 200 })}`));
      replace(keys, ...list.keys.map(k => h('li', {}, button(k, () => void open(k), { class: 'tree-item mono', testid: 'store-key-item', 'data-key': k }))));
      if (list.keys.length === 0) {
        keys.append(h('li', { class: 'muted' }, 'No keys.'));
      }

      if (list.more) {
        keys.append(h('li', { class: 'muted' }, 'More keys follow: narrow the prefix.'));
      }

      usage.textContent = `${list.usage.entries} entries, ${formatBytes(list.usage.totalBytes)}`;
    } catch (error) {
      status.error(error);
    }
  }

  async function open(k: string): Promise<void> {
    try {
      const entry = await get<KeyValueEntry>(entryUrl(k));
      key.value = entry.key;
      value.value = entry.value;
      value.focus();
    } catch (error) {
      status.error(error);
    }
  }

  const search = h('form', { class: 'inline-form' }, h('label', { for: 'store-prefix' }, 'Prefix'), prefix, h('button', { type: 'submit', testid: 'store-search' }, 'List'));
  search.addEventListener('submit', event => {
    event.preventDefault();
    void load();
  });
  const editor = h('form', { class: 'stack-form', testid: 'store-form' },
    h('label', { for: 'store-key' }, 'Key'), key, h('label', { for: 'store-value' }, 'Value'), value,
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'primary', testid: 'store-save' }, 'Save'),
      button('Delete', async () => {
        try {
          await del(entryUrl(key.value));
          status.success(`Deleted ${key.value}`);
          key.value = '';
          value.value = '';
          await load();
        } catch (error) {
          status.error(error);
        }
      }, { class: 'danger', testid: 'store-delete' }),
      button('New', () => { key.value = ''; value.value = ''; key.focus(); })));
  editor.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await put(entryUrl(key.value), { value: value.value });
      status.success(`Saved ${key.value}`);
      await load();
    } catch (error) {
      status.error(error);
    }
  });
  void load();
  return h('section', { class: 'page', testid: 'store-page' }, h('h1', {}, 'Key-value store'), status.element,
    h('div', { class: 'two-columns' }, h('div', {}, search, usage, keys), editor));
}
