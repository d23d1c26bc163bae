import { ApiError, get, put } from '../api/http';
import type { DeployResponse, Diagnostic, FunctionDetails, FunctionVisibility } from '../api/types';
import { environmentQuery, functionApi, production, query } from '../api/urls';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { ServiceContext } from '../views/serviceContext';
import { openDiff } from './diffDialog';
import { DiagnosticsRunner, deployOwner, liveOwner, toMarkers } from './diagnosticsRunner';
import { registerCSharpProviders, setEditorTarget } from './languageProviders';
import { monaco } from './monacoSetup';

/** A function open in a tab: its model, the source last loaded or saved, and what the server last said about it. */
export interface OpenFile {
  path: string;
  model: monaco.editor.ITextModel;
  savedSource: string;
  isNew: boolean;
  visibility: FunctionVisibility | undefined;
  diagnostics: Diagnostic[];
  runner: DiagnosticsRunner;
  viewState: monaco.editor.ICodeEditorViewState | null;
}

let modelCounter = 0;

/**
 * The editing half of the code page: tabs of open functions, one Monaco editor, the toolbar (Save = Ctrl+S, Copy URL,
 * Diff vs live) and the Problems list under it. Diagnostics come from the server while typing; a save's 422 errors
 * become markers too.
 */
export class EditorArea {
  readonly element: HTMLElement;
  readonly status = new StatusLine();
  private readonly files: OpenFile[] = [];
  private activeFile: OpenFile | undefined;
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Open functions', testid: 'editor-tabs' });
  private readonly problems = h('ul', { class: 'problems', testid: 'problems-list', 'aria-label': 'Problems' });
  private readonly problemsSummary = h('span', { class: 'muted', testid: 'problems-summary' }, 'No problems');
  private readonly empty = h('div', { class: 'editor-empty muted' }, 'Open a function from the list, or create one with “New function”.');
  private readonly host = h('div', { class: 'editor-host', testid: 'editor' });
  private readonly listeners = new Set<(file: OpenFile | undefined) => void>();
  private readonly saveButton: HTMLButtonElement;

