/**
 * The fallback for browsers without the Highlight API: each claim's text is wrapped in <claimlens-mark>
 * elements. Every split and wrap is journalled and undone in reverse order, so after clear() the page's
 * DOM is what it was, down to the identity of its Text nodes.
 */
import type { HighlightStyle } from '../../settings';
import { ACTIVE_FILL, claimDeclarations } from './styles';
import type { PaintedClaim, Painter } from './types';

export const MARK_TAG = 'claimlens-mark';

type Step = { kind: 'split'; node: Text; tail: Text } | { kind: 'wrap'; mark: HTMLElement; text: Text };

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

export class WrapPainter implements Painter {
  private readonly journal: Step[] = [];
  private readonly marks = new Map<PaintedClaim, HTMLElement[]>();
  private style: HighlightStyle;
  private active: PaintedClaim | null = null;

  constructor(style: HighlightStyle) {
    this.style = style;
  }

  paint(items: PaintedClaim[]): void {
    for (const item of items) {
      const marks: HTMLElement[] = [];
      for (const { node, start, end } of coveredTexts(item.range)) {
        let target = node;
        if (start > 0) {
          target = node.splitText(start);
          this.journal.push({ kind: 'split', node, tail: target });
        }
        if (end - start < target.length) {
          const tail = target.splitText(end - start);
          this.journal.push({ kind: 'split', node: target, tail });
        }
        const mark = document.createElement(MARK_TAG);
        target.parentNode?.insertBefore(mark, target);
        mark.appendChild(target);
        this.journal.push({ kind: 'wrap', mark, text: target });
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
  }

  private restyle(item: PaintedClaim): void {
    const css = `${claimDeclarations(item.style, this.style)}${item === this.active ? ` background-color: ${ACTIVE_FILL};` : ''}`;
    for (const mark of this.marks.get(item) ?? []) mark.style.cssText = css;
  }

  /** Marks stay in place until clear(): unwrapping one claim out of order could not be undone exactly. */
  unpaint(items: PaintedClaim[]): void {
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
    for (let step = this.journal.pop(); step; step = this.journal.pop()) {
      if (step.kind === 'wrap') {
        step.mark.parentNode?.insertBefore(step.text, step.mark);
        step.mark.remove();
      } else {
        step.node.appendData(step.tail.data);
        step.tail.remove();
      }
    }
    this.marks.clear();
    this.active = null;
  }
}
