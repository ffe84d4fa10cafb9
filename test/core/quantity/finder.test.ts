import { describe, expect, it } from 'vitest';
import { find, only } from './helpers';

const values = (text: string): (number | [number, number] | null)[] => find(text).map((f) => f.quantity.range ?? f.quantity.value);

describe('numbers', () => {
  it('reads digits with separators, decimals and scales', () => {
    expect(values('They counted 1,234,567 votes and 3.5 tonnes.')).toEqual([1234567, 3.5]);
    expect(only('It raised 1 million.').quantity.value).toBe(1e6);
    expect(only('A deal worth $2.5bn.').quantity).toMatchObject({ value: 2.5e9, unit: 'dollar', text: '$2.5bn' });
    expect(only('It has 3m users.').quantity.value).toBe(3e6);
    expect(only('Some 40k fans came.').quantity.value).toBe(4e4);
    expect(only('Debt hit £1.2 trillion.').quantity).toMatchObject({ value: 1.2e12, unit: 'pound sterling' });
  });

  it('reads number words and phrases', () => {
    expect(only('They sent three ships.').quantity).toMatchObject({ value: 3, unit: 'ship', text: 'three' });
    expect(only('They sent twenty-five ships.').quantity.value).toBe(25);
    expect(only('They sent two hundred and fifty thousand letters.').quantity.value).toBe(250000);
    expect(only('It has a dozen rooms.').quantity.value).toBe(12);
    expect(only('Half a million people marched.').quantity.value).toBe(500000);
    expect(only('Two-thirds of voters agreed.')).toMatchObject({ kind: 'ratio', quantity: { value: 2 / 3 } });
    expect(only('Tens of thousands of people marched.').quantity.range).toEqual([10000, 100000]);
    expect(only('Dozens of people were hurt.').quantity.range).toEqual([12, 120]);
    expect(only('It gives hundreds of millions of dollars in aid.')).toMatchObject({ kind: 'money', quantity: { range: [1e8, 1e9], unit: 'dollar' } });
  });

  it('reads negatives', () => {
    expect(only('The DAX closed -1.6%.').quantity).toMatchObject({ value: -1.6, change: 'down', text: '-1.6%' });
    expect(only('Gas is cooled to minus 260 degrees Fahrenheit.').quantity).toMatchObject({ value: -260, unit: 'fahrenheit' });
  });
});

describe('money', () => {
  const money = (text: string): [number | null, string | null] => {
    const f = only(text);
    expect(f.kind).toBe('money');
    return [f.quantity.value, f.quantity.unit];
  };
  it('reads symbols, codes and words', () => {
    expect(money('It costs $3,000.')).toEqual([3000, 'dollar']);
    expect(money('It costs US$5.')).toEqual([5, 'dollar']);
    expect(money('It costs €2bn.')).toEqual([2e9, 'euro']);
    expect(money('It costs £40.')).toEqual([40, 'pound sterling']);
    expect(money('It costs ¥900.')).toEqual([900, 'japanese yen']);
    expect(money('It trades at USD 1,700.')).toEqual([1700, 'dollar']);
    expect(money('It costs 5 million yuan.')).toEqual([5e6, 'chinese yuan']);
    expect(money('It costs 30 euros.')).toEqual([30, 'euro']);
    expect(money('It costs A$12.')).toEqual([12, 'australian dollar']);
  });
});

describe('percentages and points', () => {
  it('reads the ways a percentage is written', () => {
    for (const text of ['It was 19%.', 'It was 19 per cent.', 'It was 19 percent.']) {
      expect(only(text)).toMatchObject({ kind: 'percent', quantity: { value: 19, unit: 'percentage' } });
    }
    expect(only('It fell by 3 percentage points.').quantity).toMatchObject({ value: 3, unit: 'percentage point', change: 'down' });
  });
});

