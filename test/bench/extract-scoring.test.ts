import { describe, expect, it } from 'vitest';
import { pageCounts, pageF1, precisionOf, recallOf, summarise } from '../../bench/extract-scoring';

describe('the article-extraction measure', () => {
  it('counts 4-word shingles and normalises them per page', () => {
    // Truth: "a b c d", "b c d e", "c d e f"; prediction: "a b c d", "b c d x". One shared, one extra, two missed.
    const counts = pageCounts('a b c d e f', 'a b c d x');
    expect(counts.tp).toBeCloseTo(1 / 4);
    expect(counts.fp).toBeCloseTo(1 / 4);
    expect(counts.fn).toBeCloseTo(2 / 4);
    expect(precisionOf(counts)).toBeCloseTo(1 / 2);
    expect(recallOf(counts)).toBeCloseTo(1 / 3);
  });

  it('tokenises words the way Python\'s \\w+ does: punctuation ignored, case kept, letters beyond ASCII', () => {
    expect(pageF1(pageCounts('Prices rose 4.5% in Zürich, officials said.', 'Prices — rose 4 5 in Zürich: officials said'))).toBe(1);
    expect(pageF1(pageCounts('Prices rose 4.5%', 'prices rose 4.5%'))).toBe(0);
    expect(pageF1(pageCounts('in Zürich officials said', 'in Z rich officials said'))).toBe(0);
  });

  it('gives an empty prediction no precision but zero recall', () => {
    const counts = pageCounts('one two three four five', '');
    expect(recallOf(counts)).toBe(0);
    const summary = summarise([counts, pageCounts('one two three four', 'one two three four')]);
    expect(summary.precision).toBe(1);
    expect(summary.recall).toBe(0.5);
    expect(summary.f1).toBeCloseTo(2 / 3);
  });
});
