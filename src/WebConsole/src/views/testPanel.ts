import { get, post } from '../api/http';
import type { LogEntry, TwilioSignature } from '../api/types';
import { pathOfUrl, query, serviceApi } from '../api/urls';
import { formatTime } from '../text/format';
import { isXml, prettyJson, prettyXml } from '../text/twiml';
import { button, h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { LogsPane } from './logsPane';
import type { ServiceContext } from './serviceContext';
import { formText, type TestRequest, withQuery } from './testRequest';

/**
 * Calls the active function as a webhook would: the Event as form fields or JSON, optionally signed "as Twilio"
 * (the server signs with the environment's TWILIO_AUTH_TOKEN, the browser sends the real request with
 * X-Twilio-Signature). Shows status, duration, headers, the body (TwiML/JSON indented) and that invocation's log
 * lines, matched by its X-Invocation-Id in the live tail (or read from the log history after 1.5 s). Ctrl+Enter
 * sends.
 */
export class TestPanel {
  readonly element: HTMLElement;
  private path: string | undefined;
  private readonly reason = h('p', { class: 'notice', testid: 'test-disabled-reason', hidden: true });
  private readonly method = h('select', { testid: 'test-method', 'aria-label': 'Method' }, h('option', { value: 'POST' }, 'POST'), h('option', { value: 'GET' }, 'GET'));
  private readonly modeForm = h('input', { type: 'radio', name: 'test-mode', value: 'form', checked: true, testid: 'test-mode-form' });
  private readonly modeJson = h('input', { type: 'radio', name: 'test-mode', value: 'json', testid: 'test-mode-json' });
  private readonly rows = h('div', { class: 'param-rows', testid: 'test-params' });
  private readonly json = h('textarea', { rows: 6, class: 'mono', spellcheck: 'false', testid: 'test-json', 'aria-label': 'JSON body', hidden: true }, '{\n  "Body": "HOURS"\n}');
  private readonly asTwilio = h('input', { type: 'checkbox', testid: 'test-as-twilio' });
  private readonly send: HTMLButtonElement;
  private readonly fields: HTMLFieldSetElement;
  private readonly status = new StatusLine('test-status');
  private readonly responseStatus = h('span', { class: 'response-status', testid: 'test-response-status' });
  private readonly duration = h('span', { class: 'muted', testid: 'test-duration' });
  private readonly headers = h('pre', { class: 'mono small', testid: 'test-headers' });
  private readonly body = h('pre', { class: 'mono response-body', testid: 'test-body' });
  private readonly logLines = h('ol', { class: 'log-rows compact', testid: 'test-log-lines' });
  private stopWatching: (() => void) | undefined;

  constructor(private readonly context: ServiceContext, private readonly logs: LogsPane) {
    this.send = button('Send', () => void this.sendRequest(), { class: 'primary', testid: 'test-send', title: 'Send (Ctrl+Enter)' });
    const switchMode = () => {
      const json = this.modeJson.checked;
      this.json.hidden = !json;
      this.rows.hidden = json;
      addRow.hidden = json;
    };
    this.modeForm.addEventListener('change', switchMode);
    this.modeJson.addEventListener('change', switchMode);
    const addRow = button('Add field', () => this.addRow('', ''), { class: 'small', testid: 'test-add-param' });
    this.addRow('From', '+15550001111');
    this.addRow('To', '+15550002222');
    this.addRow('Body', 'HOURS');
    this.fields = h('fieldset', { class: 'test-fields' },
      h('legend', { class: 'visually-hidden' }, 'Request'),
      h('div', { class: 'row' }, this.method,
        h('label', { class: 'radio' }, this.modeForm, 'Form fields'),
        h('label', { class: 'radio' }, this.modeJson, 'JSON'),
        h('label', { class: 'radio', title: 'Sign the request with this environment\'s TWILIO_AUTH_TOKEN, as Twilio does' }, this.asTwilio, 'as Twilio')),
      this.rows, addRow, this.json,
      h('div', { class: 'row' }, this.send, this.status.element));
    this.element = h('section', { class: 'test-panel', 'aria-label': 'Test', testid: 'test-panel' },
      this.reason, this.fields,
      h('div', { class: 'response', testid: 'test-response' },
        h('div', { class: 'row' }, h('strong', {}, 'Response '), this.responseStatus, this.duration),
        h('details', {}, h('summary', {}, 'Headers'), this.headers),
        this.body,
        h('h3', {}, 'Log lines of this invocation'),
        this.logLines));
    this.element.addEventListener('keydown', event => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void this.sendRequest();
      }
    });
    context.onChange(() => this.update());
  }

  /** Points the panel at a function (or none). */
  setFunction(path: string | undefined): void {
    this.path = path;
    this.update();
  }

  private update(): void {
    const deployed = this.path ? this.context.functionAt(this.path) : undefined;
    let reason: string | undefined;
    if (!this.path) {
      reason = 'Open a function to test it.';
    } else if (!deployed) {
      reason = `${this.path} is not deployed in ${this.context.environment}: save it first.`;
    } else if (deployed.visibility === 'private') {
      reason = 'Private functions have no URL: only other functions can call them (Functions.CallAsync). Make it public or protected to test it here.';
    }

    this.fields.disabled = !!reason;
    this.reason.hidden = !reason;
    this.reason.textContent = reason ?? '';
    if (deployed?.visibility === 'protected' && !this.asTwilio.checked && this.reason.hidden) {
      this.asTwilio.checked = true; // a protected function answers 403 without a signature
    }
  }

  private addRow(name: string, value: string): void {
    const row = h('div', { class: 'param-row', testid: 'test-param-row' },
      h('input', { value: name, placeholder: 'Name', 'aria-label': 'Field name', testid: 'test-param-key', class: 'mono' }),
      h('input', { value, placeholder: 'Value', 'aria-label': 'Field value', testid: 'test-param-value', class: 'mono' }),
      button('×', () => row.remove(), { class: 'icon', 'aria-label': 'Remove field', title: 'Remove field' }));
    this.rows.append(row);
  }

  private request(): TestRequest {
    const parameters = [...this.rows.querySelectorAll('.param-row')].map(row => {
      const [name, value] = row.querySelectorAll('input');
      return [name!.value.trim(), value!.value] as [string, string];
    }).filter(([name]) => name);
    const json = this.modeJson.checked && this.method.value === 'POST' ? this.json.value : null;
    return { method: this.method.value as 'GET' | 'POST', path: this.path!, parameters: json === null ? parameters : [], json };
  }

  private async sendRequest(): Promise<void> {
    const deployed = this.path ? this.context.functionAt(this.path) : undefined;
    if (!deployed || this.fields.disabled) {
      return;
    }

    const request = this.request();
    this.stopWatching?.();
    replace(this.logLines);
    replace(this.body);
    replace(this.headers);
    this.responseStatus.textContent = '';
    this.duration.textContent = '';
    this.send.disabled = true;
    try {
      const headers: Record<string, string> = {};
      let target = pathOfUrl(deployed.url);
      if (this.asTwilio.checked) {
        this.status.info('Signing…');
        const signed = await post<TwilioSignature>(
          serviceApi(this.context.service, `/environments/${encodeURIComponent(this.context.environment)}/twilio-signature`),
          { path: request.path, method: request.method, parameters: request.json === null ? Object.fromEntries(request.parameters) : undefined, json: request.json ?? undefined });
        target = signed.path;
        headers['X-Twilio-Signature'] = signed.signature;
      } else if (request.method === 'GET') {
        target = withQuery(target, request.parameters);
      }

      let body: string | undefined;
      if (request.method === 'POST') {
        if (request.json !== null) {
          body = request.json;
          headers['Content-Type'] = 'application/json';
        } else {
          body = formText(request.parameters);
          headers['Content-Type'] = 'application/x-www-form-urlencoded';
        }
      }

      this.status.info(`Calling ${target}…`);
      const started = performance.now();
      const since = new Date(Date.now() - 2000).toISOString();
      const response = await fetch(target, { method: request.method, headers, body, cache: 'no-store', credentials: 'omit' });
      const text = await response.text();
      const elapsed = performance.now() - started;
      this.status.clear();
      this.responseStatus.textContent = `${response.status} ${response.statusText}`;
      this.responseStatus.className = `response-status ${response.ok ? 'ok' : 'error'}`;
      this.duration.textContent = `${Math.round(elapsed)} ms`;
      this.headers.textContent = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
      const contentType = response.headers.get('Content-Type');
      this.body.textContent = isXml(contentType) ? prettyXml(text) : /json/i.test(contentType ?? '') ? prettyJson(text) : text;
      const invocationId = response.headers.get('X-Invocation-Id');
      if (invocationId) {
        this.showLogLines(invocationId, request.path, since);
      } else {
        replace(this.logLines, h('li', { class: 'muted' }, 'The answer named no invocation (X-Invocation-Id).'));
      }
    } catch (error) {
      this.status.error(error);
    } finally {
      this.send.disabled = false;
    }
  }

  private showLogLines(invocationId: string, functionPath: string, since: string): void {
    const seen = new Set<string>();
    const show = (entry: LogEntry) => {
      const key = `${entry.timestamp}|${entry.message}`;
      if (seen.has(key)) {
        return;
      }

      seen.add(key);
      this.logLines.querySelector('.waiting')?.remove();
      this.logLines.append(h('li', { class: `log-row level-${entry.level}`, testid: 'test-log-line' },
        h('time', { datetime: entry.timestamp }, formatTime(entry.timestamp)), h('span', { class: 'level' }, entry.level), h('span', { class: 'message' }, entry.message)));
    };
    this.logLines.append(h('li', { class: 'muted waiting' }, `Waiting for invocation ${invocationId}'s lines…`));
    this.stopWatching = this.logs.watchInvocation(invocationId, show);
    // The tail may have missed the lines (reconnecting); the journal has them about a second later.
    window.setTimeout(async () => {
      if (seen.size > 0) {
        return;
      }

      try {
        const history = await get<LogEntry[]>(serviceApi(this.context.service, `/logs${query({ function: functionPath, since, environment: this.context.environment, limit: 200 })}`));
        history.filter(e => e.invocationId === invocationId).forEach(show);
        const waiting = this.logLines.querySelector('.waiting');
        if (waiting && seen.size === 0) {
          waiting.textContent = 'This invocation logged nothing.';
        }
      } catch (error) {
        this.status.error(error);
      }
    }, 1500);
  }

  dispose(): void {
    this.stopWatching?.();
  }
}
