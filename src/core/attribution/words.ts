/**
 * Word-level reading of a bounded window of text. Every walk here looks at a fixed number of words
 * around a point, so attribution stays linear in the length of a sentence.
 */

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Letters and digits, joined by apostrophes, hyphens, ampersands and the dots of "U.S." or "Mr.".
const WORD = /[\p{L}\p{N}]+(?:[''’.&-][\p{L}\p{N}]+)*/gu;

/** The words of `text` between `start` and `end`. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(Math.max(0, start), Math.min(text.length, end));
  const offset = Math.max(0, start);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words.push({ text: m[0], lower: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return words;
}

/** Punctuation that ends a noun phrase: a name never runs across it. */
const BREAK = /[,;:()[\]{}"“”«»—–!?]|\.(?!\w)|\s-\s|\n/;

/** Words whose closing dot is part of them: "U.S.", "Mr.", "Inc.". */
const ABBREVIATION_BEFORE = /(?:\b(?:\p{Lu}\.)+\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No))$/u;

/** Whether the text between two offsets holds punctuation a phrase cannot run across. */
export function breaksBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let gap = text.slice(from, to);
  if (gap.startsWith('.') && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, from - 8), from))) gap = gap.slice(1);
  return BREAK.test(gap);
}

/** "Korea's" → "Korea"; "officials'" → "officials". */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Whether a word is written as the start of a name rather than merely starting the sentence. */
export function startsSentence(text: string, sentenceStart: number, word: Word): boolean {
  const before = text.slice(Math.max(sentenceStart, word.start - 3), word.start);
  return (word.start - sentenceStart <= 3 && before.trim() === '') || /[.!?:"“]\s*$/u.test(before);
}
