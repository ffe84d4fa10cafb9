/**
 * The readings that relate figures a reader takes as one (a pronoun's antecedent, an opening clause, a rate
 * written after a loose number, a rounding, an earlier value) and those that keep apart figures sharing
 * only an incidental word. Sentences of our own; each case has a near miss beside it.
 */
import { describe, expect, it } from 'vitest';
import { topicWord } from '../../../src/core/related/context';
import { isRoundingOf, rateAfter, significantDigits } from '../../../src/core/related/reading';
import { articleRelevance } from '../../../src/core/related/relevance';
import { subjectTerms } from '../../../src/core/related/subject';
import type { Claim } from '../../../src/core/types';
import { claimsIn as claimsOf, type ClaimSpec } from './make-claim';

function relationsOf(claims: Claim[], text: string, claim: Claim): [string, string][] {
  return (articleRelevance(claims, text).related.get(claim.id) ?? []).map((r) => [r.figure.claim.id, r.rule]);
}

const money = (phrase: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ phrase, kind: 'money', value, unit: 'dollar', ...extra });
const percent = (phrase: string, value: number): ClaimSpec => ({ phrase, kind: 'percent', value, unit: 'percentage' });

describe('readings that relate', () => {
  it('pronoun-subject: "That would …" opening a sentence is about the sentence before', () => {
    const text = 'Lawmakers want to extend the fuel subsidy. That would cost the treasury $40 billion. The fuel subsidy cost $12 billion last year.';
    const [extension, lastYear] = claimsOf(text, [money('$40 billion', 4e10), money('$12 billion', 1.2e10)]) as [Claim, Claim];
    expect(relationsOf([extension, lastYear], text, extension)).toEqual([[lastYear.id, 'shared-topic']]);
  });

  it('pronoun-subject: "It" opening a sentence is not read back, it names the running subject as often', () => {
    const text = 'Lawmakers want to extend the fuel subsidy. It would cost the treasury $40 billion. The fuel subsidy cost $12 billion last year.';
    const [extension, lastYear] = claimsOf(text, [money('$40 billion', 4e10), money('$12 billion', 1.2e10)]) as [Claim, Claim];
    expect(relationsOf([extension, lastYear], text, extension)).toEqual([]);
  });

  it('pronoun-subject: "they" inside a sentence stands for the words before it', () => {
    const text =
      'Officials said the new levies would pay for themselves, though auditors found they would add $80 billion to the debt. ' +
      'The levies raised $15 billion in their first year.';
    const [added, raised] = claimsOf(text, [money('$80 billion', 8e10), money('$15 billion', 1.5e10)]) as [Claim, Claim];
    expect(relationsOf([added, raised], text, added)).toEqual([[raised.id, 'shared-topic']]);
  });

  it('opening-clause: a figure in an opening subordinate clause is about the main clause’s subject', () => {
    const text = 'After peaking at 9 percent, the jobless rate in the province fell to 6 percent. Economists expect the jobless rate to reach 5 percent in 2027.';
    const [peak, fell, expected] = claimsOf(text, [percent('9 percent', 9), percent('6 percent', 6), percent('5 percent', 5)]) as [Claim, Claim, Claim];
    expect(relationsOf([peak, fell, expected], text, peak).map(([id]) => id).sort()).toEqual([fell.id, expected.id].sort());
  });

  it('opening-clause: the words of the opening clause are the main clause’s too ("When the disk fills, it holds …")', () => {
    const text = 'When the archive server compresses the logs, it keeps 40 gigabytes. The logs take 300 gigabytes uncompressed. The canteen seats 300.';
    const [kept, raw] = claimsOf(text, [
      { phrase: '40 gigabytes', kind: 'measure', value: 40, unit: 'gigabyte' },
      { phrase: '300 gigabytes', kind: 'measure', value: 300, unit: 'gigabyte' },
    ]) as [Claim, Claim];
    expect(relationsOf([kept, raw], text, kept)).toEqual([[raw.id, 'shared-topic']]);
  });

  it('rate-after: a rate written after a loose number ("$2-something a pound") meets other prices per pound', () => {
    const text = 'Growers get $2-something a pound for apples. Shops ask $4 a pound. Tickets cost $4 at the gate.';
    const [growers, shops, tickets] = claimsOf(text, [money('$2', 2), money('$4 a pound', 4, { per: 'a pound' }), money('$4 at', 4)]) as [
      Claim,
      Claim,
      Claim,
    ];
    expect(relationsOf([growers, shops, tickets], text, growers)).toEqual([[shops.id, 'same-rate']]);
    expect(rateAfter(growers, text)).toBe('pound');
    expect(rateAfter(tickets, text)).toBeNull();
  });

  it('rounded-value: a figure and the same figure rounded ("$49.99" ~ "$50") are related, not one mention', () => {
    const text = 'The kit retails at $49.99 online. Critics say $50 is steep for hobbyists. A spare lens is $48 extra.';
    const [precise, round, lens] = claimsOf(text, [money('$49.99', 49.99), money('$50', 50), money('$48', 48)]) as [Claim, Claim, Claim];
    expect(relationsOf([precise, round, lens], text, precise)).toEqual([[round.id, 'rounded-value']]);
  });

  it('rounded-value: a whole number is not another rounded ("$1,001" ≁ "$1,000")', () => {
    const text = 'The fund paid out $1,001 in May. Critics say $1,000 is too little.';
    const [paid, critics] = claimsOf(text, [money('$1,001', 1001), money('$1,000', 1000)]) as [Claim, Claim];
    expect(relationsOf([paid, critics], text, paid)).toEqual([]);
  });

  it('rounded-value: rounding keeps fewer significant digits and moves the value by a hair', () => {
    expect(significantDigits(9.99)).toBe(3);
    expect(significantDigits(13.7e9)).toBe(3);
    expect(significantDigits(10)).toBe(1);
    expect(isRoundingOf(26.6, 27)).toBe(true);
    expect(isRoundingOf(3.1, 3)).toBe(false);
    expect(isRoundingOf(27, 26.6)).toBe(false);
  });

  it('earlier-value: "up from 7 percent" shares the relations of the figure it is an earlier value of', () => {
    const text = 'Interest payments on the debt will pass $900 billion. Interest on the debt will eat 13 percent of all spending, up from 7 percent in the accounts of 2015.';
    const [payments, share, earlier] = claimsOf(text, [money('$900 billion', 9e11), percent('13 percent', 13), percent('7 percent', 7)]) as [
      Claim,
      Claim,
      Claim,
    ];
    expect(relationsOf([payments, share, earlier], text, earlier)).toEqual([
      [share.id, 'apposition'],
      [payments.id, 'apposition'],
    ]);
  });
});

