/**
 * Speed benchmark: the whole ClaimLens analysis against plain compromise on the same article text.
 *
 *   npm run bench:speed -- [DIR] [--runs N]
 *
 * For each HTML page in DIR (default test/fixtures/pages/readability) the article is extracted the way
 * the scanner does it, then `analyse(text, info)` and compromise's `nlp(text)` with `.numbers()` and
 * `.money()` run on the same text, alternately, N times after a warm-up (default 5); the medians are
 * printed with their ratio, the extraction time, the longest stretch between two steps of
 * `analyseSteps` (what one slice costs the page in the content script), and the heap used after a
 * forced collection (run with --expose-gc, as the npm script does) so a leak shows as a rising column.
 * The total ratio comes last.
 *
 *   npm run bench:speed -- --claims N [--runs N]
 *
 * Instead of the pages: a made-up article of N claims (bench/generated-page.ts, six per paragraph on a few
 * shared subjects), analysed once; prints the analysis time and its longest step, then the article's
 * related facts (relatedInArticle) as a median of the runs with their longest step, and the same facts
 * computed by comparing every pair of claims (the definition kept in test/core/related/all-pairs.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import nlp from 'compromise';
import { decodeText } from '../src/cli/decode';
import { parseHtmlDocument } from '../src/cli/html';
import { allPairsRelatedInArticle } from '../test/core/related/all-pairs';
import { analyse, analyseSteps } from '../src/core/analyse';
import { relatedInArticle, relatedInArticleSteps } from '../src/core/related';
import type { Claim, DocumentInfo } from '../src/core/types';
import { extractArticle } from '../src/page/article';
import { generatedArticleText, paragraphsFor } from './generated-page';

const DEFAULT_DIR = 'test/fixtures/pages/readability';
/** The page's main-thread budget per task, from the design. */
const BUDGET_MS = 50;

interface Options {
  dir: string;
  runs: number;
  /** Claims in a made-up article to time related facts on, instead of the pages. */
  claims: number | null;
}

function parseOptions(argv: string[]): Options {
  let dir = DEFAULT_DIR;
  let runs = 5;
  let claims: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg === '--claims') claims = Number(argv[++i]);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else dir = arg;
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');
  if (claims !== null && (!Number.isInteger(claims) || claims < 1)) throw new Error('--claims needs a positive whole number');
  return { dir, runs, claims };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * The longest stretch between two yields of the stepwise analysis: what one slice of the content
 * script's scan costs the page's main thread at most.
 */
function longestStep(text: string, info: DocumentInfo): number {
  let longest = 0;
  let start = performance.now();
  for (const _step of analyseSteps(text, info)) {
    const now = performance.now();
    longest = Math.max(longest, now - start);
    start = performance.now();
  }
  return Math.max(longest, performance.now() - start);
}

/** What plain compromise does to find numbers and money; .json() makes it do the work, not defer it. */
function plainCompromise(text: string): number {
  const doc = nlp(text);
  return doc.numbers().json().length + doc.money().json().length;
}

interface PageResult {
  name: string;
  textKB: number;
  extractMs: number;
  claimLensMs: number;
  longestStepMs: number;
  compromiseMs: number;
  claims: number;
  heapMB: number;
}

async function measurePage(file: string, runs: number): Promise<PageResult | null> {
  const html = decodeText(await readFile(file), file, true);
  const doc = parseHtmlDocument(html);
  let extraction = extractArticle(doc);
  const extractMs = median(Array.from({ length: runs }, () => time(() => (extraction = extractArticle(doc)))));
  if (!extraction || extraction.text.trim().length === 0) return null;
  const { text } = extraction;
  const info: DocumentInfo = extraction.info;

  const claims = analyse(text, info).length;
  plainCompromise(text);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first so neither always runs on a warmer cache.
    if (run % 2 === 0) {
      ours.push(time(() => analyse(text, info)));
      theirs.push(time(() => plainCompromise(text)));
    } else {
      theirs.push(time(() => plainCompromise(text)));
      ours.push(time(() => analyse(text, info)));
    }
  }
  const longestStepMs = median(Array.from({ length: runs }, () => longestStep(text, info)));
  globalThis.gc?.();
  return {
    name: path.basename(file),
    textKB: text.length / 1024,
    extractMs,
    claimLensMs: median(ours),
    longestStepMs,
    compromiseMs: median(theirs),
    claims,
    heapMB: process.memoryUsage().heapUsed / (1024 * 1024),
  };
}

