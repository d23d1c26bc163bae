import { errorText, problemLines } from '../api/problem';
import { ApiError } from '../api/http';
import { h, replace } from './dom';

/**
 * A line that says what just happened (a save, a failure). Errors from the API show their problem details: the
 * title in bold, then the detail and each field's errors. Announced to screen readers (role=status).
 */
export class StatusLine {
  readonly element: HTMLElement;

  constructor(testid = 'status-line') {
    this.element = h('div', { class: 'status-line', role: 'status', 'aria-live': 'polite', testid });
  }

  info(text: string): void {
    this.element.className = 'status-line';
    this.element.textContent = text;
  }

  success(text: string): void {
    this.element.className = 'status-line ok';
    this.element.textContent = text;
  }

  error(error: unknown): void {
    this.element.className = 'status-line error';
    renderError(this.element, error);
  }

  clear(): void {
    this.info('');
  }
}

/** Puts an error's text in `target`: a problem's title in bold, then its other lines. */
export function renderError(target: Element, error: unknown): void {
  if (error instanceof ApiError) {
    const [title, ...rest] = problemLines(error.problem);
    replace(target, h('strong', {}, title), ...rest.map(line => h('span', { class: 'problem-line' }, line)));
  } else {
    replace(target, errorText(error));
  }
}