describe('readings across measures', () => {
  const payments = 'Pension payments will top $500 billion within a decade. ';
  const rest = 'The cost of pensions is on track to hit $200 billion next year. Pension payments will make up 20 percent of the state budget.';

  it('topic-bridge: one shared word relates two measures when a figure of the one relates to the other by two', () => {
    const text = payments + rest;
    const [decade, nextYear, share] = claimsOf(text, [money('$500 billion', 5e11), money('$200 billion', 2e11), percent('20 percent', 20)]) as [
      Claim,
      Claim,
      Claim,
    ];
    expect(relationsOf([decade, nextYear, share], text, nextYear)).toEqual([
      [decade.id, 'shared-topic'],
      [share.id, 'topic-bridge'],
    ]);
  });

  it('topic-bridge: without the figure that bridges them, one word does not relate two measures', () => {
    const [nextYear, share] = claimsOf(rest, [money('$200 billion', 2e11), percent('20 percent', 20)]) as [Claim, Claim];
    expect(relationsOf([nextYear, share], rest, nextYear)).toEqual([]);
  });
});

describe('readings that relate counts', () => {
  const count = (phrase: string, value: number, noun: string, subject = `${noun}s`): ClaimSpec => ({ phrase, kind: 'count', value, unit: noun, subject });

  it('coordinated: counts a sentence joins with ", and" are given together about one matter', () => {
    const text = 'The clinic treated 400 patients in winter, and an average of 30 volunteers helped each week.';
    const [patients, volunteers] = claimsOf(text, [count('400 patients', 400, 'patient'), count('30 volunteers', 30, 'volunteer')]) as [Claim, Claim];
    expect(relationsOf([patients, volunteers], text, patients)).toEqual([[volunteers.id, 'coordinated']]);
  });

  it('coordinated: a new clause ("while …") is not a join', () => {
    const text = 'The clinic treated 400 patients in winter while 30 volunteers painted the hall.';
    const [patients, volunteers] = claimsOf(text, [count('400 patients', 400, 'patient'), count('30 volunteers', 30, 'volunteer')]) as [Claim, Claim];
    expect(relationsOf([patients, volunteers], text, patients)).toEqual([]);
  });

  it('general-noun: "900 incidents" counts what its sentence names, and meets counts of it', () => {
    const text = 'Officials call the bay the seal stranding hotspot of the coast, with 900 incidents since 1990. Rangers handled 60 strandings this year.';
    const [incidents, strandings] = claimsOf(text, [count('900 incidents', 900, 'incident'), count('60 strandings', 60, 'stranding')]) as [Claim, Claim];
    expect(relationsOf([incidents, strandings], text, incidents)).toEqual([[strandings.id, 'shared-topic']]);
  });

  it('general-noun: a count of a thing of its own ("900 storms") does not read its sentence', () => {
    const text = 'Officials call the bay the seal stranding hotspot of the coast, with 900 storms since 1990. Rangers handled 60 strandings this year.';
    const [storms, strandings] = claimsOf(text, [count('900 storms', 900, 'storm'), count('60 strandings', 60, 'stranding')]) as [Claim, Claim];
    expect(relationsOf([storms, strandings], text, storms)).toEqual([]);
  });
});

