import { get, post } from '../api/http';
import type { FunctionDetails, FunctionVersion } from '../api/types';
import { environmentQuery, functionApi, query } from '../api/urls';
import { openDiff } from '../editor/diffDialog';
import { formatDateTime } from '../text/format';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { ServiceContext } from './serviceContext';

/**
 * A function's history: every version (which one each environment serves), a diff between any two, and rollback
 * (activate an older version in the chosen environment).
 */
export class VersionsPanel {
  readonly element: HTMLElement;
  private path: string | undefined;
  private details: FunctionDetails | undefined;
  private readonly list = h('ol', { class: 'versions', testid: 'versions-list', reversed: true });
  private readonly from = h('select', { testid: 'versions-diff-from', 'aria-label': 'Diff from version' });
  private readonly to = h('select', { testid: 'versions-diff-to', 'aria-label': 'Diff to version' });
  private readonly status = new StatusLine('versions-status');

  constructor(private readonly context: ServiceContext, private readonly onActivated: (path: string, source: string) => void) {
    this.element = h('section', { class: 'versions-panel', 'aria-label': 'Versions', testid: 'versions-panel' },
      h('div', { class: 'row' }, h('span', {}, 'Diff'), this.from, h('span', {}, '→'), this.to, button('Show diff', () => void this.diff(), { testid: 'versions-diff' })),
      this.status.element,
      this.list);
  }

  setFunction(path: string | undefined): void {
    this.path = path;
    void this.load();
  }

  async load(): Promise<void> {
    const path = this.path;
    if (!path) {
      replace(this.list, h('li', { class: 'muted' }, 'Versions appear here once the function is saved.'));
      return;
    }

    try {
      const details = await get<FunctionDetails>(functionApi(this.context.service, path, query({ environment: this.context.environment })));
      if (path !== this.path) {
        return;
      }

      this.details = details;
      this.render(details);
    } catch {
      this.details = undefined;
      replace(this.list, h('li', { class: 'muted' }, `${path} has no versions yet.`));
      replace(this.from);
      replace(this.to);
    }
  }

  private render(details: FunctionDetails): void {
    const versions = [...details.versions].sort((a, b) => b.version - a.version);
    const liveHere = details.function?.activeVersion;
    replace(this.list, ...versions.map(v => {
      const liveIn = details.live.filter(l => l.version === v.version).map(l => l.environment);
      return h('li', { class: `version${v.version === liveHere ? ' live' : ''}`, testid: 'version-item', 'data-version': v.version },
        h('span', { class: 'version-number' }, `v${v.version}`),
        h('span', { class: 'muted' }, formatDateTime(v.createdAt)),
        liveIn.length ? h('span', { class: 'badge' }, `live: ${liveIn.join(', ')}`) : null,
        v.version === liveHere
          ? null
          : button(`Roll back to v${v.version}`, () => void this.activate(v.version), { class: 'small', testid: 'rollback-button', 'data-version': v.version }));
    }));
    const options = (select: HTMLSelectElement, chosen: number | undefined) =>
      replace(select, ...versions.map(v => h('option', { value: v.version, selected: v.version === chosen }, `v${v.version}`)));
    options(this.from, versions[1]?.version ?? versions[0]?.version);
    options(this.to, versions[0]?.version);
  }

  private async activate(version: number): Promise<void> {
    const path = this.path!;
    const { service, environment } = this.context;
    const url = functionApi(service, path, `/versions/${version}/activate`) + environmentQuery(environment);
    try {
      await post(url, {});
      this.status.success(`v${version} is live in ${environment}`);
      const source = (await get<FunctionVersion>(functionApi(service, path, `/versions/${version}`))).source;
      await this.context.refresh();
      await this.load();
      this.onActivated(path, source);
    } catch (error) {
      this.status.error(error);
    }
  }

  private async diff(): Promise<void> {
    const path = this.path;
    if (!path || !this.details) {
      return;
    }

    try {
      const [a, b] = await Promise.all([this.from.value, this.to.value].map(v => get<FunctionVersion>(functionApi(this.context.service, path, `/versions/${v}`))));
      openDiff(`${path}: v${a!.version} ↔ v${b!.version}`, { label: `v${a!.version}`, text: a!.source }, { label: `v${b!.version}`, text: b!.source });
    } catch (error) {
      this.status.error(error);
    }
  }
}
