// A few helpers for building the DOM by hand: the console uses no framework (a small app of forms and lists; the
// editor is Monaco's own DOM), so views are functions that build elements and keep references to what they update.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

/** An element with attributes (`on…` names add listeners; `true` sets a boolean attribute) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }

    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'testid') {
      element.dataset.testid = String(value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (name === 'value' && 'value' in element) {
      (element as HTMLInputElement).value = String(value);
    } else {
      element.setAttribute(name, String(value));
    }
  }

  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }

    parent.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A button; `title` doubles as its accessible name when the label is a symbol. */
export function button(label: string, onClick: (event: MouseEvent) => void, attributes: Attributes = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attributes, onclick: onClick as EventListener }, label);
}

/** A labelled field: <label>text <input></label>. */
export function field(label: string, control: HTMLElement, attributes: Attributes = {}): HTMLLabelElement {
  return h('label', { class: 'field', ...attributes }, h('span', {}, label), control);
}
