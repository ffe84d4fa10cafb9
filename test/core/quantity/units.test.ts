import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, parseUnitPattern, WHITESPACE } from '../../../src/core/quantity/unit-pattern';
import { UNIT_SPECS } from '../../../src/core/quantity/unit-table';
import { currencyBefore, unitAt } from '../../../src/core/quantity/units';

/**
 * The unit table is read by a small matcher rather than RegExps; these RegExps are what each entry means,
 * built as the table's patterns read as RegExp source, so the matcher is checked against the engine itself.
 */
const REFERENCE = UNIT_SPECS.map(([pattern, unit, , join, caseSensitive]) => {
  const gap = join === 'touch' ? '' : join === 'space' ? '[ \\u00a0]' : '[ \\u00a0-]?';
  return { re: new RegExp(`${gap}(?:${pattern})(?![\\p{L}\\p{N}])`, caseSensitive ? 'yu' : 'yiu'), unit };
});

/** The length of the first table entry's match at `at`, as the RegExps read it, or null. */
function referenceLength(text: string, at: number, limit: number): number | null {
  const gap = text[at] === ' ' || text[at] === '-' || text[at] === '\u00a0' ? 1 : 0;
  const first = text[at + gap];
  if (first === undefined || at + gap >= limit || !/[\p{L}%$€£°″µ元]/u.test(first)) return null;
  const window = text.slice(at, Math.min(limit, at + 40));
  for (const { re } of REFERENCE) {
    re.lastIndex = 0;
    const m = re.exec(window);
    if (m) return m[0].length;
  }
  return null;
}

/** Where unitAt and the RegExps disagree at `at`, or null. */
function disagreement(text: string, at: number, limit = text.length): object | null {
  const found = unitAt(text, at, limit);
  const length = found ? found.end - at : null;
  const expected = referenceLength(text, at, limit);
  return length === expected ? null : { text, at, limit, length, expected };
}

/** Every literal piece of the table's patterns: the words units are written with. */
const PIECES = [...new Set(UNIT_SPECS.flatMap(([pattern]) => pattern.replace(/\\/g, '').split(/[|()?:[\]+!]/).filter(Boolean)))];

