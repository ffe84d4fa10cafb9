/**
 * Kinds of text the news pages of the article-extraction benchmark showed (their development split), each
 * read by a named rule and tested on a sentence of our own: multiples said in one word, the whole of a
 * partitive, durations that say when a clause holds, counts of things named with dotted initials, a "one"
 * listed after a count, and numbers that label places, give street addresses or count a slideshow. The last
 * group are kinds written from what such pages hold in general, not from a miss: link labels, page counters,
 * hours said with the part of the day, ages in a relative clause, and names with letters glued on.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analyse';
import { find, only } from './helpers';

const key = (text: string): string[] => find(text).filter((f) => f.prominence === 'key').map((f) => text.slice(f.phrase.start, f.phrase.end));
const ruled = (text: string): [string, string, string][] => find(text).map((f) => [f.quantity.text, f.prominence, f.rule]);

describe('"twice as much": a multiple said in one word', () => {
  it('reads "twice" before a comparison as two times something', () => {
    const f = only('The new reservoir holds twice as much water as the old one.', 'twice');
    expect([f.quantity.value, f.quantity.unit, f.prominence]).toEqual([2, 'times', 'key']);
    expect(key('The harvest was thrice the size of last year’s.')).toEqual(['thrice']);
  });
  it('leaves "twice" that says how often alone', () => {
    expect(find('She swims twice a week and was stopped twice in May.')).toEqual([]);
  });
});

describe('partitive-whole', () => {
  it('counts the whole a part is taken from, though "the" stands before it', () => {
    expect(ruled('Four of the five judges agreed.')).toEqual([
      ['Four', 'key', 'amount'],
      ['five', 'key', 'partitive-whole'],
    ]);
  });
  it('still reads "the two" without a part before it as pointing back', () => {
    expect(ruled('The two sides met again.')).toEqual([['two', 'minor', 'referring-number']]);
  });
});

describe('time-point', () => {
  it('makes a duration after "by", "after" or "within" that opens a clause say when', () => {
    expect(ruled('The swelling eased, and by three months she was walking again.')).toEqual([['three months', 'minor', 'time-point']]);
    expect(ruled('After six weeks, the cast came off.')).toEqual([['six weeks', 'minor', 'time-point']]);
  });
  it('keeps a duration that is the fact', () => {
    expect(key('The launch was delayed by six months.')).toEqual(['six months']);
    expect(key('He spent six weeks in hospital.')).toEqual(['six weeks']);
  });
});

describe('counts of things named with dotted initials', () => {
  it('reads "300 U.N. peacekeepers" as a count of peacekeepers, not a name', () => {
    const f = only('About 300 U.N. peacekeepers patrol the line.', '300');
    expect([f.prominence, f.quantity.unit]).toEqual(['key', 'peacekeeper']);
  });
});

describe('listed-one', () => {
  it('makes a "one" listed after a count a count, of that count’s noun when it follows', () => {
    const [two, one] = find('Police found two old warrants, one out-of-state warrant and a knife.');
    expect([two?.quantity.unit, one?.prominence, one?.rule, one?.quantity.unit]).toEqual(['warrant', 'key', 'listed-one', 'warrant']);
  });
  it('leaves "one" as an article where no count lists it', () => {
    expect(ruled('One listener phoned in with one simple question.').map(([, p]) => p)).toEqual(['minor', 'minor']);
  });
});

describe('numbers that label, address or count page furniture', () => {
  it('reads a number after "area" or "sector" as the place’s name, not after "an area"', () => {
    expect(find('Smugglers crossed in area 51 twice a month.')).toEqual([]);
    expect(key('It covers an area 50 miles wide.')).toEqual(['50 miles wide']);
  });
  it('reads a number before a compass letter and a street as an address, not watts', () => {
    expect(find('He lives at 3170 W. Main Street with his sister.')).toEqual([]);
    expect(key('The heater draws 1500 W at full power.')).toEqual(['1500 W']);
  });
  it('drops a slideshow counter, after its word or alone on a line', () => {
    expect(find('Photo 2 of 12 shows the dam at dusk.')).toEqual([]);
    expect(analyse('The ferry left.\nSee the pictures\n3 of 11\nA crowd at the pier')).toEqual([]);
    expect(key('Only 3 of 11 ferries left.')).toEqual(['3', '11 ferries']);
  });
});

describe('furniture and names of kinds such pages hold', () => {
  it('drops a number opening a linked headline after "Related:" or "Read more:", not after a colon in a sentence', () => {
    expect(find('The trial ended.\nRelated: 5 Ways To Pack A Lunch')).toEqual([]);
    expect(find('Read more: 10 Things Our Readers Cooked')).toEqual([]);
    expect(key('The club wanted more: 5 new courts.')).toEqual(['5 new courts']);
  });
  it('drops both numbers of a page or story counter', () => {
    expect(find('Page 2 of 5')).toEqual([]);
    expect(find('Next story 4 of 8')).toEqual([]);
  });
  it('reads an hour with the part of the day as a time, and leaves other numbers after "at"', () => {
    expect(find('The concert starts at 8 tonight in the park.')).toEqual([]);
    expect(find('Trains leave at 6 in the morning.')).toEqual([]);
    expect(key('The index closed at 8 points higher.')).toEqual(['8 points']);
  });
  it('reads an age in a relative clause set off by commas as describing the person', () => {
    expect(ruled('The girl, who is 11, won the spelling bee.')).toEqual([['11', 'minor', 'descriptive-age']]);
  });
  it('reads letters glued onto digits as a name, even when they end like a plural', () => {
    expect(find('The 76ers traded a guard.')).toEqual([]);
    expect(key('The 76 guards were traded.')).toEqual(['76 guards']);
  });
});

describe('scores joined by "to"', () => {
  it('reads a pair after the word "score", or before a result, as a score', () => {
    expect(find('The final score was 102 to 98 after overtime.')).toEqual([]);
    expect(find('It was a 3 to 1 win for the visitors.')).toEqual([]);
  });
  it('leaves other pairs joined by "to" as ranges', () => {
    expect(key('The shop lost 10 to 15 customers a day.')).toEqual(['10 to 15 customers a day']);
  });
});
