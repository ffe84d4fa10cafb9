import { describe, expect, it } from 'vitest';
import { compareFigures, intervalOf } from '../../../src/core/related/agreement';
import type { Figure } from '../../../src/core/related/types';

const fig = (value: number, change: Figure['change'] = '=', unit: string | null = null): Figure => ({
  value,
  range: null,
  unit,
  change,
});

describe('intervalOf', () => {
  it('reads a round exact figure as its rounding, capped', () => {
    expect(intervalOf(fig(1_200_000))).toEqual([1_150_000, 1_250_000]);
    expect(intervalOf(fig(47))).toEqual([46.5, 47.5]);
    expect(intervalOf(fig(1_000_000))).toEqual([950_000, 1_050_000]);
  });

  it('opens one end for "over" and "under"', () => {
    expect(intervalOf(fig(1_000_000, '>'))).toEqual([1_000_000, Infinity]);
    expect(intervalOf(fig(10, '<'))).toEqual([-Infinity, 10]);
  });

  it('uses the stated range', () => {
    expect(intervalOf({ value: null, range: [3000, 2000], unit: null, change: '=' })).toEqual([2000, 3000]);
  });
});

describe('compareFigures', () => {
  it('"over 1 million" agrees with "1.2 million", and says by how much they differ', () => {
    const result = compareFigures(fig(1_000_000, '>'), fig(1_200_000), 'count');
    expect(result?.verdict).toBe('agrees');
    expect(result?.relative).toBeCloseTo(0.2);
  });

  it('"over 1 million" differs from 800,000', () => {
    const result = compareFigures(fig(1_000_000, '>'), fig(800_000), 'count');
    expect(result).toMatchObject({ verdict: 'differs', summary: 'differs: 20% lower' });
  });

  it('an exact 47 differs from 45 but "about 2,000" agrees with 2,150', () => {
    expect(compareFigures(fig(47), fig(45), 'count')?.verdict).toBe('differs');
    expect(compareFigures(fig(2000, '~'), fig(2150), 'count')?.verdict).toBe('agrees');
    expect(compareFigures(fig(2000, '~'), fig(2500), 'count')?.verdict).toBe('differs');
  });

  it('does not let neighbouring exact counts, or "over" and "under" one figure, agree', () => {
    expect(compareFigures(fig(47), fig(48), 'count')?.verdict).toBe('differs');
    expect(compareFigures(fig(1e6, '>'), fig(1e6, '<'), 'count')?.verdict).toBe('differs');
    expect(compareFigures(fig(47), fig(47), 'count')).toMatchObject({ verdict: 'agrees', summary: 'agrees' });
  });

  it('says "times as high" for large gaps', () => {
    expect(compareFigures(fig(100), fig(350), 'count')?.summary).toBe('differs: 3.5 times as high');
  });

  it('converts units before comparing and refuses units that do not convert', () => {
    expect(compareFigures(fig(100, '=', 'kilometre'), fig(62, '~', 'mile'), 'measure')?.verdict).toBe('agrees');
    expect(compareFigures(fig(100, '=', 'kilometre'), fig(62, '=', 'kilogram'), 'measure')).toBeNull();
  });

  it('compares a range with a value', () => {
    const range: Figure = { value: null, range: [2000, 3000], unit: null, change: '=' };
    expect(compareFigures(range, fig(2500), 'count')?.verdict).toBe('agrees');
    expect(compareFigures(range, fig(5000), 'count')?.verdict).toBe('differs');
  });
});
