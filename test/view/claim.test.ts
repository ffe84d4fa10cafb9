import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { Claim, Source } from '../../src/core/types';
import {
  firmnessText,
  firmnessWord,
  formatNumber,
  plainValue,
  reasonLines,
  sentenceExcerpt,
  sourceChainText,
  sourceKindText,
  styleOf,
} from '../../src/view/claim';

const ARTICLE: Source = { kind: 'article', name: null, text: null, start: null, end: null, cue: null, via: null };

function claim(overrides: Omit<Partial<Claim>, 'quantity'> & { quantity?: Partial<Claim['quantity']> }): Claim {
  const { quantity, ...rest } = overrides;
  return {
    id: 'x',
    text: 'a claim',
    start: 0,
    end: 7,
    kind: 'count',
    subject: null,
    per: null,
    when: null,
    hedged: false,
    disputedBy: null,
    sentence: { start: 0, end: 7 },
    source: ARTICLE,
    ...rest,
    quantity: { text: '1', start: 0, end: 1, value: 1, range: null, unit: null, change: '=', ...quantity },
  };
}

function source(kind: Source['kind'], name: string | null, via: Source | null = null): Source {
  return { kind, name, text: name, start: null, end: null, cue: null, via };
}

describe('plainValue', () => {
  it('reads approximate and bounded counts with their subject', () => {
    expect(plainValue(claim({ subject: 'shipments', quantity: { value: 2000, change: '~' } }))).toBe('about 2,000 shipments');
    expect(plainValue(claim({ subject: 'artillery shells', quantity: { value: 1_000_000, change: '>' } }))).toBe(
      'more than 1,000,000 artillery shells',
    );
    expect(plainValue(claim({ quantity: { value: 47, unit: 'embassy' } }))).toBe('47 embassies');
  });

  it('names a count by the noun a rule took from elsewhere, not by the words found around it', () => {
    expect(plainValue(claim({ subject: 'ran late', nounRule: 'number-of', quantity: { value: 200, unit: 'train', change: '>' } }))).toBe('more than 200 trains');
    expect(plainValue(claim({ nounRule: 'previous-count', quantity: { value: 9, unit: 'crane' } }))).toBe('9 cranes');
    expect(plainValue(claim({ nounRule: 'number-of', quantity: { value: 900, unit: 'Canadian', change: '~' } }))).toBe('about 900 Canadians');
  });

  it('reads ranges, money with its "per", percentages and measures', () => {
    expect(plainValue(claim({ subject: 'protesters', quantity: { value: null, range: [2000, 3000] } }))).toBe(
      'between 2,000 and 3,000 protesters',
    );
    expect(plainValue(claim({ kind: 'money', per: 'each', quantity: { value: 3000, unit: 'dollar', change: '~' } }))).toBe(
      'about $3,000 each',
    );
    expect(plainValue(claim({ kind: 'percent', quantity: { value: 19, unit: 'percentage' } }))).toBe('19%');
    expect(plainValue(claim({ kind: 'measure', quantity: { value: 155, unit: 'millimetre' } }))).toBe('155 millimetres');
    expect(plainValue(claim({ kind: 'money', quantity: { value: 5, unit: 'franc', change: '<' } }))).toBe('less than 5 francs');
  });

  it('names a money unit that shares its name with an Object.prototype member as a word, not a symbol', () => {
    expect(plainValue(claim({ kind: 'money', quantity: { value: 5, unit: 'constructor' } }))).toBe('5 constructors');
    expect(plainValue(claim({ kind: 'money', quantity: { value: 1, unit: 'toString' } }))).toBe('1 toString');
  });

  it("falls back to the claim's words when there is no number", () => {
    expect(plainValue(claim({ text: 'dozens of people', quantity: { value: null, range: null } }))).toBe('dozens of people');
  });
});

describe('numbers and plurals', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(0.125)).toBe('0.125');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
  });

  it('names a count of a noun whose plural is irregular or unchanged as a reader would', () => {
    expect(plainValue(claim({ quantity: { value: 2, unit: 'people' } }))).toBe('2 people');
    expect(plainValue(claim({ quantity: { value: 3, unit: 'child' } }))).toBe('3 children');
    expect(plainValue(claim({ quantity: { value: 1, unit: 'child' } }))).toBe('1 child');
  });
});

describe('firmness and style', () => {
  it('puts hedging above the figure itself', () => {
    const hedged = claim({ hedged: true, source: source('government', 'the ministry') });
    expect(styleOf(hedged)).toBe('hedged');
    expect(firmnessText(hedged)).toMatch(/hedged/i);
  });

  it('tells a named source from nobody named', () => {
    expect(styleOf(claim({ source: source('government', 'the South Korean ministry') }))).toBe('attributed');
    expect(styleOf(claim({ source: source('reported', null) }))).toBe('unattributed');
    expect(styleOf(claim({ source: source('anonymous', null) }))).toBe('unattributed');
    expect(styleOf(claim({}))).toBe('unattributed');
    // "a ministry official said": a kind of source, but nobody the reader could look up.
    expect(styleOf(claim({ source: source('person', null) }))).toBe('unattributed');
  });

  it('names every firmness', () => {
    expect(firmnessText(claim({}))).toBe('Exact figure');
    expect(firmnessText(claim({ quantity: { change: '~' } }))).toBe('Approximate');
    expect(firmnessText(claim({ quantity: { change: '>' } }))).toBe('A lower bound');
    expect(firmnessText(claim({ quantity: { value: null, range: [1, 2] } }))).toBe('A range');
  });

  it('says the same firmness in a word for the scanner\'s table: a range is a range, not exact', () => {
    expect(firmnessWord(claim({}))).toBe('exact');
    expect(firmnessWord(claim({ quantity: { change: '>' } }))).toBe('over');
    expect(firmnessWord(claim({ quantity: { value: null, range: [1000, 10000] } }))).toBe('range');
    expect(firmnessWord(claim({ hedged: true, quantity: { change: '~' } }))).toBe('about, hedged');
  });
});

