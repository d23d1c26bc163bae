/** A function or asset path as a URL path: each segment percent-encoded, the slashes kept; no leading slash. */
export function encodePath(path: string): string {
  return path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
}

/** A query string ("?a=1&b=x") of the parameters that are set; empty when none is. */
export function query(parameters: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  }

  const text = search.toString();
  return text ? `?${text}` : '';
}

/** `/api/services/{service}` followed by the given path (already encoded where it must be). */
export function serviceApi(service: string, rest = ''): string {
  return `/api/services/${encodeURIComponent(service)}${rest}`;
}

/** The management path of a function (`/api/services/s/functions/a/b`). */
export function functionApi(service: string, path: string, rest = ''): string {
  return serviceApi(service, `/functions/${encodePath(path)}${rest}`);
}

/** The production environment's name: the plain routes (`PUT .../functions/{path}`) act on it. */
export const production = 'production';

/** The `environment` parameter of the simple path's routes: none for production, which they act on without one. */
export function environmentParameter(environment: string): string | undefined {
  return environment === production ? undefined : environment;
}

/** `?environment=` for an environment other than production (see {@link environmentParameter}). */
export function environmentQuery(environment: string): string {
  return query({ environment: environmentParameter(environment) });
}

/** The month (yyyy-MM) `monthsBack` months before the one `now` is in (UTC). */
export function monthBefore(now: Date, monthsBack: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The same-origin path of a full function URL (the listing's `url` may name the public host). */
export function pathOfUrl(url: string): string {
  try {
    const parsed = new URL(url, 'http://localhost');
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
