/** Firmness, bounds, changes, number shapes and counted nouns, on sentences of our own. */
import { describe, expect, it } from 'vitest';
import { find, only } from './helpers';

describe('firmness and bounds', () => {
  it('reads a verb of passing as "more than"', () => {
    expect(only('Turnout topped 80 percent.').quantity).toMatchObject({ value: 80, change: '>' });
    expect(only('Orders exceeded 2,000 units.').quantity.change).toBe('>');
    expect(only('The fund surpassed $3 billion.').quantity.change).toBe('>');
  });
  it('reads "a maximum of" as a ceiling and "sub-" as under', () => {
    expect(only('Fines carry a maximum of 10 penalty points.').quantity).toMatchObject({ value: 10, change: '<' });
    expect(only('The plant makes sub-3 nanometre parts.').quantity).toMatchObject({ value: 3, unit: 'nanometre', change: '<' });
  });
  it('reads "grow by" as a rise, with a counted noun too, but "lost N things" as a count', () => {
    expect(only('The squad will grow by six.').quantity).toMatchObject({ value: 6, change: 'up' });
    expect(only('The party grew by nine seats.').quantity).toMatchObject({ value: 9, unit: 'seat', change: 'up' });
    expect(only('The side lost 3 games in a row.').quantity.change).toBe('=');
  });
  it('carries a bound to the next amount of a list', () => {
    const [a, b] = find('Rebates of up to $900 for homeowners and $350 for renters.');
    expect(a!.quantity).toMatchObject({ value: 900, change: '<' });
    expect(b!.quantity).toMatchObject({ value: 350, change: '<' });
    // An amount after a full stop of thought stays as written.
    expect(find('Rebates reach up to $900; renters get $350.')[1]!.quantity.change).toBe('=');
  });
  it('reads "fell from X to Y" as one fall, its ends in the order written', () => {
    expect(only('The fare fell from $48 to $39.').quantity).toMatchObject({ range: [48, 39], change: 'down', unit: 'dollar' });
    expect(only('Membership climbed from 60 to 75.').quantity).toMatchObject({ range: [60, 75], change: 'up' });
    expect(only('Staff numbers dropped from 80 to 52.').quantity).toMatchObject({ range: [80, 52], change: 'down' });
  });
});

describe('rates', () => {
  it('reads no rate in "a year earlier"', () => {
    expect(find('Prices rose 6%, against 2% a year earlier.').map((f) => f.per)).toEqual([null, null]);
    expect(only('Fees rose to $40 a year.').per).toBe('a year');
  });
});

describe('number shapes', () => {
  it('reads scientific notation', () => {
    expect(only('A mole holds 6.02×10²³ particles.').quantity.value).toBe(6.02e23);
    expect(only('The error is 1.5 x 10^-3 volts.').quantity.value).toBe(1.5e-3);
  });
  it('reads a fraction written with the fraction slash, and a fraction of a unit', () => {
    expect(only('Cut it 3⁄8 of an inch thick.').quantity).toMatchObject({ value: 0.375, unit: 'inch' });
    expect(only('Rates rose a quarter of a percentage point.').quantity).toMatchObject({ value: 0.25, unit: 'percentage point' });
    expect(only('Yields slipped half a percentage point.').quantity).toMatchObject({ value: 0.5, unit: 'percentage point' });
  });
  it('reads multiples', () => {
    expect(only('Prices rose fivefold.').quantity).toMatchObject({ value: 5, unit: 'times' });
    expect(only('The council spent double the budget.')).toMatchObject({ kind: 'ratio', quantity: { value: 2, unit: 'times' } });
    expect(only('Fees are set to triple by 2030.').quantity.value).toBe(3);
    expect(only('Claims could double if rates rise.').quantity).toMatchObject({ value: 2, unit: 'times' });
    expect(find('He hit a double and a triple-A record.')).toEqual([]);
  });
  it('reads vague amounts without digits as ranges', () => {
    expect(only('The storm cost insurers billions.').quantity.range).toEqual([1e9, 1e10]);
    expect(only('Hundreds of thousands lined the streets.').quantity.range).toEqual([1e5, 1e6]);
    expect(only('It stored several million records.').quantity).toMatchObject({ range: [3e6, 9e6], unit: 'record' });
    expect(only('Only a few thousand tickets remain.').quantity.range).toEqual([2e3, 5e3]);
    expect(find('Fans came in their thousands.')).toEqual([]);
  });
  it('reads half of something, and a fraction before a preposition, but not one describing a noun', () => {
    expect(only('The grant covers only half the rent.')).toMatchObject({ kind: 'ratio', quantity: { value: 0.5 } });
    expect(only('Output shrank by a third over the winter.')).toMatchObject({ kind: 'ratio', quantity: { value: 1 / 3, change: 'down' } });
    expect(find('She won a third term.')).toEqual([]);
  });
  it('reads a dimension whose second side looks like a year', () => {
    expect(find('The screen shows 1280 x 2000 pixels.').map((f) => f.quantity.value)).toEqual([1280, 2000]);
  });
});

describe('counted nouns', () => {
  it('reads the noun after "of": "seven of the hostages"', () => {
    expect(only('Seven of the hostages were freed.').quantity).toMatchObject({ value: 7, unit: 'hostage', text: 'Seven' });
    expect(only('Police questioned dozens of local traders.').quantity.unit).toBe('trader');
    expect(find('Three of the 12 largest ports closed.').map((f) => f.quantity.unit)).toEqual(['port', 'port']);
    expect(find('The club won nine of its eleven games.').map((f) => f.quantity.unit)).toEqual(['game', 'game']);
  });
  it('reads the noun after adjectives, participles and "more"/"such"', () => {
    expect(only('They rescued 30 stranded hikers.').quantity.unit).toBe('hiker');
    expect(only('She has three elderly neighbours.').quantity.unit).toBe('neighbour');
    expect(only('Labs found two more rare isotopes.').quantity.unit).toBe('isotope');
    expect(only('It ran 50 such trials.').quantity.unit).toBe('trial');
    expect(only('Engineers sealed 12 leaking gas pipes.').quantity.unit).toBe('pipe');
  });
  it('gives the first number of "N or M things" the noun of the second', () => {
    expect(find('She met six or seven donors.').map((f) => f.quantity.unit)).toEqual(['donor', 'donor']);
  });
  it('reads centuries as a unit, but a "century-old" thing counts the thing', () => {
    expect(only('The abbey stood for two centuries.').quantity).toMatchObject({ value: 2, unit: 'century' });
    expect(only('They restored four century-old barns.').quantity.unit).toBe('barn');
  });
  it('makes "-ses" plurals singular', () => {
    expect(only('Crews found four gases.').quantity.unit).toBe('gas');
    expect(only('Parents bought nine houses.').quantity.unit).toBe('house');
  });
});

describe('own-property lookups in the new tables', () => {
  it('reads no number from names Object.prototype carries', () => {
    for (const name of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      const text = `It grew ${name}fold, several ${name} ${name}s, 4×10${name}, double ${name}, seven of the ${name}.`;
      for (const f of find(text)) {
        expect(f.quantity.value === null || Number.isFinite(f.quantity.value)).toBe(true);
        expect(String(f.quantity.unit)).not.toMatch(/native code|function/);
      }
    }
  });
});
