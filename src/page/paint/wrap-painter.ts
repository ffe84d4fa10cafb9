/**
 * The fallback for browsers without the Highlight API: each claim's text is wrapped in <claimlens-mark>
 * elements. A page Text node a claim falls in is split into pieces (the node itself keeps the first piece),
 * and ClaimLens remembers each split node with its pieces, so that:
 * - clear() joins every split node again: the page's DOM is what it was, down to the identity of its Text
 *   nodes;
 * - a page that writes to a node ClaimLens split (its framework keeps the node and sets its text; a script
 *   walks the text nodes) or takes pieces out gets the node as it wrote it, with ClaimLens's pieces and
 *   marks gone, before its next frame renders. The node is read again like any changed content.
 *
 * Splitting moves text out of the node a running scan maps its later claims into, so claims are held back
 * until flush(), which the session calls when a scan is over.
 */
import type { HighlightStyle } from '../../settings';
import { ACTIVE_FILL, claimDeclarations } from './styles';
import type { PaintedClaim, Painter } from './types';

export const MARK_TAG = 'claimlens-mark';

/** One piece of a split node: bare in the page's element, or alone in one of ClaimLens's marks. */
interface Piece {
  text: Text;
  mark: HTMLElement | null;
}

/** A page Text node as ClaimLens split it; `pieces[0].text` is the node itself. */
interface SplitNode {
  node: Text;
  /** Where the node was when split: its pieces stay there unless the page moves them. */
  parent: Node;
  pieces: Piece[];
}

/** The text nodes a range covers, with the covered part of each. */
function coveredTexts(range: Range): { node: Text; start: number; end: number }[] {
  const root = range.commonAncestorContainer;
  const found: { node: Text; start: number; end: number }[] = [];
  const consider = (node: Text) => {
    if (!range.intersectsNode(node)) return;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) found.push({ node, start, end });
  };
  if (root.nodeType === Node.TEXT_NODE) {
    consider(root as Text);
    return found;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) consider(node as Text);
  return found;
}

function isInPlace(piece: Piece, parent: Node | null): boolean {
  return piece.mark ? piece.mark.parentNode === parent && piece.text.parentNode === piece.mark : piece.text.parentNode === parent;
}

export class WrapPainter implements Painter {
  private readonly splits = new Set<SplitNode>();
  /** Every piece's text (the page's node included) → the split node it belongs to. */
  private readonly splitOf = new Map<Text, SplitNode>();
  private readonly markSplit = new Map<HTMLElement, SplitNode>();
  private readonly marks = new Map<PaintedClaim, HTMLElement[]>();
  /** Claims painted but not yet wrapped (see flush()). */
  private pending: PaintedClaim[] = [];
  private readonly observer = new MutationObserver((records) => this.onPageWrites(records));
  private style: HighlightStyle;
  private active: PaintedClaim | null = null;

  constructor(style: HighlightStyle) {
    this.style = style;
  }

  paint(items: PaintedClaim[]): void {
    this.pending.push(...items);
  }

  /** Wraps the claims painted since the last flush. */
  flush(): void {
    this.onPageWrites(this.observer.takeRecords());
    const items = this.pending;
    this.pending = [];
    for (const item of items) this.wrap(item);
    // The records of ClaimLens's own splitting are no page writes.
    this.observer.takeRecords();
  }

  private wrap(item: PaintedClaim): void {
    const marks: HTMLElement[] = [];
    for (const { node, start, end } of coveredTexts(item.range)) {
      // Text another claim already marked stays in that claim's mark: marks never nest.
      if (node.parentElement && this.markSplit.has(node.parentElement)) continue;
      const split = this.splitFor(node);
      let target = node;
      if (start > 0) target = this.splitPiece(split, node, start);
      if (end - start < target.length) this.splitPiece(split, target, end - start);
      const mark = document.createElement(MARK_TAG);
      target.parentNode?.insertBefore(mark, target);
      mark.appendChild(target);
      split.pieces.find((piece) => piece.text === target)!.mark = mark;
      this.markSplit.set(mark, split);
      marks.push(mark);
    }
    // Moving a Text node into its mark pulls a live range's edge out of it: set the edges on the marks' text.
    const first = marks[0]?.firstChild;
    const last = marks[marks.length - 1]?.firstChild;
    if (first && last) {
      item.range.setStart(first, 0);
      item.range.setEnd(last, (last as Text).length);
    }
    this.marks.set(item, marks);
    this.restyle(item);
  }

