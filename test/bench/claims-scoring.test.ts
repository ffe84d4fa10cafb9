import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addUp, type ClaimsGoldPage, type HighlightedClaim, numberMentions, parseClaimsGold, rates, scoreClaimsPage } from '../../bench/claims-scoring';

const TEXT = 'Since 2019 the co-op has hired 40 seasonal pickers, one of whom said prices rose 12 percent. Its 3 barns hold about 900 tonnes.';

const gold: ClaimsGoldPage = {
  page: 'co-op',
  html: 'co-op.html',
  split: 'development',
  numbers: [
    { text: '2019', context: 'Since 2019 the co-op', claim: false, reason: 'year' },
    { text: '40', context: 'has hired 40 seasonal pickers', claim: true, reason: 'count', noun: 'picker' },
    { text: 'one', context: 'pickers, one of whom', claim: false, reason: 'pronoun' },
    { text: '12', context: 'rose 12 percent', claim: true, reason: 'percent' },
    { text: '3', context: 'Its 3 barns', claim: true, reason: 'count', noun: 'barn' },
    { text: '900', context: 'about 900 tonnes', claim: true, reason: 'measure' },
  ],
};

function mark(text: string, unit: string | null = null): HighlightedClaim {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the test text`);
  return { start, end: start + text.length, text, unit };
}

describe('scoreClaimsPage', () => {
  it('counts a highlight right when it covers a gold claim, wrong when it covers a not-claim', () => {
    const s = scoreClaimsPage(TEXT, gold, [mark('40 seasonal pickers', 'picker'), mark('one'), mark('12 percent', 'percentage')]);
    expect(s.right).toBe(2);
    expect(s.highlighted).toBe(3);
    expect(s.wrong.map((w) => w.covers?.reason)).toEqual(['pronoun']);
  });

  it('counts gold claims found by any overlapping highlight, and lists the misses', () => {
    const s = scoreClaimsPage(TEXT, gold, [mark('40 seasonal pickers', 'picker'), mark('about 900 tonnes', 'tonne')]);
    expect(s.goldClaims).toBe(4);
    expect(s.found).toBe(2);
    expect(s.misses.map((m) => m.text)).toEqual(['12', '3']);
  });

  it('checks the counted noun on the head word, singular, and reports a count read without it', () => {
    const s = scoreClaimsPage(TEXT, gold, [mark('40 seasonal pickers', 'seasonal picker'), mark('3')]);
    expect(s.nouns).toBe(2);
    expect(s.nounsRead).toBe(1);
    expect(s.nounMisses.map((m) => [m.gold.text, m.read])).toEqual([['3', null]]);
    expect([s.counts, s.countsWithUnit]).toEqual([2, 1]);
  });

  it('lists a count that carries no noun, and a count whose noun a rule took from elsewhere', () => {
    const unnamedGold: ClaimsGoldPage = { ...gold, numbers: gold.numbers.map((n) => (n.text === '3' ? { ...n, noun: null } : n)) };
    const bare = scoreClaimsPage(TEXT, unnamedGold, [mark('40 seasonal pickers', 'picker'), mark('3')]);
    expect(bare.unnamed.map((g) => g.text)).toEqual(['3']);
    expect(bare.taken).toEqual([]);
    const taken = scoreClaimsPage(TEXT, unnamedGold, [mark('40 seasonal pickers', 'picker'), { ...mark('3'), unit: 'picker', nounRule: 'earlier-count' }]);
    expect(taken.unnamed).toEqual([]);
    expect(taken.taken.map((t) => [t.gold.text, t.unit, t.rule])).toEqual([['3', 'picker', 'earlier-count']]);
  });

  it('marks a highlight over no listed number as wrong, and a gold number whose context moved as unlocated', () => {
    const moved: ClaimsGoldPage = { ...gold, numbers: [...gold.numbers, { text: '7', context: 'seven 7 barns', claim: true, reason: 'count' }] };
    const s = scoreClaimsPage(TEXT, moved, [mark('co-op')]);
    expect(s.wrong[0]!.covers).toBeNull();
    expect(s.unlocated.map((u) => u.text)).toEqual(['7']);
    expect(s.misses.map((m) => m.text)).toContain('7');
  });
});

describe('rates', () => {
  it('adds pages up before dividing, and gives null where there is nothing to divide', () => {
    const a = scoreClaimsPage(TEXT, gold, [mark('40 seasonal pickers', 'picker'), mark('one')]);
    const b = scoreClaimsPage(TEXT, { ...gold, numbers: [] }, []);
    const r = rates(addUp([a, b]));
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.25);
    expect(r.nouns).toBe(1);
    expect(r.countsWithUnit).toBe(1);
    expect(rates(addUp([b]))).toEqual({ precision: null, recall: null, nouns: null, countsWithUnit: null });
  });
});

describe('numberMentions', () => {
  it('lists digits, number words, vague plurals and multiples, each with a context unique in the text', () => {
    const text = 'Two vans carried 1,200 boxes; two more carried hundreds, and sales rose fourfold.';
    const found = numberMentions(text);
    expect(found.map((m) => m.text)).toEqual(['Two', '1,200', 'two', 'hundreds', 'fourfold']);
    for (const m of found) expect(text.split(m.context).length - 1).toBe(1);
  });
});

describe('parseClaimsGold', () => {
  it('rejects a number without a reason, and a counted noun on a not-claim', () => {
    expect(() => parseClaimsGold({ page: 'p', html: 'p.html', numbers: [{ text: '4', context: 'a 4 b', claim: true }] }, 'p.json')).toThrow(/reason/);
    expect(() => parseClaimsGold({ page: 'p', html: 'p.html', numbers: [{ text: '4', context: 'a 4 b', claim: false, reason: 'year', noun: 'b' }] }, 'p.json')).toThrow(/counted noun/);
  });

  it('reads a page\'s split, development when not given, and rejects an unknown one', () => {
    const numbers = [{ text: '4', context: 'a 4 b', claim: false, reason: 'year' }];
    expect(parseClaimsGold({ page: 'p', html: 'p.html', numbers }, 'p.json').split).toBe('development');
    expect(parseClaimsGold({ page: 'p', html: 'p.html', split: 'fresh', numbers }, 'p.json').split).toBe('fresh');
    expect(() => parseClaimsGold({ page: 'p', html: 'p.html', split: 'test', numbers }, 'p.json')).toThrow(/split/);
  });

  it('reads every gold file in the fixtures', () => {
    const dir = path.join(__dirname, '../fixtures/claims-gold');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(parseClaimsGold(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), f).numbers.length).toBeGreaterThan(0);
  });
});
