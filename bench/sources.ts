/**
 * Attribution benchmark: how well ClaimLens says who stands behind each numeric claim.
 *
 *   npm run bench:sources -- [DIR_OR_FILE] [--errors | --development-errors]
 *
 * DIR_OR_FILE is a folder of gold files (<page>.json) or one gold file, with the pages beside them in
 * pages/<page>.html or where a gold file's "html" says (a .gz page is gunzipped); the default is
 * test/fixtures/sources-gold. The figures are printed for all pages and for each split apart: the fresh
 * pages, annotated before the rules were run on them, are the check on text the rules were not tuned on;
 * the development pages' figures are development figures. Each page is read the way the scanner
 * reads it (linkedom, the article extraction), analysed, and its claims aligned with the gold claims.
 * The rules of the measure are in sources-scoring.ts. --errors lists every gold claim that was not found
 * or whose source came out wrong; --development-errors lists the development pages' alone, so rule work
 * can read its misses without seeing the fresh pages'. The development row of the page table is also
 * printed per collection the pages come from (the article-extraction benchmark's pages apart from the
 * others), since its pages were annotated in rounds and each round is reported apart. --gold-quantities measures attribution alone: the gold claims' own spans
 * stand in for the quantity finder, so every located claim is found and only its source is judged.
 * --language compromise lets compromise tell people's names from organisations' (see bench:polnear).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyse } from '../src/core/analyse';
import { createDescriber, type DescriberOptions } from '../src/core/attribution';
import { languageFromOption } from './language-compromise';
import type { QuantityFinding } from '../src/core/quantity';
import { splitSentences } from '../src/core/sentences';
import type { Claim, DocumentInfo, Span } from '../src/core/types';
import { extractArticle } from '../src/page/article';
import { pageMarkup } from './page-markup';
import {
  SOURCE_KINDS,
  type ClaimOutcome,
  type GoldPage,
  type GoldSource,
  type GoldSplit,
  comparableSource,
  type PredictedClaim,
  type Summary,
  foldForMatching,
  goldPageFile,
  locateClaim,
  nameScores,
  pageCollection,
  pageSplit,
  parseGoldPage,
  scorePage,
  summarise,
  summariseBySplit,
} from './sources-scoring';
import { goldFiles } from './gold-files';

const DEFAULT_GOLD = 'test/fixtures/sources-gold';

interface PageRun {
  gold: GoldPage;
  outcomes: ClaimOutcome[];
  text: string;
}

/**
 * The pipeline with the gold spans as the quantity finder's findings: the describer sees every sentence
 * in order (so sources carry over) and exactly the gold claims as quantities.
 */
function describeGoldSpans(text: string, info: DocumentInfo, spans: Span[], options: DescriberOptions): Claim[] {
  const describe = createDescriber(text, info, options);
  const claims: Claim[] = [];
  for (const sentence of splitSentences(text)) {
    const findings: QuantityFinding[] = spans
      .filter((span) => span.start >= sentence.start && span.end <= sentence.end)
      .map((span) => {
        const phrase = text.slice(span.start, span.end);
        return {
          quantity: { text: phrase, start: span.start, end: span.end, value: null, range: null, unit: null, change: '=' },
          kind: 'count',
          per: null,
          phrase: { start: span.start, end: span.end },
        };
      });
    claims.push(...describe(sentence, findings).map((claim, i) => ({ id: `gold-${sentence.start}-${i}`, ...claim })));
  }
  return claims;
}

