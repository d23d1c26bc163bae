// The signed-in key lives in this tab's sessionStorage only (never a URL, never localStorage), and every request or
// stream started while signed in registers its AbortController here, so signing out stops them all at once.

const keyName = 'scripthost.console.key';
const running = new Set<AbortController>();

export function storedKey(): string | null {
  return sessionStorage.getItem(keyName);
}

export function storeKey(key: string): void {
  sessionStorage.setItem(keyName, key);
}

/** A controller aborted at sign-out (and forgotten once `release` is called). */
export function track(controller = new AbortController()): AbortController {
  running.add(controller);
  controller.signal.addEventListener('abort', () => running.delete(controller), { once: true });
  return controller;
}

export function release(controller: AbortController): void {
  running.delete(controller);
}

/** Clears the key and aborts every request and stream. */
export function signOut(): void {
  sessionStorage.removeItem(keyName);
  for (const controller of [...running]) {
    controller.abort();
  }

  running.clear();
}
