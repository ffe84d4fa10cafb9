/**
 * Related-facts relevance benchmark: how well the "In this article" list of each claim names the figures a
 * reader would relate to it.
 *
 *   npm run bench:related -- [CORPUS_DIR] [--gold FILE] [--errors]
 *
 * CORPUS_DIR holds seed/article.html and pages/*.html (default /work/shared/corpus); the gold is
 * test/fixtures/related-gold/gold.json. Each page is read the way the scanner reads it, analysed, and its
 * in-article related facts scored by the rules in related-scoring.ts. --errors lists every miss and every
 * wrongly listed figure.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleFromHtml } from '../src/cli/html';
import { analyse } from '../src/core/analyse';
import { articleRelevance, headlineSpan } from '../src/core/related/relevance';
import { scorePage, totalsOf, type GoldFile, type PageScore } from './related-scoring';

const DEFAULT_CORPUS = '/work/shared/corpus';
const DEFAULT_GOLD = 'test/fixtures/related-gold/gold.json';

function parseArgs(argv: string[]): { corpus: string; gold: string; errors: boolean } {
  let corpus = DEFAULT_CORPUS;
  let gold = DEFAULT_GOLD;
  let errors = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--errors') errors = true;
    else if (arg === '--gold') gold = argv[++i] ?? gold;
    else corpus = arg;
  }
  return { corpus, gold, errors };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const gold = JSON.parse(await readFile(options.gold, 'utf8')) as GoldFile;
  const scores: PageScore[] = [];
  for (const page of gold.pages) {
    const file = path.join(options.corpus, page.file);
    const html = await readFile(file, 'utf8').catch(() => {
      throw new Error(`${file}: cannot read the page (give the corpus folder as the first argument)`);
    });
    const article = articleFromHtml(html, `https://${page.page}.example/`);
    if (!article) throw new Error(`${file}: no article text`);
    const claims = analyse(article.text, article.info);
    const { related } = articleRelevance(claims, article.text, { headline: headlineSpan(article.text, article.info.title) });
    const listed = new Map<string, string[]>();
    for (const [id, relations] of related) listed.set(id, relations.map((r) => r.figure.claim.id));
    const score = scorePage(page, article.text, claims, listed);
    scores.push(score);
    const one = totalsOf([score]);
    console.log(
      `${page.page.padEnd(16)} listed ${String(score.truePositives + score.falsePositives).padStart(3)}  ` +
        `precision ${percent(one.precision).padStart(6)}  recall ${percent(one.recall).padStart(6)}  ` +
        `(gold pairs ${score.goldPairs}, figures not found: ${score.missingFigures.length}` +
        `${score.absentFigures.length > 0 ? `, not in the extracted text: ${score.absentFigures.join(', ')}` : ''})`,
    );
  }
  const all = totalsOf(scores);
  console.log(
    `\nall ${gold.pages.length} pages: precision ${percent(all.precision)} (${all.truePositives}/${all.truePositives + all.falsePositives} listed), ` +
      `recall ${percent(all.recall)} (${all.truePositives}/${all.goldPairs} gold pairs)`,
  );
  console.log('Development figures: the relevance rules were written with these pages in view.');
  if (options.errors) for (const score of scores) for (const line of score.errors) console.log(line);
}

main().catch((error: unknown) => {
  console.error(`bench:related: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
