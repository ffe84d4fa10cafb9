/**
 * Counts that leave their noun out: the noun a reader takes from nearby, and the rule that took it. Every
 * sentence is our own, written for the kind of text a rule is for.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analyse';
import { EMPTY_NOUN_MEMORY, findQuantities, supplyElidedNouns } from '../../../src/core/quantity';

/** Each claim of the text as [its words, the noun it counts, the rule that took the noun from elsewhere]. */
const nouns = (text: string): [string, string | null, string | undefined][] =>
  analyse(text).map((c) => [c.text, c.quantity.unit, c.nounRule]);

/** The noun and rule of the claim written `written`. */
function nounOf(text: string, written: string): [string | null, string | undefined] {
  const claim = analyse(text).find((c) => c.text === written);
  if (!claim) throw new Error(`no claim "${written}" in "${text}"`);
  return [claim.quantity.unit, claim.nounRule];
}

describe('bracketed-count', () => {
  it('gives a count in brackets the plural the brackets follow', () => {
    expect(nounOf('The two shops differ most in the range of cheeses on sale (about 40), all of them local.', 'about 40')).toEqual(['cheese', 'bracketed-count']);
  });
});

describe('numbers that count nothing named elsewhere', () => {
  it('leaves a year, a reference mark, a number in a name and the end of a hyphenated chain', () => {
    expect(nouns('Planners expect the number of stations to reach 30 by 2031.')).toContainEqual(['2031', null, undefined]);
    expect(nouns('Nurses hear up to 300 alarms a shift, most of them false [3].')).toContainEqual(['3', null, undefined]);
    expect(nouns('Players get 60 frames a second and discounts (Tetris 2 is free for a limited time) on launch.')).toContainEqual(['2', null, undefined]);
    expect(nouns('The keeper made 31 saves as the club went 9-0-2 in its last 11 games.').map(([, , rule]) => rule)).not.toContain('earlier-count');
  });
  it('leaves list marks, an age after a name and a fraction', () => {
    expect(nouns('The plan has two parts: 1) cut fares, 2) add buses.')).toEqual([['two parts', 'part', undefined], ['1', null, undefined], ['2', null, undefined]]);
    expect(nouns('The mayor set out three goals. Two, build housing.')).toContainEqual(['Two', null, undefined]);
    expect(nouns('He has two daughters, Ana, 12, and Eva, 9.')).toContainEqual(['9', null, undefined]);
    expect(nouns('She has three sons: Tom, 20; Ben, 17; and Sam, 15.')).toContainEqual(['17', null, undefined]);
    expect(nouns('The poll of 900 adults has a margin between 2.5 and 3.5.')).toContainEqual(['2.5 and 3.5', null, undefined]);
  });
  it('leaves a count followed by its own noun past a plus, or in a compound', () => {
    expect(nouns('The fair drew 300 stalls, while 2,000+ visitors came by bus.')).toContainEqual(['2,000', null, undefined]);
    expect(nouns('The party holds 43 seats in the 450-seat chamber.')).toContainEqual(['450', null, undefined]);
  });
});

describe('group-size', () => {
  it('counts the members of a group whose size "of N" gives', () => {
    expect(nounOf('The relay pits four squads of six against each other on the lake.', 'six')).toEqual(['member', 'group-size']);
    expect(nounOf('A family of five moved into the flat upstairs.', 'five')).toEqual(['member', 'group-size']);
  });
  it('leaves "of N" after a word that is no group alone, and a group that is a name', () => {
    expect(nounOf('The ferry left with a cargo of 40 and no passengers.', '40')).toEqual([null, undefined]);
    expect(nounOf('Leaders of 19 nations met at the Group of 20 summit.', '20')).toEqual([null, undefined]);
  });
});

describe('number-of', () => {
  it('gives a lone count the noun of "the number of …" before it in its sentence', () => {
    expect(nounOf('When you add up the number of ferries lost in the storm, it comes to fewer than 30.', 'fewer than 30')).toEqual(['ferry', 'number-of']);
  });
  it('leaves a count in a later clause of the sentence', () => {
    expect(nounOf('Most mayors want to cut the number of councillors, and all but three said so in writing.', 'three')).toEqual([null, undefined]);
    expect(nounOf('The number of councillors fell to 40, while 12 seats stayed empty and three stood idle.', '40')).toEqual(['councillor', 'number-of']);
  });
  it('takes a capitalised plural there, keeping its capital for the card', () => {
    expect(nounOf('Count the number of Canadians stranded abroad and you reach about 900.', 'about 900')).toEqual(['Canadian', 'number-of']);
  });
  it('gives "the number that …" the noun a sentence before named "the number of"', () => {
    const text = 'The number of trains cancelled on Monday was small. But the number that ran late was well over 200.';
    expect(nounOf(text, 'well over 200')).toEqual(['train', 'number-of']);
  });
  it('forgets "the number of" after two sentences', () => {
    const text = 'The number of trains cancelled on Monday was small. Crews worked through the night. Signals were repaired. The number that ran late was well over 200.';
    expect(nounOf(text, 'well over 200')).toEqual([null, undefined]);
  });
});

