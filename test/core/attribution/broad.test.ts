/**
 * Attribution in the broad sense: besides who says a figure, who is said to believe, want, back or publish it,
 * and the counts that "give" someone a figure. Each rule is tested on
 * sentences of our own, and says which reading fired (`source.rule`).
 */
import { describe, expect, it } from 'vitest';
import { describe as describeText, describeOne } from './describe-helper';

const source = (text: string, phrase: string, quantity?: string) => describeOne(text, { phrase, ...(quantity ? { quantity } : {}) }).source;

describe('stance verbs: what a source backs, knows, names or publishes', () => {
  it('gives the figure to the subject of a verb of stance in its clause', () => {
    expect(source('Mayor Ana Lind supports raising the bus fare to $3.', '$3', '$3')).toMatchObject({ name: 'Mayor Ana Lind', rule: 'cue-in-clause:stance' });
    expect(source('The harbour board knows that 40 cranes sit idle.', '40 cranes')).toMatchObject({ name: 'The harbour board' });
    expect(source('Governor Tom Baird named 12 judges to the new court.', '12 judges')).toMatchObject({ name: 'Governor Tom Baird' });
    expect(source('Ruiz denounced a plan to close 9 clinics.', '9 clinics').kind).not.toBe('article');
  });

  it('reads a stance verb that is also a noun only where a verb stands', () => {
    // "his supports", "the attacks that killed": nouns, not the speaker's stance.
    expect(source('The bridge rests on supports that carry 40 tonnes.', '40 tonnes').kind).toBe('article');
  });

  it('keeps a stance to its own clause: another clause of the sentence is not what the source backs', () => {
    const [first] = describeText('The fund endorsed the plan, and the port hired 300 workers.', [{ phrase: '300 workers' }]);
    expect(first!.source.kind).toBe('article');
  });
});

describe('counts and polls that give someone a figure', () => {
  it('reads "the poll has X leading" and "the tally gives her" as the poll\'s or count\'s figures', () => {
    expect(source("Monday's Harbour Post poll has Lind leading Ortiz by four points.", 'four points', 'four').rule).toBe('cue-in-clause:document-has');
    expect(source('The county tally gives her 1,280 votes.', '1,280 votes')).toMatchObject({ kind: 'reported', text: 'The county tally' });
  });

  it('leaves a person who has a figure in the article\'s voice', () => {
    expect(source('Lind has 1,280 votes in the county.', '1,280 votes').kind).toBe('article');
  });
});

describe('quotations that run on', () => {
  it('keeps a long quotation in its speaker\'s voice past many sentences of one paragraph', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `We built pier number ${i + 1}.`).join(' ');
    const text = `Ana Lind said: "${sentences} We need 40 more boats."`;
    const claims = describeText(text, [{ phrase: '40 more boats' }]);
    expect(claims[0]!.source).toMatchObject({ name: 'Ana Lind' });
  });
});

describe('what describes the speaker or the occasion of speaking', () => {
  it('reads an aside on the speaker past an age, a party in brackets or a hyphenated role', () => {
    expect(source('"It is a long walk," said Mae Ito, 66, a nurse who lives about 25 miles from the clinic.', '25 miles').kind).toBe('article');
    expect(source('"We were never asked," said Rep. Al Roe (D-Ore.), one of four authors of the bill.', 'four authors', 'four').kind).toBe('article');
    expect(source('"The odds are slim," says Bo Kim, co-author of Seven Roads, a study of ferries.', 'Seven Roads', 'Seven').kind).toBe('article');
  });

  it('reads a prepositional phrase right after a plain verb of saying as the occasion', () => {
    expect(source('"We will win," Lind said to a crowd of about 500.', '500').kind).toBe('article');
    expect(source('"That is like an hour," she said of her three-minute call with the minister.', 'three-minute call', 'three').kind).toBe('article');
    expect(source('"We are ready," Lind said in an interview, the first of her 14-month campaign.', '14-month campaign', '14').kind).toBe('article');
  });

  it('reads the number right after "told" or "tells" as who was told', () => {
    expect(source('Lind tells 3,000 in Harbourview the port will reopen.', '3,000').kind).toBe('article');
    expect(source('"Let us go," he told 2,000 supporters at the pier.', '2,000 supporters').kind).toBe('article');
  });

  it('keeps what follows other verbs and prepositions as what is said', () => {
    expect(source('Lind is now assured of winning at least 300 seats.', '300 seats').kind).not.toBe('article');
    expect(source('Ruiz boasted of cutting $25 million from the price.', '$25 million').kind).not.toBe('article');
    expect(source('Lind told reporters 40 boats had sunk.', '40 boats').kind).not.toBe('article');
  });
});

