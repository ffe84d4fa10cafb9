/**
 * The relevance rules on sentences of our own: each names the rule it tests, and a near miss beside it
 * shows the rule does not fire where it should not.
 */
import { describe, expect, it } from 'vitest';
import { articleFacts } from '../../../src/core/related/article-facts';
import { contextOf } from '../../../src/core/related/context';
import { articleRelevance, headlineSpan } from '../../../src/core/related/relevance';
import type { ArticleFact, RepeatFact } from '../../../src/core/related/types';
import type { Claim } from '../../../src/core/types';
import { claimIn, claimsIn as claimsOf } from './make-claim';

function relatedIds(claims: Claim[], text: string, claim: Claim): string[] {
  return (articleRelevance(claims, text).related.get(claim.id) ?? []).map((r) => r.figure.claim.id);
}

describe('relevance rules', () => {
  it('same-subject: a bare head noun meets the same noun with modifiers, lemmatised and through synonyms', () => {
    const text = 'The mill cut 120 jobs in May. Farmers sold 4,000 goats. The plant will add 300 factory positions next year.';
    const [jobs, goats, positions] = claimsOf(text, [
      { phrase: '120 jobs', kind: 'count', value: 120, unit: 'job', subject: 'jobs' },
      { phrase: '4,000 goats', kind: 'count', value: 4000, unit: 'goat', subject: 'goats' },
      { phrase: '300 factory positions', kind: 'count', value: 300, unit: 'position', subject: 'factory positions' },
    ]) as [Claim, Claim, Claim];
    const relations = articleRelevance([jobs, goats, positions], text).related.get(jobs.id) ?? [];
    expect(relations.map((r) => [r.figure.claim.id, r.rule])).toEqual([[positions.id, 'same-subject']]);
  });

  it('listed-together: counts of one head noun set side by side in a sentence, whatever their modifiers', () => {
    const text = 'Crews counted 30 grey seals on the north shore, 12 harbour seals near the pier and 9 gulls. Later 4 elephant seals came.';
    const [grey, harbour, , later] = claimsOf(text, [
      { phrase: '30 grey seals', kind: 'count', value: 30, unit: 'seal', subject: 'grey seals' },
      { phrase: '12 harbour seals', kind: 'count', value: 12, unit: 'seal', subject: 'harbour seals' },
      { phrase: '9 gulls', kind: 'count', value: 9, unit: 'gull', subject: 'gulls' },
      { phrase: '4 elephant seals', kind: 'count', value: 4, unit: 'seal', subject: 'elephant seals' },
    ]) as [Claim, Claim, Claim, Claim];
    const relations = articleRelevance([grey, harbour, later], text).related.get(grey.id) ?? [];
    // The seals of another sentence share only the word "seal": related, but as a topic, not as a part.
    expect(relations.map((r) => [r.figure.claim.id, r.rule])).toEqual([
      [harbour.id, 'listed-together'],
      [later.id, 'shared-topic'],
    ]);
  });

  it('listed-together: a bare number opening the next item of a list counts what the item before it counts', () => {
    const text = 'The storm felled 40 oak trees in the park, 25 in the cemetery and 3 lamp posts.';
    const [oaks, bare] = claimsOf(text, [
      { phrase: '40 oak trees', kind: 'count', value: 40, unit: 'tree', subject: 'oak trees' },
      { phrase: '25', kind: 'count', value: 25 },
    ]) as [Claim, Claim];
    expect(articleRelevance([oaks, bare], text).related.get(bare.id)?.map((r) => [r.figure.claim.id, r.rule])).toEqual([[oaks.id, 'listed-together']]);
  });

  it('shared-topic: a clause word relates figures whose subjects the engine did not find', () => {
    const text =
      'The city first put the cost of the new bridge at $40 million. Parking fines raised $2 million. ' +
      'Engineers now say the bridge will cost $55 million.';
    const [first, fines, now] = claimsOf(text, [
      { phrase: '$40 million', kind: 'money', value: 4e7, unit: 'dollar' },
      { phrase: '$2 million', kind: 'money', value: 2e6, unit: 'dollar' },
      { phrase: '$55 million', kind: 'money', value: 5.5e7, unit: 'dollar' },
    ]) as [Claim, Claim, Claim];
    const relations = articleRelevance([first, fines, now], text).related.get(first.id) ?? [];
    expect(relations.map((r) => [r.figure.claim.id, r.rule, r.shared])).toEqual([[now.id, 'shared-topic', ['bridge']]]);
  });

  it('the same value about different things is two facts, neither listed with the other', () => {
    const text = 'Wages grew 3 percent last year. The central bank expects inflation of 3 percent.';
    const [wages, inflation] = claimsOf(text, [
      { phrase: '3 percent', kind: 'percent', value: 3, unit: 'percentage' },
      { phrase: 'inflation of 3 percent', kind: 'percent', value: 3, unit: 'percentage', subject: 'inflation' },
    ]) as [Claim, Claim];
    const relevance = articleRelevance([wages, inflation], text);
    expect(relevance.mentions.get(wages.id)).toEqual([]);
    expect(relatedIds([wages, inflation], text, wages)).toEqual([]);
  });

  it('a headline repeating a figure is one fact: a repeat, never a related figure', () => {
    const text = 'Storm leaves 12,000 homes without power\nThe storm left 12,000 homes without power on Tuesday, and 40 schools closed.';
    const claims = claimsOf(text, [
      { phrase: '12,000 homes', kind: 'count', value: 12000, unit: 'home', subject: 'homes' },
      { phrase: '40 schools', kind: 'count', value: 40, unit: 'school', subject: 'schools' },
    ]);
    const body = claimIn(text, { phrase: '12,000 homes', kind: 'count', value: 12000, unit: 'home', subject: 'homes' }, 20);
    const bodyClaim: Claim = { ...body, sentence: { start: text.indexOf('The storm'), end: text.length } };
    const all = [claims[0]!, bodyClaim, claims[1]!];
    const facts = articleFacts(all, text, { title: 'Storm leaves 12,000 homes without power' }).get(bodyClaim.id) ?? [];
    expect(facts.filter((f): f is RepeatFact => f.origin === 'repeat').map((f) => [f.claim.id, f.inHeadline])).toEqual([[claims[0]!.id, true]]);
    expect(facts.some((f) => f.origin === 'article' && f.claim.id === claims[0]!.id)).toBe(false);
    expect(headlineSpan(text, 'Storm leaves 12,000 homes without power')).toEqual({ start: 0, end: text.indexOf('\n') });
  });

  it('never lists the claim itself', () => {
    const text = 'Rebels hold 30 villages, 12 towns and 30 villages more in the south.';
    const claims = claimsOf(text, [
      { phrase: '30 villages', kind: 'count', value: 30, unit: 'village', subject: 'villages' },
      { phrase: '12 towns', kind: 'count', value: 12, unit: 'town', subject: 'towns' },
    ]);
    for (const claim of claims) expect(relatedIds(claims, text, claim)).not.toContain(claim.id);
  });

  it("a name in many of the article's sentences relates nothing", () => {
    const text = [
      'Acme sold 500 drones to the army.',
      'Acme says it employs 9,000 engineers.',
      'Acme was founded by two brothers.',
      'Acme shares rose.',
      'Acme is based in Ohio.',
    ].join(' ');
    const [drones, engineers] = claimsOf(text, [
      { phrase: '500 drones', kind: 'count', value: 500, unit: 'drone', subject: 'drones' },
      { phrase: '9,000 engineers', kind: 'count', value: 9000, unit: 'engineer', subject: 'engineers' },
    ]) as [Claim, Claim];
    expect(relatedIds([drones, engineers], text, drones)).toEqual([]);
  });

  it('a bare number relates by one shared word only when it has a noun of its own', () => {
    const text = 'She knows a thing or two about the harbour. The harbour handled 8,000 ships. The harbour berths 40 ferries.';
    const [two, ships, ferries] = claimsOf(text, [
      { phrase: 'two', kind: 'count', value: 2 },
      { phrase: '8,000 ships', kind: 'count', value: 8000, unit: 'ship', subject: 'ships' },
      { phrase: '40 ferries', kind: 'count', value: 40, unit: 'ferry', subject: 'ferries' },
    ]) as [Claim, Claim, Claim];
    expect(relatedIds([two, ships, ferries], text, two)).toEqual([]);
    expect(relatedIds([two, ships, ferries], text, ships)).toEqual([ferries.id]);
  });

  it('a count of a unit of measure is a measure: kilobytes of backup meet megabytes of backup', () => {
    const text = 'The backup holds 12 megabytes. Compressed, the backup shrinks to 300 kilobytes. The office has 300 chairs.';
    const [big, small, chairs] = claimsOf(text, [
      { phrase: '12 megabytes', kind: 'measure', value: 12, unit: 'megabyte' },
      { phrase: '300 kilobytes', kind: 'count', value: 300, unit: 'kilobyte', subject: 'kilobytes' },
      { phrase: '300 chairs', kind: 'count', value: 300, unit: 'chair', subject: 'chairs' },
    ]) as [Claim, Claim, Claim];
    expect(relatedIds([big, small, chairs], text, big)).toEqual([small.id]);
  });

  it('an order of magnitude written as a modifier relates to nothing', () => {
    const text = 'It was a billion-dollar merger. The merger was worth $2 billion.';
    const [adjective, worth] = claimsOf(text, [
      { phrase: 'a billion-dollar', kind: 'money', value: 1e9, unit: 'dollar', subject: 'merger' },
      { phrase: '$2 billion', kind: 'money', value: 2e9, unit: 'dollar', subject: 'merger' },
    ]) as [Claim, Claim];
    expect(relatedIds([adjective, worth], text, worth)).toEqual([]);
  });

  it('durations and ages relate to nothing by their words', () => {
    const text = 'The 30-year bond yields 4 percent. The 30-year-old trader lost $5 million in 30 years.';
    const [bond, trader] = claimsOf(text, [
      { phrase: '30-year', kind: 'measure', value: 30, unit: 'year' },
      { phrase: '30 years', kind: 'measure', value: 30, unit: 'year' },
    ]) as [Claim, Claim];
    expect(relatedIds([bond, trader], text, bond)).toEqual([]);
  });
});

