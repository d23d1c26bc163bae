/**
 * Indents XML (TwiML) for reading: one element per line, two spaces a level; an element holding only text stays on
 * one line. Text and attribute values are kept as they are. Not a validator: answers the input unchanged when it
 * does not look like XML.
 */
export function prettyXml(xml: string): string {
  const text = xml.trim();
  if (!text.startsWith('<')) {
    return xml;
  }

  const tokens = text.match(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[^>]+>|[^<]+/g);
  if (!tokens) {
    return xml;
  }

  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (/^<\?/.test(token) || /^<!/.test(token)) {
      lines.push(pad + token);
    } else if (/^<\//.test(token)) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (/^</.test(token)) {
      const selfClosing = /\/>$/.test(token);
      const textChild = tokens[i + 1];
      const closing = tokens[i + 2];
      if (!selfClosing && textChild !== undefined && !textChild.startsWith('<') && closing !== undefined && /^<\//.test(closing)) {
        lines.push(pad + token + textChild.trim() + closing);
        i += 2;
      } else {
        lines.push(pad + token);
        if (!selfClosing) {
          depth++;
        }
      }
    } else if (token.trim()) {
      lines.push(pad + token.trim());
    }
  }

  return lines.join('\n');
}

/** True when a content type names XML (TwiML is served as text/xml or application/xml). */
export function isXml(contentType: string | null): boolean {
  return !!contentType && /[/+]xml\b/i.test(contentType);
}

/** JSON indented two spaces, or the text unchanged when it is not JSON. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
