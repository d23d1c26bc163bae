import { ApiError, toProblem } from './problem';
import { release, storedKey, track } from './session';

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Sent as is (a file's bytes, with its own content type in `headers`). */
  rawBody?: BodyInit;
}

/**
 * Calls the management API with the session's key as `Authorization: Bearer`; answers the parsed JSON (undefined
 * for 204). Every non-2xx answer throws an ApiError carrying the problem details.
 */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const controller = track();
  const abort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
    const key = storedKey();
    if (key) {
      headers.Authorization = `Bearer ${key}`;
    }

    let body: BodyInit | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }

    const response = await fetch(path, { method, headers, body, signal: controller.signal, cache: 'no-store' });
    const text = await response.text();
    if (!response.ok) {
      throw new ApiError(response.status, toProblem(response.status, response.statusText, text));
    }

    return (text ? JSON.parse(text) : undefined) as T;
  } finally {
    options.signal?.removeEventListener('abort', abort);
    release(controller);
  }
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, { signal });
export const post = <T>(path: string, body?: unknown, signal?: AbortSignal) => api<T>('POST', path, { body: body ?? {}, signal });
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, { body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, { body, headers: { 'Content-Type': 'application/merge-patch+json' } });
export const del = (path: string) => api<void>('DELETE', path);

/** True when the promise rejected because its request was aborted (superseded or signed out). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export { ApiError };
