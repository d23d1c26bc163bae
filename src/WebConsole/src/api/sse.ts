import { ApiError, toProblem } from './problem';
import { storedKey, track } from './session';

/** One server-sent event: its `event:` name ("message" when none) and its `data:` lines joined with newlines. */
export interface SseEvent { event: string; data: string; id?: string }

/**
 * Parses a text/event-stream as it arrives, in chunks cut anywhere (even inside a line or a CRLF). Follows the
 * WHATWG rules that matter here: lines end in LF, CR or CRLF; a blank line ends an event; `:` lines are comments;
 * one optional space after the colon is dropped; an event with no data is not dispatched.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | undefined;
  private skipLf = false;

  /** Feeds the next chunk; answers the events it completed. */
  feed(chunk: string): SseEvent[] {
    const events: SseEvent[] = [];
    let text = chunk;
    if (this.skipLf && text.startsWith('\n')) {
      text = text.slice(1);
    }

    this.skipLf = false;
    this.buffer += text;
    for (;;) {
      const end = this.buffer.search(/[\r\n]/);
      if (end < 0) {
        break;
      }

      const line = this.buffer.slice(0, end);
      let next = end + 1;
      if (this.buffer[end] === '\r') {
        if (next === this.buffer.length) {
          this.skipLf = true; // a CR at a chunk's end may be the first half of a CRLF
        } else if (this.buffer[next] === '\n') {
          next++;
        }
      }

      this.buffer = this.buffer.slice(next);
      const dispatched = this.line(line);
      if (dispatched) {
        events.push(dispatched);
      }
    }

    return events;
  }

  private line(line: string): SseEvent | undefined {
    if (line === '') {
      const event = this.data.length > 0 ? { event: this.event || 'message', data: this.data.join('\n'), id: this.id } : undefined;
      this.event = '';
      this.data = [];
      return event;
    }

    if (line.startsWith(':')) {
      return undefined;
    }

    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }

    switch (field) {
      case 'event':
        this.event = value;
        break;
      case 'data':
        this.data.push(value);
        break;
      case 'id':
        this.id = value;
        break;
      default:
        break;
    }

    return undefined;
  }
}

/**
 * Reads an SSE stream with fetch (EventSource cannot send the Authorization header, and the key never goes in a
 * URL), calling `onEvent` for each event until the stream ends or `signal` aborts. Resolves when the stream ends;
 * rejects with an ApiError when the server refuses it.
 */
export async function readEvents(path: string, onEvent: (event: SseEvent) => void, signal: AbortSignal, onOpen?: () => void): Promise<void> {
  const controller = track();
  signal.addEventListener('abort', () => controller.abort(), { once: true });
  const key = storedKey();
  const response = await fetch(path, {
    headers: { Accept: 'text/event-stream', ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    signal: controller.signal,
    cache: 'no-store',
  });
  if (!response.ok || !response.body) {
    throw new ApiError(response.status, toProblem(response.status, response.statusText, await response.text()));
  }

  onOpen?.();
  const parser = new SseParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }

      for (const event of parser.feed(value)) {
        onEvent(event);
      }
    }
  } finally {
    reader.releaseLock();
    controller.abort();
  }
}
