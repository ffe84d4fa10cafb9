/**
 * mozilla/readability's reading of a page outline (outline.ts). It runs wherever a DOM can be built from
 * plain data and no page waits on it: in the extension's background over linkedom, in Node in-process.
 * The content script never imports this file (it would carry Readability's 34 KB for nothing).
 */
import { Readability } from '@mozilla/readability';
import type { PageOutline } from './outline';

/** The document Readability reads (it rewrites the tree it reads), with the outline ordinal of each of its Text nodes. */
interface BuiltOutline {
  document: Document;
  ordinals: Map<Node, number>;
}

/** Builds the outline into `empty`, a document with no children. Throws on an outline whose parents are not its earlier elements. */
function build(outline: PageOutline, empty: Document): BuiltOutline {
  const elements: (Element | null)[] = [];
  const ordinals = new Map<Node, number>();
  outline.nodes.forEach((node, index) => {
    const parent = node.parent === -1 && index === 0 ? empty : elements[node.parent];
    if (!parent) throw new Error(`outline node ${index} names no earlier element as its parent`);
    if ('text' in node) {
      const text = empty.createTextNode(node.text);
      ordinals.set(text, ordinals.size);
      parent.appendChild(text);
      elements.push(null);
      return;
    }
    const element = empty.createElement(node.tag);
    for (let i = 0; i + 1 < node.attributes.length; i += 2) element.setAttribute(node.attributes[i]!, node.attributes[i + 1]!);
    parent.appendChild(element);
    elements.push(element);
  });
  return { document: empty, ordinals };
}

/**
 * Readability's article element from its first, strict reading, or null when it finds none or fails
 * (a tree deeper than the call stack). With too little text (under its `charThreshold`) Readability
 * would re-parse the page's markup and read it up to three more times with its rules relaxed: those
 * picks are not made of the outline's nodes, so ClaimLens could never use them. The first reading is kept
 * whatever its length, and the extraction judges it.
 */
function parseSafely(copy: Document): Node | null {
  // Only which Text nodes it keeps matters: its JSON-LD metadata and class clean-up are work saved.
  const options = { serializer: (node: Node) => node, disableJSONLD: true, keepClasses: true, charThreshold: 0 };
  try {
    return new Readability<Node>(copy, options).parse()?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * The ordinals (outline.ts) of the Text nodes with text that Readability keeps as the article, in order;
 * null when it finds no article or keeps a node that is not the outline's (one it made up).
 */
export function readOutline(outline: PageOutline, empty: Document): number[] | null {
  const built = build(outline, empty);
  const content = parseSafely(built.document);
  if (!content) return null;
  const kept: number[] = [];
  const walker = content.ownerDocument!.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.trim().length === 0) continue;
    const ordinal = built.ordinals.get(node);
    if (ordinal === undefined) return null;
    kept.push(ordinal);
  }
  return kept;
}