async function runPage(file: string, goldQuantities: boolean, options: DescriberOptions): Promise<PageRun> {
  const gold = parseGoldPage(JSON.parse(await readFile(file, 'utf8')), file);
  const htmlFile = goldPageFile(file, gold);
  const bytes = await readFile(htmlFile).catch(() => {
    throw new Error(`${file}: the page ${htmlFile} cannot be read`);
  });
  const html = pageMarkup(bytes, htmlFile);
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, { url: `file://${path.resolve(htmlFile)}` });
  if (!article) throw new Error(`${htmlFile}: no article text found`);
  const fold = foldForMatching(article.text);
  const goldSpans = gold.claims.map((c) => locateClaim(fold, c)).filter((s): s is Span => s !== null);
  const claims = goldQuantities ? describeGoldSpans(article.text, article.info, goldSpans, options) : analyse(article.text, article.info, options);
  const predicted: PredictedClaim[] = claims.map((claim) => ({
    start: claim.start,
    end: claim.end,
    text: claim.text,
    source: comparableSource(claim.source),
  }));
  return { gold, outcomes: scorePage(article.text, gold, predicted), text: article.text };
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

function ratio(value: number | null): string {
  return value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}

function pageLine(name: string, s: Summary): string {
  const names = nameScores(s);
  return [
    name.padEnd(16),
    String(s.gold).padStart(5),
    String(s.located).padStart(8),
    `${s.found} (${percent(s.found, s.gold)})`.padStart(13),
    percent(s.kindCorrect, s.found).padStart(9),
    ratio(names.f1).padStart(9),
  ].join(' ');
}

const SHORT: Record<string, string> = {
  government: 'gov',
  military: 'mil',
  media: 'media',
  person: 'person',
  organisation: 'org',
  anonymous: 'anon',
  reported: 'rep',
  article: 'article',
};

function confusionTable(s: Summary): string[] {
  const width = 8;
  const lines = [`${'gold \\ predicted'.padEnd(16)}${SOURCE_KINDS.map((k) => SHORT[k]!.padStart(width)).join('')}`];
  for (const gold of SOURCE_KINDS) {
    const row = s.confusion[gold];
    if (SOURCE_KINDS.every((p) => row[p] === 0)) continue;
    lines.push(`${gold.padEnd(16)}${SOURCE_KINDS.map((p) => String(row[p] || '.').padStart(width)).join('')}`);
  }
  return lines;
}

const SPLIT_TITLES: Record<GoldSplit, string> = {
  development: 'development pages (the rules were refined with their errors in view: development figures)',
  fresh: 'fresh pages (annotated before the rules were run on them: the check on text they were not tuned on)',
};

function figureLines(s: Summary): string[] {
  const names = nameScores(s);
  return [
    `gold claims:           ${s.gold}`,
    `located in the text:   ${s.located} (${percent(s.located, s.gold)})`,
    `claims found:          ${s.found} (${percent(s.found, s.gold)} of gold)`,
    `source-kind accuracy:  ${percent(s.kindCorrect, s.found)} (${s.kindCorrect}/${s.found} found claims)`,
    `  'article' everywhere: ${percent(s.articleBaseline, s.found)} (the floor: what naming nobody anywhere would score)`,
    `source-name F1:        ${ratio(names.f1)} (precision ${ratio(names.precision)} = ${s.namesCorrect}/${s.predictedNamed} predicted named, ` +
      `recall ${ratio(names.recall)} = ${s.namesCorrect}/${s.goldNamed} gold named)`,
    `name token F1 (mean):  ${s.goldNamed ? ratio(s.nameTokenF1) : 'n/a'} over gold-named found claims`,
    '',
    'confusion over found claims (rows gold kind, columns predicted kind):',
    ...confusionTable(s),
  ];
}

function describe(source: GoldSource): string {
  return source.name === null ? source.kind : `${source.kind} "${source.name}"`;
}