describe('readings that keep apart', () => {
  it('a multiplier is a comparison: listed with nothing, though it has its own related figures', () => {
    const text = 'Rents in the old town reached $2,000 a month. Rents in the old town have doubled since 2015.';
    const [rent, doubled] = claimsOf(text, [money('$2,000', 2000), { phrase: 'doubled', kind: 'ratio', value: 2, unit: 'times' }]) as [Claim, Claim];
    expect(relationsOf([rent, doubled], text, rent)).toEqual([]);
    expect(relationsOf([rent, doubled], text, doubled)).toEqual([[rent.id, 'shared-topic']]);
  });

  it('change-to-level: "fallen by 2 points, to 4 percent" lists the level, never the change', () => {
    const text = 'The jobless rate in the valley has fallen by 2 percentage points, to 4 percent. Forecasters see the jobless rate in the valley near 4.5 percent.';
    const [change, level, forecast] = claimsOf(text, [
      { phrase: '2 percentage points', kind: 'percent', value: 2, unit: 'percentage point' },
      percent('4 percent', 4),
      percent('4.5 percent', 4.5),
    ]) as [Claim, Claim, Claim];
    const listed = relationsOf([change, level, forecast], text, forecast).map(([id]) => id);
    expect(listed).toContain(level.id);
    expect(listed).not.toContain(change.id);
  });

  it('verbs of money changing hands are not a topic: "$3 people pay for coffee" ≁ "towns pay $2 million"', () => {
    const text = 'Commuters pay $3 for a coffee. Towns pay $2 million for snow clearing.';
    const [coffee, snow] = claimsOf(text, [money('$3', 3), money('$2 million', 2e6)]) as [Claim, Claim];
    expect(relationsOf([coffee, snow], text, coffee)).toEqual([]);
    expect(topicWord('paid')).toBeNull();
    expect(topicWord('it’ll')).toBeNull();
    expect(topicWord('Harbour’s')).toBe('harbour');
  });

  it('counted-elsewhere: a word one figure counts is no topic shared with a count of something else', () => {
    const text = 'The archive holds 300 folders. Staff split the folders into 12 sections. A second room holds 40 folders.';
    const [folders, sections, more] = claimsOf(text, [
      { phrase: '300 folders', kind: 'count', value: 300, unit: 'folder', subject: 'folders' },
      { phrase: '12 sections', kind: 'count', value: 12, unit: 'section', subject: 'sections' },
      { phrase: '40 folders', kind: 'count', value: 40, unit: 'folder', subject: 'folders' },
    ]) as [Claim, Claim, Claim];
    expect(relationsOf([folders, sections, more], text, folders)).toEqual([[more.id, 'same-subject']]);
  });

  it('different-kind: "a $50 billion highway bill" ≁ "a farm bill … $90 billion", though both are bills', () => {
    const text = 'A farm bill approved in May raised subsidies by $90 billion. Congress later passed a $50 billion highway bill. The farm bill also set aside $5 billion.';
    const [farm, highway, aside] = claimsOf(text, [money('$90 billion', 9e10), money('$50 billion', 5e10), money('$5 billion', 5e9)]) as [
      Claim,
      Claim,
      Claim,
    ];
    expect(relationsOf([farm, highway, aside], text, highway)).toEqual([]);
    expect(relationsOf([farm, highway, aside], text, farm)).toEqual([[aside.id, 'shared-topic']]);
  });

  it('different-kind: nouns ending like comparatives still name kinds ("water bill" ≁ "$95 power bill")', () => {
    const text = 'The water bill came to $80 in March. Tenants got a $95 power bill in June.';
    const [water, power] = claimsOf(text, [money('$80', 80), money('$95', 95)]) as [Claim, Claim];
    expect(relationsOf([water, power], text, power)).toEqual([]);
  });

  it('words joining two figures of one sentence are the sentence’s, not a topic the two share', () => {
    const text = 'The app’s $10 might seem like a lot next to the $0 most rivals charge. Rival games seem cheap at $2.';
    const [app, rivals] = claimsOf(text, [money('$10', 10), money('$0', 0)]) as [Claim, Claim];
    expect(relationsOf([app, rivals], text, app)).toEqual([]);
  });

  it('a bare noun stands for a qualified one nearby, not across the article', () => {
    const filler = 'The café opened in spring. Its terrace faces the river. Cyclists stop there. The menu changes weekly. ';
    const text = `The club has 500 members. ${filler}Three family members run the café. Another 20 family members help.`;
    const [club, family, help] = claimsOf(text, [
      { phrase: '500 members', kind: 'count', value: 500, unit: 'member', subject: 'members' },
      { phrase: 'Three family members', kind: 'count', value: 3, unit: 'member', subject: 'family members' },
      { phrase: '20 family members', kind: 'count', value: 20, unit: 'member', subject: 'family members' },
    ]) as [Claim, Claim, Claim];
    expect(relationsOf([club, family, help], text, club)).toEqual([]);
    expect(relationsOf([club, family, help], text, family)).toEqual([[help.id, 'same-subject']]);
  });

  it('number-in-name: "any new 365 stores" is a name, not a count', () => {
    const text = 'The chain runs 11 corner stores. It is not opening any new 365 stores. Rivals run 40 stores.';
    const [corner, named, rivals] = claimsOf(text, [
      { phrase: '11 corner stores', kind: 'count', value: 11, unit: 'store', subject: 'corner stores' },
      { phrase: '365 stores', kind: 'count', value: 365, unit: 'store', subject: 'stores' },
      { phrase: '40 stores', kind: 'count', value: 40, unit: 'store', subject: 'stores' },
    ]) as [Claim, Claim, Claim];
    const listed = relationsOf([corner, named, rivals], text, corner).map(([id]) => id);
    expect(listed).toEqual([rivals.id]);
  });

  it('"10 of their own" names no subject: a bare number, which one shared word does not relate', () => {
    expect(subjectTerms('own')).toBeNull();
    const text = 'Each crate holds boxes, and each of those boxes holds 10 of their own. The depot shipped 500 boxes in May.';
    const [own, shipped] = claimsOf(text, [
      { phrase: '10 of their own', kind: 'count', value: 10, subject: 'own' },
      { phrase: '500 boxes', kind: 'count', value: 500, unit: 'box', subject: 'boxes' },
    ]) as [Claim, Claim];
    expect(relationsOf([own, shipped], text, shipped)).toEqual([]);
  });
});
