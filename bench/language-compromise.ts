/**
 * The language layer read from compromise instead of the hand-written rules, for the side-by-side in
 * bench:polnear and bench:sources (`--language compromise`, or some parts: `--language compromise:kinds,verbs`):
 * - kinds: names of people and organisations as compromise tags them;
 * - verbs: whether a word that is a verb or a noun ("reports", "plans", "supports") is a verb, by its tag;
 * - phrases: the noun phrase compromise chunks around a source's name gives the name's extent.
 * Each sentence asked about is tagged once, and only when the rules ask.
 */
import nlp from 'compromise';
import type { LanguageLayer } from '../src/core/attribution';
import type { Span } from '../src/core/types';

export const LANGUAGE_PARTS = ['kinds', 'verbs', 'phrases'] as const;
export type LanguagePart = (typeof LANGUAGE_PARTS)[number];

interface Tagged {
  people: Span[];
  organisations: Span[];
  /** Each term with whether compromise tags it a verb. */
  terms: (Span & { verb: boolean; noun: boolean })[];
  nounPhrases: Span[];
}

interface Offset {
  offset: { start: number; length: number };
}
interface TermJson {
  terms: { tags: string[] }[];
}

const spansOf = (list: Offset[], base: number): Span[] =>
  list.map(({ offset }) => ({ start: base + offset.start, end: base + offset.start + offset.length }));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Trailing punctuation compromise keeps in a chunk ("show.", "poll,") is no part of a name. */
function trimmed(text: string, span: Span): Span {
  const inner = /^[\s"“‘(]*(.*?)[\s.,;:!?"”’)]*$/su.exec(text.slice(span.start, span.end))!;
  const start = span.start + text.slice(span.start, span.end).indexOf(inner[1]!);
  return { start, end: start + inner[1]!.length };
}

export function compromiseLanguage(parts: readonly LanguagePart[] = LANGUAGE_PARTS): LanguageLayer & { sentencesTagged(): number } {
  const tagged = new Map<number, Tagged>();
  function tagsOf(text: string, sentence: Span): Tagged {
    let tags = tagged.get(sentence.start);
    if (!tags) {
      const doc = nlp(text.slice(sentence.start, sentence.end));
      const terms = (doc.terms().json({ offset: true }) as (Offset & TermJson)[]).map((t) => ({
        ...spansOf([t], sentence.start)[0]!,
        verb: t.terms[0]?.tags.includes('Verb') ?? false,
        noun: t.terms[0]?.tags.includes('Noun') ?? false,
      }));
      tags = {
        people: spansOf(doc.people().json({ offset: true }) as Offset[], sentence.start),
        organisations: spansOf(doc.organizations().json({ offset: true }) as Offset[], sentence.start),
        terms,
        nounPhrases: spansOf(doc.nouns().json({ offset: true }) as Offset[], sentence.start).map((s) => trimmed(text, s)),
      };
      tagged.set(sentence.start, tags);
    }
    return tags;
  }
  const layer: LanguageLayer & { sentencesTagged(): number } = {
    kindOfName(text, name, sentence) {
      if (!parts.includes('kinds')) return null;
      const tags = tagsOf(text, sentence);
      if (tags.organisations.some((s) => overlaps(s, name))) return 'organisation';
      if (tags.people.some((s) => overlaps(s, name))) return 'person';
      return null;
    },
    sentencesTagged: () => tagged.size,
  };
  if (parts.includes('verbs')) {
    layer.isVerb = (text, word, sentence) => {
      const term = tagsOf(text, sentence).terms.find((t) => overlaps(t, word));
      if (!term) return null;
      return term.verb ? true : term.noun ? false : null;
    };
  }
  if (parts.includes('phrases')) {
    layer.nounPhrase = (text, name, sentence) => {
      // The chunk that holds the name's last word: the head of the phrase the rules found.
      const last = { start: Math.max(name.start, name.end - 1), end: name.end };
      const chunk = tagsOf(text, sentence).nounPhrases.find((s) => overlaps(s, last));
      return chunk && chunk.end > chunk.start ? chunk : null;
    };
  }
  return layer;
}

/** The layer a `--language` option names: `rules` (none), `compromise` (every part) or `compromise:PART,PART`. */
export function languageFromOption(option: string): (LanguageLayer & { sentencesTagged(): number }) | undefined {
  if (option === 'rules') return undefined;
  if (option === 'compromise') return compromiseLanguage();
  const listed = /^compromise:(.+)$/.exec(option)?.[1]?.split(',');
  const unknown = listed?.find((p) => !(LANGUAGE_PARTS as readonly string[]).includes(p));
  if (!listed || unknown !== undefined) {
    throw new Error(`--language takes rules, compromise or compromise:${LANGUAGE_PARTS.join(',')}${unknown ? ` (no part "${unknown}")` : ''}`);
  }
  return compromiseLanguage(listed as LanguagePart[]);
}
