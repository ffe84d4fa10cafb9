/**
 * The one tokenizer: words with their offsets, read from a bounded stretch of text. Every walk over
 * words (phrases, kinds, people, subjects) reads through it, so they agree on what a word is, and on
 * which dots belong to a word ("U.S.", "Capt.") rather than end a phrase.
 */
import { dotEndsAbbreviation } from './abbreviations';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Letters and digits, joined by apostrophes, hyphens, ampersands and the dots of "U.S." or "Mr.".
const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;

/** The words of `text` between `start` and `end`. */
export function tokenize(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const from = Math.max(0, start);
  const slice = text.slice(from, Math.min(text.length, end));
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words.push({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return words;
}

/** Punctuation that ends a noun phrase: a name never runs across it. */
// " - " and a dash typed against the next word ("BROOKLYN -Mrs. Clinton said", a dateline) part phrases.
const BREAK = /[,;:()[\]{}"“”«»—–!?]|\.(?!\w)|\s-\s|\s-$|\n/;

/** Whether the text between two offsets holds punctuation a phrase cannot run across; an abbreviation's dot is none. */
export function breaksBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let gap = text.slice(from, to);
  if (gap.startsWith('.') && dotEndsAbbreviation(text, from)) gap = gap.slice(1);
  return BREAK.test(gap);
}

/** "Korea's" → "Korea"; "officials'" → "officials". */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Whether a word only opens the sentence (its capital tells nothing) rather than being written as a name. */
export function startsSentence(text: string, sentenceStart: number, word: Word): boolean {
  const before = text.slice(Math.max(sentenceStart, word.start - 3), word.start);
  return (word.start - sentenceStart <= 3 && before.trim() === '') || /[.!?:"“]\s*$/u.test(before);
}
