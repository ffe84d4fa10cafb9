/**
 * Quantity accuracy benchmark: how well ClaimLens finds and reads the quantities of news sentences.
 *
 *   npm run bench:accuracy -- FILE.jsonl [--recognizers] [--errors]
 *
 * A NewsQuant-style file (lines {"id","text","quantities":[{start,end,value,range,change}]}) is scored by
 * the CQE rule: per sentence, a gold quantity is found when a not-yet-used prediction has the same value
 * (relative tolerance 1e-5; a gold range needs a predicted range with both ends equal); precision is
 * found / predicted and recall found / gold over all sentences. value+change also needs the same change.
 * Spans are scored the same way by overlap (a shared character) and exact equality; golds without offsets
 * count against recall there too. Two exact rows are printed: the quantity's own span (number and unit)
 * and NewsQuant's surface, which runs on over a counted noun ("47 embassies"). A last row leaves out the
 * golds whose surface could not be aligned (alignment "value-only" or "none": NewsQuant wrote "60 percent"
 * where the text says "60 per cent", so only the digits are marked) and the predictions over them.
 * A Recognizers-Text file (lines {"model","text","results"}; chosen by content or --recognizers) is
 * scored per model the same way on values and spans; ordinal cases expect nothing.
 * Every line goes through analyse(), the pipeline the scanner runs, asked for every number: NewsQuant
 * marks every quantity, the ones that only date or describe something ("six months after", "the
 * 65-year-old") as well as the claims a reader counts. A last NewsQuant row scores the key claims alone
 * (what ClaimLens highlights by default); bench:claims measures which numbers are claims. --errors lists
 * misses and false positives.
 */
import { readFile } from 'node:fs/promises';
import { analyse, type Highlight } from '../src/core/analyse';
import type { Claim } from '../src/core/types';

interface Gold {
  /** How NewsQuant's offsets were found: "value-only" marks only the digits, "none" nothing. */
  alignment?: string;
  start: number | null;
  end: number | null;
  value: number | null;
  range: [number, number] | null;
  change: string;
}

interface Predicted {
  start: number;
  end: number;
  surfaceEnd: number;
  value: number | null;
  range: [number, number] | null;
  change: string;
  text: string;
}

interface Tally {
  found: number;
  predicted: number;
  gold: number;
}

const tally = (): Tally => ({ found: 0, predicted: 0, gold: 0 });

const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b));

function sameValue(g: Gold, p: Predicted): boolean {
  if (g.range) return !!p.range && close(g.range[0], p.range[0]) && close(g.range[1], p.range[1]);
  return g.value !== null && p.value !== null && close(g.value, p.value);
}

/** Greedy one-to-one matching in gold order; returns which golds were found and which predictions used. */
function match(golds: Gold[], preds: Predicted[], same: (g: Gold, p: Predicted) => boolean): { found: boolean[]; used: boolean[] } {
  const used = preds.map(() => false);
  const found = golds.map((g) => {
    const k = preds.findIndex((p, j) => !used[j] && same(g, p));
    if (k < 0) return false;
    used[k] = true;
    return true;
  });
  return { found, used };
}

function add(t: Tally, golds: Gold[], preds: Predicted[], same: (g: Gold, p: Predicted) => boolean): { found: boolean[]; used: boolean[] } {
  const m = match(golds, preds, same);
  t.found += m.found.filter(Boolean).length;
  t.gold += golds.length;
  t.predicted += preds.length;
  return m;
}

function f1(t: Tally): { p: number; r: number; f: number } {
  const p = t.predicted ? t.found / t.predicted : 0;
  const r = t.gold ? t.found / t.gold : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
}

function predictionsOf(text: string, keep: (c: Claim) => boolean = () => true, highlight: Highlight = 'every'): Predicted[] {
  return analyse(text, {}, { highlight }).filter(keep).map((c: Claim) => {
    const q = c.quantity;
    // NewsQuant's surface: the quantity and the counted noun the phrase carries, without firmness or "each".
    let surfaceEnd = c.end;
    const phrase = text.slice(c.start, c.end);
    if (c.per && phrase.endsWith(c.per)) surfaceEnd = c.start + phrase.slice(0, -c.per.length).trimEnd().length;
    return { start: q.start, end: q.end, surfaceEnd: Math.max(q.end, surfaceEnd), value: q.value, range: q.range, change: q.change, text: q.text };
  });
}

