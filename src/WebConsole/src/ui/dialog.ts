import { button, h } from './dom';

/**
 * A modal dialog (<dialog>: focus is trapped inside, Esc closes it). `build` fills the body and gets a `close` to
 * call; the dialog is removed from the page when it closes.
 */
export function openDialog(title: string, build: (body: HTMLElement, close: () => void) => void, testid?: string): HTMLDialogElement {
  const body = h('div', { class: 'dialog-body' });
  const dialog = h('dialog', { class: 'dialog', 'aria-label': title, testid: testid ?? null },
    h('header', {}, h('h2', {}, title), button('×', () => dialog.close(), { class: 'icon', title: 'Close (Esc)', 'aria-label': 'Close' })),
    body);
  const close = () => dialog.close();
  dialog.addEventListener('close', () => dialog.remove());
  build(body, close);
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** Asks a yes/no question in a dialog; resolves true on the confirming button. */
export function confirmDialog(title: string, text: string, confirmLabel: string): Promise<boolean> {
  return new Promise(resolve => {
    let answered = false;
    const dialog = openDialog(title, (body, close) => {
      body.append(
        h('p', {}, text),
        h('div', { class: 'actions' },
          button(confirmLabel, () => { answered = true; close(); }, { class: 'danger', testid: 'confirm-yes' }),
          button('Cancel', close)));
    });
    dialog.addEventListener('close', () => resolve(answered));
  });
}
