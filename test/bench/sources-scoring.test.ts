import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMarkup } from '../../bench/page-markup';
import {
  alignClaims,
  chooseReading,
  comparableSource,
  foldForMatching,
  goldPageFile,
  locateClaim,
  nameScores,
  nameTokens,
  namesMatch,
  pageCollection,
  pageSplit,
  parseGoldPage,
  scorePage,
  summarise,
  summariseBySplit,
  type GoldClaim,
  type GoldPage,
  type PredictedClaim,
} from '../../bench/sources-scoring';

const article = { kind: 'article', name: null } as const;

function claim(text: string, context: string, source: GoldClaim['source'], alsoAccepted?: GoldClaim['alsoAccepted']): GoldClaim {
  return { text, context, source, ...(alsoAccepted ? { alsoAccepted } : {}) };
}

function predict(text: string, whole: string, source: PredictedClaim['source'], from = 0): PredictedClaim {
  const start = whole.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the test text`);
  return { start, end: start + text.length, text, source };
}

describe('foldForMatching', () => {
  it('folds quotes, dashes, soft hyphens and whitespace runs, keeping the way back to the original', () => {
    const original = '\u201cNetan\u00adyahu\u2019s\u201d  cost \u2014\n$5';
    const { folded, origins } = foldForMatching(original);
    expect(folded).toBe('"Netanyahu\'s" cost - $5');
    expect(origins).toHaveLength(folded.length);
    expect(original[origins[folded.indexOf('$')]!]).toBe('$');
    expect(original[origins[folded.indexOf('y')]!]).toBe('y');
  });
});

describe('locateClaim', () => {
  it('finds the context, then the number phrase inside it, in original offsets', () => {
    const text = 'It cost $5.\nLater it cost \u201cabout $5\u201d,  he said.';
    const span = locateClaim(foldForMatching(text), claim('$5', 'it cost "about $5"', article));
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe('$5');
    expect(span!.start).toBe(text.lastIndexOf('$5'));
  });

  it('gives null when the context is not in the text', () => {
    expect(locateClaim(foldForMatching('It cost $5.'), claim('$5', 'it cost $6 or $5', article))).toBeNull();
  });
});

describe('alignClaims', () => {
  it('pairs one to one, each gold claim taking the prediction that overlaps it most', () => {
    // gold 0 overlaps predictions 0 (1 char) and 1 (3 chars); gold 1 overlaps only prediction 1.
    const gold = [{ start: 0, end: 4 }, { start: 3, end: 8 }, null];
    const predicted = [{ start: 0, end: 1 }, { start: 1, end: 6 }];
    expect(alignClaims(gold, predicted)).toEqual([1, null, null]);
  });

  it('leaves a gold claim unfound when no prediction touches it', () => {
    expect(alignClaims([{ start: 10, end: 12 }], [{ start: 0, end: 10 }])).toEqual([null]);
  });
});

describe('names', () => {
  it('drops "the", possessive s and titles, and lower-cases', () => {
    expect(nameTokens("The Congressional Budget Office")).toEqual(['congressional', 'budget', 'office']);
    expect(nameTokens("Japan's Yomiuri newspaper")).toEqual(['japan', 'yomiuri', 'newspaper']);
    expect(nameTokens('Mr. Warner')).toEqual(['warner']);
  });

  it('counts a name correct when one real token is shared, not a title', () => {
    expect(namesMatch('Mr. Warner', 'Senator Mark Warner')).toBe(true);
    expect(namesMatch('the Congressional Budget Office', 'Congressional Budget Office estimates')).toBe(true);
    expect(namesMatch('Mr. Warner', 'Mr. Frankel')).toBe(false);
    expect(namesMatch('Whole Foods', 'the company')).toBe(false);
  });
});

describe('comparableSource', () => {
  it('never counts a name on an article or reported source', () => {
    expect(comparableSource({ kind: 'article', name: 'BBC News', text: null })).toEqual(article);
    expect(comparableSource({ kind: 'reported', name: null, text: 'reportedly' })).toEqual({ kind: 'reported', name: null });
  });

  it('falls back to the source span for a named kind without a name', () => {
    expect(comparableSource({ kind: 'person', name: null, text: 'Smith' })).toEqual({ kind: 'person', name: 'Smith' });
    expect(comparableSource({ kind: 'person', name: 'Jo Smith', text: 'she' })).toEqual({ kind: 'person', name: 'Jo Smith' });
  });
});

describe('chooseReading', () => {
  const ambiguous = claim('$1', 'it cost $1', { kind: 'anonymous', name: 'Whale experts' }, [article]);

  it('scores against an accepted reading when the prediction has its kind', () => {
    expect(chooseReading(ambiguous, { kind: 'article', name: null })).toEqual(article);
  });

  it('falls back to the gold source otherwise', () => {
    expect(chooseReading(ambiguous, { kind: 'person', name: 'Parata' })).toEqual(ambiguous.source);
  });
});

describe('scorePage and summarise', () => {
  const text = 'Costs rose 5 percent, the Congressional Budget Office said. He said 7 people came. Prices hit $9.';
  const page: GoldPage = {
    page: 'tiny',
    claims: [
      claim('5 percent', 'Costs rose 5 percent', { kind: 'government', name: 'the Congressional Budget Office' }),
      claim('7 people', 'He said 7 people came', { kind: 'person', name: 'Smith' }),
      claim('$9', 'Prices hit $9', article),
      claim('$4', 'Prices hit $4', article),
    ],
  };

  it('counts found claims, kind accuracy, name precision/recall/F1 and the confusion', () => {
    const predicted = [
      predict('5 percent', text, { kind: 'government', name: 'Congressional Budget Office' }),
      predict('7 people', text, { kind: 'anonymous', name: 'He' }),
      predict('$9', text, { kind: 'media', name: 'Reuters' }),
    ];
    const summary = summarise(scorePage(text, page, predicted));
    expect(summary).toMatchObject({ gold: 4, located: 3, found: 3, kindCorrect: 1, articleBaseline: 1 });
    // Gold named among found: CBO, Smith. Predicted named: all three. Correct: CBO only.
    expect(summary).toMatchObject({ goldNamed: 2, predictedNamed: 3, namesCorrect: 1 });
    const names = nameScores(summary);
    expect(names.precision).toBeCloseTo(1 / 3);
    expect(names.recall).toBeCloseTo(1 / 2);
    expect(names.f1).toBeCloseTo(0.4);
    expect(summary.confusion.government.government).toBe(1);
    expect(summary.confusion.person.anonymous).toBe(1);
    expect(summary.confusion.article.media).toBe(1);
    // Token F1: the budget office names share all three tokens (1), Smith and "He" none (0).
    expect(summary.nameTokenF1).toBeCloseTo(0.5);
  });

  it('has no name precision when nothing named was predicted', () => {
    const predicted = [predict('5 percent', text, article)];
    const names = nameScores(summarise(scorePage(text, page, predicted)));
    expect(names.precision).toBeNull();
    expect(names.recall).toBe(0);
    expect(names.f1).toBeNull();
  });
});

describe('parseGoldPage', () => {
  it('accepts a well-formed page', () => {
    const json = { page: 'p', claims: [{ text: '$5', context: 'cost $5', source: { kind: 'article', name: null } }] };
    expect(parseGoldPage(json, 'p.json').claims).toHaveLength(1);
  });

  it('names the file and claim at fault', () => {
    const badKind = { page: 'p', claims: [{ text: '$5', context: 'cost $5', source: { kind: 'blog', name: null } }] };
    expect(() => parseGoldPage(badKind, 'p.json')).toThrow(/p\.json claim 1: source kind must be one of/);
    const namedArticle = { page: 'p', claims: [{ text: '$5', context: 'cost $5', source: { kind: 'article', name: 'X' } }] };
    expect(() => parseGoldPage(namedArticle, 'p.json')).toThrow(/article sources have no name/);
    const missingText = { page: 'p', claims: [{ text: '$5', context: 'cost $6', source: { kind: 'article', name: null } }] };
    expect(() => parseGoldPage(missingText, 'p.json')).toThrow(/"context" must be a string containing "\$5"/);
  });
});

describe('splits', () => {
  const page = (split?: unknown) => ({ page: 'p', ...(split === undefined ? {} : { split }), claims: [] });

  it('takes a page without a split as a development page, and keeps a fresh one apart', () => {
    expect(pageSplit(parseGoldPage(page(), 'p.json'))).toBe('development');
    expect(pageSplit(parseGoldPage(page('fresh'), 'p.json'))).toBe('fresh');
    expect(() => parseGoldPage(page('test'), 'p.json')).toThrow(/p\.json: "split" must be one of development, fresh, not "test"/);
  });

  it("tells the article-extraction benchmark's pages from the others, so each round of annotation is reported apart", () => {
    const at = (html?: string) => parseGoldPage({ page: 'p', ...(html ? { html } : {}), claims: [] }, 'p.json');
    expect(pageCollection(at('../pages/aeb/0a1b2c.html.gz'))).toBe('aeb');
    expect(pageCollection(at('../pages/readability/news-1.html'))).toBe('other');
    expect(pageCollection(at('../pages/seed/article.html'))).toBe('other');
    expect(pageCollection(at('../pages/saeb/x.html'))).toBe('other');
    expect(pageCollection(at())).toBe('other');
  });

  it('prints a later round of annotation apart when its pages name their round', () => {
    const page = (round?: string) =>
      parseGoldPage({ page: 'p', html: '../pages/aeb/0a.html.gz', ...(round ? { round } : {}), claims: [] }, 'p.json');
    expect(pageCollection(page('r2'))).toBe('aeb r2');
    expect(pageCollection(page())).toBe('aeb');
    expect(() => page('Round Two')).toThrow(/"round"/);
  });

  it('summarises each split on its own pages only, development first, leaving out empty splits', () => {
    const text = 'It cost $5, Reuters said. Then 7 more fell.';
    const five = claim('$5', 'It cost $5', { kind: 'media', name: 'Reuters' });
    const seven = claim('7', 'Then 7 more', article);
    const dev: GoldPage = { page: 'd', claims: [five] };
    const fresh: GoldPage = { page: 'f', split: 'fresh', claims: [seven] };
    // The development page is scored right, the fresh page wrong: pooled, the fresh miss would hide.
    const devRun = { gold: dev, outcomes: scorePage(text, dev, [predict('$5', text, { kind: 'media', name: 'Reuters' })]) };
    const freshRun = { gold: fresh, outcomes: scorePage(text, fresh, [predict('7', text, { kind: 'media', name: 'Reuters' })]) };
    const groups = summariseBySplit([freshRun, devRun]);
    expect(groups.map((g) => [g.split, g.pages, g.summary.gold, g.summary.kindCorrect])).toEqual([
      ['development', 1, 1, 1],
      ['fresh', 1, 1, 0],
    ]);
    expect(nameScores(groups[1]!.summary).precision).toBe(0);
    expect(summariseBySplit([devRun]).map((g) => g.split)).toEqual(['development']);
  });
});

describe('pageMarkup', () => {
  it('gunzips a .gz page and decodes the charset it declares', () => {
    const html = '<meta charset="windows-1252"><p>caf\u00e9 \u201cquoted\u201d</p>';
    const bytes = Buffer.from(html.replace('\u201c', '\x93').replace('\u201d', '\x94'), 'latin1');
    expect(pageMarkup(gzipSync(bytes), 'page.html.gz')).toBe(html);
    expect(pageMarkup(bytes, 'page.html')).toBe(html);
  });
});

describe('the shipped gold', () => {
  const dir = path.join(__dirname, '../fixtures/sources-gold');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

  it.each(files)('%s parses, has its page, and every context is in the page text', (name) => {
    const page = parseGoldPage(JSON.parse(readFileSync(path.join(dir, name), 'utf8')), name);
    const html = goldPageFile(path.join(dir, name), page);
    expect(existsSync(html)).toBe(true);
    const { document } = parseHTML(pageMarkup(readFileSync(html), html));
    const fold = foldForMatching(document.body?.textContent ?? '');
    const missing = page.claims.filter((c) => locateClaim(fold, c) === null).map((c) => c.context);
    expect(missing).toEqual([]);
    // Predicting exactly the gold must score perfectly: every located span holds its own claim's text.
    const text = document.body?.textContent ?? '';
    const perfect = page.claims.map((c) => {
      const span = locateClaim(fold, c)!;
      expect(foldForMatching(text.slice(span.start, span.end)).folded).toBe(foldForMatching(c.text).folded);
      return { ...span, text: c.text, source: c.source };
    });
    const summary = summarise(scorePage(text, page, perfect));
    expect(summary.found).toBe(page.claims.length);
    expect(summary.kindCorrect).toBe(summary.found);
    expect(summary.namesCorrect).toBe(summary.goldNamed);
  });
});
