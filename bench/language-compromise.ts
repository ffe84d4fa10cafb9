/**
 * The language layer read from compromise instead of the hand-written rules: names of people and
 * organisations as compromise tags them, for the side-by-side in bench:polnear (--language compromise).
 * Only sentences with a name whose kind the rules read from its shape are tagged, each at most once.
 */
import nlp from 'compromise';
import type { LanguageLayer } from '../src/core/attribution';
import type { Span } from '../src/core/types';

interface Tagged {
  people: Span[];
  organisations: Span[];
}

const spansOf = (list: { offset: { start: number; length: number } }[], base: number): Span[] =>
  list.map(({ offset }) => ({ start: base + offset.start, end: base + offset.start + offset.length }));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function compromiseLanguage(): LanguageLayer & { sentencesTagged(): number } {
  const tagged = new Map<number, Tagged>();
  return {
    kindOfName(text, name, sentence) {
      let tags = tagged.get(sentence.start);
      if (!tags) {
        const doc = nlp(text.slice(sentence.start, sentence.end));
        tags = {
          people: spansOf(doc.people().json({ offset: true }) as never, sentence.start),
          organisations: spansOf(doc.organizations().json({ offset: true }) as never, sentence.start),
        };
        tagged.set(sentence.start, tags);
      }
      if (tags.organisations.some((s) => overlaps(s, name))) return 'organisation';
      if (tags.people.some((s) => overlaps(s, name))) return 'person';
      return null;
    },
    sentencesTagged: () => tagged.size,
  };
}