function errorLines(run: PageRun): string[] {
  const lines: string[] = [];
  for (const { claim, located, predicted, reading } of run.outcomes) {
    const at = `${run.gold.page}: "${claim.text}" in "${claim.context}"`;
    if (!located) lines.push(`  NOT LOCATED  ${at}`);
    else if (!predicted) lines.push(`  NOT FOUND    ${at}`);
    else {
      const kindWrong = predicted.source.kind !== reading.kind;
      const summary = summarise([{ claim, located, predicted, reading }]);
      const nameWrong = summary.goldNamed + summary.predictedNamed > 0 && summary.namesCorrect === 0;
      if (kindWrong || nameWrong) {
        lines.push(`  ${kindWrong ? 'KIND' : 'NAME'}         ${at}`);
        lines.push(`               gold ${describe(reading)}  predicted ${describe(predicted.source)} on "${predicted.text}"`);
      }
    }
  }
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = new Set(['--errors', '--development-errors', '--gold-quantities', '--language']);
  const showErrors = args.includes('--errors');
  const showDevelopmentErrors = args.includes('--development-errors');
  const goldQuantities = args.includes('--gold-quantities');
  const usage = 'usage: bench:sources -- [DIR_OR_FILE] [--errors | --development-errors] [--gold-quantities] [--language rules|compromise|compromise:kinds,verbs,phrases]';
  const unknown = args.filter((a) => a.startsWith('--') && !options.has(a));
  if (unknown.length) throw new Error(`unknown option ${unknown[0]} (${usage})`);
  const languageAt = args.indexOf('--language');
  const languageName = languageAt >= 0 ? args[languageAt + 1] : 'rules';
  if (languageName === undefined) throw new Error(`--language needs a value (${usage})`);
  const language = languageFromOption(languageName);
  const describerOptions: DescriberOptions = language ? { language } : {};
  const target = args.find((a, i) => !a.startsWith('--') && !(languageAt >= 0 && i === languageAt + 1)) ?? DEFAULT_GOLD;

  const runs: PageRun[] = [];
  for (const file of await goldFiles(target)) runs.push(await runPage(file, goldQuantities, describerOptions));

  const all = summarise(runs.flatMap((r) => r.outcomes));
  const splits = summariseBySplit(runs);
  const out: string[] = [];
  out.push(`Attribution benchmark: ${runs.length} page${runs.length === 1 ? '' : 's'}, gold ${target}`);
  if (goldQuantities) out.push('quantities: the gold spans (--gold-quantities), so this measures attribution alone');
  out.push(`language layer: ${languageName}`);
  out.push('');
  out.push(`${'page'.padEnd(16)} ${'gold'.padStart(5)} ${'located'.padStart(8)} ${'found'.padStart(13)} ${'kind acc'.padStart(9)} ${'name F1'.padStart(9)}`);
  for (const { split, summary } of splits) {
    const inSplit = runs.filter((r) => pageSplit(r.gold) === split);
    for (const run of inSplit) out.push(pageLine(run.gold.page, summarise(run.outcomes)));
    const collections = [...new Set(inSplit.map((r) => pageCollection(r.gold)))];
    if (collections.length > 1) {
      for (const name of collections) {
        const outcomes = inSplit.filter((r) => pageCollection(r.gold) === name).flatMap((r) => r.outcomes);
        out.push(pageLine(`${split.slice(0, 3).toUpperCase()} ${name}`, summarise(outcomes)));
      }
    }
    if (splits.length > 1) out.push(pageLine(split.toUpperCase(), summary));
  }
  out.push(pageLine('ALL', all));
  for (const { split, pages, summary } of splits) {
    out.push('');
    out.push(`== ${SPLIT_TITLES[split]}: ${pages} page${pages === 1 ? '' : 's'}`);
    out.push(...figureLines(summary));
  }
  if (splits.length > 1) {
    out.push('');
    out.push(`== all pages together: ${runs.length}`);
    out.push(...figureLines(all));
  }
  if (showErrors || showDevelopmentErrors) {
    out.push('');
    out.push(showErrors ? 'errors:' : 'errors on the development pages (the fresh pages\' are not listed):');
    for (const run of runs) if (showErrors || pageSplit(run.gold) === 'development') out.push(...errorLines(run));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:sources: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
