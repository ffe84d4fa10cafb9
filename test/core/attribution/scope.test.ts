import { describe as group, expect, it } from 'vitest';
import { createDescriber } from '../../../src/core/attribution';
import { describe, findingFor } from './describe-helper';

group('chains', () => {
  it('hangs "citing X" on the source that cites', () => {
    const [claim] = describe('The town will close 5 libraries, as per the Valley Courier, citing two council members who asked not to be named.', [
      { phrase: '5 libraries' },
    ]);
    expect(claim!.source).toMatchObject({ kind: 'media', name: 'the Valley Courier', cue: 'as per' });
    expect(claim!.source.via).toMatchObject({ kind: 'anonymous', cue: 'citing', name: 'two council members who asked not to be named' });
  });

  it('chains a speech verb with "citing" after it', () => {
    const [claim] = describe('The Morning Ledger reported, citing the coast guard, that 16 sailors were rescued.', [{ phrase: '16 sailors' }]);
    expect(claim!.source).toMatchObject({ kind: 'media', name: 'The Morning Ledger', cue: 'reported' });
    expect(claim!.source.via).toMatchObject({ kind: 'military', name: 'the coast guard', cue: 'citing' });
  });

  it('takes "citing X" as the source when nobody else is named', () => {
    const [claim] = describe('Shipping firms rerouted 70 vessels this month, citing insurers.', [{ phrase: '70 vessels' }]);
    expect(claim!.source).toMatchObject({ name: 'insurers', cue: 'citing', via: null });
  });
});