describe('nouns of saying or planning with their possessor', () => {
  it("gives what follows \"X's plan to\" or \"his estimate that\" to the possessor", () => {
    expect(source("Mayor Lind's plan to build 40 new piers would cost more.", '40 new piers')).toMatchObject({ name: 'Mayor Lind', rule: 'cue-in-clause:nominal' });
    expect(source('The port was closed, and his estimate that 300 boats sank was disputed.', '300 boats')).toMatchObject({ kind: 'person', text: 'his' });
  });

  it('leaves the noun without its content, and what comes before it, in the article\'s voice', () => {
    expect(source("Lind's plan passed with 40 votes.", '40 votes').kind).toBe('article');
    expect(source('After 12 boats sank, her decision to close the port was welcomed.', '12 boats').kind).toBe('article');
  });
});

describe('speakers the verb was not reaching', () => {
  it('passes a party affiliation, an age with "then", or a party in brackets between the name and the verb', () => {
    expect(source('Rep. Ana Ruiz, R-Ohio, says 40 boats sank.', '40 boats')).toMatchObject({ name: 'Rep. Ana Ruiz' });
    expect(source('Mr. Lee, then 38, said he had met 12 ministers.', '12 ministers').kind).not.toBe('article');
    expect(source('Sen. Ana Ruiz (R-Ky.) said that 67 senators would vote no.', '67 senators')).toMatchObject({ name: 'Sen. Ana Ruiz' });
  });

  it('gives a verb joined by "but" to the sentence\'s subject', () => {
    expect(source('Chairman Tom Baird declined to name them but said 2 were new.', '2 were new', '2').kind).not.toBe('article');
  });

  it('reads polls "in" a place, polls "that show", and emails as what figures come in', () => {
    expect(source('The most recent polling in Harbourview shows Lind ahead by 5 points.', '5 points').kind).not.toBe('article');
    expect(source('The polls that show Lind at 10 percent are few.', '10 percent').kind).not.toBe('article');
    expect(source('An internal email shows the agency sent 10 staffers.', '10 staffers').kind).not.toBe('article');
  });

  it('reads "pointed out" as said by whoever comes before it', () => {
    expect(source('The candidate pointed out that Lind must win 58 percent of the rest.', '58 percent').kind).not.toBe('article');
  });

  it('keeps a quotation "it stated" out of the article\'s voice, though nobody is named', () => {
    expect(source('"So far, 59 witnesses have spoken," it stated.', '59 witnesses')).toMatchObject({ kind: 'reported', text: 'it' });
  });
});

describe('a verb later in the clause', () => {
  it('does not speak for a claim in its subject or before it, with no comma or quotation mark between', () => {
    expect(source('Two harbour engineers found that the pier was sinking.', 'Two harbour engineers', 'Two').kind).toBe('article');
    expect(source('The port lost 12 cranes last winter and the mayor said repairs would start soon.', '12 cranes').kind).toBe('article');
  });

  it('still speaks for what stands before it after a comma or a quotation', () => {
    expect(source('Forty boats sank in the storm, the minister said.', 'Forty boats', 'Forty').kind).not.toBe('article');
    expect(source('"We lost 12 cranes" the mayor said.', '12 cranes').kind).not.toBe('article');
  });
});

describe('a claim that a later verb takes as its object', () => {
  it('gives "the 9 things the senator had said" to the one who said them', () => {
    expect(source('Here are the 9 things the senator had said about ferries.', '9 things').kind).not.toBe('article');
  });
});

describe('"by" a count', () => {
  it('reads "By the agency\'s tally" as where the figure is from, but not "by an average of"', () => {
    expect(source("By the harbour board's tally, Lind now has 739 votes.", '739 votes').kind).not.toBe('article');
    expect(source('Lind leads by an average of 7 points.', '7 points').kind).toBe('article');
  });
});