describe('sources', () => {
  it('follows the chain of citations', () => {
    const yomiuri = source('media', "Japan's Yomiuri newspaper", source('anonymous', null));
    expect(sourceChainText(yomiuri)).toBe("Japan's Yomiuri newspaper, citing an unnamed source");
  });

  it('says who speaks when the article names nobody', () => {
    expect(sourceChainText(source('reported', null))).toBe('reported, nobody named');
    expect(sourceChainText(ARTICLE, { publisher: 'The Daily' })).toBe('The Daily, in its own words');
    expect(sourceChainText(ARTICLE)).toBe('the article itself');
    expect(sourceChainText(source('government', null))).toBe('an unnamed government source');
    expect(sourceChainText(source('person', null))).toBe('a person the article does not name');
  });

  it('stops on a chain that cites itself', () => {
    const loop = source('media', 'A');
    loop.via = loop;
    expect(sourceChainText(loop)).toBe('A');
  });

  it('puts kinds in words', () => {
    expect(sourceKindText('government')).toBe('government source');
    expect(sourceKindText('reported')).toBe('reported, nobody named');
    expect(sourceKindText('article')).toBe("the article's own statement");
  });
});

describe('sentenceExcerpt', () => {
  it('keeps a short sentence whole', () => {
    const text = 'Intro. The ministry counted 47 embassies. Next.';
    const start = text.indexOf('The');
    const end = text.indexOf(' Next');
    const claim = { start: text.indexOf('47'), end: text.indexOf('47') + 12 };
    expect(sentenceExcerpt(text, { start, end }, claim)).toBe('The ministry counted 47 embassies.');
  });

  it('cuts a long sentence at word edges around the claim', () => {
    const before = 'word '.repeat(200);
    const after = ' more'.repeat(200);
    const text = `${before}over 1 million artillery shells${after}`;
    const at = text.indexOf('over 1 million');
    const excerpt = sentenceExcerpt(text, { start: 0, end: text.length }, { start: at, end: at + 31 }, 120);
    expect(excerpt).toContain('over 1 million artillery shells');
    expect(excerpt.startsWith('…word ')).toBe(true);
    expect(excerpt.endsWith(' more…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(122);
  });

  it('never loses the claim at the very start or end of a long sentence', () => {
    const text = `47 embassies${' and more'.repeat(100)}`;
    expect(sentenceExcerpt(text, { start: 0, end: text.length }, { start: 0, end: 12 }, 60)).toMatch(/^47 embassies and/);
    const tail = `${'and more '.repeat(100)}47 embassies`;
    const at = tail.indexOf('47');
    expect(sentenceExcerpt(tail, { start: 0, end: tail.length }, { start: at, end: tail.length }, 60)).toMatch(/more 47 embassies$/);
  });
});

const claimIn = (text: string) => analyse(text)[0]!;

describe('reasonLines', () => {
  it('names the rule that chose the source, says what it does, and gives the cue', () => {
    const [source] = reasonLines(claimIn('The harbour board said 40 boats sank in the storm.'));
    expect(source).toEqual({ label: 'Source', text: 'cue-in-clause: the nearest cue in the claim’s own clause, cue “said”' });
  });
  it('says a claim with no cue is in the article’s voice, with no cue to give', () => {
    const [source] = reasonLines(claimIn('Forty boats sank in the storm, and 12 crews were rescued.'));
    expect(source?.text).toBe('article-voice: no cue governs the claim, so it is the article’s own voice');
  });
  it('adds how a cue was read when not as a verb of saying', () => {
    const claim = claimIn('The mayor supports raising the fare to $3 next year.');
    const [source] = reasonLines({ ...claim, source: { ...claim.source, rule: 'cue-in-clause:stance', cue: 'supports' } });
    expect(source?.text).toBe('cue-in-clause:stance: the nearest cue in the claim’s own clause, read as a verb of belief, wish or judgement, cue “supports”');
  });
  it('gives the rule that made the number a claim and the one that borrowed its noun', () => {
    const claim = claimIn('The harbour board said 40 boats sank in the storm.');
    const lines = reasonLines({ ...claim, prominenceRule: 'counted-noun', nounRule: 'earlier-count' });
    expect(lines.slice(1)).toEqual([
      { label: 'Claim', text: 'counted-noun' },
      { label: 'Counted noun', text: 'earlier-count' },
    ]);
  });
  it('keeps a rule it has no words for, by name', () => {
    const claim = claimIn('The harbour board said 40 boats sank in the storm.');
    expect(reasonLines({ ...claim, source: { ...claim.source, rule: 'some-new-rule' } })[0]?.text).toBe('some-new-rule, cue “said”');
  });
});
