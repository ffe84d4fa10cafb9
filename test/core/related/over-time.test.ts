import { describe, expect, it } from 'vitest';
import { overTimeOf } from '../../../src/core/related/over-time';
import type { Agreement, HistoryFact } from '../../../src/core/related/types';
import { historyComparisonText } from '../../../src/view/related';
import { claim } from './make-claim';

const differs: Agreement = { verdict: 'differs', relative: 0.105, summary: 'differs: 10.5% higher' };
const agrees: Agreement = { verdict: 'agrees', relative: 0, summary: 'agrees' };
const day = (iso: string) => Date.parse(iso);

describe('a change over time between two articles of one story', () => {
  it('is a change, not a disagreement, when the pages were published on different days', () => {
    expect(overTimeOf(day('2026-03-04'), '2026-03-02', differs)).toEqual({ stored: 'earlier', days: 2 });
    expect(overTimeOf(day('2026-03-04'), '2026-03-09', differs)).toEqual({ stored: 'later', days: 5 });
  });

  it('is nothing when the figures agree, a date is unknown, or both pages are of one day', () => {
    expect(overTimeOf(day('2026-03-04'), '2026-03-02', agrees)).toBeNull();
    expect(overTimeOf(day('2026-03-04'), null, differs)).toBeNull();
    expect(overTimeOf(Number.NaN, '2026-03-02', differs)).toBeNull();
    expect(overTimeOf(day('2026-03-04T18:00:00Z'), '2026-03-04T06:00:00Z', differs)).toBeNull();
  });

  it('is a disagreement when the claim is about a period that is over, a change when the figure is still running', () => {
    expect(overTimeOf(day('2026-03-04'), '2026-03-02', differs, 'last year')).toBeNull();
    expect(overTimeOf(day('2026-03-04'), '2026-03-02', differs, 'in 2025')).toBeNull();
    expect(overTimeOf(day('2026-03-04'), '2026-03-02', differs, 'so far')).toEqual({ stored: 'earlier', days: 2 });
    expect(overTimeOf(day('2026-03-04'), '2026-03-02', differs, 'since Monday')).toEqual({ stored: 'earlier', days: 2 });
  });

  it('reads "was …, now …" on the card', () => {
    const dead = claim({ phrase: '21 dead', kind: 'count', value: 21, unit: 'person', subject: 'dead' });
    const fact: HistoryFact = {
      origin: 'history',
      id: 'history:1',
      text: '19 dead',
      subject: 'dead',
      kind: 'count',
      figure: { value: 19, range: null, unit: null, change: '=' },
      source: { name: 'news.test', url: null, title: null, date: '2026-03-02' },
      seen: 0,
      agreement: differs,
      overTime: { stored: 'earlier', days: 2 },
    };
    expect(historyComparisonText(fact, dead)).toBe('was 19 (2 Mar 2026), now 21 dead: a change over time');
    expect(historyComparisonText({ ...fact, overTime: null }, dead)).toBe('differs: 10.5% higher');
  });
});
