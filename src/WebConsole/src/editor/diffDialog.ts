import { openDialog } from '../ui/dialog';
import { h } from '../ui/dom';
import { monaco } from './monacoSetup';

/** Monaco's diff editor in a dialog: `original` on the left, `modified` on the right, both read-only. */
export function openDiff(title: string, original: { label: string; text: string }, modified: { label: string; text: string }): void {
  const container = h('div', { class: 'diff-host', testid: 'diff-editor' });
  let diff: monaco.editor.IStandaloneDiffEditor | undefined;
  const models = [monaco.editor.createModel(original.text, 'csharp'), monaco.editor.createModel(modified.text, 'csharp')];
  const dialog = openDialog(title, body => {
    body.append(
      h('div', { class: 'diff-labels' }, h('span', {}, original.label), h('span', {}, modified.label)),
      container);
  }, 'diff-dialog');
  dialog.classList.add('wide-dialog');
  diff = monaco.editor.createDiffEditor(container, { readOnly: true, automaticLayout: true, renderSideBySide: window.innerWidth > 700, originalEditable: false });
  diff.setModel({ original: models[0]!, modified: models[1]! });
  dialog.addEventListener('close', () => {
    diff?.dispose();
    models.forEach(m => m.dispose());
  });
}
