import { isBlockTag } from './layout';
import { isFurniture, isMachinery, tagOf } from './skip';
import type { TextExtraction, TextRange, TextSegment } from './types';
import { runToEnd, type Steps } from '../../core/steps';
import { DESCEND, SKIP, walkSteps } from './walk';

/** A whitespace run waiting to become one space if more text follows on the same line. */
interface PendingSpace {
  node: Text;
  offset: number;
  /** The run is a single literal space, so the emitted space maps back to it. */
  literal: boolean;
}

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

interface BuilderMark {
  parts: number;
  segments: number;
  lastEnd: number;
  length: number;
  atLineStart: boolean;
}

/** A block being collected, with what it held so far. */
interface BlockFrame {
  mark: BuilderMark;
  characters: number;
  linkedCharacters: number;
  hasBlocks: boolean;
  /** Whether the block may be dropped when it is all links ("Related: …", a teaser headline). */
  droppable: boolean;
}

/** Blocks that are promotions when every word of them is a link; a headline linking to itself is not. */
const LINK_PROMO_BLOCKS = new Set(['p', 'li', 'div', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);

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

  /** Where the text stands now, to take back a block that turns out to be furniture. */
  mark(): BuilderMark {
    const last = this.segments[this.segments.length - 1];
    return { parts: this.parts.length, segments: this.segments.length, lastEnd: last?.end ?? 0, length: this.length, atLineStart: this.atLineStart };
  }

  rollBack(mark: BuilderMark): void {
    this.parts.length = mark.parts;
    this.segments.length = mark.segments;
    const last = this.segments[this.segments.length - 1];
    if (last) last.end = mark.lastEnd;
    this.length = mark.length;
    this.atLineStart = mark.atLineStart;
    this.pending = null;
  }

  /** Length of the text so far, without a whitespace run still pending. */
  get size(): number {
    return this.length;
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
  /** When given, only these Text nodes below `root` are read (the ones an article finder kept). */
  texts?: ReadonlySet<Text>;
}

export interface CollectedText extends TextExtraction {
  /** Where the headline's text lies in `text`, when a headline was given and read. */
  headline: TextRange | null;
}

/** The elements between `root` (excluded) and each of the Text nodes. */
function ancestorsOf(texts: ReadonlySet<Text>, root: Element): Set<Element> {
  const ancestors = new Set<Element>();
  for (const text of texts) {
    for (let element = text.parentElement; element && element !== root && !ancestors.has(element); element = element.parentElement) ancestors.add(element);
  }
  return ancestors;
}

/**
 * Collects the readable text below `root` with its offset map, leaving out machinery
 * (scripts, controls, code, hidden elements) and page furniture (navigation, bylines,
 * share bars, related boxes, comments, ads). Figure captions stay, each on its own line.
 */
export function collectText(root: Element, options: CollectOptions = {}): CollectedText {
  return runToEnd(collectTextSteps(root, options));
}

/** collectText in steps: the walks yield (walk.ts). */
export function* collectTextSteps(root: Element, options: CollectOptions = {}): Steps<CollectedText> {
  const builder = new TextBuilder();
  const headline = options.headline ?? null;
  const inside = headline !== null && root.contains(headline);
  const holdingHeadline = new Set<Element>();
  if (headline && inside) for (let e: Element | null = headline; e && e !== root; e = e.parentElement) holdingHeadline.add(e);
  const blocks: BlockFrame[] = [];
  let headlineStart = -1;
  let headlineEnd = -1;
  let linkDepth = 0;
  const isLink = (element: Element) => tagOf(element) === 'a' && element.hasAttribute('href');
  const inHeadline = (node: Text) => headline !== null && headline.contains(node);
  const holdingKept = options.texts ? ancestorsOf(options.texts, root) : null;
  const visitor = {
    enter(element: Element) {
      if (holdingKept && !holdingKept.has(element) && !holdingHeadline.has(element) && !headline?.contains(element)) {
        // Nothing below is read: no need to ask whether it is hidden (computed style, in the browser). A block
        // still ends the line, as it did when it was walked into.
        const tag = tagOf(element);
        if (tag === 'br' || isBlockTag(tag)) builder.lineBreak();
        const parent = blocks[blocks.length - 1];
        if (parent && isBlockTag(tag)) parent.hasBlocks = true;
        return SKIP;
      }
      if (isMachinery(element, options.isHidden)) return SKIP;
      const holdsHeadline = holdingHeadline.has(element);
      if (isFurniture(element) && !holdsHeadline) return SKIP;
      if (isLink(element)) linkDepth++;
      const tag = tagOf(element);
      if (tag === 'br') builder.lineBreak();
      else if (isBlockTag(tag)) {
        builder.lineBreak();
        const parent = blocks[blocks.length - 1];
        if (parent) parent.hasBlocks = true;
        blocks.push({ mark: builder.mark(), characters: 0, linkedCharacters: 0, hasBlocks: false, droppable: LINK_PROMO_BLOCKS.has(tag) && !holdsHeadline });
      }
      if (element === headline) headlineStart = builder.size;
      return DESCEND;
    },
    exit(element: Element) {
      if (isLink(element)) linkDepth--;
      if (element === headline) headlineEnd = builder.size;
      const tag = tagOf(element);
      if (tag === 'br' || !isBlockTag(tag)) return;
      const block = blocks.pop();
      // A paragraph that is one link and nothing else is a promotion for another page.
      if (block && block.droppable && !block.hasBlocks && block.characters > 0 && block.linkedCharacters === block.characters) {
        builder.rollBack(block.mark);
      }
      builder.lineBreak();
    },
    text(node: Text) {
      if (options.texts && !options.texts.has(node) && !inHeadline(node)) return;
      const characters = node.data.trim().length;
      const block = blocks[blocks.length - 1];
      if (block && characters > 0) {
        block.characters += characters;
        if (linkDepth > 0) block.linkedCharacters += characters;
      }
      builder.addText(node);
    },
  };
  if (headline && !inside) {
    headlineStart = builder.size;
    yield* walkSteps(headline, visitor);
    headlineEnd = builder.size;
    builder.lineBreak();
  }
  yield* walkSteps(root, visitor);
  const text = builder.finish();
  const read = headlineStart >= 0 && headlineEnd > headlineStart;
  return { root, text, segments: builder.segments, headline: read ? { start: headlineStart, end: headlineEnd } : null };
}
