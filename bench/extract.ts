/**
 * Article-extraction benchmark: how much of a page's hand-marked article body ClaimLens's extraction
 * reads, and how little else (its text without the headline line, which the hand-marked bodies leave
 * out; "+ headline" scores the whole text; "own scoring" is ClaimLens without Readability's pick), by scrapinghub/article-extraction-benchmark's protocol (extract-scoring.ts),
 * with mozilla/readability's figures from the same run beside it.
 *
 *   npm run bench:extract -- DIR LIST [--pages] [--show=PREFIX]
 *
 * DIR is the benchmark (html/<sha256>.html.gz, ground-truth.json). LIST names the pages to score, one a
 * line: the first hex digits of the page's file name, then anything (its host); '#' starts a comment.
 * There is no default: part of the benchmark is kept for checking ClaimLens from outside, so only the
 * pages a list names are read. --pages prints every page's F1, not only those under 0.5. --show=PREFIX
 * prints what each extractor read from that page of the list, and the hand-marked body.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type ArticleExtraction, extractArticle } from '../src/page/article';
import { type PageCounts, type Scores, pageCounts, pageF1, summarise } from './extract-scoring';

const USAGE = 'usage: npm run bench:extract -- DIR LIST [--pages] [--show=PREFIX]';
const LOW_F1 = 0.5;
const PREFIX = /^[0-9a-f]{4,64}$/;
const CHARSET = /<meta[^>]+charset=["']?([\w-]+)/i;

interface Extractor {
  name: string;
  extract(html: string, url: string): string;
}

interface PageResult {
  key: string;
  host: string;
  counts: PageCounts[];
  milliseconds: number[];
}

function claimLens(html: string, url: string, readability = true): ArticleExtraction | null {
  return extractArticle(parseHTML(html).document as unknown as Document, { url, readability });
}

/** The text without the headline line: the hand-marked bodies leave the headline out. */
function body(article: ArticleExtraction | null): string {
  if (!article) return '';
  const { text, headline } = article;
  return headline ? text.slice(0, headline.start) + text.slice(headline.end) : text;
}

const EXTRACTORS: Extractor[] = [
  { name: 'ClaimLens', extract: (html, url) => body(claimLens(html, url)) },
  { name: '+ headline', extract: (html, url) => claimLens(html, url)?.text ?? '' },
  { name: 'own scoring', extract: (html, url) => body(claimLens(html, url, false)) },
  {
    name: 'Readability',
    extract: (html) => new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '',
  },
];

/** The pages a list names: [prefix, host] pairs. */
async function readList(file: string): Promise<Array<[string, string]>> {
  const entries: Array<[string, string]> = [];
  for (const [index, line] of (await readFile(file, 'utf8')).split('\n').entries()) {
    const content = line.replace(/#.*/, '').trim();
    if (!content) continue;
    const [prefix, host = ''] = content.split(/\s+/);
    if (!PREFIX.test(prefix!)) throw new Error(`${file}:${index + 1}: "${prefix}" is not the start of a page's hex name`);
    entries.push([prefix!, host]);
  }
  if (entries.length === 0) throw new Error(`${file}: names no page`);
  return entries;
}

/** The page's markup in the charset it declares (most are UTF-8). */
function decode(bytes: Buffer): string {
  const declared = CHARSET.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase();
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function format(scores: Scores): string {
  return `F1 ${scores.f1.toFixed(3)}  precision ${scores.precision.toFixed(3)}  recall ${scores.recall.toFixed(3)}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [dir, list, ...rest] = args.filter((a) => !a.startsWith('--'));
  const show = [...flags].find((f) => f.startsWith('--show='))?.slice('--show='.length);
  const unknown = [...flags].filter((f) => f !== '--pages' && !f.startsWith('--show='));
  if (!dir || !list || rest.length > 0 || unknown.length > 0) throw new Error(USAGE);
  const entries = await readList(list);
  const truth = JSON.parse(await readFile(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const files = (await readdir(path.join(dir, 'html'))).filter((name) => name.endsWith('.html.gz'));
  const results: PageResult[] = [];
  for (const [prefix, host] of entries) {
    const matches = files.filter((name) => name.startsWith(prefix));
    if (matches.length !== 1) throw new Error(`${list}: "${prefix}" matches ${matches.length} pages in ${dir}/html`);
    const key = matches[0]!.slice(0, -'.html.gz'.length);
    const gold = truth[key];
    if (!gold) throw new Error(`${dir}/ground-truth.json has no body for ${key}`);
    const html = decode(gunzipSync(await readFile(path.join(dir, 'html', matches[0]!))));
    if (show && key.startsWith(show)) process.stdout.write(`===== hand-marked body of ${key.slice(0, 8)}\n${gold.articleBody ?? ''}\n`);
    const result: PageResult = { key, host, counts: [], milliseconds: [] };
    for (const extractor of EXTRACTORS) {
      const started = performance.now();
      const text = extractor.extract(html, gold.url ?? `https://${host}/`);
      result.milliseconds.push(performance.now() - started);
      result.counts.push(pageCounts(gold.articleBody ?? '', text));
      if (show && key.startsWith(show)) process.stdout.write(`===== ${extractor.name} on ${key.slice(0, 8)}\n${text}\n`);
    }
    results.push(result);
  }
  process.stdout.write(`${results.length} pages of ${list}\n\n`);
  for (const [i, extractor] of EXTRACTORS.entries()) {
    const scores = summarise(results.map((r) => r.counts[i]!));
    const times = results.map((r) => r.milliseconds[i]!);
    process.stdout.write(`${extractor.name.padEnd(12)} ${format(scores)}   (linkedom, median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms a page)\n`);
  }
  const showAll = flags.has('--pages');
  process.stdout.write(`\n${showAll ? 'Every page' : `Pages under ${LOW_F1} F1`} (${EXTRACTORS.map((e) => e.name).join(' / ')}):\n`);
  let listed = 0;
  for (const result of results) {
    const f1s = result.counts.map(pageF1);
    if (!showAll && f1s.every((f1) => f1 >= LOW_F1)) continue;
    listed++;
    process.stdout.write(`  ${result.key.slice(0, 8)} ${result.host.padEnd(28)} ${f1s.map((f) => f.toFixed(3)).join(' / ')}\n`);
  }
  if (listed === 0) process.stdout.write('  none\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