describe('measures and counted nouns', () => {
  it('reads units and normalises them', () => {
    const unit = (text: string): string | null => only(text).quantity.unit;
    expect(unit('A 155 mm shell.')).toBe('millimetre');
    expect(unit('A 20 km walk.')).toBe('kilometre');
    expect(unit('They shipped 3,000 tonnes.')).toBe('metric ton');
    expect(unit('It drove at 60 mph.')).toBe('mile per hour');
    expect(unit('It weighs 5.5 kg.')).toBe('kilogram');
    expect(unit('It was 38C in Madrid.')).toBe('celsius');
    expect(only('It was 38C in Madrid.').kind).toBe('measure');
  });

  it('takes a counted noun as the unit, singular, and puts it in the phrase', () => {
    const text = 'Currently, it has 47 embassies and around 2,000 shipments of arms.';
    const [embassies, shipments] = find(text);
    expect(embassies?.quantity).toMatchObject({ value: 47, unit: 'embassy', text: '47' });
    expect(text.slice(embassies!.phrase.start, embassies!.phrase.end)).toBe('47 embassies');
    expect(shipments?.quantity).toMatchObject({ value: 2000, unit: 'shipment', change: '~' });
    expect(text.slice(shipments!.phrase.start, shipments!.phrase.end)).toBe('around 2,000 shipments');
    expect(only('It closed over a dozen diplomatic facilities.').quantity.unit).toBe('facility');
  });
});

describe('fractions and dimensions', () => {
  it('reads slash, mixed and vulgar fractions', () => {
    expect(only('It is a 1/4 mile oval.').quantity).toMatchObject({ value: 0.25, unit: 'mile' });
    expect(only('It takes 10 1/2 miles of cable.').quantity.value).toBe(10.5);
    expect(only('Add ½ cup of milk.').quantity).toMatchObject({ value: 0.5, unit: 'cup' });
    expect(only('It costs a quarter million dollars.').quantity).toMatchObject({ value: 250000, unit: 'dollar' });
    expect(only('One in five adults smoke.')).toMatchObject({ kind: 'ratio', quantity: { value: 0.2 } });
  });
  it('keeps a dimension with its length and counts things named by capitalised words', () => {
    expect(only('The country is 90 miles wide.').quantity.text).toBe('90 miles wide');
    expect(only('About 460 Kia and Hyundai vehicles were stolen.').quantity).toMatchObject({ value: 460, unit: 'vehicle', change: '~' });
  });
});

describe('ranges', () => {
  it('reads both ends as one quantity', () => {
    expect(only('It costs 2,000 to 3,000 a year.').quantity.range).toEqual([2000, 3000]);
    expect(only('It costs $3bn-$5bn.').quantity).toMatchObject({ range: [3e9, 5e9], unit: 'dollar', value: null });
    expect(only('It is between 10 and 20 years old.').quantity.range).toEqual([10, 20]);
    expect(only('It costs 33-35 billion euros.').quantity).toMatchObject({ range: [33e9, 35e9], unit: 'euro' });
    expect(only('Fines run from $200 to $4 million.').quantity.range).toEqual([200, 4e6]);
  });

  it('keeps a change and its new level apart', () => {
    expect(values('Shares rose 8% to $84.')).toEqual([8, 84]);
  });
});

