/**
 * The card's related facts, drawn so that no page script can search them. A closed shadow root keeps the
 * page from reading the card's DOM, but window.find() still searches the text in it: a page could test,
 * word by word, which sites the reader visited. Text drawn by CSS (generated content) is outside find()'s
 * reach, yet rendered and read out by screen readers like any text. So the section is rendered by preact
 * into a detached element and copied into the card with each Text node turned into an empty element whose
 * `::before` draws the words from an attribute; SVG text, which has no ::before, becomes an HTML box in a
 * <foreignObject> at the same place. The page's words are never parsed as HTML: attributes carry them.
 */
import { h, render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';

const TEXT_ATTRIBUTE = 'data-cl-text';
const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** SVG elements whose text is never drawn (names for assistive technology), which find() skips too. */
const UNDRAWN_SVG = new Set(['title', 'desc']);

export const findProofCss = `
[${TEXT_ATTRIBUTE}]::before { content: attr(${TEXT_ATTRIBUTE}); }
.cl-svg-text { white-space: nowrap; line-height: 1; }
`;

function drawnText(text: string, ownerDocument: Document): HTMLElement {
  const span = ownerDocument.createElementNS(HTML_NS, 'span') as HTMLElement;
  span.setAttribute(TEXT_ATTRIBUTE, text);
  return span;
}

/** An SVG <text> as an HTML box where the text stood: its baseline at y, anchored at x like the text. */
function svgTextBox(text: SVGTextElement): SVGForeignObjectElement {
  const doc = text.ownerDocument;
  const size = Number(text.getAttribute('font-size') ?? 10);
  const x = Number(text.getAttribute('x') ?? 0);
  const y = Number(text.getAttribute('y') ?? 0);
  const width = 240;
  const anchor = text.getAttribute('text-anchor');
  const box = doc.createElementNS(SVG_NS, 'foreignObject');
  box.setAttribute('x', String(anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x));
  box.setAttribute('y', String(y - size));
  box.setAttribute('width', String(width));
  box.setAttribute('height', String(size * 1.4));
  const label = drawnText(text.textContent ?? '', doc);
  label.className = 'cl-svg-text';
  label.style.cssText = `display: block; font-size: ${size}px; font-weight: ${text.getAttribute('font-weight') ?? 'normal'}; text-align: ${
    anchor === 'end' ? 'right' : anchor === 'middle' ? 'center' : 'left'
  };`;
  box.append(label);
  return box;
}

/** A copy of a rendered node whose words are all drawn by CSS. */
export function findProofCopy(node: Node): Node {
  if (node.nodeType === Node.TEXT_NODE) {
    const parent = node.parentNode;
    if (parent instanceof Element && parent.namespaceURI === SVG_NS) return node.cloneNode();
    return drawnText((node as Text).data, node.ownerDocument!);
  }
  if (!(node instanceof Element)) return node.cloneNode();
  if (node.namespaceURI === SVG_NS && node.localName === 'text') return svgTextBox(node as SVGTextElement);
  if (node.namespaceURI === SVG_NS && UNDRAWN_SVG.has(node.localName)) return node.cloneNode(true);
  const copy = node.cloneNode(false) as Element;
  for (const child of node.childNodes) copy.append(findProofCopy(child));
  return copy;
}

/** Renders `children` where no page script can search their words (see above). Not interactive beyond links. */
export function FindProof({ children }: { children: ComponentChildren }) {
  const target = useRef<HTMLDivElement>(null);
  const source = useMemo(() => document.createElement('div'), []);
  useLayoutEffect(() => {
    render(h('div', { style: 'display: contents' }, children), source);
    target.current?.replaceChildren(...Array.from(source.firstChild?.childNodes ?? [], findProofCopy));
  });
  useEffect(() => () => render(null, source), [source]);
  return h('div', { ref: target });
}
