import { del, get, put } from '../api/http';
import type { VariableDto } from '../api/types';
import { serviceApi } from '../api/urls';
import { formatDateTime } from '../text/format';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { ServiceContext } from './serviceContext';

/**
 * Environment variables: the service-wide ones and the chosen environment's own (which win over them). Secrets are
 * never shown (the API answers null for them) and can only be replaced or deleted.
 */
export function variablesPage(context: ServiceContext): HTMLElement {
  const status = new StatusLine('page-status');
  const scope = h('select', { testid: 'variable-scope', id: 'variable-scope' },
    h('option', { value: 'service' }, 'Service-wide (every environment)'),
    h('option', { value: 'environment' }, `${context.environment} only`));
  const name = h('input', { id: 'variable-name', class: 'mono', required: true, testid: 'variable-name', placeholder: 'TWILIO_AUTH_TOKEN' });
  const value = h('input', { id: 'variable-value', class: 'mono', testid: 'variable-value', autocomplete: 'off', type: 'password' });
  const secret = h('input', { type: 'checkbox', id: 'variable-secret', testid: 'variable-secret', checked: true });
  const showValue = h('input', { type: 'checkbox', id: 'variable-show' });
  showValue.addEventListener('change', () => { value.type = showValue.checked ? 'text' : 'password'; });
  const serviceTable = h('tbody', { testid: 'variables-service' });
  const environmentTable = h('tbody', { testid: 'variables-environment' });
  const form = h('form', { class: 'grid-form', testid: 'variables-form' },
    h('label', { for: 'variable-scope' }, 'Scope'), scope,
    h('label', { for: 'variable-name' }, 'Name'), name,
    h('label', { for: 'variable-value' }, 'Value'), h('span', { class: 'row' }, value, h('label', { class: 'radio' }, showValue, 'show')),
    h('span', {}), h('label', { class: 'radio', for: 'variable-secret' }, secret, 'Secret (never shown again, replace only)'),
    h('span', {}), h('button', { type: 'submit', class: 'primary', testid: 'variable-save' }, 'Save variable'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await put(urlOf(scope.value, name.value.trim()), { value: value.value, secret: secret.checked });
      status.success(`Saved ${name.value.trim()}`);
      name.value = '';
      value.value = '';
      await load();
    } catch (error) {
      status.error(error);
    }
  });

  function urlOf(scopeName: string, variable: string): string {
    return scopeName === 'service'
      ? serviceApi(context.service, `/environment/${encodeURIComponent(variable)}`)
      : serviceApi(context.service, `/environments/${encodeURIComponent(context.environment)}/variables/${encodeURIComponent(variable)}`);
  }

  function rows(target: HTMLElement, variables: VariableDto[], scopeName: string): void {
    replace(target, ...variables.map(v => h('tr', { testid: 'variable-row', 'data-name': v.name },
      h('td', { class: 'mono' }, v.name),
      h('td', { class: 'mono' }, v.secret ? h('span', { class: 'masked', title: 'Secret: not readable' }, '••••••••') : v.value ?? ''),
      h('td', {}, v.secret ? h('span', { class: 'badge' }, 'secret') : null),
      h('td', { class: 'muted' }, formatDateTime(v.updatedAt)),
      h('td', {},
        button(v.secret ? 'Replace' : 'Edit', () => {
          scope.value = scopeName;
          name.value = v.name;
          value.value = v.secret ? '' : v.value ?? '';
          secret.checked = v.secret;
          value.focus();
        }, { class: 'small', testid: 'variable-edit' }),
        button('Delete', async () => {
          try {
            await del(urlOf(scopeName, v.name));
            await load();
          } catch (error) {
            status.error(error);
          }
        }, { class: 'small danger', testid: 'variable-delete' })))));
    if (variables.length === 0) {
      target.append(h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'None.')));
    }
  }

  async function load(): Promise<void> {
    try {
      const [service, environment] = await Promise.all([
        get<VariableDto[]>(serviceApi(context.service, '/environment')),
        get<VariableDto[]>(serviceApi(context.service, `/environments/${encodeURIComponent(context.environment)}/variables`)),
      ]);
      rows(serviceTable, service, 'service');
      rows(environmentTable, environment, 'environment');
    } catch (error) {
      status.error(error);
    }
  }

  const table = (body: HTMLElement) => h('table', { class: 'data' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Value'), h('th', {}, ''), h('th', {}, 'Updated'), h('th', {}, ''))), body);
  void load();
  return h('section', { class: 'page', testid: 'variables-page' },
    h('h1', {}, 'Variables'),
    h('p', { class: 'muted' }, `Functions read these as Context.Env["NAME"]. Values for ${context.environment} override service-wide ones.`),
    form, status.element,
    h('h2', {}, 'Service-wide'), table(serviceTable),
    h('h2', {}, `${context.environment} only`), table(environmentTable));
}
