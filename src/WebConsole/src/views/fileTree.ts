import { api, del } from '../api/http';
import type { AssetDto, AssetVisibility } from '../api/types';
import { encodePath, environmentParameter, environmentQuery, production, query, serviceApi } from '../api/urls';
import { formatBytes } from '../text/format';
import { confirmDialog } from '../ui/dialog';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { ServiceContext } from './serviceContext';

/**
 * The service's files in the chosen environment: functions (open in the editor) and assets, each with its
 * visibility badge; "New function"; asset upload by dropping files (or choosing them) onto the drop zone.
 */
export class FileTree {
  readonly element: HTMLElement;
  private readonly functions = h('ul', { class: 'tree', testid: 'function-list', 'aria-label': 'Functions' });
  private readonly assets = h('ul', { class: 'tree', testid: 'asset-list', 'aria-label': 'Assets' });
  private readonly status = new StatusLine('tree-status');
  private readonly uploadVisibility = h('select', { testid: 'asset-visibility', 'aria-label': 'Visibility of uploaded assets' },
    h('option', { value: 'public' }, 'public'), h('option', { value: 'protected' }, 'protected'), h('option', { value: 'private' }, 'private'));

  constructor(
    private readonly context: ServiceContext,
    private readonly open: (path: string) => void,
    newFunction: () => void,
  ) {
    const picker = h('input', { type: 'file', multiple: true, class: 'visually-hidden', id: 'asset-file', testid: 'asset-file' });
    picker.addEventListener('change', () => void this.upload([...(picker.files ?? [])]).then(() => { picker.value = ''; }));
    const drop = h('label', { class: 'drop-zone', for: 'asset-file', testid: 'asset-drop', tabindex: 0 }, 'Drop files here to upload assets, or press Enter to choose');
    drop.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        picker.click();
      }
    });
    drop.addEventListener('dragover', event => {
      event.preventDefault();
      drop.classList.add('dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    drop.addEventListener('drop', event => {
      event.preventDefault();
      drop.classList.remove('dragging');
      void this.upload([...(event.dataTransfer?.files ?? [])]);
    });
    this.element = h('nav', { class: 'file-tree', 'aria-label': 'Files' },
      button('New function', newFunction, { class: 'primary wide', testid: 'new-function' }),
      h('h2', {}, 'Functions'), this.functions,
      h('h2', {}, 'Assets'), this.assets,
      h('div', { class: 'upload' }, drop, picker, h('label', { class: 'small' }, 'Upload as ', this.uploadVisibility)),
      this.status.element);
    context.onChange(() => this.render());
    this.render();
  }

  private render(): void {
    replace(this.functions, ...this.context.functions.map(f => h('li', {},
      button(f.path, () => this.open(f.path), { class: 'tree-item', testid: 'function-item', 'data-path': f.path, title: `v${f.activeVersion}` }),
      h('span', { class: `badge ${f.visibility}`, testid: 'visibility-badge' }, f.visibility))));
    if (this.context.functions.length === 0) {
      this.functions.append(h('li', { class: 'muted' }, `No functions in ${this.context.environment}.`));
    }

    replace(this.assets, ...this.context.assets.map(a => h('li', {},
      h('span', { class: 'tree-item asset', testid: 'asset-item', 'data-path': a.path, title: `${a.contentType}, ${formatBytes(a.length)}` }, a.path),
      h('span', { class: `badge ${a.visibility}` }, a.visibility),
      this.context.environment === production
        ? button('×', () => void this.remove(a), { class: 'icon', 'aria-label': `Delete ${a.path}`, title: 'Delete asset' })
        : null)));
    if (this.context.assets.length === 0) {
      this.assets.append(h('li', { class: 'muted' }, 'No assets.'));
    }
  }

  private async upload(files: File[]): Promise<void> {
    if (files.length === 0) {
      return;
    }

    if (this.context.environment !== production) {
      this.status.info('Asset uploads go to production: switch to production to upload.');
      return;
    }

    const visibility = this.uploadVisibility.value as AssetVisibility;
    try {
      for (const file of files) {
        this.status.info(`Uploading ${file.name}…`);
        await api<AssetDto>('PUT', serviceApi(this.context.service, `/assets/${encodePath(file.name)}${query({ visibility, environment: environmentParameter(this.context.environment) })}`), {
          rawBody: file, headers: { 'Content-Type': file.type || 'application/octet-stream' },
        });
      }

      this.status.success(`Uploaded ${files.map(f => f.name).join(', ')}`);
      await this.context.refresh();
    } catch (error) {
      this.status.error(error);
    }
  }

  private async remove(asset: AssetDto): Promise<void> {
    if (!(await confirmDialog('Delete asset', `Delete ${asset.path} from production?`, 'Delete'))) {
      return;
    }

    try {
      await del(serviceApi(this.context.service, `/assets/${encodePath(asset.path)}`) + environmentQuery(this.context.environment));
      await this.context.refresh();
    } catch (error) {
      this.status.error(error);
    }
  }
}
