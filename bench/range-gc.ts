/**
 * What the content script's Range objects cost the garbage collector: a page of N paragraphs in plain
 * Chromium (no extension), holding one claim's worth of ranges per paragraph the way a painter might,
 * then the median of five forced full collections. The layouts: none (offsets only), the hit-test Range
 * alone, the hit-test Range and a live copy registered in CSS.highlights (the highlight painter today),
 * the hit-test Range and a StaticRange copy, and StaticRange copies alone (hit-test ranges made on demand).
 *
 *   npm run bench:range-gc -- [--paragraphs 20000]
 */
import os from 'node:os';
import { chromium } from 'playwright-core';

const LAYOUTS = ['offsets only', 'Range', 'Range + live copy', 'Range + StaticRange copy', 'StaticRange copy only'] as const;
type Layout = (typeof LAYOUTS)[number];
const COLLECTIONS = 5;
/** Each layout is measured in this many fresh pages, so one page's luck does not decide. */
const ROUNDS = 2;

function parseParagraphs(args: string[]): number {
  const at = args.indexOf('--paragraphs');
  const paragraphs = at === -1 ? 20_000 : Number(args[at + 1]);
  if (!Number.isInteger(paragraphs) || paragraphs < 1) throw new Error('--paragraphs needs a positive whole number');
  return paragraphs;
}

/** Runs in the page: builds the paragraphs and their ranges, then times forced full collections. */
function collectIn([layout, paragraphs, collections]: [Layout, number, number]): number[] {
  const gc = (globalThis as unknown as { gc: () => void }).gc;
  const texts: Text[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = `Officials said ${i} artillery shells were shipped.`;
    document.body.append(p);
    texts.push(p.firstChild as Text);
  }
  const highlight = new Highlight();
  const kept: unknown[] = [];
  for (const text of texts) {
    const bounds = { startContainer: text, startOffset: 14, endContainer: text, endOffset: 20 };
    if (layout === 'offsets only' || layout === 'StaticRange copy only') kept.push({ text, start: 14, end: 20 });
    else {
      const range = document.createRange();
      range.setStart(text, 14);
      range.setEnd(text, 20);
      kept.push(range);
      if (layout === 'Range + live copy') highlight.add(range.cloneRange());
    }
    if (layout === 'Range + StaticRange copy' || layout === 'StaticRange copy only') highlight.add(new StaticRange(bounds));
  }
  CSS.highlights.set('bench', highlight);
  (globalThis as unknown as { kept: unknown[] }).kept = kept;
  gc();
  const times: number[] = [];
  for (let i = 0; i < collections; i++) {
    const start = performance.now();
    gc();
    times.push(performance.now() - start);
  }
  return times;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const paragraphs = parseParagraphs(process.argv.slice(2));
  const loadBefore = os.loadavg()[0]!;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--js-flags=--expose-gc', '--no-sandbox'],
  });
  const times = new Map<Layout, number[]>(LAYOUTS.map((layout) => [layout, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const layout of LAYOUTS) {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><body></body>');
        times.get(layout)!.push(...(await page.evaluate(collectIn, [layout, paragraphs, COLLECTIONS] as [Layout, number, number])));
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(
    `bench:range-gc --paragraphs ${paragraphs} — load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after, on ${os.cpus().length} cores\n` +
      `median forced full garbage collection (${ROUNDS * COLLECTIONS} per layout):\n` +
      LAYOUTS.map((layout) => `  ${layout}: ${median(times.get(layout)!).toFixed(1)} ms`).join('\n') +
      '\n',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
