import { describe, expect, it } from 'vitest';
import {
  attributedF1,
  countCueClasses,
  cueClass,
  emptyCueClassCounts,
  f1,
  numberMentions,
  parseAnnotations,
  sameWording,
  sayingCeiling,
  scoreArticle,
  type ScoredClaim,
} from '../../bench/polnear-scoring';

const span = (text: string, part: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length };
};

describe('numberMentions', () => {
  it('reads digits with separators, currency and percent, and spelled-out numbers, leaving years out', () => {
    const text = 'In 2015 the port moved $3.2 million, up 6%, with twenty-five boats and 14,000 crates; 1850 was quieter.';
    expect(numberMentions(text).map((m) => m.text)).toEqual(['$3.2 million', '6%', 'twenty-five', '14,000', '1850']);
  });
  it('takes "percent" written out with its number', () => {
    expect(numberMentions('a 12 percent rise').map((m) => m.text)).toEqual(['12 percent']);
  });
});

describe('parseAnnotations', () => {
  it('reads source, cue and content of each attribution, discontinuous spans included', () => {
    const ann = [
      'T1\tSource 0 4\tDana',
      'T2\tCue 5 9\tsaid',
      'T3\tContent 10 20;25 30\tsomething',
      'that ran over a line',
      'T4\tAttribution 5 9\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    ].join('\n');
    expect(parseAnnotations(ann, 'x.ann')).toEqual([
      { id: 'E1', source: [{ start: 0, end: 4 }], cue: [{ start: 5, end: 9 }], content: [{ start: 10, end: 20 }, { start: 25, end: 30 }] },
    ]);
  });
  it('says where a reference is broken', () => {
    expect(() => parseAnnotations('E1\tAttribution:T9 Source:T1', 'x.ann')).toThrow(/x\.ann: E1 refers to T9/);
  });
});

describe('scoreArticle', () => {
  const text = 'Dana Ortiz said the clinic saw 40 patients. The town has 12 parks. Officials counted 7 boats.';
  const gold = [
    { id: 'E1', source: [span(text, 'Dana Ortiz')], cue: [span(text, 'said')], content: [span(text, 'the clinic saw 40 patients')] },
    { id: 'E2', source: [span(text, 'Officials')], cue: [span(text, 'counted')], content: [span(text, '7 boats')] },
  ];
  const claim = (part: string, attributed: boolean, source: string | null): ScoredClaim => ({
    ...span(text, part),
    attributed,
    source: source ? span(text, source) : null,
    rule: 'test',
  });

  it('counts agreement on attribution and on the source span, over the numbers shown as claims only', () => {
    const claims = [claim('40 patients', true, 'Dana Ortiz'), claim('12 parks', true, 'The town'), claim('7 boats', false, null)];
    const { counts, outcomes } = scoreArticle(text, gold, claims);
    expect(counts.mentions).toBe(3);
    expect(counts.shown).toBe(3);
    expect(counts.attributed).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.overlap).toEqual({ tp: 1, predicted: 2, gold: 2 });
    expect(counts.exact.tp).toBe(1);
    expect(outcomes.map((o) => o.miss)).toEqual([null, 'attributed-fp', 'attributed-fn']);
    expect(attributedF1(counts).f1).toBeCloseTo(0.5);
  });

  it('leaves out numbers no claim shows, and counts a partly overlapping source for overlap but not for exact', () => {
    const claims = [claim('40 patients', true, 'Ortiz said')];
    const { counts } = scoreArticle(text, gold, claims);
    expect(counts.shown).toBe(1);
    expect(counts.overlap.tp).toBe(1);
    expect(counts.exact.tp).toBe(0);
  });
});

describe('helpers', () => {
  it('compares wordings case and punctuation aside', () => {
    expect(sameWording('The U.S. Army', 'the US army')).toBe(false);
    expect(sameWording('Reyes,', 'reyes')).toBe(true);
  });
  it('gives an F1 of 0 when something was predicted or expected but nothing agreed, and none when nothing was', () => {
    expect(f1(0, 3, 2).f1).toBe(0);
    expect(f1(0, 0, 0).f1).toBeNull();
  });
});

describe('cueClass', () => {
  const lexicon = { words: new Set(['said', 'poll', 'supports']), phrases: ['according to'] };
  it('reads a cue with a word of saying, stance or document, a forward phrase, or a colon as saying', () => {
    expect(cueClass('has repeatedly said', lexicon)).toBe('saying');
    expect(cueClass('According  to', lexicon)).toBe('saying');
    expect(cueClass(':', lexicon)).toBe('saying');
    expect(cueClass('wrote as follows:', lexicon)).toBe('saying');
  });
  it('keeps forecasts apart, even where "expected" is a word of saying', () => {
    expect(cueClass('is expected', { ...lexicon, words: new Set(['expected']) })).toBe('forecast');
    expect(cueClass('’re not expected', lexicon)).toBe('forecast');
  });
  it('reads any other cue as an act or state', () => {
    expect(cueClass('signed', lexicon)).toBe('act-or-state');
    expect(cueClass('pleaded guilty to', lexicon)).toBe('act-or-state');
  });
});

describe('countCueClasses and sayingCeiling', () => {
  it('counts gold attributions by cue class and gives the F1 of attributing just the saying ones', () => {
    const text = 'Ruiz said 4 boats sank. Ruiz signed a $9 bill. The town has 12 parks.';
    const lexicon = { words: new Set(['said']), phrases: [] };
    const attributions = [
      { id: 'E1', source: [span(text, 'Ruiz')], cue: [span(text, 'said')], content: [span(text, '4 boats sank')] },
      { id: 'E2', source: [span(text, 'Ruiz', 10)], cue: [span(text, 'signed')], content: [span(text, 'a $9 bill')] },
    ];
    const claims: ScoredClaim[] = [
      { ...span(text, '4 boats'), attributed: true, source: span(text, 'Ruiz'), rule: 'r' },
      { ...span(text, '$9'), attributed: false, source: null, rule: 'r' },
      { ...span(text, '12 parks'), attributed: false, source: null, rule: 'r' },
    ];
    const { outcomes } = scoreArticle(text, attributions, claims);
    const counts = emptyCueClassCounts();
    countCueClasses(counts, text, outcomes, lexicon);
    expect(counts.gold).toEqual({ saying: 1, forecast: 0, 'act-or-state': 1 });
    expect(counts.attributed).toEqual({ saying: 1, forecast: 0, 'act-or-state': 0 });
    expect(sayingCeiling(counts).f1).toBeCloseTo(2 / 3);
  });
});
