/** A linkedom document for rendering the preact components in Node (they use no layout). */
import { parseHTML } from 'linkedom';
import { h, render, type ComponentChild } from 'preact';

export function renderToDom(node: ComponentChild): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: Document }).document = document;
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(node, root);
  return root;
}

export { h };
