import { get } from '../api/http';
import type { UsageDto } from '../api/types';
import { monthBefore, query, serviceApi } from '../api/urls';
import { h, replace } from '../ui/dom';
import { StatusLine } from '../ui/status';
import type { ServiceContext } from './serviceContext';
import { sparkline } from './sparkline';

const monthsShown = 6;

/** This month's invocations per function (a bar each) with a six-month sparkline, for the chosen environment. */
export function usagePage(context: ServiceContext): HTMLElement {
  const status = new StatusLine('page-status');
  const summary = h('div', { class: 'usage-summary', testid: 'usage-summary' });
  const bars = h('ul', { class: 'usage-bars', testid: 'usage-bars' });
  const months = Array.from({ length: monthsShown }, (_, i) => monthBefore(new Date(), monthsShown - 1 - i));

  Promise.all(months.map(month => get<UsageDto>(serviceApi(context.service, `/usage${query({ month, environment: context.environment })}`))))
    .then(usages => {
      const current = usages[usages.length - 1]!;
      replace(summary,
        h('p', {}, h('strong', {}, `${current.invocations.toLocaleString()} invocations`), ` in ${current.month} (${context.environment})`),
        h('p', { class: 'muted' }, `${current.freeInvocations.toLocaleString()} free; ${current.billableInvocations.toLocaleString()} billable ≈ $${current.chargeUsd.toFixed(2)} at Twilio Functions' price`),
        h('div', { class: 'row' }, h('span', { class: 'muted' }, `${months[0]} → ${current.month}`), sparkline(usages.map(u => u.invocations), 'Invocations over six months', 160, 32)));
      const paths = [...new Set(usages.flatMap(u => u.functions.map(f => f.path)))].sort();
      const perMonth = (path: string) => usages.map(u => u.functions.filter(f => f.path === path).reduce((n, f) => n + f.invocations, 0));
      const max = Math.max(1, ...paths.map(p => perMonth(p).at(-1)!));
      replace(bars, ...paths.map(path => {
        const series = perMonth(path);
        const now = series.at(-1)!;
        return h('li', { testid: 'usage-row', 'data-path': path },
          h('span', { class: 'mono' }, path),
          h('span', { class: 'bar-track' }, h('meter', { class: 'bar', min: 0, max, value: now, title: `${now} this month` })),
          h('span', { class: 'count' }, now.toLocaleString()),
          sparkline(series, `${path}: invocations over six months`));
      }));
      if (paths.length === 0) {
        bars.append(h('li', { class: 'muted' }, 'No invocations in the last six months.'));
      }
    })
    .catch(error => status.error(error));
  return h('section', { class: 'page', testid: 'usage-page' }, h('h1', {}, 'Usage'), status.element, summary, bars);
}
