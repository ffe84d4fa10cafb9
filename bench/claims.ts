/**
 * Claims benchmark: of the numbers in an article, does ClaimLens highlight the ones a reader counts as
 * claims, and only those, and does it name what each count counts?
 *
 *   npm run bench:claims -- [DIR_OR_FILE] [--errors | --development-errors]
 *   npm run bench:claims -- --list PAGE.html[.gz]    every number of the page's article text, for annotating
 *
 * DIR_OR_FILE is a folder of gold files (<page>.json) or one gold file; the default is
 * test/fixtures/claims-gold. Each page is read the way the scanner reads it (linkedom, the article
 * extraction) and analysed with the default highlighting (key claims). The measure is in claims-scoring.ts.
 * --list prints the numbers from the text alone, so an annotator marks them without seeing what
 * ClaimLens finds. The figures are printed for each split apart, and the development split for each
 * collection apart (the earlier pages, the article-extraction benchmark's): the fresh pages were annotated
 * before ClaimLens was run on them and are the check on text the rules were not written on, so
 * --development-errors lists the development pages' errors alone, for rule work that must not see the
 * fresh pages' (--errors lists every page's).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyse } from '../src/core/analyse';
import { extractArticle } from '../src/page/article';
import { CLAIMS_SPLITS, type ClaimsGoldPage, type HighlightedClaim, type PageScore, type Totals, addUp, numberMentions, parseClaimsGold, rates, scoreClaimsPage } from './claims-scoring';
import { goldFiles } from './gold-files';
import { pageMarkup } from './page-markup';

const DEFAULT_GOLD = 'test/fixtures/claims-gold';

async function articleText(htmlFile: string): Promise<string> {
  const bytes = await readFile(htmlFile).catch(() => {
    throw new Error(`the page ${htmlFile} cannot be read`);
  });
  const html = pageMarkup(bytes, htmlFile);
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, { url: `file://${path.resolve(htmlFile)}` });
  if (!article) throw new Error(`${htmlFile}: no article text found`);
  return article.text;
}

interface PageRun {
  gold: ClaimsGoldPage;
  score: PageScore;
}

/** Where a gold page's page comes from: the article-extraction benchmark's pages (pages/aeb/) or the earlier ones. */
const collectionOf = (gold: ClaimsGoldPage): string => (gold.html.includes('/aeb/') ? 'aeb' : 'earlier');

async function runPage(file: string): Promise<PageRun> {
  const gold = parseClaimsGold(JSON.parse(await readFile(file, 'utf8')), file);
  const text = await articleText(path.join(path.dirname(file), gold.html));
  const highlighted: HighlightedClaim[] = analyse(text).map((c) => ({
    start: c.start,
    end: c.end,
    text: c.text,
    unit: c.quantity.unit,
    ...(c.nounRule ? { nounRule: c.nounRule } : {}),
  }));
  return { gold, score: scoreClaimsPage(text, gold, highlighted) };
}

const share = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

function pageLine(name: string, t: Totals): string {
  const r = rates(t);
  return `${name.padEnd(22)}${String(t.goldClaims).padStart(6)}${String(t.highlighted).padStart(7)}${share(r.precision).padStart(10)}${share(r.recall).padStart(9)}${`${t.nounsRead}/${t.nouns}`.padStart(9)}`;
}

function figureLines(totals: Totals): string[] {
  const r = rates(totals);
  return [
    `precision:     ${share(r.precision)} (${totals.right}/${totals.highlighted} highlighted claims cover a gold claim)`,
    `recall:        ${share(r.recall)} (${totals.found}/${totals.goldClaims} gold claims highlighted)`,
    `counted noun:  ${share(r.nouns)} (${totals.nounsRead}/${totals.nouns} found count claims whose sentence names the noun read it)`,
    `               ${share(r.countsWithUnit)} (${totals.countsWithUnit}/${totals.counts} found count claims carry a counted noun at all)`,
    ...(totals.unlocated ? [`not located:   ${totals.unlocated} gold numbers (their context is no longer in the extracted text)`] : []),
  ];
}

