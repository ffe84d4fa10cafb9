import { describe, expect, it } from 'vitest';
import { chartPoints } from '../../../src/view/chart';
import { describeFigure, formatFigure, formatNumber } from '../../../src/core/related/format';
import type { PackFact } from '../../../src/core/related/types';
import { claim } from './make-claim';

describe('formatNumber and formatFigure', () => {
  it('writes large numbers with scale words and three significant digits', () => {
    expect(formatNumber(1_000_000)).toBe('1 million');
    expect(formatNumber(3_140_000_000)).toBe('3.14 billion');
    expect(formatNumber(2150)).toBe('2,150');
    expect(formatNumber(6.1024)).toBe('6.1');
  });

  it('puts currency symbols first, unit symbols after, counted nouns in the plural', () => {
    expect(formatFigure({ value: 3e9, range: null, unit: 'dollar', change: '~' }, 'money')).toBe('≈ $3 billion');
    expect(formatFigure({ value: 155, range: null, unit: 'millimetre', change: '=' }, 'measure')).toBe('155 mm');
    expect(formatFigure({ value: 53, range: null, unit: 'mission', change: '>' }, 'count')).toBe('over 53 missions');
    expect(formatFigure({ value: null, range: [2000, 3000], unit: 'embassy', change: '=' }, 'count')).toBe(
      '2,000–3,000 embassies',
    );
  });

  it('reads "pound" as money only for money', () => {
    expect(formatFigure({ value: 5, range: null, unit: 'pound', change: '=' }, 'money')).toBe('£5');
    expect(formatFigure({ value: 5, range: null, unit: 'pound', change: '=' }, 'measure')).toBe('5 lb');
  });
});

describe('describeFigure', () => {
  it('names a count’s subject once, and other figures’ subjects beside them', () => {
    expect(describeFigure({ value: 1e6, range: null, unit: 'shell', change: '>' }, 'count', 'artillery shells')).toBe(
      'over 1 million artillery shells',
    );
    expect(describeFigure({ value: 3000, range: null, unit: 'dollar', change: '~' }, 'money', '155 mm shells')).toBe(
      '≈ $3,000 · 155 mm shells',
    );
    expect(describeFigure({ value: 53, range: null, unit: 'mission', change: '=' }, 'count', null)).toBe('53 missions');
  });
});

describe('chartPoints', () => {
  const shells = claim({ phrase: 'over 1 million shells', kind: 'count', value: 1e6, change: '>', unit: 'shell', subject: 'shells' });
  const packFact = (value: number, agreement: PackFact['agreement']): PackFact => ({
    origin: 'pack',
    id: `p${value}`,
    text: '',
    subject: 'artillery shells',
    kind: 'count',
    figure: { value, range: null, unit: 'shell', change: '=' },
    source: { name: 'Ref', url: null, title: null, date: '2023' },
    packName: 'Example',
    agreement,
  });

  it('draws the claim with the comparable figures only', () => {
    const points = chartPoints(shells, [packFact(1.2e6, { verdict: 'agrees', relative: 0.2, summary: '' }), packFact(5, null)]);
    expect(points.map((p) => [p.label, p.low, p.isClaim])).toEqual([
      ['this page', 1e6, true],
      ['Ref', 1.2e6, false],
    ]);
  });

  it('draws nothing when no figure compares', () => {
    expect(chartPoints(shells, [packFact(5, null)])).toEqual([]);
  });
});