group('scope across sentences', () => {
  it('continues the previous source through "It added"', () => {
    const claims = describe('The housing agency said rents rose sharply. It added that 3,000 families were waiting for homes.', [
      { phrase: '3,000 families' },
    ]);
    expect(claims[0]!.source).toMatchObject({ kind: 'government', name: 'The housing agency', cue: 'added' });
  });

  it('reads a definite mention as the same source', () => {
    const claims = describe(
      "Greece's Ministry of Tourism said arrivals were strong. The ministry also said 31 cruise ships docked in June.",
      [{ phrase: '31 cruise ships' }],
    );
    expect(claims[0]!.source).toMatchObject({ kind: 'government', name: "Greece's Ministry of Tourism", cue: 'said' });
  });

  it('does not carry a source to a later sentence that names nobody', () => {
    const claims = describe('The agency said demand was weak. Exports fell to 14 cargoes in May.', [
      { phrase: '14 cargoes' },
    ]);
    expect(claims[0]!.source.kind).toBe('article');
  });

  it('lets the speaker of a quotation cover the sentences inside it', () => {
    const text = 'The farmer Pia Holm said: “We lost 40 lambs in the storm. Another 12 are sick.” Prices rose by 3% later.';
    const claims = describe(text, [{ phrase: '40 lambs' }, { phrase: '12', quantity: '12' }, { phrase: '3%', kind: 'percent' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['Pia Holm', 'Pia Holm', null]);
  });

  it('lets a speaker named before a quote block cover the paragraph that follows', () => {
    const text = 'In a statement, the harbour master wrote:\n"Nine cranes are out of service. We expect 4 back next week."\nTrade resumed.';
    const claims = describe(text, [{ phrase: 'Nine cranes', quantity: 'Nine' }, { phrase: '4 back', quantity: '4' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['the harbour master', 'the harbour master']);
  });

  it('goes on with the voice of a quotation interrupted by its attribution', () => {
    const text = '“We planted 500 oaks,” the ranger Eli Moss said. “Another 200 will follow.” The park has 3 gates.';
    const claims = describe(text, [{ phrase: '500 oaks' }, { phrase: '200', quantity: '200' }, { phrase: '3 gates' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['Eli Moss', 'Eli Moss', null]);
  });

  it('closes a stray quotation mark at the end of its paragraph', () => {
    const text = 'The coach said: "We trained hard.\nThe club sold 8,000 season tickets.';
    const claims = describe(text, [{ phrase: '8,000 season tickets' }]);
    expect(claims[0]!.source.kind).toBe('article');
  });
});

group('scope inside a sentence', () => {
  it('binds each cue to the claims of its own clause first', () => {
    const text = 'The union said 400 workers joined the strike, while the employer put the figure at 150 workers.';
    const claims = describe(text, [{ phrase: '400 workers' }, { phrase: '150 workers' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['The union', 'the employer']);
  });

  it('lets a cue cover the other clauses of its sentence when they have none', () => {
    const text = 'Fares rose by 6% in March; season tickets now cost 2,400 pounds, the rail regulator said.';
    const claims = describe(text, [{ phrase: '6%', kind: 'percent' }, { phrase: '2,400 pounds', kind: 'money' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['the rail regulator', 'the rail regulator']);
  });

  it('keeps "reportedly" to its own clause', () => {
    const text = 'The gang reportedly stole 12 paintings, and 3 guards were later fired.';
    const claims = describe(text, [{ phrase: '12 paintings' }, { phrase: '3 guards' }]);
    expect(claims.map((c) => c.source.kind)).toEqual(['reported', 'article']);
    expect(claims.map((c) => c.hedged)).toEqual([true, false]);
  });
});

group('a paragraph handed over as one span', () => {
  it('keeps each cue, time and hedge to its own sentence', () => {
    const text =
      'Since May, the port has reportedly lost 14 contracts. The harbour authority said on Monday it employs 2,300 people. Today, 6 berths are idle, according to Dr. Rui Santos of the dockers’ union.';
    const describer = createDescriber(text, {});
    const findings = ['14 contracts', '2,300 people', '6 berths'].map((phrase) => findingFor(text, { phrase }));
    const claims = describer({ start: 0, end: text.length }, findings);
    expect(claims.map((c) => [c.source.kind, c.source.name, c.when, c.hedged])).toEqual([
      ['reported', null, 'Since May', true],
      ['government', 'The harbour authority', 'on Monday', false],
      ['person', 'Dr. Rui Santos of the dockers’ union', 'Today', false],
    ]);
  });
});

group('single quotation marks', () => {
  it('lets a speaker cover a quotation in single curly marks across sentences', () => {
    const text = 'The skipper Ola Dahl said: ‘We’ve landed 80 crates today. We’ll land 20 more.’ The harbour has 11 moorings.';
    const claims = describe(text, [{ phrase: '80 crates' }, { phrase: '20 more', quantity: '20' }, { phrase: '11 moorings' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['Ola Dahl', 'Ola Dahl', null]);
  });

  it('does not take an apostrophe for the end of a quotation', () => {
    const text = 'The skipper Ola Dahl said: ‘The fleet’s 80 crates are in. The boats’ 20 nets are not.’ Prices held.';
    const claims = describe(text, [{ phrase: '80 crates' }, { phrase: '20 nets' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['Ola Dahl', 'Ola Dahl']);
  });
});

group('a speaker named after the quotation', () => {
  it('covers the sentences of the quotation before it', () => {
    const text = 'Nils Aro runs the ferry. “We carried 900 cars on Monday. Another 300 are booked,” he said. The ferry has 2 decks.';
    const claims = describe(text, [{ phrase: '900 cars' }, { phrase: '300', quantity: '300' }, { phrase: '2 decks' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['Nils Aro', 'Nils Aro', null]);
  });
});

group('"he" or "she" with no source before', () => {
  it('stands for the last person named in full', () => {
    const claims = describe('Lea Brandt opened the clinic in May. She said 70 patients came in the first week.', [{ phrase: '70 patients' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'person', name: 'Lea Brandt', cue: 'said' });
  });

  it('does not take a place for a person', () => {
    const claims = describe('North Korea fired a missile. He said 4 ships were nearby.', [{ phrase: '4 ships' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'person', name: null });
  });
});

group('pronouns agree with what they stand for', () => {
  it('takes "she" for the person named last, not the body named after her', () => {
    const text = 'Farmer Ines Vale said the harvest was poor. The farm ministry said prices held. She said 40 sheep died.';
    const claims = describe(text, [{ phrase: '40 sheep' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'person', name: 'Farmer Ines Vale', cue: 'said' });
  });

  it('takes "it" for the body named last, not the person named after it', () => {
    const text = 'The port authority said trade fell. Its director Ivo Marn said ships were late. It added that 9 berths closed.';
    const claims = describe(text, [{ phrase: '9 berths' }]);
    expect(claims[0]!.source).toMatchObject({ kind: 'government', name: 'The port authority', cue: 'added' });
  });
});

group('quotation paragraphs', () => {
  it('lets a paragraph that opens with a quotation and names nobody go on with the last voice quoted', () => {
    const text = '“The river rose fast,” said Kai Berg, who runs the ferry.\n“We moved 60 cars in an hour.”\nThe town has 3 bridges.';
    const claims = describe(text, [{ phrase: '60 cars' }, { phrase: '3 bridges' }]);
    expect(claims.map((c) => c.source.name)).toEqual(['Kai Berg', null]);
  });
});
