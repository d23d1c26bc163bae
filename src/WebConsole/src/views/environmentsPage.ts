import { del, get, post } from '../api/http';
import type { BuildSummary, DeploymentDto, EnvironmentDto } from '../api/types';
import { production, query, serviceApi } from '../api/urls';
import { formatDateTime } from '../text/format';
import { confirmDialog } from '../ui/dialog';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { ServiceContext } from './serviceContext';

/**
 * The service's environments: create and delete, deploy a build to one, promote what another serves, and each
 * environment's deployment history.
 */
export function environmentsPage(context: ServiceContext): HTMLElement {
  const status = new StatusLine('page-status');
  const list = h('tbody', { testid: 'environments-list' });
  const history = h('ol', { class: 'history', testid: 'deployment-history' });
  const historyTitle = h('h2', {}, 'History');
  const name = h('input', { id: 'environment-name', required: true, placeholder: 'dev', testid: 'environment-name' });
  const create = h('form', { class: 'inline-form' }, h('label', { for: 'environment-name' }, 'New environment'), name,
    h('button', { type: 'submit', class: 'primary', testid: 'environment-create' }, 'Create'));
  create.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await post<EnvironmentDto>(serviceApi(context.service, '/environments'), { name: name.value.trim() });
      name.value = '';
      await load();
    } catch (error) {
      status.error(error);
    }
  });

  const deployments = (env: string) => serviceApi(context.service, `/environments/${encodeURIComponent(env)}/deployments`);

  async function showHistory(env: string): Promise<void> {
    historyTitle.textContent = `History of ${env}`;
    try {
      const items = await get<DeploymentDto[]>(`${deployments(env)}${query({ limit: 50 })}`);
      replace(history, ...items.map(d => h('li', { testid: 'deployment-item' },
        `#${d.id}: build ${d.buildId}${d.fromEnvironment ? ` promoted from ${d.fromEnvironment}` : ''}, ${formatDateTime(d.createdAt)}`)));
      if (items.length === 0) {
        history.append(h('li', { class: 'muted' }, 'Nothing deployed yet.'));
      }
    } catch (error) {
      status.error(error);
    }
  }

  async function load(): Promise<void> {
    try {
      const [environments, builds] = await Promise.all([
        get<EnvironmentDto[]>(serviceApi(context.service, '/environments')),
        get<BuildSummary[]>(serviceApi(context.service, `/builds${query({ limit: 30 })}`)),
      ]);
      const completed = builds.filter(b => b.status === 'completed');
      replace(list, ...environments.map(env => {
        const buildChoice = h('select', { 'aria-label': `Build to deploy to ${env.name}`, testid: 'deploy-build' },
          ...completed.map(b => h('option', { value: b.id }, `build ${b.id} (${b.origin}, ${b.functionCount} fn)`)));
        const promoteFrom = h('select', { 'aria-label': `Environment to promote to ${env.name}`, testid: 'promote-from' },
          ...environments.filter(e => e.name !== env.name).map(e => h('option', { value: e.name }, e.name)));
        const run = async (body: object, done: string) => {
          try {
            await post<DeploymentDto>(deployments(env.name), body);
            status.success(done);
            await load();
            await showHistory(env.name);
            if (env.name === context.environment) {
              await context.refresh();
            }
          } catch (error) {
            status.error(error);
          }
        };
        return h('tr', { testid: 'environment-row', 'data-name': env.name },
          h('td', {}, h('strong', {}, env.name)),
          h('td', { class: 'mono small' }, env.urls.path, env.urls.host ? h('br', {}) : null, env.urls.host ?? ''),
          h('td', {}, env.liveBuildId ? `build ${env.liveBuildId}` : h('span', { class: 'muted' }, 'empty')),
          h('td', { class: 'row' }, buildChoice, button('Deploy', () => void run({ buildId: Number(buildChoice.value) }, `Deployed build ${buildChoice.value} to ${env.name}`), { class: 'small', testid: 'deploy-button', disabled: completed.length === 0 })),
          h('td', { class: 'row' }, promoteFrom, button('Promote', () => void run({ fromEnvironment: promoteFrom.value }, `Promoted ${promoteFrom.value} to ${env.name}`), { class: 'small', testid: 'promote-button', disabled: environments.length < 2 })),
          h('td', {},
            button('History', () => void showHistory(env.name), { class: 'small', testid: 'history-button' }),
            env.name === production ? null : button('Delete', async () => {
              if (await confirmDialog('Delete environment', `Delete ${env.name}? Its deployments and variables go with it.`, 'Delete')) {
                try {
                  await del(serviceApi(context.service, `/environments/${encodeURIComponent(env.name)}`));
                  if (context.environment === env.name) {
                    await context.setEnvironment(production);
                  }

                  await load();
                } catch (error) {
                  status.error(error);
                }
              }
            }, { class: 'small danger', testid: 'environment-delete' })));
      }));
      await context.refresh();
    } catch (error) {
      status.error(error);
    }
  }

  void load().then(() => showHistory(context.environment));
  return h('section', { class: 'page', testid: 'environments-page' },
    h('h1', {}, 'Environments'), create, status.element,
    h('table', { class: 'data' }, h('thead', {}, h('tr', {}, ...['Name', 'URL', 'Live', 'Deploy a build', 'Promote from', ''].map(t => h('th', {}, t)))), list),
    historyTitle, history);
}