const COLUMNS = ['page', 'text KB', 'extract ms', 'claimlens ms', 'max step ms', 'compromise ms', 'ratio', 'claims', 'heap MB'];
const WIDTHS = [20, 8, 11, 13, 12, 14, 7, 7, 8];

function line(cells: (string | number)[]): string {
  return cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(WIDTHS[i]!) : String(cell).padStart(WIDTHS[i]!)))
    .join(' ');
}

function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}

/** The longest step of the stepwise related facts: what one step costs a slice on the page at most. */
function longestRelatedStep(claims: Claim[], text: string): number {
  let longest = 0;
  const steps = relatedInArticleSteps(claims, text);
  for (let start = performance.now(), step = steps.next(); ; step = steps.next()) {
    const now = performance.now();
    longest = Math.max(longest, now - start);
    if (step.done) return longest;
    start = performance.now();
  }
}

function benchClaims(count: number, runs: number): void {
  const text = generatedArticleText(paragraphsFor(count));
  let claims: Claim[] = [];
  const analyseMs = time(() => (claims = analyse(text).slice(0, count)));
  const stepMs = longestStep(text, { title: null, url: null, publisher: null, published: null });
  process.stdout.write(
    `made-up article: ${(text.length / 1024).toFixed(0)} KB, ${claims.length} claims; analysis ${fixed(analyseMs)} ms, ` +
      `longest step ${fixed(stepMs)} ms\n`,
  );
  relatedInArticle(claims, text);
  const indexedMs = median(Array.from({ length: runs }, () => time(() => relatedInArticle(claims, text))));
  const relatedStepMs = median(Array.from({ length: runs }, () => longestRelatedStep(claims, text)));
  process.stdout.write(
    `related facts in the article: ${fixed(indexedMs)} ms (median of ${runs}), longest step ${fixed(relatedStepMs)} ms\n`,
  );
  const allPairsMs = time(() => allPairsRelatedInArticle(claims, text));
  process.stdout.write(`the same, every pair of claims compared: ${fixed(allPairsMs)} ms (one run)\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.claims !== null) {
    benchClaims(options.claims, options.runs);
    return;
  }
  const files = (await readdir(options.dir)).filter((f) => /\.html?$/i.test(f)).sort().map((f) => path.join(options.dir, f));
  if (files.length === 0) throw new Error(`no .html pages in ${options.dir}`);
  if (!globalThis.gc) process.stdout.write('(run node with --expose-gc for heap figures after a collection)\n');
  process.stdout.write(`${files.length} pages in ${options.dir}, medians of ${options.runs} runs after a warm-up\n\n`);
  process.stdout.write(`${line(COLUMNS)}\n`);

  const results: PageResult[] = [];
  for (const file of files) {
    const result = await measurePage(file, options.runs);
    if (!result) {
      process.stdout.write(`${line([path.basename(file), 'no article text'])}\n`);
      continue;
    }
    results.push(result);
    const ratio = result.compromiseMs > 0 ? result.claimLensMs / result.compromiseMs : NaN;
    process.stdout.write(
      `${line([result.name, fixed(result.textKB), fixed(result.extractMs), fixed(result.claimLensMs), fixed(result.longestStepMs), fixed(result.compromiseMs), fixed(ratio, 2), result.claims, fixed(result.heapMB)])}\n`,
    );
  }

  const sum = (pick: (r: PageResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  const totalKB = sum((r) => r.textKB);
  const ours = sum((r) => r.claimLensMs);
  const theirs = sum((r) => r.compromiseMs);
  const slowest = results.reduce((a, b) => (b.claimLensMs > a.claimLensMs ? b : a));
  const overBudget = results.filter((r) => r.claimLensMs > BUDGET_MS).length;
  const longestStep = Math.max(...results.map((r) => r.longestStepMs));
  process.stdout.write(`\n${line(['total', fixed(totalKB), fixed(sum((r) => r.extractMs)), fixed(ours), fixed(longestStep), fixed(theirs), fixed(ours / theirs, 2), sum((r) => r.claims), ''])}\n`);
  process.stdout.write(`claimlens: ${fixed(ours / totalKB, 2)} ms per KB; compromise: ${fixed(theirs / totalKB, 2)} ms per KB\n`);
  process.stdout.write(`slowest page: ${slowest.name} ${fixed(slowest.claimLensMs)} ms; pages over ${BUDGET_MS} ms in one analysis: ${overBudget} of ${results.length}\n`);
  process.stdout.write(`longest single step of the stepwise analysis: ${fixed(longestStep)} ms (budget ${BUDGET_MS} ms per task)\n`);
  process.stdout.write(`total ratio claimlens/compromise: ${fixed(ours / theirs, 3)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:speed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
