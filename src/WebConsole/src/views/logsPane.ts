import { get } from '../api/http';
import { readEvents } from '../api/sse';
import type { InvocationRecord, LogEntry } from '../api/types';
import { query, serviceApi } from '../api/urls';
import { formatTime } from '../text/format';
import { button, h, replace } from '../ui/dom';
import { renderError } from '../ui/status';
import type { ServiceContext } from './serviceContext';

type Row = { kind: 'log'; entry: LogEntry } | { kind: 'invocation'; record: InvocationRecord };

const maxRows = 2000;
const timeOf = (row: Row) => (row.kind === 'log' ? row.entry.timestamp : row.record.timestamp);
const environmentOf = (row: Row) => (row.kind === 'log' ? row.entry.environment : row.record.environment);
const functionOf = (row: Row) => (row.kind === 'log' ? row.entry.function : row.record.function);

/**
 * The live tail: the service's log lines and failed invocations as they happen (SSE over fetch), after the recent
 * history. Filters by function and level, pause (new rows wait in a buffer) and clear. A failed invocation shows its
 * error type, message and line; clicking it opens the function at that line. Shows the chosen environment's rows.
 */
export class LogsPane {
  readonly element: HTMLElement;
  private rows: Row[] = [];
  private paused: Row[] = [];
  private isPaused = false;
  private readonly list = h('ol', { class: 'log-rows', testid: 'logs-rows', 'aria-live': 'off' });
  private readonly functionFilter = h('select', { testid: 'logs-filter-function', 'aria-label': 'Function' });
  private readonly levelFilter = h('select', { testid: 'logs-filter-level', 'aria-label': 'Level' },
    h('option', { value: '' }, 'All levels'), h('option', { value: 'info' }, 'Info and above'),
    h('option', { value: 'warn' }, 'Warnings and errors'), h('option', { value: 'error' }, 'Errors'));
  private readonly pauseButton: HTMLButtonElement;
  private readonly state = h('span', { class: 'muted tail-state', testid: 'logs-state' }, 'Connecting…');
  private readonly stream = new AbortController();
  private readonly listeners = new Set<(row: Row) => void>();

  constructor(private readonly context: ServiceContext, private readonly openAt: (path: string, line?: number, column?: number) => void) {
    this.pauseButton = button('Pause', () => this.togglePause(), { testid: 'logs-pause', 'aria-pressed': 'false' });
    this.functionFilter.addEventListener('change', () => this.render());
    this.levelFilter.addEventListener('change', () => this.render());
    this.element = h('section', { class: 'logs-pane', 'aria-label': 'Live logs', testid: 'logs-pane' },
      h('div', { class: 'toolbar' }, h('h2', {}, 'Live logs'), this.functionFilter, this.levelFilter, this.pauseButton,
        button('Clear', () => { this.rows = []; this.paused = []; this.render(); }, { testid: 'logs-clear' }), this.state),
      this.list);
    this.renderFunctionFilter();
    context.onChange(() => this.renderFunctionFilter());
    void this.start();
  }

