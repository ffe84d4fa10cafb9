/**
 * Elements a browser lays out as blocks by default: each starts and ends a line of the
 * extracted text. A DOM without layout (linkedom) cannot read computed display values,
 * so the tag decides everywhere, which keeps the text the same in the page and in Node.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}
