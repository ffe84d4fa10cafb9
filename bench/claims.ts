/**
 * Claims benchmark: of the numbers in an article, does ClaimLens highlight the ones a reader counts as
 * claims, and only those, and does it name what each count counts?
 *
 *   npm run bench:claims -- [DIR_OR_FILE] [--errors]
 *   npm run bench:claims -- --list PAGE.html    every number of the page's article text, for annotating
 *
 * DIR_OR_FILE is a folder of gold files (<page>.json) or one gold file; the default is
 * test/fixtures/claims-gold. Each page is read the way the scanner reads it (linkedom, the article
 * extraction) and analysed with the default highlighting (key claims). The measure is in claims-scoring.ts.
 * --list prints the numbers from the text alone, so an annotator marks them without seeing what
 * ClaimLens finds.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyse } from '../src/core/analyse';
import { extractArticle } from '../src/page/article';
import { type HighlightedClaim, type PageScore, addUp, numberMentions, parseClaimsGold, rates, scoreClaimsPage } from './claims-scoring';
import { goldFiles } from './gold-files';

const DEFAULT_GOLD = 'test/fixtures/claims-gold';

async function articleText(htmlFile: string): Promise<string> {
  const html = await readFile(htmlFile, 'utf8').catch(() => {
    throw new Error(`the page ${htmlFile} cannot be read`);
  });
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, { url: `file://${path.resolve(htmlFile)}` });
  if (!article) throw new Error(`${htmlFile}: no article text found`);
  return article.text;
}

async function runPage(file: string): Promise<{ page: string; score: PageScore }> {
  const gold = parseClaimsGold(JSON.parse(await readFile(file, 'utf8')), file);
  const text = await articleText(path.join(path.dirname(file), gold.html));
  const highlighted: HighlightedClaim[] = analyse(text).map((c) => ({
    start: c.start,
    end: c.end,
    text: c.text,
    unit: c.quantity.unit,
    ...(c.nounRule ? { nounRule: c.nounRule } : {}),
  }));
  return { page: gold.page, score: scoreClaimsPage(text, gold, highlighted) };
}

const share = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

function pageLine(name: string, s: PageScore): string {
  const r = rates(addUp([s]));
  return `${name.padEnd(16)}${String(s.goldClaims).padStart(6)}${String(s.highlighted).padStart(7)}${share(r.precision).padStart(10)}${share(r.recall).padStart(9)}${`${s.nounsRead}/${s.nouns}`.padStart(9)}`;
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
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--errors');
  if (unknown.length) throw new Error(`unknown option ${unknown[0]} (usage: bench:claims -- [DIR_OR_FILE] [--errors] | --list PAGE.html)`);
  const target = args.find((a) => !a.startsWith('--')) ?? DEFAULT_GOLD;
  const runs: { page: string; score: PageScore }[] = [];
  for (const file of await goldFiles(target)) runs.push(await runPage(file));
  const totals = addUp(runs.map((r) => r.score));
  const r = rates(totals);
  console.log(`Claims benchmark: ${runs.length} page${runs.length === 1 ? '' : 's'}, gold ${target}\n`);
  console.log(`${'page'.padEnd(16)}${'claims'.padStart(6)}${'marked'.padStart(7)}${'precision'.padStart(10)}${'recall'.padStart(9)}${'nouns'.padStart(9)}`);
  for (const run of runs) console.log(pageLine(run.page, run.score));
  console.log('');
  console.log(`precision:     ${share(r.precision)} (${totals.right}/${totals.highlighted} highlighted claims cover a gold claim)`);
  console.log(`recall:        ${share(r.recall)} (${totals.found}/${totals.goldClaims} gold claims highlighted)`);
  console.log(`counted noun:  ${share(r.nouns)} (${totals.nounsRead}/${totals.nouns} found count claims whose sentence names the noun read it)`);
  console.log(`               ${share(r.countsWithUnit)} (${totals.countsWithUnit}/${totals.counts} found count claims carry a counted noun at all)`);
  if (totals.unlocated) console.log(`not located:   ${totals.unlocated} gold numbers (their context is no longer in the extracted text)`);
  if (args.includes('--errors')) {
    console.log('');
    for (const run of runs) for (const line of errorLines(run.page, run.score)) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(2);
});
