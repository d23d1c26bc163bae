/** The request the panel builds: its method, path (function path plus any query) and body. */
export interface TestRequest { method: 'GET' | 'POST'; path: string; parameters: [string, string][]; json: string | null }

/** Form fields as a GET's query string or a POST's urlencoded body (repeated names kept, order kept). */
export function formText(parameters: [string, string][]): string {
  const search = new URLSearchParams();
  for (const [name, value] of parameters) {
    if (name) {
      search.append(name, value);
    }
  }

  return search.toString();
}

/** `path` with the form fields added to its query string (a GET sends its event that way). */
export function withQuery(path: string, parameters: [string, string][]): string {
  const text = formText(parameters);
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}
