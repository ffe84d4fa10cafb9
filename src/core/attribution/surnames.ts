/**
 * A lone capitalised word that says something is a person when the article named that person in
 * full before ("Anna Holt … Holt said"), and otherwise an institution ("Dell announced"). One pass over
 * the text, made the first time it is needed.
 */
import { isLexiconWord } from './lexicon';

const FULL_NAME = /\b(\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)\b/gu;

export function createSurnameIndex(text: string): (word: string, before: number) => boolean {
  let firstSeen: Map<string, number> | null = null;
  return (word, before) => {
    if (!firstSeen) {
      firstSeen = new Map();
      for (const m of text.matchAll(FULL_NAME)) {
        const [, first, last] = m;
        if (!first || !last || isLexiconWord(first) || isLexiconWord(last)) continue;
        const at = m.index + m[0].length - last.length;
        if (!firstSeen.has(last)) firstSeen.set(last, at);
      }
    }
    const at = firstSeen.get(word);
    return at !== undefined && at < before;
  };
}
