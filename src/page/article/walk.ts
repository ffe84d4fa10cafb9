import { runToEnd, type Steps } from '../../core/steps';

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
 * Nodes visited between two yields of walkSteps. The visitors read computed style per element, which
 * costs more on a page whose style the page's own scripts keep changing: a hundred nodes keep one step
 * short even with the CPU slowed 4× (runInSlices gathers steps into slices of about 8 ms).
 */
export const NODES_PER_STEP = 100;

/** Visits the subtree below `root` in one go (walkSteps run straight through). */
export function walk(root: Node, visitor: Visitor): void {
  runToEnd(walkSteps(root, visitor));
}

/**
 * Visits the subtree below `root` in document order without recursion, so a page nested
 * thousands of levels deep cannot overflow the stack, yielding every NODES_PER_STEP nodes. Uses only
 * firstChild, nextSibling and parentNode, which every DOM (a browser's, linkedom's) implements the same
 * way. A node the page removes while the walk yields ends the walk where it stood (its parentNode is gone).
 */
export function* walkSteps(root: Node, visitor: Visitor): Steps<void> {
  let node: Node | null = root.firstChild;
  let sinceYield = 0;
  while (node) {
    if (++sinceYield >= NODES_PER_STEP) {
      sinceYield = 0;
      yield;
    }
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