const pad = (s: string, n: number): string => s.padEnd(n);
const fmt = (x: number): string => x.toFixed(1).padStart(6);

function printRow(name: string, t: Tally): void {
  const { p, r, f } = f1(t);
  console.log(`${pad(name, 34)}${fmt(p)}${fmt(r)}${fmt(f)}   (${t.found} found / ${t.predicted} predicted / ${t.gold} gold)`);
}

const describeGold = (g: Gold, text: string): string =>
  `${g.range ? `[${g.range.join(', ')}]` : String(g.value)} ${g.change} "${g.start !== null && g.end !== null ? text.slice(g.start, g.end) : '?'}"`;
const describePred = (p: Predicted): string => `${p.range ? `[${p.range.join(', ')}]` : String(p.value)} ${p.change} "${p.text}"`;

interface NewsQuantLine {
  id: string;
  text: string;
  quantities: Gold[];
}

function scoreNewsQuant(lines: NewsQuantLine[], showErrors: boolean): void {
  const value = tally();
  const valueChange = tally();
  const overlap = tally();
  const exact = tally();
  const surface = tally();
  const surfaceAligned = tally();
  const keyOnly = tally();
  const started = performance.now();
  let chars = 0;
  for (const line of lines) {
    chars += line.text.length;
    const preds = predictionsOf(line.text);
    const golds = line.quantities;
    add(keyOnly, golds, predictionsOf(line.text, undefined, 'key'), sameValue);
    const v = add(value, golds, preds, sameValue);
    const vc = add(valueChange, golds, preds, (g, p) => sameValue(g, p) && g.change === p.change);
    add(overlap, golds, preds, (g, p) => g.start !== null && g.end !== null && p.start < g.end && g.start < p.end);
    add(exact, golds, preds, (g, p) => g.start === p.start && g.end === p.end);
    const sameSurface = (g: Gold, p: Predicted): boolean => g.start === p.start && (g.end === p.end || g.end === p.surfaceEnd);
    add(surface, golds, preds, sameSurface);
    // The golds whose own surface was found in the text, and the predictions that do not overlap the others.
    const aligned = golds.filter((g) => g.alignment !== undefined && !/^(?:value-only|none)/.test(g.alignment));
    const unaligned = golds.filter((g) => !aligned.includes(g));
    const free = preds.filter((p) => !unaligned.some((g) => g.start !== null && g.end !== null && p.start < g.end && g.start < p.end));
    add(surfaceAligned, aligned, free, sameSurface);
    if (showErrors) {
      const misses = golds.filter((_, k) => !v.found[k]).map((g) => `  miss ${describeGold(g, line.text)}`);
      const wrongChange = golds.filter((_, k) => v.found[k] && !vc.found[k]).map((g) => `  change ${describeGold(g, line.text)} → ${describePred(preds.find((p) => sameValue(g, p))!)}`);
      const extras = preds.filter((_, k) => !v.used[k]).map((p) => `  extra ${describePred(p)}`);
      if (misses.length + extras.length + wrongChange.length > 0) {
        console.log(`${line.id}: ${line.text}`);
        for (const e of [...misses, ...wrongChange, ...extras]) console.log(e);
      }
    }
  }
  const ms = performance.now() - started;
  console.log(`\nNewsQuant: ${lines.length} sentences, ${value.gold} gold quantities`);
  console.log(`${pad('', 34)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}`);
  printRow('value', value);
  printRow('value+change', valueChange);
  printRow('overlap span', overlap);
  printRow('exact span (quantity)', exact);
  printRow('exact span (NewsQuant surface)', surface);
  printRow('  …golds with an aligned surface', surfaceAligned);
  printRow('value, key claims only', keyOnly);
  console.log(`analysed ${(chars / 1024).toFixed(1)} KB in ${ms.toFixed(0)} ms`);
}

interface RecognizersLine {
  id: string;
  model: string;
  text: string;
  results: { start: number; end: number; type: string; resolution: { value?: string } | null }[];
}

/** A Recognizers resolution as a value or range: "75000000", "100%", "[20,30)"; null when it is neither. */
function recognizersGold(r: RecognizersLine['results'][number]): Gold | null {
  const raw = r.resolution?.value;
  if (typeof raw !== 'string') return null;
  const interval = /^[[(]\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*[\])]$/.exec(raw);
  if (interval) {
    if (!interval[1] || !interval[2]) return { start: r.start, end: r.end, value: Number(interval[1] || interval[2]), range: null, change: '=' };
    return { start: r.start, end: r.end, value: null, range: [Number(interval[1]), Number(interval[2])], change: '=' };
  }
  const n = Number(raw.replace(/%$/, ''));
  return Number.isFinite(n) ? { start: r.start, end: r.end, value: n, range: null, change: '=' } : null;
}

