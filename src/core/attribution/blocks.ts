/**
 * Quote blocks: "The minister said:" or "Here's how it works." after a named speaker opens a block of
 * the speaker's words. A colon inside a paragraph covers the rest of that paragraph; a lead-in that
 * ends a paragraph covers the paragraphs that follow (a blockquote is rendered as paragraphs of its
 * own, often without quotation marks), until one names a speaker of its own, or a few paragraphs on; a
 * block written in quotation marks ends at the first paragraph that does not open with one.
 */
import type { Source, Span } from '../types';

/** How many paragraphs a block that opens at a paragraph's end may cover. */
const BLOCK_PARAGRAPHS = 6;

/** A sentence that announces what follows: "Here's how it works.", "This is what she wrote:", "… as follows." */
const LEAD_IN = /^(?:[“"]?\s*)(?:here(?:['’]s| is| are)|this is (?:how|what)|that is how)\b.*[.:]\s*$|\bas follows[.:]\s*$/iu;

/** A lead-in that names no speaker but the record it quotes: "Partial transcript as follows:", "The statement reads:". */
const RECORD_IN_LEAD_IN = /\b(?:(?:partial|full|official|edited)\s+)?(?:transcript|text|statement|letter|memo|excerpt|remarks)s?\b/iu;

interface Block {
  speaker: Source;
  /** Opened at a paragraph's end: covers following paragraphs, not only the rest of one. */
  acrossParagraphs: boolean;
  paragraphs: number;
  sentencesSeen: number;
  /** Whether the block's first paragraph opened with a quotation mark: then one that does not is narration again. */
  quoted: boolean | null;
}

export interface BlockTracker {
  /** Called before each sentence: a paragraph break ages or ends the block. */
  enter(paragraphBreak: boolean, opensWithQuote: boolean): void;
  /** Who speaks the block the current sentence is in, if any. */
  speaker(): Source | null;
  /** Called after each sentence with the sources it names: another speaker ends the block, a lead-in opens one. */
  leave(sentence: Span, named: Source[]): void;
}

const sameSpeaker = (a: Source, b: Source): boolean => a.name !== null && a.name === b.name;

/** The record a speakerless lead-in quotes, as a source that names nobody: the words are not the article's own. */
function recordIn(sentence: Span, written: string): Source | null {
  const record = RECORD_IN_LEAD_IN.exec(written);
  if (!record) return null;
  const start = sentence.start + record.index;
  return { kind: 'reported', name: null, text: record[0], start, end: start + record[0].length, cue: ':', via: null };
}

export function createBlockTracker(text: string): BlockTracker {
  let block: Block | null = null;
  /** The last source named in the current paragraph: who a paragraph-final lead-in announces. */
  let paragraphSpeaker: Source | null = null;
  return {
    enter(paragraphBreak, opensWithQuote) {
      if (!paragraphBreak) return;
      paragraphSpeaker = null;
      if (!block) return;
      if (block.acrossParagraphs) {
        block.paragraphs++;
        block.quoted ??= opensWithQuote;
        if (block.paragraphs > BLOCK_PARAGRAPHS || (block.quoted && !opensWithQuote)) block = null;
      } else if (block.sentencesSeen > 0) {
        block = null;
      }
    },
    speaker() {
      return block?.speaker ?? null;
    },
    leave(sentence, named) {
      const newest = named[named.length - 1];
      if (newest) paragraphSpeaker = newest;
      const written = text.slice(sentence.start, sentence.end);
      const endsParagraph = /^[^\S\n]*(?:\n|$)/.test(text.slice(sentence.end, sentence.end + 8));
      const colon = /:\s*["”]?\s*$/.test(written);
      const leadIn = colon || (endsParagraph && LEAD_IN.test(written));
      const speaker = leadIn ? (paragraphSpeaker ?? recordIn(sentence, written)) : null;
      if (speaker) {
        block = { speaker, acrossParagraphs: endsParagraph, paragraphs: 0, sentencesSeen: 0, quoted: null };
        return;
      }
      if (block && named.some((s) => !sameSpeaker(s, block!.speaker))) block = null;
      else if (block) block.sentencesSeen++;
    },
  };
}