/** The groups printed apart: each split, and the development split per collection. */
function groupsOf(runs: readonly PageRun[]): { title: string; runs: PageRun[] }[] {
  const groups: { title: string; runs: PageRun[] }[] = [];
  for (const split of CLAIMS_SPLITS) {
    const inSplit = runs.filter((r) => r.gold.split === split);
    if (inSplit.length === 0) continue;
    const collections = [...new Set(inSplit.map((r) => collectionOf(r.gold)))];
    if (split === 'development' && collections.length > 1) {
      for (const name of collections) groups.push({ title: `development, ${name} pages (development figures)`, runs: inSplit.filter((r) => collectionOf(r.gold) === name) });
    }
    groups.push({ title: split === 'fresh' ? 'FRESH pages (annotated before any run; never tuned on)' : 'development pages (development figures)', runs: inSplit });
  }
  return groups;
}

function errorLines(page: string, s: PageScore): string[] {
  return [
    ...s.unlocated.map((g) => `  NOT LOCATED  ${page}: "${g.text}" in "${g.context}"`),
    ...s.misses.filter((g) => !s.unlocated.includes(g)).map((g) => `  MISSED       ${page}: "${g.text}" in "${g.context}"`),
    ...s.wrong.map(({ claim, covers }) => `  NOT A CLAIM  ${page}: "${claim.text}"${covers ? ` (${covers.reason}) in "${covers.context}"` : ' (covers no gold number)'}`),
    ...s.nounMisses.map(({ gold, read }) => `  NOUN         ${page}: "${gold.text}" counts ${gold.noun}, read ${read ?? 'nothing'} in "${gold.context}"`),
    ...s.unnamed.map((g) => `  NO NOUN      ${page}: "${g.text}" carries no counted noun in "${g.context}"`),
    ...s.taken.map(({ gold, unit, rule }) => `  NOUN TAKEN   ${page}: "${gold.text}" counts ${unit} (${rule}) in "${gold.context}"`),
  ];
}

async function list(htmlFile: string): Promise<void> {
  const text = await articleText(htmlFile);
  for (const [i, m] of numberMentions(text).entries()) console.log(`${i}\t${m.text}\t${m.context}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const listAt = args.indexOf('--list');
  if (listAt >= 0) {
    const file = args[listAt + 1];
    if (!file) throw new Error('usage: bench:claims -- --list PAGE.html');
    await list(file);
    return;
  }
  const options = new Set(['--errors', '--development-errors']);
  const unknown = args.filter((a) => a.startsWith('--') && !options.has(a));
  if (unknown.length) throw new Error(`unknown option ${unknown[0]} (usage: bench:claims -- [DIR_OR_FILE] [--errors | --development-errors] | --list PAGE.html)`);
  const target = args.find((a) => !a.startsWith('--')) ?? DEFAULT_GOLD;
  const runs: PageRun[] = [];
  for (const file of await goldFiles(target)) runs.push(await runPage(file));
  const totalsOf = (group: readonly PageRun[]): Totals => addUp(group.map((r) => r.score));
  const groups = groupsOf(runs);
  const out: string[] = [`Claims benchmark: ${runs.length} page${runs.length === 1 ? '' : 's'}, gold ${target}`, ''];
  out.push(`${'page'.padEnd(22)}${'claims'.padStart(6)}${'marked'.padStart(7)}${'precision'.padStart(10)}${'recall'.padStart(9)}${'nouns'.padStart(9)}`);
  for (const split of CLAIMS_SPLITS) {
    const inSplit = runs.filter((r) => r.gold.split === split);
    for (const run of inSplit) out.push(pageLine(`${split === 'fresh' ? 'FRE' : 'DEV'} ${run.gold.page}`, totalsOf([run])));
  }
  out.push(pageLine('ALL', totalsOf(runs)));
  for (const group of groups) out.push('', `== ${group.title}: ${group.runs.length} page${group.runs.length === 1 ? '' : 's'}`, ...figureLines(totalsOf(group.runs)));
  if (groups.length > 1) out.push('', `== all pages together: ${runs.length}`, ...figureLines(totalsOf(runs)));
  const showAll = args.includes('--errors');
  if (showAll || args.includes('--development-errors')) {
    out.push('', showAll ? 'errors:' : "errors on the development pages (the fresh pages' are not listed):");
    for (const run of runs) if (showAll || run.gold.split === 'development') out.push(...errorLines(run.gold.page, run.score));
  }
  console.log(out.join('\n'));
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(2);
});
