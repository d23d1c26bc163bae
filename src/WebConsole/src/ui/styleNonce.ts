/**
 * Monaco adds <style> elements at run time (its themes, decorations, widgets). The page's CSP allows styles from
 * 'self' and from elements carrying this response's nonce only, and Monaco 0.57 sets no nonce itself, so every
 * <style> element the page creates gets the nonce the server put on <meta property="csp-nonce"> before it is
 * inserted. Must run before Monaco's modules evaluate.
 */
export function installStyleNonce(): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || '';
  if (!nonce) {
    return;
  }

  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = create.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) {
      element.nonce = nonce;
    }

    return element;
  } as typeof Document.prototype.createElement;
}
