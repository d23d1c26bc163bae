import { get, patch } from '../api/http';
import type { SettingsDto } from '../api/types';
import { serviceApi } from '../api/urls';
import { h } from '../ui/dom';
import { StatusLine } from '../ui/status';
import { lines } from '../text/lines';
import type { ServiceContext } from './serviceContext';

/** The service's settings that the console edits: hosts functions may call, origins browsers may call from. */
export function settingsPage(context: ServiceContext): HTMLElement {
  const status = new StatusLine('page-status');
  const egress = h('textarea', { id: 'settings-egress', rows: 6, class: 'mono', spellcheck: 'false', testid: 'settings-egress' });
  const cors = h('textarea', { id: 'settings-cors', rows: 4, class: 'mono', spellcheck: 'false', testid: 'settings-cors' });
  const form = h('form', { class: 'stack-form', testid: 'settings-form' },
    h('label', { for: 'settings-egress' }, 'Egress allowlist: hosts functions may call (one a line, e.g. api.twilio.com or *.example.com)'), egress,
    h('label', { for: 'settings-cors' }, 'CORS origins: browser origins that may call public functions (one a line, e.g. https://app.example.com)'), cors,
    h('button', { type: 'submit', class: 'primary', testid: 'settings-save' }, 'Save settings'));
  const show = (settings: SettingsDto) => {
    egress.value = (settings.egressAllowedHosts ?? []).join('\n');
    cors.value = (settings.corsAllowedOrigins ?? []).join('\n');
  };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      show(await patch<SettingsDto>(serviceApi(context.service, '/settings'), { egressAllowedHosts: lines(egress.value), corsAllowedOrigins: lines(cors.value) }));
      status.success('Settings saved');
    } catch (error) {
      status.error(error);
    }
  });
  get<SettingsDto>(serviceApi(context.service, '/settings')).then(show, error => status.error(error));
  return h('section', { class: 'page narrow', testid: 'settings-page' }, h('h1', {}, 'Settings'), form, status.element);
}
