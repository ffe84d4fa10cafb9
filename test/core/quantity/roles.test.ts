/**
 * Which numbers a reader counts as claims: each sentence is our own, written for the kind of text a rule
 * is for. `key` lists the key claims' text; `minor` and `dropped` say which rule decided the others.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analyse';
import { find, only } from './helpers';

const key = (text: string): string[] => find(text).filter((f) => f.prominence === 'key').map((f) => text.slice(f.phrase.start, f.phrase.end));
const minor = (text: string): [string, string][] => find(text).filter((f) => f.prominence === 'minor').map((f) => [f.quantity.text, f.rule]);

describe('key claims', () => {
  it('says a stated amount is key, by the rule "amount"', () => {
    const [f] = find('The ferry carried 412 passengers.');
    expect(f).toMatchObject({ prominence: 'key', rule: 'amount' });
  });
});

describe('"one"', () => {
  it('drops "one" standing for a person or thing', () => {
    expect(find('No one came, and this one broke.')).toEqual([]);
    expect(find('One could argue the point, she said, picking one.')).toEqual([]);
  });
  it('keeps "one of the …" and "one" before a noun as minor numbers, never key', () => {
    expect(minor('It is one of the busiest airports in Europe.')).toEqual([['one', 'partitive-one']]);
    expect(minor('One listener phoned in with one simple question.')).toEqual([['One', 'determiner-one'], ['one', 'determiner-one']]);
    expect(key('One listener phoned in.')).toEqual([]);
  });
  it('makes "one" a count when a later count answers it, and gives that count the noun', () => {
    const found = find('One driver was arrested and four were fined.');
    expect(found.map((f) => [f.quantity.value, f.quantity.unit, f.prominence, f.rule])).toEqual([
      [1, 'driver', 'key', 'answered-one'],
      [4, 'driver', 'key', 'amount'],
    ]);
    expect(only('The clinic saw 80 children, 12 of them under two.', '12').quantity.unit).toBe('child');
    expect(only('The clinic saw 80 children, 12 of the nurses said.', '12').quantity.unit).toBe('nurse');
  });
  it('keeps "one" with a unit, in a ratio or in a range as a claim', () => {
    expect(key('Inflation rose one percent.')).toEqual(['one percent']);
    expect(key('One in five pupils walks to school.')).toEqual(['One in five']);
    expect(key('It takes one to two hours.')).toEqual(['one to two hours']);
  });
});

describe('descriptive ages', () => {
  it('makes an age in apposition, in brackets or made into an adjective minor', () => {
    expect(minor('The goalkeeper, 41, retired on Friday.')).toEqual([['41', 'descriptive-age']]);
    expect(minor('Her nephew Tomas (9) won the prize.')).toEqual([['9', 'descriptive-age']]);
    expect(minor('His 19-year-old daughter drove.')).toEqual([['19-year-old', 'descriptive-age']]);
    expect(minor('She was nine years old when the war began.')).toEqual([['nine years old', 'descriptive-age']]);
    expect(minor('Adults aged 30 to 45 were asked.').map(([, rule]) => rule)).toEqual(['descriptive-age']);
  });
  it('reads both ends of "the ages of N and M" as describing whom a figure covers', () => {
    expect(key('Women between the ages of 30 and 49 were polled.')).toEqual([]);
  });
  it('keeps an age that is the point of the sentence', () => {
    expect(key('The oak may be 800 years old.')).toEqual(['800 years old']);
  });
});

describe('time expressions', () => {
  it('makes a duration that dates something minor', () => {
    expect(minor('The mill closed six years ago.')).toEqual([['six years', 'time-expression']]);
    expect(minor('Three days after the flood, roads reopened.')).toEqual([['Three days', 'time-expression']]);
    expect(minor('Sales grew in the past two quarters and the last five months.')).toEqual([['five months', 'time-expression']]);
    expect(minor('Two decades later, the town had grown.')).toEqual([['Two decades', 'time-expression']]);
  });
  it('makes the term of another amount minor: "over N years" after it, or a term made into its adjective', () => {
    expect(minor('They will cut $40 million over five years.')).toEqual([['five years', 'time-expression']]);
    expect(minor('She won a three-year, $90,000 grant.')).toEqual([['three-year', 'time-expression']]);
  });
  it('makes the stretch a superlative holds over minor', () => {
    expect(minor('Sales had their best month in two years.')).toEqual([['two years', 'time-expression']]);
    expect(minor('Rainfall was the heaviest in half a century.')).toEqual([['half a century', 'time-expression']]);
    expect(key('Police expect an arrest in two weeks.')).toEqual(['two weeks']);
  });
  it('keeps a duration that is itself the fact', () => {
    expect(key('The line was shut for 14 months after the fire.')).toEqual(['14 months']);
    expect(key('The hearing lasted seven hours.')).toEqual(['seven hours']);
    expect(key('Each applicant sits a twenty-minute interview.')).toEqual(['twenty-minute']);
  });
});

describe('numbers pointing back, names, codes, scores and calls', () => {
  it('makes "the two"/"these three" pointing back at things named before minor', () => {
    expect(minor('Relations between the two neighbours cooled.')).toEqual([['two', 'referring-number']]);
    expect(key('The eight finalists were named.')).toEqual(['eight finalists']);
  });
  it('drops numbers inside names, models and codes', () => {
    expect(find('Pilots trained on the Embraer E190-100 fleet.')).toEqual([]);
    expect(find('The yield on the 30-year Treasury bond fell.').map((f) => f.quantity.text)).toEqual([]);
    expect(find('Parents opened a 403 account for her.')).toEqual([]);
    expect(find('The film was shot on 8K cameras.')).toEqual([]);
    expect(key('The carrier ordered five Embraer 190-2 aircraft.')).toEqual(['five']);
    expect(key('The A380 XL was retired after 14 years.')).toEqual(['14 years']);
  });
  it('drops scores and numbers to call', () => {
    expect(find('The visitors won 2-0 at home.')).toEqual([]);
    expect(find('They lost 1-4 in the final.')).toEqual([]);
    expect(find('She rang 112 for help.')).toEqual([]);
    expect(key('Police logged 40 calls to 999 in a night.')).toEqual(['40 calls']);
  });
  it('drops count badges, idioms, generic amounts and "zero" describing a noun', () => {
    expect(find('Load more (24)')).toEqual([]);
    expect(find('She learnt a trick or two from him.')).toEqual([]);
    expect(find('It is a trillion-dollar question.')).toEqual([]);
    expect(find('The club has a zero waste policy.')).toEqual([]);
    expect(key('The club sent exactly zero complaints.')).toEqual(['zero complaints']);
  });
  it('drops the operands of an expression written as code, not its result', () => {
    expect(key('That is 4^3 * 50 = 3,200 rows.')).toEqual(['3,200 rows']);
    expect(find('The buffer holds 2^16 - 1 bytes.')).toEqual([]);
  });
});

describe('analyse', () => {
  const text = 'The mayor, 52, said 3,000 homes were flooded two weeks ago.';
  it('highlights key claims by default and says which rule made each key', () => {
    const claims = analyse(text);
    expect(claims.map((c) => [c.text, c.prominence, c.prominenceRule])).toEqual([['3,000 homes', 'key', 'amount']]);
  });
  it('gives every number on request, minor ones with their rule', () => {
    const claims = analyse(text, {}, { highlight: 'every' });
    expect(claims.map((c) => [c.quantity.text, c.prominence, c.prominenceRule])).toEqual([
      ['52', 'minor', 'descriptive-age'],
      ['3,000', 'key', 'amount'],
      ['two weeks', 'minor', 'time-expression'],
    ]);
  });
});
