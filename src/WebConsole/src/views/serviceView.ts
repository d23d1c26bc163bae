import { EditorArea } from '../editor/editorArea';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { Shell } from './app';
import { environmentsPage } from './environmentsPage';
import { FileTree } from './fileTree';
import { LogsPane } from './logsPane';
import { ServiceContext } from './serviceContext';
import { settingsPage } from './settingsPage';
import { storePage } from './storePage';
import { openTemplateGallery } from './templateGallery';
import { TestPanel } from './testPanel';
import { usagePage } from './usagePage';
import { variablesPage } from './variablesPage';
import { VersionsPanel } from './versionsPanel';

type PageName = 'code' | 'logs' | 'variables' | 'settings' | 'store' | 'usage' | 'environments';
const pages: [PageName, string][] = [
  ['code', 'Code'], ['logs', 'Logs'], ['variables', 'Variables'], ['settings', 'Settings'], ['store', 'Store'], ['usage', 'Usage'], ['environments', 'Environments'],
];

/**
 * One service: the environment switcher and the pages. The code page holds the file tree, the editor, the test and
 * versions panels and the live logs; the logs page shows the same live logs alone (the phone layout).
 */
export class ServiceView {
  private readonly context: ServiceContext;
  private readonly editor: EditorArea;
  private readonly logs: LogsPane;
  private readonly test: TestPanel;
  private readonly versions: VersionsPanel;
  private readonly codeLayout: HTMLElement;
  private readonly logsSlot = h('div', { class: 'logs-slot' });
  private readonly host = h('div', { class: 'page-host' });
  private readonly nav = h('nav', { class: 'page-nav', 'aria-label': 'Service pages' });
  private readonly environmentSelect = h('select', { id: 'environment-select', testid: 'env-select' });
  private readonly status = new StatusLine('service-status');
  private page: PageName = 'code';
  private readonly unsubscribe: () => void;

  constructor(shell: Shell, service: string) {
    this.context = new ServiceContext(service);
    this.editor = new EditorArea(this.context);
    this.logs = new LogsPane(this.context, (path, line, column) => {
      this.show('code');
      void this.editor.openFunction(path, line, column);
    });
    this.test = new TestPanel(this.context, this.logs);
    this.versions = new VersionsPanel(this.context, (path, source) => this.editor.reloadIfClean(path, source));
    const tree = new FileTree(this.context, path => void this.editor.openFunction(path), () =>
      openTemplateGallery(this.context.functions.map(f => f.path), (path, source, visibility) => this.editor.newFunction(path, source, visibility)));
    this.editor.onActiveChange(file => {
      this.test.setFunction(file?.path);
      this.versions.setFunction(file && !file.isNew ? file.path : undefined);
    });

    const testTab = button('Test', () => selectSide('test'), { role: 'tab', testid: 'side-tab-test' });
    const versionsTab = button('Versions', () => selectSide('versions'), { role: 'tab', testid: 'side-tab-versions' });
    const selectSide = (which: 'test' | 'versions') => {
      testTab.setAttribute('aria-selected', String(which === 'test'));
      versionsTab.setAttribute('aria-selected', String(which === 'versions'));
      this.test.element.hidden = which !== 'test';
      this.versions.element.hidden = which !== 'versions';
      if (which === 'versions') {
        void this.versions.load();
      }
    };
    selectSide('test');
    this.codeLayout = h('div', { class: 'code-layout' },
      tree.element,
      this.editor.element,
      h('aside', { class: 'side-panel' }, h('div', { class: 'tabs', role: 'tablist' }, testTab, versionsTab), this.test.element, this.versions.element),
      this.logsSlot);

    this.environmentSelect.addEventListener('change', () => void this.switchEnvironment(this.environmentSelect.value));
    this.unsubscribe = this.context.onChange(() => this.renderEnvironments());
    replace(shell.main, h('div', { class: 'service-view' },
      h('div', { class: 'service-bar' },
        h('label', { for: 'environment-select', class: 'env-label' }, 'Environment'), this.environmentSelect,
        this.nav, this.status.element),
      this.host));
    window.addEventListener('keydown', this.onKeyDown);
    this.show('code');
    this.context.refresh().catch(error => this.status.error(error));
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // Ctrl+S anywhere on the code page saves (the editor handles it itself when it has focus).
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && this.page === 'code' && !event.defaultPrevented) {
      event.preventDefault();
      (this.codeLayout.querySelector('[data-testid=save-button]') as HTMLButtonElement | null)?.click();
    }
  };

  private renderEnvironments(): void {
    const names = this.context.environments.map(e => e.name);
    if (!names.includes(this.context.environment)) {
      names.unshift(this.context.environment);
    }

    replace(this.environmentSelect, ...names.map(name => h('option', { value: name, selected: name === this.context.environment }, name)));
  }

  private async switchEnvironment(environment: string): Promise<void> {
    try {
      await this.context.setEnvironment(environment);
      this.editor.recheckAll();
      this.logs.reload();
      void this.versions.load();
      if (this.page !== 'code' && this.page !== 'logs') {
        this.show(this.page);
      }
    } catch (error) {
      this.status.error(error);
    }
  }

  private show(page: PageName): void {
    this.page = page;
    replace(this.nav, ...pages.map(([name, label]) =>
      button(label, () => this.show(name), { class: `nav-item${name === page ? ' selected' : ''}`, 'aria-current': name === page ? 'page' : null, testid: `nav-${name}` })));
    switch (page) {
      case 'code':
        this.logsSlot.append(this.logs.element);
        replace(this.host, this.codeLayout);
        break;
      case 'logs':
        replace(this.host, h('div', { class: 'logs-page' }, this.logs.element));
        break;
      case 'variables':
        replace(this.host, variablesPage(this.context));
        break;
      case 'settings':
        replace(this.host, settingsPage(this.context));
        break;
      case 'store':
        replace(this.host, storePage(this.context));
        break;
      case 'usage':
        replace(this.host, usagePage(this.context));
        break;
      case 'environments':
        replace(this.host, environmentsPage(this.context));
        break;
    }
  }

  dispose(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    this.unsubscribe();
    this.logs.dispose();
    this.test.dispose();
    this.editor.dispose();
  }
}