describe('answers-how-many', () => {
  it('gives a lone count the noun a "how many" asked a few sentences before', () => {
    const text = 'Reporters asked the coach how many players had signed new contracts. She smiled and changed the subject. By our tally, she has kept exactly eight.';
    expect(nounOf(text, 'eight')).toEqual(['player', 'answers-how-many']);
  });
  it('reads the question in the count\'s own sentence', () => {
    expect(nounOf('Asked how many bridges need repair, the engineer said 14.', '14')).toEqual(['bridge', 'answers-how-many']);
  });
  it('takes one answer to a question', () => {
    const text = 'Reporters asked how many ferries were delayed. The captain said nine. Later the count reached 40.';
    expect(nouns(text)).toEqual([['nine', 'ferry', 'answers-how-many'], ['40', null, undefined]]);
  });
  it('forgets the question after three sentences', () => {
    const text = 'Reporters asked how many players had signed. She smiled. She left. The bus waited. She has kept exactly eight.';
    expect(nounOf(text, 'eight')).toEqual([null, undefined]);
  });
});

describe('earlier-count', () => {
  it('gives a lone count the noun of a count before it in its sentence', () => {
    expect(nounOf('Each shelf holds 30 jars, and each of the crates below it holds 20 of its own.', '20')).toEqual(['jar', 'earlier-count']);
    expect(nounOf('The district has 14 schools but only nine passed the inspection.', 'nine')).toEqual(['school', 'earlier-count']);
    expect(nounOf('The depot sent 30 buses out on Monday, against an average of 24 on weekdays.', '24')).toEqual(['bus', 'earlier-count']);
  });
  it('leaves a count in a clause that describes the earlier noun, and takes it again after the clause ends', () => {
    expect(nounOf('Police say two attackers who opened fire killed 14.', '14')).toEqual([null, undefined]);
    expect(nounOf('The council has 12 seats that Labour holds, and the Greens hold three.', 'three')).toEqual(['seat', 'earlier-count']);
  });
  it('leaves a number that measures the noun before "of" it', () => {
    expect(nouns('The club signed 12 players, none of them over the age of 19.')).toContainEqual(['19', null, undefined]);
    expect(nouns('Divers found 3 wrecks at a depth of 40.')).toContainEqual(['40', null, undefined]);
  });
  it('leaves a count that names its own noun, even one the finder cannot read', () => {
    expect(nounOf('The district has 14 schools but nine Catholic schools closed.', 'nine Catholic schools')).not.toEqual(['school', 'earlier-count']);
    expect(nouns('The district has 14 schools and 12 Democrats on its board.')).toContainEqual(['12', null, undefined]);
    expect(nouns('The board has 14 seats, and nine of the Liberals voted.')).toContainEqual(['nine', null, undefined]);
  });
});

describe('possessed-count', () => {
  it('gives a count after a pronoun and a verb of having the plural named before it', () => {
    expect(nounOf('The bakery keeps a rotating list of seasonal pies — it had more than 60 at Christmas.', 'more than 60')).toEqual(['pie', 'possessed-count']);
  });
  it('takes the count of the sentence before when its own names no plural', () => {
    expect(nounOf('The city runs 40 shelters. It had 25 a decade ago.', '25')).toEqual(['shelter', 'possessed-count']);
  });
});

describe('previous-count', () => {
  it('gives a count that opens its sentence the noun counted in the sentence before', () => {
    expect(nouns('The port authority runs 40 cranes. Nine are idle.')).toEqual([
      ['40 cranes', 'crane', undefined],
      ['Nine', 'crane', 'previous-count'],
    ]);
    expect(nounOf('The port authority runs 40 cranes. But only nine work.', 'nine')).toEqual(['crane', 'previous-count']);
  });
  it('gives "N of them" the noun counted just before, wherever it stands', () => {
    expect(nounOf('Volunteers planted 300 oaks last spring. A survey found that 12 of them had died.', '12')).toEqual(['oak', 'previous-count']);
  });
  it('leaves a lone count in the middle of a sentence, and one too far from the count', () => {
    expect(nounOf('The port authority runs 40 cranes. The union says the shift lasts 9.', '9')).toEqual([null, undefined]);
    expect(nounOf('The port runs 40 cranes. It is windy. The quay is long. Nine are idle.', 'Nine')).toEqual([null, undefined]);
  });
  it('leaves a count with nothing counted before it', () => {
    expect(nounOf('Nine are idle.', 'Nine')).toEqual([null, undefined]);
  });
});

describe('supplyElidedNouns', () => {
  it('supplies only key counts, so a number that only describes keeps no borrowed noun', () => {
    const text = 'Police found 3 cars. Mr Hale, 52, said so.';
    const first = { start: 0, end: 20 };
    const second = { start: 21, end: text.length };
    const { memory } = supplyElidedNouns(text, first, findQuantities(text, first), EMPTY_NOUN_MEMORY);
    const { findings } = supplyElidedNouns(text, second, findQuantities(text, second), memory);
    expect(findings.map((f) => [f.quantity.text, f.quantity.unit, f.nounRule])).toEqual([['52', null, undefined]]);
  });
  it('remembers the last counted noun and passes the memory on without changing the one it was given', () => {
    const text = 'The zoo has 12 lions and 30 goats.';
    const all = { start: 0, end: text.length };
    const { memory } = supplyElidedNouns(text, all, findQuantities(text, all), EMPTY_NOUN_MEMORY);
    expect(memory.counted).toEqual({ noun: 'goat', sentencesAgo: 1 });
    expect(EMPTY_NOUN_MEMORY.counted).toBeNull();
  });
});
