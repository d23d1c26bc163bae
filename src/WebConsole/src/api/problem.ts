/** RFC 9457 problem details, as every API error answers (plus what ASP.NET Core and ScriptHost add). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[] | string> | unknown[];
  [extension: string]: unknown;
}

/** A non-2xx answer: its status and problem details (made up from the status when the body was not a problem). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: ProblemDetails) {
    super(problemText(problem));
    this.name = 'ApiError';
  }
}

/** The lines a person reads for a problem: its title, its detail, then each field's errors ("field: message"). */
export function problemLines(problem: ProblemDetails): string[] {
  const lines: string[] = [];
  const title = problem.title?.trim() || (problem.status ? `HTTP ${problem.status}` : 'Error');
  lines.push(title);
  if (problem.detail?.trim()) {
    lines.push(problem.detail.trim());
  }

  const errors = problem.errors;
  if (errors && !Array.isArray(errors) && typeof errors === 'object') {
    for (const [field, messages] of Object.entries(errors)) {
      for (const message of Array.isArray(messages) ? messages : [messages]) {
        lines.push(field ? `${field}: ${String(message)}` : String(message));
      }
    }
  }

  return lines;
}

/** The problem as one text: title, then detail and field errors, each on its own line. */
export function problemText(problem: ProblemDetails): string {
  return problemLines(problem).join('\n');
}

/** Problem details from an answer's body, or ones made up from its status when the body is not JSON. */
export function toProblem(status: number, statusText: string, body: string): ProblemDetails {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const problem = parsed as ProblemDetails;
      return { ...problem, status: problem.status ?? status, title: problem.title ?? (statusText || `HTTP ${status}`) };
    }
  } catch {
    // not JSON: made up below
  }

  return { status, title: statusText || `HTTP ${status}`, detail: body.trim().slice(0, 500) || undefined };
}

/** A readable text for anything a promise rejected with. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.message;
  }

  if (error instanceof Error) {
    return error.name === 'TypeError' ? `The server did not answer (${error.message}).` : error.message;
  }

  return String(error);
}
