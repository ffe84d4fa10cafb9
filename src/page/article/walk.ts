/** What a visitor decides on entering an element. */
export const DESCEND = 0;
export const SKIP = 1;

export interface Visitor {
  /** Called on entering each element below the root; return SKIP to leave its subtree out. */
  enter(element: Element): typeof DESCEND | typeof SKIP;
  /** Called on leaving an element that was descended into. */
  exit(element: Element): void;
  text(node: Text): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Visits the subtree below `root` in document order without recursion, so a page nested
 * thousands of levels deep cannot overflow the stack. Uses only firstChild, nextSibling
 * and parentNode, which every DOM (a browser's, linkedom's) implements the same way.
 */
export function walk(root: Node, visitor: Visitor): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let descended = false;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (visitor.enter(element) === DESCEND) {
        const child = element.firstChild;
        if (child) {
          node = child;
          descended = true;
        } else {
          visitor.exit(element);
        }
      }
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      visitor.text(node as Text);
    }
    if (descended) continue;
    // Climb until a next sibling appears, closing each element left behind.
    while (node && node !== root) {
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode;
      if (node && node !== root) visitor.exit(node as Element);
    }
    if (node === root) break;
  }
}