  private splitFor(node: Text): SplitNode {
    const known = this.splitOf.get(node);
    if (known) return known;
    // coveredTexts() finds only Text nodes in the document, which all have a parent.
    const parent = node.parentNode!;
    const split: SplitNode = { node, parent, pieces: [{ text: node, mark: null }] };
    this.splits.add(split);
    this.splitOf.set(node, split);
    this.observer.observe(parent, { childList: true, characterData: true, subtree: true });
    return split;
  }

  /** Splits a bare piece at `offset`; returns the new piece after it. */
  private splitPiece(split: SplitNode, text: Text, offset: number): Text {
    const tail = text.splitText(offset);
    const index = split.pieces.findIndex((piece) => piece.text === text);
    split.pieces.splice(index + 1, 0, { text: tail, mark: null });
    this.splitOf.set(tail, split);
    return tail;
  }

  /**
   * The page changed what ClaimLens split. Rules, per split node:
   * - the page wrote its own node and no other piece: it meant the node's whole text; the node keeps it;
   * - the page wrote other pieces (it walked the text nodes): the node gets the pieces' text as written;
   * - the page took its own node out: the pieces go with it.
   */
  private onPageWrites(records: MutationRecord[]): void {
    const written = new Map<SplitNode, Set<Text>>();
    const touch = (split: SplitNode | undefined, text?: Text) => {
      if (!split) return;
      const set = written.get(split) ?? new Set<Text>();
      if (text) set.add(text);
      written.set(split, set);
    };
    for (const record of records) {
      if (record.type === 'characterData') {
        touch(this.splitOf.get(record.target as Text), record.target as Text);
        continue;
      }
      touch(record.target instanceof HTMLElement ? this.markSplit.get(record.target) : undefined);
      for (const node of record.removedNodes) {
        touch(node instanceof Text ? this.splitOf.get(node) : node instanceof HTMLElement ? this.markSplit.get(node) : undefined);
      }
    }
    for (const [split, texts] of written) {
      if (!this.splits.has(split)) continue;
      const nodeAlone = texts.size === 1 && texts.has(split.node);
      this.join(split, nodeAlone ? split.node.data : null);
    }
    this.observer.takeRecords();
  }

  /**
   * Puts the split node back together where its first piece is, with `data` as its text, or the pieces'
   * text joined when `data` is null. Live ranges in the pieces collapse: their claims are read again.
   */
  private join(split: SplitNode, data: string | null): void {
    this.splits.delete(split);
    const [first, ...rest] = split.pieces;
    const { parent } = split;
    const nodeInPlace = isInPlace(first!, parent);
    const joined = data ?? split.pieces.filter((piece) => isInPlace(piece, parent)).map((piece) => piece.text.data).join('');
    if (first!.mark && first!.mark.parentNode === parent) {
      if (nodeInPlace) first!.mark.replaceWith(split.node);
      else first!.mark.remove();
    }
    for (const piece of rest) {
      if (isInPlace(piece, parent)) (piece.mark ?? piece.text).remove();
    }
    if (nodeInPlace && split.node.data !== joined) {
      // appendData keeps live ranges in the node's first piece, as joining back for clear() must.
      if (joined.startsWith(split.node.data)) split.node.appendData(joined.slice(split.node.length));
      else split.node.data = joined;
    }
    for (const piece of split.pieces) {
      this.splitOf.delete(piece.text);
      if (piece.mark) this.markSplit.delete(piece.mark);
    }
    for (const [item, marks] of this.marks) {
      const left = marks.filter((mark) => this.markSplit.has(mark));
      if (left.length !== marks.length) this.marks.set(item, left);
    }
  }

  private restyle(item: PaintedClaim): void {
    const css = `${claimDeclarations(item.style, this.style)}${item === this.active ? ` background-color: ${ACTIVE_FILL};` : ''}`;
    for (const mark of this.marks.get(item) ?? []) mark.style.cssText = css;
  }

  /** Marks stay in place until clear(): the node around them may hold other claims' marks. */
  unpaint(items: PaintedClaim[]): void {
    const leaving = new Set(items);
    this.pending = this.pending.filter((item) => !leaving.has(item));
    for (const item of items) {
      for (const mark of this.marks.get(item) ?? []) mark.style.cssText = '';
      this.marks.delete(item);
    }
  }

  setActive(item: PaintedClaim | null): void {
    const previous = this.active;
    this.active = item;
    if (previous) this.restyle(previous);
    if (item) this.restyle(item);
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const item of this.marks.keys()) this.restyle(item);
  }

  clear(): void {
    this.onPageWrites(this.observer.takeRecords());
    this.observer.disconnect();
    for (const split of [...this.splits]) this.join(split, null);
    this.pending = [];
    this.marks.clear();
    this.active = null;
  }
}
