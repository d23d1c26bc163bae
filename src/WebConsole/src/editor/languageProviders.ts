import { isAbort } from '../api/http';
import type { CompletionEntry, TextRange } from '../api/types';
import { complete, type EditorTarget, hover, signature } from './editorApi';
import { monaco } from './monacoSetup';

// C# help for every model the console opens, from the server's editor endpoints (Roslyn, filtered by the allowlist).
// Registered once for the language; each model names its service and environment in `targets`.

const targets = new Map<string, EditorTarget>();

/** Says which service/environment a model's text belongs to; forgotten when the model is disposed. */
export function setEditorTarget(model: monaco.editor.ITextModel, target: EditorTarget): void {
  targets.set(model.uri.toString(), target);
  model.onWillDispose(() => targets.delete(model.uri.toString()));
}

const kinds: Record<string, monaco.languages.CompletionItemKind> = {
  method: monaco.languages.CompletionItemKind.Method,
  property: monaco.languages.CompletionItemKind.Property,
  field: monaco.languages.CompletionItemKind.Field,
  constant: monaco.languages.CompletionItemKind.Constant,
  enumMember: monaco.languages.CompletionItemKind.EnumMember,
  event: monaco.languages.CompletionItemKind.Event,
  class: monaco.languages.CompletionItemKind.Class,
  struct: monaco.languages.CompletionItemKind.Struct,
  interface: monaco.languages.CompletionItemKind.Interface,
  enum: monaco.languages.CompletionItemKind.Enum,
  delegate: monaco.languages.CompletionItemKind.Function,
  namespace: monaco.languages.CompletionItemKind.Module,
  local: monaco.languages.CompletionItemKind.Variable,
  parameter: monaco.languages.CompletionItemKind.Variable,
  typeParameter: monaco.languages.CompletionItemKind.TypeParameter,
  keyword: monaco.languages.CompletionItemKind.Keyword,
  snippet: monaco.languages.CompletionItemKind.Snippet,
  label: monaco.languages.CompletionItemKind.Reference,
  operator: monaco.languages.CompletionItemKind.Operator,
};

const toRange = (r: TextRange) => new monaco.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);

/** An AbortSignal that fires when Monaco cancels the request (the user typed on). */
function signalOf(token: monaco.CancellationToken): AbortSignal {
  const controller = new AbortController();
  token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

function completionItem(entry: CompletionEntry, range: monaco.IRange): monaco.languages.CompletionItem {
  return {
    label: entry.label,
    kind: kinds[entry.kind] ?? monaco.languages.CompletionItemKind.Text,
    detail: entry.detail ?? undefined,
    documentation: entry.documentation ? { value: entry.documentation } : undefined,
    insertText: entry.insertText,
    filterText: entry.filterText,
    sortText: entry.sortText,
    range,
  };
}

let registered = false;

export function registerCSharpProviders(): void {
  if (registered) {
    return;
  }

  registered = true;
  monaco.languages.registerCompletionItemProvider('csharp', {
    triggerCharacters: ['.'],
    async provideCompletionItems(model, position, _context, token) {
      const target = targets.get(model.uri.toString());
      if (!target) {
        return { suggestions: [] };
      }

      try {
        const signal = signalOf(token);
        let answer = await complete(target, model.getValue(), position.lineNumber, position.column, signal);
        if (answer.incomplete === 'timedOut' && answer.items.length === 0) {
          // Roslyn's first answers after a start are slow; the server keeps warming, so one more try usually answers.
          answer = await complete(target, model.getValue(), position.lineNumber, position.column, signal);
        }

        const word = model.getWordUntilPosition(position);
        const range = answer.range ? toRange(answer.range) : new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, position.column);
        return { suggestions: answer.items.map(item => completionItem(item, range)), incomplete: answer.incomplete !== null };
      } catch (error) {
        if (!isAbort(error)) {
          console.warn('completion failed', error);
        }

        return { suggestions: [] };
      }
    },
  });

  monaco.languages.registerHoverProvider('csharp', {
    async provideHover(model, position, token) {
      const target = targets.get(model.uri.toString());
      if (!target) {
        return null;
      }

      try {
        const answer = await hover(target, model.getValue(), position.lineNumber, position.column, signalOf(token));
        return answer.markdown ? { contents: [{ value: answer.markdown }], range: answer.range ? toRange(answer.range) : undefined } : null;
      } catch (error) {
        if (!isAbort(error)) {
          console.warn('hover failed', error);
        }

        return null;
      }
    },
  });

  monaco.languages.registerSignatureHelpProvider('csharp', {
    signatureHelpTriggerCharacters: ['(', ','],
    signatureHelpRetriggerCharacters: [','],
    async provideSignatureHelp(model, position, token) {
      const target = targets.get(model.uri.toString());
      if (!target) {
        return null;
      }

      try {
        const answer = await signature(target, model.getValue(), position.lineNumber, position.column, signalOf(token));
        if (answer.signatures.length === 0) {
          return null;
        }

        return {
          value: {
            signatures: answer.signatures.map(s => ({
              label: s.label,
              documentation: s.documentation ? { value: s.documentation } : undefined,
              parameters: s.parameters.map(p => ({ label: [p.start, p.end] as [number, number], documentation: p.documentation ? { value: p.documentation } : undefined })),
            })),
            activeSignature: answer.activeSignature,
            activeParameter: answer.activeParameter,
          },
          dispose() {},
        };
      } catch (error) {
        if (!isAbort(error)) {
          console.warn('signature help failed', error);
        }

        return null;
      }
    },
  });
}
