import { post } from '../api/http';
import type { CompletionAnswer, EditorDiagnostics, QuickInfoAnswer, SignatureHelpAnswer } from '../api/types';
import { serviceApi } from '../api/urls';

/** Where an editor request's text comes from: the service, the environment whose shared code it compiles with. */
export interface EditorTarget { service: string; environment: string }

/** The body every editor endpoint takes: the text and a 1-based caret (UTF-16 columns, as Monaco counts). */
export function editorRequest(target: EditorTarget, source: string, line: number, column: number) {
  return { source, line, column, environment: target.environment };
}

const endpoint = (target: EditorTarget, name: string) => serviceApi(target.service, `/editor/${name}`);

export const diagnose = (t: EditorTarget, source: string, signal: AbortSignal) =>
  post<EditorDiagnostics>(endpoint(t, 'diagnostics'), editorRequest(t, source, 1, 1), signal);
export const complete = (t: EditorTarget, source: string, line: number, column: number, signal: AbortSignal) =>
  post<CompletionAnswer>(endpoint(t, 'completions'), editorRequest(t, source, line, column), signal);
export const hover = (t: EditorTarget, source: string, line: number, column: number, signal: AbortSignal) =>
  post<QuickInfoAnswer>(endpoint(t, 'hover'), editorRequest(t, source, line, column), signal);
export const signature = (t: EditorTarget, source: string, line: number, column: number, signal: AbortSignal) =>
  post<SignatureHelpAnswer>(endpoint(t, 'signature'), editorRequest(t, source, line, column), signal);