  constructor(private readonly context: ServiceContext) {
    registerCSharpProviders();
    this.saveButton = button('Save', () => void this.save(), { class: 'primary', testid: 'save-button', title: 'Save and deploy (Ctrl+S)' });
    const toolbar = h('div', { class: 'toolbar' },
      this.saveButton,
      button('Copy URL', () => void this.copyUrl(), { testid: 'copy-url' }),
      button('Diff vs live', () => void this.diffLive(), { testid: 'diff-live' }),
      this.status.element);
    this.element = h('section', { class: 'editor-area', 'aria-label': 'Editor' },
      this.tabs, toolbar, h('div', { class: 'editor-stack' }, this.host, this.empty),
      h('details', { class: 'problems-panel', open: true }, h('summary', {}, 'Problems ', this.problemsSummary), this.problems));
    this.editor = monaco.editor.create(this.host, {
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 4,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      'semanticHighlighting.enabled': false,
      ariaLabel: 'Function source',
      // Input through Monaco's hidden <textarea> rather than Chrome's EditContext API (Monaco's default there): the
      // long-standing path that screen readers and WebDriver (the console's browser tests type into it) support.
      editContext: false,
    });
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => void this.save());
    this.editor.onDidChangeModelContent(() => this.renderTabs());
    this.showEmpty();
  }

  get active(): OpenFile | undefined {
    return this.activeFile;
  }

  /** Told whenever another file becomes active (or none). */
  onActiveChange(listener: (file: OpenFile | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens a deployed function (or switches to its tab) and optionally puts the caret at a line. */
  async openFunction(path: string, line?: number, column?: number): Promise<void> {
    let file = this.files.find(f => f.path === path);
    if (!file) {
      try {
        const details = await get<FunctionDetails>(functionApi(this.context.service, path, query({ environment: this.context.environment })));
        let source = details.source;
        if (source === null && details.latestVersion > 0) {
          source = (await get<{ source: string }>(functionApi(this.context.service, path, `/versions/${details.latestVersion}`))).source;
        }

        file = this.addFile(path, source ?? '', false, details.function?.visibility);
      } catch (error) {
        this.status.error(error);
        return;
      }
    }

    this.activate(file);
    if (line) {
      this.reveal(line, column ?? 1);
    }
  }

  /** Opens a new, not yet deployed function with the given text. */
  newFunction(path: string, source: string, visibility: FunctionVisibility | undefined): void {
    const existing = this.files.find(f => f.path === path);
    if (existing) {
      this.activate(existing);
      return;
    }

    this.activate(this.addFile(path, source, true, visibility));
    this.status.info(`New function ${path}: Ctrl+S deploys it.`);
  }

  /** Puts the caret at a line and column of the active file and focuses the editor. */
  reveal(line: number, column = 1): void {
    this.editor.setPosition({ lineNumber: line, column });
    this.editor.revealLineInCenter(line);
    this.editor.focus();
  }

  /** Replaces a file's text with what the server now serves (after a rollback), unless it has unsaved edits. */
  reloadIfClean(path: string, source: string): void {
    const file = this.files.find(f => f.path === path);
    if (file && file.model.getValue() === file.savedSource) {
      file.model.setValue(source);
      file.savedSource = source;
      this.renderTabs();
    }
  }

  /** Re-checks every open file (the environment changed, so their shared code may have). */
  recheckAll(): void {
    this.files.forEach(f => f.runner.schedule(0));
  }

  focus(): void {
    this.editor.focus();
  }

  private addFile(path: string, source: string, isNew: boolean, visibility: FunctionVisibility | undefined): OpenFile {
    const uri = monaco.Uri.parse(`inmemory://console/${++modelCounter}${path.startsWith('/') ? path : `/${path}`}.csx`);
    const model = monaco.editor.createModel(source, 'csharp', uri);
    setEditorTarget(model, this.context); // read at each request: follows the environment switcher
    const file: OpenFile = {
      path, model, savedSource: isNew ? '' : source, isNew, visibility, diagnostics: [], viewState: null,
      runner: undefined as unknown as DiagnosticsRunner,
    };
    file.runner = new DiagnosticsRunner(model, () => this.context, (diagnostics, error) => {
      if (diagnostics) {
        file.diagnostics = diagnostics;
      } else if (error) {
        this.status.error(error);
      }

      if (file === this.activeFile) {
        this.renderProblems();
      }
    });
    file.runner.schedule(0);
    this.files.push(file);
    return file;
  }

  private activate(file: OpenFile | undefined): void {
    if (this.activeFile) {
      this.activeFile.viewState = this.editor.saveViewState();
    }

    this.activeFile = file;
    if (file) {
      this.empty.hidden = true;
      this.host.hidden = false;
      this.editor.setModel(file.model);
      if (file.viewState) {
        this.editor.restoreViewState(file.viewState);
      }

      this.editor.focus();
    } else {
      this.showEmpty();
    }

    this.renderTabs();
    this.renderProblems();
    this.listeners.forEach(l => l(file));
  }

  private showEmpty(): void {
    this.editor.setModel(null);
    this.host.hidden = true;
    this.empty.hidden = false;
  }

  private close(file: OpenFile): void {
    if (file.model.getValue() !== file.savedSource && !window.confirm(`Close ${file.path} without saving?`)) {
      return;
    }

    const index = this.files.indexOf(file);
    this.files.splice(index, 1);
    file.runner.dispose();
    if (file === this.activeFile) {
      this.activeFile = undefined;
      this.activate(this.files[Math.min(index, this.files.length - 1)]);
    }

    file.model.dispose();
    this.renderTabs();
  }

  private renderTabs(): void {
    replace(this.tabs, ...this.files.map(file => {
      const dirty = file.model.getValue() !== file.savedSource;
      const selected = file === this.activeFile;
      return h('div', { class: `tab${selected ? ' selected' : ''}` },
        button(`${file.path}${dirty ? ' ●' : ''}`, () => this.activate(file), {
          role: 'tab', 'aria-selected': String(selected), testid: 'editor-tab', 'data-path': file.path, title: dirty ? 'Unsaved changes' : file.path,
        }),
        button('×', () => this.close(file), { class: 'icon', 'aria-label': `Close ${file.path}`, title: 'Close' }));
    }));
  }

  private renderProblems(): void {
    const file = this.activeFile;
    const diagnostics = file?.diagnostics ?? [];
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    this.problemsSummary.textContent = diagnostics.length === 0 ? 'No problems' : `${errors} error(s), ${diagnostics.length - errors} warning(s)`;
    replace(this.problems, ...diagnostics.map(d => h('li', {},
      button(`${d.severity}  ${d.file ? `${d.file} ` : ''}${d.line}:${d.column}  ${d.id}  ${d.message}`, () => {
        if (!d.file) {
          this.reveal(d.line, d.column);
        }
      }, {
        class: `problem ${d.severity}`, testid: 'problem-item', 'data-id': d.id, 'data-line': d.line, 'data-column': d.column, 'data-severity': d.severity,
      }))));
  }

  private async save(): Promise<void> {
    const file = this.activeFile;
    if (!file) {
      return;
    }

    const { service, environment } = this.context;
    const source = file.model.getValue();
    const url = functionApi(service, file.path) + environmentQuery(environment);
    this.saveButton.disabled = true;
    this.status.info(`Deploying ${file.path}…`);
    try {
      const deployed = await put<DeployResponse>(url, { source, visibility: file.isNew ? file.visibility : undefined });
      file.savedSource = source;
      file.isNew = false;
      monaco.editor.setModelMarkers(file.model, deployOwner, toMarkers(deployed.warnings ?? []));
      const warnings = deployed.warnings?.length ? ` with ${deployed.warnings.length} warning(s)` : '';
      this.status.success(`Deployed v${deployed.version}${warnings}${environment === production ? '' : ` to ${environment}`}`);
      this.renderTabs();
      await this.context.refresh();
      this.listeners.forEach(l => l(file));
    } catch (error) {
      const errors = error instanceof ApiError && Array.isArray(error.problem.errors) ? (error.problem.errors as Diagnostic[]) : undefined;
      if (errors) {
        monaco.editor.setModelMarkers(file.model, liveOwner, []);
        monaco.editor.setModelMarkers(file.model, deployOwner, toMarkers(errors));
        file.diagnostics = errors;
        this.renderProblems();
      }

      this.status.error(error);
    } finally {
      this.saveButton.disabled = false;
    }
  }

  private async copyUrl(): Promise<void> {
    const file = this.activeFile;
    const deployed = file && this.context.functionAt(file.path);
    if (!file || !deployed) {
      this.status.info(file ? `${file.path} is not deployed in ${this.context.environment} yet: save it first.` : 'Open a function first.');
      return;
    }

    try {
      await navigator.clipboard.writeText(deployed.url);
      this.status.success(`Copied ${deployed.url}`);
    } catch {
      this.status.info(`URL: ${deployed.url}`);
    }
  }

  private async diffLive(): Promise<void> {
    const file = this.activeFile;
    if (!file) {
      return;
    }

    try {
      const details = await get<FunctionDetails>(functionApi(this.context.service, file.path, query({ environment: this.context.environment })));
      const live = details.source ?? '';
      openDiff(`${file.path}: live in ${this.context.environment} ↔ editor`,
        { label: details.function ? `Live v${details.function.activeVersion} (${this.context.environment})` : `Not live in ${this.context.environment}`, text: live },
        { label: 'Editor', text: file.model.getValue() });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        openDiff(`${file.path}: not deployed yet ↔ editor`, { label: 'Nothing live', text: '' }, { label: 'Editor', text: file.model.getValue() });
        return;
      }

      this.status.error(error);
    }
  }

  dispose(): void {
    this.files.forEach(f => {
      f.runner.dispose();
      f.model.dispose();
    });
    this.editor.dispose();
  }
}
