/** One entry a line; blank lines dropped. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).map(l => l.trim()).filter(Boolean);
}
