import { isBlockTag } from './layout';
import { isFurniture, isMachinery, tagOf } from './skip';
import type { Steps } from '../../core/steps';
import { DESCEND, SKIP, walkSteps } from './walk';

/** What one walk over the page learned about an element's subtree. */
export interface BlockStats {
  /** Characters of text (trimmed per text node). */
  text: number;
  /** Of which inside links. */
  linkText: number;
  /** Characters in paragraphs: blocks with enough prose of their own. */
  paragraphText: number;
  /** Readability-style score credited by the paragraphs below it. */
  score: number;
}

interface Frame extends BlockStats {
  element: Element;
  block: boolean;
  /** Text directly in this block, not in a nested block. */
  ownText: number;
  ownLinkText: number;
  commas: number;
}

/** Shorter runs of text are captions, labels or teasers rather than paragraphs. */
const MIN_PARAGRAPH = 25;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function countCommas(text: string): number {
  let count = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) count++;
  return count;
}

/** How much a paragraph says: its length, its commas (prose has clauses), less its links. */
function paragraphScore(frame: Frame): number {
  const linkShare = frame.ownLinkText / frame.ownText;
  return (1 + frame.commas + Math.min(Math.floor(frame.ownText / 100), 3)) * (1 - linkShare);
}

/**
 * Scores every element below `body` by the paragraphs it holds, in one walk without recursion.
 * A paragraph credits its parent fully, its grandparent by half and the next ancestor by a sixth,
 * so the element that directly holds most of the story's paragraphs comes out on top. In steps (walk.ts).
 */
export function* scoreBlocksSteps(body: Element, isHidden?: (element: Element) => boolean): Steps<Map<Element, BlockStats>> {
  const stats = new Map<Element, BlockStats>();
  const rootFrame: Frame = {
    element: body, block: true, text: 0, linkText: 0, paragraphText: 0, score: 0, ownText: 0, ownLinkText: 0, commas: 0,
  };
  const frames: Frame[] = [rootFrame];
  const blocks: Frame[] = [rootFrame];
  let linkDepth = 0;

  yield* walkSteps(body, {
    enter(element) {
      if (isMachinery(element, isHidden) || isFurniture(element)) return SKIP;
      const tag = tagOf(element);
      if (tag === 'a') linkDepth++;
      const frame: Frame = {
        element, block: isBlockTag(tag), text: 0, linkText: 0, paragraphText: 0, score: 0, ownText: 0, ownLinkText: 0, commas: 0,
      };
      frames.push(frame);
      if (frame.block) blocks.push(frame);
      return DESCEND;
    },
    exit(element) {
      const frame = frames.pop()!;
      const parent = frames[frames.length - 1]!;
      if (tagOf(element) === 'a') linkDepth--;
      if (frame.block) {
        blocks.pop();
        if (frame.ownText >= MIN_PARAGRAPH && !HEADINGS.has(tagOf(element))) {
          frame.paragraphText += frame.ownText;
          const score = paragraphScore(frame);
          parent.score += score;
          const grandparent = frames[frames.length - 2];
          if (grandparent) grandparent.score += score / 2;
          const third = frames[frames.length - 3];
          if (third) third.score += score / 6;
        }
      }
      parent.text += frame.text;
      parent.linkText += frame.linkText;
      parent.paragraphText += frame.paragraphText;
      if (frame.paragraphText > 0 || frame.score > 0) {
        stats.set(element, { text: frame.text, linkText: frame.linkText, paragraphText: frame.paragraphText, score: frame.score });
      }
    },
    text(node) {
      const trimmed = node.data.trim();
      if (trimmed.length === 0) return;
      const frame = frames[frames.length - 1]!;
      const block = blocks[blocks.length - 1]!;
      frame.text += trimmed.length;
      block.ownText += trimmed.length;
      block.commas += countCommas(trimmed);
      if (linkDepth > 0) {
        frame.linkText += trimmed.length;
        block.ownLinkText += trimmed.length;
      }
    },
  });
  if (rootFrame.ownText >= MIN_PARAGRAPH) rootFrame.paragraphText += rootFrame.ownText;
  stats.set(body, { text: rootFrame.text, linkText: rootFrame.linkText, paragraphText: rootFrame.paragraphText, score: rootFrame.score });
  return stats;
}

export function linkDensity(stats: BlockStats): number {
  return stats.text === 0 ? 0 : stats.linkText / stats.text;
}
