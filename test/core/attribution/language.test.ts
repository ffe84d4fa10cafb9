/**
 * The language layer's questions reach the describer where the hand-written rules decide from the shape of
 * the words alone, and an answer of null leaves the decision to them.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analyse';
import type { LanguageLayer } from '../../../src/core/attribution';

const only = (answers: Partial<LanguageLayer>): LanguageLayer => ({ kindOfName: () => null, ...answers });
const sourceOf = (text: string, language?: LanguageLayer) => analyse(text, {}, language ? { language } : {})[0]!.source;

describe('language layer', () => {
  const reports = 'The harbour board reports 40 boats sank in the storm.';

  it('lets a tagger say that a verb-or-noun word is a noun here, dropping the cue', () => {
    expect(sourceOf(reports).kind).not.toBe('article');
    expect(sourceOf(reports, only({ isVerb: () => false })).kind).toBe('article');
  });

  it('keeps the rules where the tagger is unsure', () => {
    expect(sourceOf(reports, only({ isVerb: () => null }))).toEqual(sourceOf(reports));
  });

  it('lets a noun-phrase chunker give the extent of the source named', () => {
    const text = 'The Ruiz family trust said 40 boats sank.';
    const chunk = { start: 'The '.length, end: 'The Ruiz family trust'.length };
    const rules = sourceOf(text);
    expect(text.slice(rules.start!, rules.end!)).not.toBe('Ruiz family trust');
    const source = sourceOf(text, only({ nounPhrase: () => chunk }));
    expect(text.slice(source.start!, source.end!)).toBe('Ruiz family trust');
    expect(source.name).toBe('Ruiz family trust');
  });

  it('asks for a kind only where the rules read it from the shape of a name', () => {
    const asked: string[] = [];
    const text = 'Dana Ortiz said 40 boats sank.';
    sourceOf(text, only({ kindOfName: (t, name) => (asked.push(t.slice(name.start, name.end)), 'organisation') }));
    expect(asked).toEqual(['Dana Ortiz']);
  });
});
