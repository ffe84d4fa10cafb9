import { isBlockTag } from './layout';
import { isFurniture, isMachinery, tagOf } from './skip';
import type { TextExtraction, TextSegment } from './types';
import { DESCEND, SKIP, walk } from './walk';

/** A whitespace run waiting to become one space if more text follows on the same line. */
interface PendingSpace {
  node: Text;
  offset: number;
  /** The run is a single literal space, so the emitted space maps back to it. */
  literal: boolean;
}

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

/** Builds the text and its offset map the way a browser lays out `white-space: normal`. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private atLineStart = true;
  private pending: PendingSpace | null = null;
  readonly segments: TextSegment[] = [];

  lineBreak(): void {
    this.pending = null;
    if (this.atLineStart) return;
    this.parts.push('\n');
    this.length += 1;
    this.atLineStart = true;
  }

  addText(node: Text): void {
    const data = node.data;
    let from = 0;
    WHITESPACE_RUN.lastIndex = 0;
    for (let m = WHITESPACE_RUN.exec(data); m; m = WHITESPACE_RUN.exec(data)) {
      if (m.index > from) this.addContent(node, from, m.index);
      if (!this.atLineStart && this.pending === null) {
        this.pending = { node, offset: m.index, literal: m[0] === ' ' };
      }
      from = m.index + m[0].length;
    }
    if (from < data.length) this.addContent(node, from, data.length);
  }

  private addContent(node: Text, from: number, to: number): void {
    const pending = this.pending;
    if (pending) {
      this.pending = null;
      if (pending.literal) this.addSegment(pending.node, pending.offset, 1);
      this.parts.push(' ');
      this.length += 1;
    }
    this.addSegment(node, from, to - from);
    this.parts.push(node.data.slice(from, to));
    this.length += to - from;
    this.atLineStart = false;
  }

  /** Records that the next `size` code units of text copy `node.data` from `nodeStart`. */
  private addSegment(node: Text, nodeStart: number, size: number): void {
    const start = this.length;
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === start && last.nodeStart + (last.end - last.start) === nodeStart) {
      last.end += size;
    } else {
      this.segments.push({ node, start, end: start + size, nodeStart });
    }
  }

  finish(): string {
    this.lineBreak();
    return this.parts.join('');
  }
}

export interface CollectOptions {
  isHidden?: (element: Element) => boolean;
  /**
   * The article's headline: collected as the first line when it lies outside `root`, and kept
   * when it lies inside a container whose class names furniture ("article-meta").
   */
  headline?: Element | null;
}

/**
 * Collects the readable text below `root` with its offset map, leaving out machinery
 * (scripts, controls, code, hidden elements) and page furniture (navigation, bylines,
 * share bars, related boxes, comments, ads). Figure captions stay, each on its own line.
 */
export function collectText(root: Element, options: CollectOptions = {}): TextExtraction {
  const builder = new TextBuilder();
  const headline = options.headline ?? null;
  const inside = headline !== null && root.contains(headline);
  const visitor = {
    enter(element: Element) {
      if (isMachinery(element, options.isHidden)) return SKIP;
      if (isFurniture(element) && !(headline && inside && element.contains(headline))) return SKIP;
      if (isBlockTag(tagOf(element))) builder.lineBreak();
      return DESCEND;
    },
    exit(element: Element) {
      if (isBlockTag(tagOf(element))) builder.lineBreak();
    },
    text(node: Text) {
      builder.addText(node);
    },
  };
  if (headline && !inside) {
    walk(headline, visitor);
    builder.lineBreak();
  }
  walk(root, visitor);
  const text = builder.finish();
  return { root, text, segments: builder.segments };
}