describe('article facts', () => {
  it('say what a related figure is about: the words of its own sentence around the number', () => {
    const text = 'Imports of steel fell to 2 million tonnes. Exports of steel rose to 3 million tonnes in spring.';
    const claims = claimsOf(text, [
      { phrase: '2 million tonnes', kind: 'measure', value: 2e6, unit: 'tonne' },
      { phrase: '3 million tonnes', kind: 'measure', value: 3e6, unit: 'tonne' },
    ]);
    const [fact] = (articleFacts(claims, text).get(claims[0]!.id) ?? []) as ArticleFact[];
    expect(fact?.context).toEqual({ before: 'Exports of steel rose to', number: '3 million tonnes', after: 'in spring.' });
    expect(fact?.agreement?.verdict).toBe('differs');
  });

  it('give a count the price of each of the same things its role', () => {
    const text = 'The army bought 200 trucks. The trucks cost $90,000 each.';
    const claims = claimsOf(text, [
      { phrase: '200 trucks', kind: 'count', value: 200, unit: 'truck', subject: 'trucks' },
      { phrase: '$90,000 each', kind: 'money', value: 90000, unit: 'dollar', per: 'each', subject: 'trucks' },
    ]);
    const facts = articleFacts(claims, text);
    expect(facts.get(claims[0]!.id)?.[0]).toMatchObject({ role: 'unit-price', agreement: null });
    expect(facts.get(claims[1]!.id)?.[0]).toMatchObject({ role: 'count' });
  });

  it('read a clause of no words of its own with the rest of its sentence', () => {
    const text = 'After falling below 2 percent, the yield on the bond climbed.';
    const [claim] = claimsOf(text, [{ phrase: '2 percent', kind: 'percent', value: 2, unit: 'percentage' }]);
    expect(contextOf(claim!, text, []).terms).toEqual(expect.arrayContaining(['yield', 'bond']));
  });
});
