/**
 * The article extraction's main-thread time in Chromium, with and without Readability's pick, run in
 * one go (the content script runs it in slices; Readability's reading is one of them, and no ClaimLens
 * task may take over 50 ms).
 *
 *   npm run bench:extract-browser -- path/to/pages/ [--runs=N]
 *
 * Each page of the folder is opened (served from 127.0.0.1, outside resources refused) and the
 * extraction bundled for the browser is run on it as the content script runs it (computed-style
 * hidden test). "first" is the first run in a freshly opened page, which pays for compiling the code
 * as the content script does; "best" is the quickest of N further runs (the load on the machine
 * only ever adds time). The machine's load average is printed: on a busy machine all figures grow.
 */
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../test/browser/harness';

const BUDGET_MS = 50;
const USAGE = 'usage: npm run bench:extract-browser -- path/to/pages/ [--runs=N]';
/** npm runs benchmarks from the package's folder, where the sources are. */
const root = process.cwd();

/** Exposes the extraction to the page as `__claimlensExtract(readability)`, returning milliseconds. */
const ENTRY = `
import { extractArticle } from './src/page/article';
import { isHiddenByStyle } from './src/page/hidden';
globalThis.__claimlensExtract = (readability) => {
  const started = performance.now();
  const article = extractArticle(document, { isHidden: isHiddenByStyle, url: location.href, readability });
  return { ms: performance.now() - started, characters: article ? article.text.length : 0 };
};
`;

interface Timing {
  first: number;
  best: number;
}

async function bundle(): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: ['chrome120'],
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

function format(ms: number): string {
  return ms.toFixed(1).padStart(7);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const runsFlag = args.find((a) => a.startsWith('--runs='));
  const runs = runsFlag ? Number(runsFlag.slice('--runs='.length)) : 5;
  if (!dir || !Number.isInteger(runs) || runs < 1) throw new Error(USAGE);
  const pages = (await readdir(dir)).filter((name) => name.endsWith('.html')).sort();
  if (pages.length === 0) throw new Error(`${dir}: no .html pages`);
  const script = await bundle();
  const server = await startServer(path.resolve(dir));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const load = os.loadavg()[0]!.toFixed(2);
  process.stdout.write(`bench:extract-browser — ${pages.length} pages from ${dir}; load average ${load} on ${os.cpus().length} cores\n`);
  process.stdout.write(`${'page'.padEnd(22)} ${'with Readability: first    best'.padStart(33)}   ${'own scoring: first    best'.padStart(27)}\n`);
  const worst: Record<string, Timing> = { readability: { first: 0, best: 0 }, own: { first: 0, best: 0 } };
  try {
    for (const name of pages) {
      const row: string[] = [name.padEnd(22)];
      for (const [variant, readability] of [['readability', true], ['own', false]] as const) {
        const page = await browser.newPage();
        await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
        await page.goto(server.url(`/${name}`), { waitUntil: 'load' }).catch(() => undefined);
        await page.addScriptTag({ content: script });
        const timings = await page.evaluate(
          ({ readability: useReadability, runs: count }) => {
            const run = (globalThis as unknown as { __claimlensExtract: (r: boolean) => { ms: number } }).__claimlensExtract;
            const first = run(useReadability).ms;
            let best = Infinity;
            for (let i = 0; i < count; i++) best = Math.min(best, run(useReadability).ms);
            return { first, best };
          },
          { readability, runs },
        );
        await page.close();
        worst[variant]!.first = Math.max(worst[variant]!.first, timings.first);
        worst[variant]!.best = Math.max(worst[variant]!.best, timings.best);
        row.push(variant === 'readability' ? `${' '.repeat(18)}${format(timings.first)} ${format(timings.best)}` : `${' '.repeat(13)}${format(timings.first)} ${format(timings.best)}`);
      }
      process.stdout.write(`${row.join(' ')}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [variant, timing] of Object.entries(worst)) {
    process.stdout.write(`worst ${variant === 'own' ? 'own scoring' : 'with Readability'}: first run ${timing.first.toFixed(1)} ms, best run ${timing.best.toFixed(1)} ms (budget ${BUDGET_MS} ms)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
