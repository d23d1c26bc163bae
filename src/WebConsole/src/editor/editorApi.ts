import { post } from '../api/http';
import type { CompletionAnswer, EditorDiagnostics, QuickInfoAnswer, SignatureHelpAnswer } from '../api/types';
import { serviceApi } from '../api/urls';
import { RequestLane } from './requestLane';

/** Where an editor request's text comes from: the service, the environment whose shared code it compiles with. */
export interface EditorTarget { service: string; environment: string }

/** The body every editor endpoint takes: the text and a 1-based caret (UTF-16 columns, as Monaco counts). */
export function editorRequest(target: EditorTarget, source: string, line: number, column: number) {
  return { source, line, column, environment: target.environment };
}

const endpoint = (target: EditorTarget, name: string) => serviceApi(target.service, `/editor/${name}`);

const diagnosticsLane = new RequestLane();
const interactiveLane = new RequestLane();

export const diagnose = (t: EditorTarget, source: string, signal: AbortSignal) =>
  diagnosticsLane.run(signal, s => post<EditorDiagnostics>(endpoint(t, 'diagnostics'), editorRequest(t, source, 1, 1), s));
export const complete = (t: EditorTarget, source: string, line: number, column: number, signal: AbortSignal) =>
  interactiveLane.run(signal, s => post<CompletionAnswer>(endpoint(t, 'completions'), editorRequest(t, source, line, column), s));
export const hover = (t: EditorTarget, source: string, line: number, column: number, signal: AbortSignal) =>
  interactiveLane.run(signal, s => post<QuickInfoAnswer>(endpoint(t, 'hover'), editorRequest(t, source, line, column), s));
export const signature = (t: EditorTarget, source: string, line: number, column: number, signal: AbortSignal) =>
  interactiveLane.run(signal, s => post<SignatureHelpAnswer>(endpoint(t, 'signature'), editorRequest(t, source, line, column), s));