  /** Every log line of one invocation seen so far, then each that arrives until `stop` is called. */
  watchInvocation(invocationId: string, onEntry: (entry: LogEntry) => void): () => void {
    for (const row of [...this.rows, ...this.paused]) {
      if (row.kind === 'log' && row.entry.invocationId === invocationId) {
        onEntry(row.entry);
      }
    }

    const listener = (row: Row) => {
      if (row.kind === 'log' && row.entry.invocationId === invocationId) {
        onEntry(row.entry);
      }
    };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the history (the environment changed). */
  reload(): void {
    this.rows = [];
    this.paused = [];
    void this.loadHistory();
  }

  private async start(): Promise<void> {
    await this.loadHistory();
    let delayMs = 1000;
    while (!this.stream.signal.aborted) {
      try {
        await readEvents(serviceApi(this.context.service, '/logs/stream'), event => {
          delayMs = 1000;
          this.state.textContent = 'Live';
          if (event.event === 'log') {
            this.add({ kind: 'log', entry: JSON.parse(event.data) as LogEntry });
          } else if (event.event === 'invocation') {
            this.add({ kind: 'invocation', record: JSON.parse(event.data) as InvocationRecord });
          }
        }, this.stream.signal, () => { this.state.textContent = 'Live'; });
        this.state.textContent = 'Reconnecting…';
      } catch (error) {
        if (this.stream.signal.aborted) {
          return;
        }

        renderError(this.state, error);
      }

      await new Promise(resolve => window.setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, 15000);
    }
  }

  private async loadHistory(): Promise<void> {
    const environment = this.context.environment;
    try {
      const [logs, invocations] = await Promise.all([
        get<LogEntry[]>(serviceApi(this.context.service, `/logs${query({ limit: 200, environment })}`), this.stream.signal),
        get<InvocationRecord[]>(serviceApi(this.context.service, `/invocations${query({ limit: 100, environment })}`), this.stream.signal),
      ]);
      const history: Row[] = [
        ...logs.map(entry => ({ kind: 'log', entry }) as Row),
        ...invocations.filter(r => r.status !== 'succeeded').map(record => ({ kind: 'invocation', record }) as Row),
      ];
      history.sort((a, b) => timeOf(a).localeCompare(timeOf(b)));
      const seen = new Set(this.rows.map(key));
      this.rows = [...history.filter(r => !seen.has(key(r))), ...this.rows].slice(-maxRows);
      this.render();
    } catch (error) {
      if (!this.stream.signal.aborted) {
        renderError(this.state, error);
      }
    }
  }

  private add(row: Row): void {
    this.listeners.forEach(l => l(row));
    if (row.kind === 'invocation' && row.record.status === 'succeeded') {
      return; // a success is the absence of news; its log lines already showed
    }

    if (this.isPaused) {
      this.paused.push(row);
      this.pauseButton.textContent = `Resume (${this.paused.length})`;
      return;
    }

    this.rows.push(row);
    if (this.rows.length > maxRows) {
      this.rows.splice(0, this.rows.length - maxRows);
    }

    if (this.visible(row)) {
      const atBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 40;
      this.list.append(this.renderRow(row));
      if (atBottom) {
        this.list.scrollTop = this.list.scrollHeight;
      }
    }
  }

  private togglePause(): void {
    this.isPaused = !this.isPaused;
    this.pauseButton.setAttribute('aria-pressed', String(this.isPaused));
    if (!this.isPaused) {
      const buffered = this.paused;
      this.paused = [];
      this.rows.push(...buffered);
      this.render();
    }

    this.pauseButton.textContent = this.isPaused ? 'Resume' : 'Pause';
  }

  private visible(row: Row): boolean {
    if (environmentOf(row) !== this.context.environment) {
      return false;
    }

    const wanted = this.functionFilter.value;
    if (wanted && functionOf(row) !== wanted) {
      return false;
    }

    const level = this.levelFilter.value;
    if (!level || row.kind === 'invocation') {
      return true;
    }

    const order = { info: 0, warn: 1, error: 2 };
    return order[row.entry.level] >= order[level as keyof typeof order];
  }

  private render(): void {
    replace(this.list, ...this.rows.filter(r => this.visible(r)).map(r => this.renderRow(r)));
    this.list.scrollTop = this.list.scrollHeight;
  }

  private renderRow(row: Row): HTMLElement {
    if (row.kind === 'log') {
      const e = row.entry;
      return h('li', { class: `log-row level-${e.level}`, testid: 'log-row', 'data-invocation': e.invocationId, 'data-function': e.function },
        h('time', { datetime: e.timestamp }, formatTime(e.timestamp)),
        h('span', { class: 'level' }, e.level),
        h('span', { class: 'function' }, `${e.function} v${e.version}`),
        h('span', { class: 'message' }, e.message));
    }

    const r = row.record;
    const where = r.error?.line ? ` at ${r.error.file ?? 'line'} ${r.error.file ? `${r.error.line}` : r.error.line}${r.error.column ? `:${r.error.column}` : ''}` : '';
    const text = `${r.status} (HTTP ${r.httpStatus}, ${Math.round(r.durationMs)} ms)${r.error ? `: ${r.error.type}${r.error.message ? ` — ${r.error.message}` : ''}${where}` : ''}`;
    const canOpen = !!r.error?.line && !r.error.file;
    return h('li', { class: 'log-row invocation-failed', testid: 'log-invocation-failed', 'data-invocation': r.invocationId, 'data-function': r.function },
      h('time', { datetime: r.timestamp }, formatTime(r.timestamp)),
      h('span', { class: 'level' }, 'failed'),
      h('span', { class: 'function' }, `${r.function} v${r.version}`),
      canOpen
        ? button(text, () => this.openAt(r.function, r.error!.line!, r.error!.column ?? 1), { class: 'message link', title: 'Open the function at this line' })
        : h('span', { class: 'message' }, text));
  }

  private renderFunctionFilter(): void {
    const chosen = this.functionFilter.value;
    replace(this.functionFilter, h('option', { value: '' }, 'All functions'),
      ...this.context.functions.map(f => h('option', { value: f.path, selected: f.path === chosen }, f.path)));
  }

  dispose(): void {
    this.stream.abort();
    this.listeners.clear();
  }
}

function key(row: Row): string {
  return row.kind === 'log'
    ? `l|${row.entry.invocationId}|${row.entry.timestamp}|${row.entry.message}`
    : `i|${row.record.invocationId}`;
}