describe('firmness', () => {
  const change = (text: string): string => only(text).quantity.change;
  it('reads approximations, bounds, rises and falls', () => {
    for (const w of ['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some']) expect(change(`It took ${w} 40 days.`)).toBe('~');
    for (const w of ['over', 'more than', 'at least', 'upwards of']) expect(change(`It took ${w} 40 days.`)).toBe('>');
    for (const w of ['under', 'less than', 'up to', 'at most']) expect(change(`It took ${w} 40 days.`)).toBe('<');
    expect(change('Sales rose 5%.')).toBe('up');
    expect(change('The index fell by 3 points.')).toBe('down');
    expect(change('It took 40 days.')).toBe('=');
    expect(change('It hit 50 people or more.')).toBe('>');
    expect(change('It was 10% or less of income.')).toBe('<');
    expect(change('Scores of less than or equal to 30 fail.')).toBe('<');
  });

  it('gives a conversion in brackets the firmness of the amount it restates', () => {
    expect(find('It makes just under 296 hp (224 kW / 300 PS) and 450 Nm.').map((f) => [f.quantity.unit, f.quantity.change])).toEqual([
      ['horsepower', '<'],
      ['kilowatt', '<'],
      ['horsepower', '<'],
      ['newton metre', '='],
    ]);
    expect(find('It holds more than 7.5 million crowns (US $1.1 million).')[1]?.quantity).toMatchObject({ value: 1.1e6, unit: 'dollar', change: '>' });
    expect(find('It is about 5 km long (3 miles), and 2 km wide.')[2]?.quantity.change).toBe('=');
    expect(find('The Dow fell 300 points, or 1%, to 33,000.').map((f) => f.quantity.change)).toEqual(['down', 'down', '=']);
    expect(find('The bill costs $1.2 trillion over 10 years.')[1]?.quantity.change).toBe('=');
  });

  it('starts the phrase at the firmness word', () => {
    const text = 'It fired over 1 million artillery shells.';
    const f = only(text);
    expect(text.slice(f.phrase.start, f.phrase.end)).toBe('over 1 million artillery shells');
    expect(f.quantity.text).toBe('1 million');
  });
});

describe('rates', () => {
  it('reads each, per and a', () => {
    const text = 'Shells are priced at approximately $3,000 each.';
    const f = only(text);
    expect(f).toMatchObject({ per: 'each', kind: 'money', quantity: { value: 3000, change: '~', text: '$3,000' } });
    expect(text.slice(f.phrase.start, f.phrase.end)).toBe('approximately $3,000 each');
    expect(only('It earns $50 per day.').per).toBe('per day');
    expect(only('It costs $14.95 a month.').per).toBe('a month');
    expect(only('GDP is $40,000 per capita.').per).toBe('per capita');
  });
});

describe('not claims', () => {
  const none = (text: string): void => expect(find(text).map((f) => f.quantity.text)).toEqual([]);
  it('rejects years and dates', () => {
    none('It happened in 2019.');
    none('Published 20 November 2023.');
    none('It opens on May 4th.');
    none('It opened on Nov. 20, 2023 in Seoul.');
    none('It happened between 2014 and 2017.');
    none('It was big in the 1990s.');
  });
  it('rejects times of day', () => {
    none('It starts at 10:30.');
    none('It starts at 3 p.m. sharp.');
    none('Wall St at 1.56pm is calm.');
  });
  it('rejects ordinals', () => {
    none('The 22nd amendment passed.');
    none('He lost in the third-round match.');
  });
  it('rejects numbers that are names', () => {
    none('Tickets in Section 427 Row 21 are left.');
    none('He played at Euro 2020.');
    none('She bought an Apple Watch 5 yesterday.');
    none('The S&P 500 closed flat.');
    none('The COVID-19 pandemic spread.');
    none('He flew a Boeing 737 home.');
  });
  it('rejects years of an era, versions, addresses and codes', () => {
    none('The temple was built between A.D. 1000 and 1260.');
    none('It was founded in 300 BC.');
    none('It ran Firefox 3.6 and H.264 video.');
    none('See https://example.org/a%20b for more.');
    none('It is open 24/7 since 9/11.');
    none('They reached 2^15 entries.');
    none('The 2008-9 recession hurt.');
    none('It was rebuilt in ’91.');
  });
  it('rejects numbers that name places, models and things', () => {
    none('He flew on a Boeing 787 Dreamliner.');
    none('They walked on Ninety Mile Beach.');
    none('He lived at 49 Zorro Ranch Road.');
    none('The two-state solution stalled.');
  });
  it('rejects phone numbers and page furniture', () => {
    none('Call 555-123-4567 today.');
    none('Call 020 7946 0958 now.');
    none('+1-222-2222-2222 is a phone number.');
    none('By Staff · 4 min read');
    none('Comments (12)');
    none('1.');
    none('2) Buy milk');
    none('Live: 24 updates');
    none('© 2023 Cnews Live.');
    none('Top 10 cities to visit in 2024');
  });
});