describe('unit lookup matches the table read as RegExps', () => {
  const joins = ['', ' ', '-', '\u00a0', '  ', '--'];
  const followers = ['', ' ', '.', ',', 's', 'a', '1', '-', '/', 'é', '\u201d', '\ud835\udc00', ' old', ' hour', 'es', '²'];
  const spellings = (w: string): string[] => [
    w,
    w.toUpperCase(),
    w[0]!.toUpperCase() + w.slice(1),
    w.replace(/s/g, '\u017f'), // long s folds to s
    w.replace(/k/g, '\u212a'), // Kelvin sign folds to k
    w.replace(/[µμ]/g, '\u039c'), // capital mu folds with micro sign and mu
  ];

  it('for every piece of every pattern, however joined, cased and followed', () => {
    const disagreements: object[] = [];
    const check = (...args: Parameters<typeof disagreement>): void => {
      const d = disagreement(...args);
      if (d) disagreements.push(d);
    };
    for (const piece of PIECES) {
      for (const spelled of spellings(piece)) {
        for (const join of joins) {
          for (const after of followers) {
            const text = `12${join}${spelled}${after}`;
            check(text, 2);
            check(text, 2, text.length - 1);
          }
        }
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('for two units in a row and named currencies ("30 Danish kroner", "5 per cent points")', () => {
    const disagreements = PIECES.flatMap((a) => ['dollars', 'kroner', 'guilders', 'old', 'hour', 'cent', 'C', 'ft.'].map((b) => disagreement(`7 ${a} ${b}`, 1)));
    expect(disagreements.filter(Boolean).slice(0, 5)).toEqual([]);
  });

  it('for random text made of the characters units are written with', () => {
    const alphabet = [...new Set([...PIECES.join(''), ...' -\u00a0.,/CFKS\u017f\u212a\u039c1'])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }), fc.nat(3), (chars, cut) => {
        const text = `9${chars.join('')}`;
        expect(disagreement(text, 1, Math.max(1, text.length - cut))).toBeNull();
      }),
      { numRuns: 20000 },
    );
  });

  it('names the unit the way the table does', () => {
    expect(unitAt('155 mm', 3, 6)).toEqual({ unit: 'millimetre', kind: 'measure', end: 6 });
    expect(unitAt('Its 300 Nm engine', 7, 17)?.unit).toBe('newton metre');
    expect(unitAt('a 7 nm chip', 3, 11)?.unit).toBe('nanometre');
    expect(unitAt('a 7 NM chip', 3, 11)).toBeNull(); // 'nm' is only a unit in lower case
    expect(unitAt('at 60 mph', 5, 9)?.unit).toBe('mile per hour'); // longer units before the 'm' they start with
    expect(unitAt('5 metres', 1, 8)).toEqual({ unit: 'metre', kind: 'measure', end: 8 });
    expect(unitAt('5 mmm', 1, 5)).toBeNull(); // a unit ends at a word's end
    expect(unitAt('30 Danish kroner', 2, 16)?.unit).toBe('krone');
    expect(unitAt('30 Dutch guilders', 2, 17)?.unit).toBe('dutch guilder');
    expect(unitAt('a 12-year-old', 4, 13)?.unit).toBe('year of age');
    expect(unitAt('38C today', 2, 9)?.unit).toBe('celsius');
    expect(unitAt('\u201c155 mm,\u201d he said', 4, 18)?.unit).toBe('millimetre');
    expect(unitAt('5 \u212Ag', 1, 4)?.unit).toBe('kilogram'); // Kelvin sign, as RegExp's case folding reads it
  });
});

describe('currencyBefore', () => {
  it('reads every currency mark before a number', () => {
    const marks: [string, string][] = [
      ['US$', 'dollar'], ['U.S. $', 'dollar'], ['$US ', 'dollar'], ['USD ', 'dollar'],
      ['A$', 'australian dollar'], ['$A', 'australian dollar'], ['AUD', 'australian dollar'],
      ['C$', 'canadian dollar'], ['CAD ', 'canadian dollar'], ['S$', 'singapore dollar'], ['SGD', 'singapore dollar'],
      ['HK$', 'hong kong dollar'], ['HKD ', 'hong kong dollar'], ['NZ$', 'new zealand dollar'], ['NZD', 'new zealand dollar'],
      ['$', 'dollar'], ['€', 'euro'], ['EUR ', 'euro'], ['£', 'pound sterling'], ['GBP', 'pound sterling'],
      ['¥', 'japanese yen'], ['JPY ', 'japanese yen'], ['Y=', 'japanese yen'], ['CNY', 'chinese yuan'], ['RMB ', 'chinese yuan'],
      ['₹', 'indian rupee'], ['INR', 'indian rupee'], ['Rs', 'indian rupee'], ['Rs. ', 'indian rupee'],
      ['₩', 'south korean won'], ['KRW ', 'south korean won'], ['RM', 'malaysian ringgit'], ['CHF ', 'franc'],
      ['₽', 'russian rouble'], ['RUB', 'russian rouble'],
    ];
    for (const [mark, unit] of marks) {
      const text = `paid ${mark}40`;
      expect([mark, currencyBefore(text, 5 + mark.length, 0)?.unit]).toEqual([mark, unit]);
    }
  });

  it('finds none where no mark ends right before the number', () => {
    // 'paid $\u00a0 40': a mark, then two spaces where at most one may stand before the number.
    for (const text of ['measure 155', 'the shells 40', 'paid $\u00a0 40', 'Mrs 40', 'RS 40', 'it was 40']) {
      expect([text, currencyBefore(text, text.length - 2, 0)]).toEqual([text, null]);
    }
  });
});

describe('the pattern matcher keeps RegExp semantics', () => {
  it('folds case exactly as the iu flags do, for every character the table uses', () => {
    const used = [...new Set(UNIT_SPECS.flatMap(([pattern]) => [...pattern]))].filter((ch) => !'()[]\\|?+:!'.includes(ch));
    for (const ch of used) {
      const re = new RegExp(`^[${ch.replace(/[-\]\\^$]/g, '\\$&')}]$`, 'iu');
      for (let code = 0; code <= 0xffff; code++) {
        const other = String.fromCharCode(code);
        if (re.test(other) !== (fold(other) === fold(ch))) expect({ ch, other, regexp: re.test(other) }).toBeNull();
      }
    }
  });

  it('knows the characters \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (/\s/.test(ch) !== WHITESPACE.includes(ch)) expect({ code, regexp: /\s/.test(ch) }).toBeNull();
    }
  });

  it('refuses syntax it does not read', () => {
    for (const source of ['a.b', 'a*', 'a{2}', '(?=a)', '(a)', 'a)', '\\d', '[ab', '(?:a']) {
      expect(() => parseUnitPattern(source, true), source).toThrow(/unit pattern/);
    }
  });
});
