/**
 * Runs requests one at a time. The server lets each service run only a couple of editor requests at once (429 past
 * that), so the console keeps to one per lane: diagnostics in one, completion/hover/signature in the other. A
 * request whose signal aborts before its turn is never sent; one aborted while running is cancelled (the server
 * stops it), and the lane waits a moment before the next, while the server notices the closed request and frees its
 * slot.
 */
export class RequestLane {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly graceMs = 100) {}

  run<T>(signal: AbortSignal, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const turn = this.tail;
    let release!: () => void;
    this.tail = new Promise(resolve => { release = resolve; });
    return (async () => {
      try {
        await turn;
        signal.throwIfAborted();
        return await send(signal);
      } finally {
        if (signal.aborted && this.graceMs > 0) {
          setTimeout(release, this.graceMs);
        } else {
          release();
        }
      }
    })();
  }
}
