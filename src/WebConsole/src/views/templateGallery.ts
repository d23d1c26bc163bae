import { ApiError, get } from '../api/http';
import type { FunctionVisibility, TemplateDto } from '../api/types';
import { openDialog } from '../ui/dialog';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';

const blank: TemplateDto = {
  name: 'blank', title: 'Empty function', description: 'Answers a plain-text greeting; start from nothing.', pointAtIt: '', visibility: 'public', variables: [],
  source: '// A ScriptHost function: Event holds the request, Log writes to the live logs, the returned value is the answer.\nLog.Info("Called");\nreturn "Hello from ScriptHost";\n',
};

/** A function path a new function may take: "/" then letters, digits, '-', '_', '.', '/' segments. */
export function normalizeFunctionPath(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * "New function": the gallery of samples (GET /api/templates) with their headers, a path for the new function, and
 * Create, which opens the template's text in a new tab (deployed on the first save).
 */
export function openTemplateGallery(existingPaths: string[], create: (path: string, source: string, visibility: FunctionVisibility) => void): void {
  openDialog('New function', (body, close) => {
    const status = new StatusLine('gallery-status');
    const list = h('div', { class: 'template-list', role: 'radiogroup', 'aria-label': 'Templates', testid: 'template-list' });
    const path = h('input', { id: 'new-function-path', class: 'mono', value: '/', required: true, testid: 'new-function-path' });
    const details = h('div', { class: 'template-details', testid: 'template-details' });
    let chosen: TemplateDto | undefined;
    const choose = (template: TemplateDto, item: HTMLElement) => {
      chosen = template;
      list.querySelectorAll('[role=radio]').forEach(e => e.setAttribute('aria-checked', String(e === item)));
      path.value = `/${template.name}`;
      replace(details,
        h('p', {}, template.description),
        template.pointAtIt ? h('p', {}, h('strong', {}, 'Point at it: '), template.pointAtIt) : null,
        h('p', {}, h('strong', {}, 'Visibility: '), template.visibility),
        template.variables.length ? h('p', {}, h('strong', {}, 'Variables: '), template.variables.join(', ')) : null);
    };
    const render = (templates: TemplateDto[]) => {
      replace(list, ...templates.map(template => {
        const item = button('', () => choose(template, item), {
          role: 'radio', 'aria-checked': 'false', class: 'template-item', testid: 'template-item', 'data-name': template.name,
        });
        item.append(h('strong', {}, template.title || template.name), h('span', { class: 'muted' }, template.name), h('span', { class: 'badge' }, template.visibility));
        return item;
      }));
      const first = list.querySelector<HTMLElement>('[role=radio]');
      first?.click();
      first?.focus();
    };
    const form = h('form', { class: 'new-function' },
      h('label', { for: 'new-function-path' }, 'Path'), path,
      h('button', { type: 'submit', class: 'primary', testid: 'create-function' }, 'Create'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const target = normalizeFunctionPath(path.value);
      if (!chosen || target === '/') {
        status.info('Choose a template and a path.');
        return;
      }

      if (existingPaths.includes(target)) {
        status.info(`${target} exists already: open it from the list.`);
        return;
      }

      close();
      create(target, chosen.source, chosen.visibility);
    });
    body.append(h('div', { class: 'gallery' }, list, details), form, status.element);
    render([blank]);
    get<TemplateDto[]>('/api/templates')
      .then(templates => render([...templates, blank]))
      .catch(error => {
        if (!(error instanceof ApiError && error.status === 404)) {
          status.error(error);
        }
      });
  }, 'template-gallery');
}
