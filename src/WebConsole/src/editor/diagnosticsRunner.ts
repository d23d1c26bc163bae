import { ApiError, isAbort } from '../api/http';
import type { Diagnostic } from '../api/types';
import { diagnose, type EditorTarget } from './editorApi';
import { monaco } from './monacoSetup';

/** The markers owner for what the editor endpoint reports while typing (deploy answers use their own). */
export const liveOwner = 'scripthost';
export const deployOwner = 'scripthost-deploy';

/** Monaco markers for the function's own diagnostics (ones in shared code name their file and stay in the list only). */
export function toMarkers(diagnostics: Diagnostic[]): monaco.editor.IMarkerData[] {
  return diagnostics.filter(d => !d.file).map(d => ({
    severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: d.message,
    code: d.id,
    source: 'ScriptHost',
    startLineNumber: Math.max(1, d.line),
    startColumn: Math.max(1, d.column),
    endLineNumber: Math.max(1, d.endLine || d.line),
    endColumn: Math.max(1, d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn || d.column + 1),
  }));
}

/**
 * Asks the server what a deploy of the text would say, 300 ms after typing stops; a newer edit aborts the request
 * still running. Calls `onResult` with each answer.
 */
export class DiagnosticsRunner {
  private timer: number | undefined;
  private running: AbortController | undefined;
  private readonly subscription: monaco.IDisposable;

  constructor(
    private readonly model: monaco.editor.ITextModel,
    private readonly target: () => EditorTarget,
    private readonly onResult: (diagnostics: Diagnostic[] | undefined, error?: unknown) => void,
    private readonly delayMs = 300,
  ) {
    this.subscription = model.onDidChangeContent(() => this.schedule());
  }

  schedule(delayMs = this.delayMs): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), delayMs);
  }

  private async run(): Promise<void> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    try {
      const answer = await diagnose(this.target(), this.model.getValue(), controller.signal);
      if (!controller.signal.aborted && !this.model.isDisposed()) {
        monaco.editor.setModelMarkers(this.model, deployOwner, []);
        monaco.editor.setModelMarkers(this.model, liveOwner, toMarkers(answer.diagnostics));
        this.onResult(answer.diagnostics);
      }
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) {
        return;
      }

      if (error instanceof ApiError && error.status === 429) {
        // Busy (another tab, or a compile still running): ask again when the server says to.
        const seconds = Number(error.problem.retryAfterSeconds) || 1;
        this.schedule(seconds * 1000);
        return;
      }

      this.onResult(undefined, error);
    }
  }

  dispose(): void {
    window.clearTimeout(this.timer);
    this.running?.abort();
    this.subscription.dispose();
  }
}