/**
 * Each Recognizers model annotates one kind of quantity and leaves the others in its sentences unmarked,
 * so a model is scored on the claims of its kind: money for currency, percentages for percent, and so on.
 */
const MODEL_KINDS: Record<string, (c: Claim) => boolean> = {
  CurrencyModel: (c) => c.kind === 'money',
  PercentModel: (c) => c.kind === 'percent',
  DimensionModel: (c) => c.kind === 'measure' && !/celsius|fahrenheit|degree|year of age/.test(c.quantity.unit ?? ''),
  TemperatureModel: (c) => /celsius|fahrenheit|degree/.test(c.quantity.unit ?? ''),
  AgeModel: (c) => /year of age|year|month|week|day/.test(c.quantity.unit ?? ''),
  NumberRangeModel: (c) => c.quantity.range !== null || c.quantity.change !== '=',
};

function scoreRecognizers(lines: RecognizersLine[], showErrors: boolean): void {
  const models = new Map<string, { value: Tally; overlap: Tally; exact: Tally }>();
  for (const line of lines) {
    const model = line.model.split('/').pop() ?? line.model;
    const row = models.get(model) ?? { value: tally(), overlap: tally(), exact: tally() };
    models.set(model, row);
    // Ordinals are not claims: the right answer there is nothing.
    const golds = model === 'OrdinalModel' ? [] : line.results.map(recognizersGold).filter((g): g is Gold => g !== null);
    const preds = predictionsOf(line.text, MODEL_KINDS[model]);
    const v = add(row.value, golds, preds, sameValue);
    add(row.overlap, golds, preds, (g, p) => g.start !== null && g.end !== null && p.start < g.end && g.start < p.end);
    add(row.exact, golds, preds, (g, p) => g.start === p.start && (g.end === p.end || g.end === p.surfaceEnd));
    if (showErrors) {
      const misses = golds.filter((_, k) => !v.found[k]).map((g) => `  miss ${describeGold(g, line.text)}`);
      const extras = preds.filter((_, k) => !v.used[k]).map((p) => `  extra ${describePred(p)}`);
      if (misses.length + extras.length > 0) {
        console.log(`${line.id}: ${line.text}`);
        for (const e of [...misses, ...extras]) console.log(e);
      }
    }
  }
  console.log(`\nRecognizers-Text: ${lines.length} cases (ordinal cases expect no claim; each unit model scored on claims of its kind)`);
  console.log(`${pad('', 34)}${'value F1'.padStart(9)}${'overlap'.padStart(9)}${'exact'.padStart(9)}   value found/predicted/gold`);
  const all = { value: tally(), overlap: tally(), exact: tally() };
  // A model with nothing to find (ordinals) has no F1: its row counts the claims read where none belong.
  const cell = (t: Tally): string => (t.gold === 0 ? '—' : f1(t).f.toFixed(1)).padStart(9);
  for (const [model, row] of [...models].sort()) {
    console.log(`${pad(model, 34)}${cell(row.value)}${cell(row.overlap)}${cell(row.exact)}   ${row.value.found}/${row.value.predicted}/${row.value.gold}`);
    for (const k of ['value', 'overlap', 'exact'] as const) {
      all[k].found += row[k].found;
      all[k].predicted += row[k].predicted;
      all[k].gold += row[k].gold;
    }
  }
  console.log(`${pad('all', 34)}${f1(all.value).f.toFixed(1).padStart(9)}${f1(all.overlap).f.toFixed(1).padStart(9)}${f1(all.exact).f.toFixed(1).padStart(9)}   ${all.value.found}/${all.value.predicted}/${all.value.gold}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run bench:accuracy -- FILE.jsonl [--recognizers] [--errors]');
    process.exit(2);
  }
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
  const lines = raw.split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as Record<string, unknown>);
  const recognizers = args.includes('--recognizers') || (lines[0] !== undefined && 'model' in lines[0] && 'results' in lines[0]);
  if (recognizers) scoreRecognizers(lines as unknown as RecognizersLine[], args.includes('--errors'));
  else scoreNewsQuant(lines as unknown as NewsQuantLine[], args.includes('--errors'));
}

await main();
