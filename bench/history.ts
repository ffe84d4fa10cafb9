/**
 * How fast related facts come back from a large history: offers an in-memory IndexedDB (fake-indexeddb)
 * 1k, 10k and 100k claims from 50 sites, spread over subjects the way news spreads them (a few subjects
 * very often, most rarely), then times the lookup for a page of 20 claims, the way the background answers
 * the card. The history's budgets apply as in the extension, so a site keeps at most its budget's worth:
 * the "stored" column says how many records the offered claims left.
 *   npm run bench:history [-- --sizes=1000,10000,100000 --runs=30]
 */
import 'fake-indexeddb/auto';
import { openRelatedDb } from '../src/background/history/db';
import { lookupRelated } from '../src/background/history/lookup';
import { HISTORY_BUDGETS } from '../src/background/history/budget';
import { capHistory, recordPage } from '../src/background/history/store';
import type { Claim } from '../src/core/types';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.get('sizes') ?? '1000,10000,100000').split(',').map(Number);
const runs = Number(args.get('runs') ?? 30);
const CLAIMS_PER_PAGE = 20;
const SUBJECTS = 3000;
const MODIFIERS = ['military', 'civilian', 'annual', 'foreign', 'public', 'private', 'new', 'former'];
const KINDS = ['count', 'count', 'count', 'money', 'percent'] as const;
const UNITS: Record<(typeof KINDS)[number], (noun: string) => string> = {
  count: (noun) => noun,
  money: () => 'dollar',
  percent: () => 'percentage',
};

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Zipf-like: subject i is drawn with weight 1/(i+1), as a few topics dominate the news. */
function zipfPicker(n: number, rand: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cumulative.push((total += 1 / (i + 1)));
  return () => {
    const target = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function makeClaim(id: string, rand: () => number, pickSubject: () => number): Claim {
  const noun = `item${pickSubject()}`;
  const kind = KINDS[Math.floor(rand() * KINDS.length)] ?? 'count';
  const modifier = rand() < 0.5 ? `${MODIFIERS[Math.floor(rand() * MODIFIERS.length)]} ` : '';
  const value = Math.round(rand() * 1e6);
  const text = `${value} ${modifier}${noun}s`;
  return {
    id,
    text,
    start: 0,
    end: text.length,
    kind,
    quantity: { text, start: 0, end: text.length, value, range: null, unit: UNITS[kind](noun), change: rand() < 0.3 ? '~' : '=' },
    subject: `${modifier}${noun}s`,
    per: null,
    when: null,
    hedged: false,
    disputedBy: null,
    sentence: { start: 0, end: text.length },
    source: { kind: 'article', name: null, text: null, start: null, end: null, cue: null, via: null },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function measure(size: number): Promise<string> {
  const db = await openRelatedDb(`bench-${size}`, { onProblem: (reason) => console.error(reason) });
  const rand = random(size);
  const pickSubject = zipfPicker(SUBJECTS, rand);
  const day = 86_400_000;
  const start = Date.parse('2024-01-01T00:00:00Z');
  const fillStarted = performance.now();
  for (let p = 0; p < size / CLAIMS_PER_PAGE; p++) {
    const claims = Array.from({ length: CLAIMS_PER_PAGE }, (_, i) => makeClaim(`c${p}-${i}`, rand, pickSubject));
    const url = `https://site${p % 50}.test/article/${p}`;
    const published = new Date(start + (p % 365) * day).toISOString();
    await recordPage(db, { url, info: { url, title: `Article ${p}`, publisher: null, published }, claims, seen: start + p * 60_000 });
  }
  // The background holds the whole history to its budget every so many pages; once at the end here.
  await capHistory(db);
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const stored = await db.count('claims');

  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const claims = Array.from({ length: CLAIMS_PER_PAGE }, (_, i) => makeClaim(`q${r}-${i}`, rand, pickSubject));
    const url = `https://reader.test/${r}`;
    const info = { url, title: null, publisher: null, published: '2024-12-01T00:00:00Z' };
    const began = performance.now();
    const facts = await lookupRelated(db, claims, info, url, { history: true, now: Date.parse('2024-12-02T00:00:00Z') });
    times.push(performance.now() - began);
    found += Object.values(facts).reduce((n, list) => n + list.length, 0);
  }
  db.close();
  times.sort((a, b) => a - b);
  const ms = (v: number) => v.toFixed(1).padStart(8);
  return `${String(size).padStart(8)} ${String(stored).padStart(8)} ${fillSeconds.toFixed(1).padStart(9)} ${ms(percentile(times, 0.5))} ${ms(percentile(times, 0.95))} ${ms(times.at(-1) ?? Number.NaN)} ${(found / runs).toFixed(1).padStart(12)}`;
}

console.log(`history lookup: a page of ${CLAIMS_PER_PAGE} claims against the stored history, ${runs} pages per size`);
console.log('IndexedDB: fake-indexeddb in Node (a browser\'s own IndexedDB differs; the index design is what is measured)');
console.log(`budgets: ${HISTORY_BUDGETS.pageClaims} claims a page, ${HISTORY_BUDGETS.siteRecords} records a site, ${HISTORY_BUDGETS.totalRecords} in all`);
console.log(' offered   stored  fill (s)  median ms   p95 ms   max ms  facts/page');
for (const size of sizes) console.log(await measure(size));
