/**
 * Which claim lies under the pointer, found without touching the DOM: the caret position under the point
 * picks the candidates, the claim's own boxes confirm it (a caret snaps to the nearest text, even in margins).
 */
import type { PageClaim } from './scan';

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function boxesContain(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return true;
  }
  return false;
}

export function claimAtPoint(claims: readonly PageClaim[], x: number, y: number): PageClaim | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  for (const item of claims) {
    if (item.range.isPointInRange(caret.node, caret.offset) && boxesContain(item.range, x, y)) return item;
  }
  return null;
}
