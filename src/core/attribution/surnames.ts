/**
 * A lone capitalised word that says something is a person when the article named that person in
 * full before ("Anna Holt … Holt said"), and otherwise an institution ("Dell announced"). One pass over
 * the text, made the first time it is needed.
 */
import { TITLE_WORDS } from '../text';
import { isLexiconWord, isPlace } from './lexicon';

// A run that goes on in capitals ("Products Mozilla Application Suite", an infobox or a title) names
// something else, not a person by first name and surname.
const FULL_NAME = /\b(\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)\b(?!\s+\p{Lu})/gu;

/** How far back "he" or "she" looks for the person it stands for. */
const PRONOUN_LOOKBACK = 600;

/**
 * The last full personal name before `at` within a bounded stretch: "Nils Aro runs the ferry. … he
 * said" gives "Nils Aro". Null when none is there.
 */
export function lastFullNameBefore(text: string, at: number): { start: number; end: number } | null {
  const from = Math.max(0, at - PRONOUN_LOOKBACK);
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(from, at).matchAll(FULL_NAME)) {
    const [, first, last] = m;
    if (!first || !last || isLexiconWord(first) || isLexiconWord(last) || TITLE_WORDS.has(first) || isPlace(`${first} ${last}`)) continue;
    // A capital that only opens a sentence is no first name: "The …", "Another …".
    if (/(?:^|[.!?"“”]\s*)$/.test(text.slice(Math.max(from, from + m.index - 3), from + m.index)) && FUNCTION_WORDS.has(first.toLowerCase())) continue;
    found = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return found;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'another', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'in', 'on', 'at', 'but', 'and', 'when', 'while', 'after', 'before', 'some', 'many', 'most', 'all', 'one', 'two', 'three']);

export function createSurnameIndex(text: string): (word: string, before: number) => boolean {
  let firstSeen: Map<string, number> | null = null;
  return (word, before) => {
    if (!firstSeen) {
      firstSeen = new Map();
      for (const m of text.matchAll(FULL_NAME)) {
        const [, first, last] = m;
        if (!first || !last || isLexiconWord(first) || isLexiconWord(last) || isPlace(`${first} ${last}`)) continue;
        // "The Mozilla community": a function word opening a sentence is no first name.
        if (FUNCTION_WORDS.has(first.toLowerCase())) continue;
        const at = m.index + m[0].length - last.length;
        if (!firstSeen.has(last)) firstSeen.set(last, at);
      }
    }
    const at = firstSeen.get(word);
    return at !== undefined && at < before;
  };
}
