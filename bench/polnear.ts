/**
 * PolNeAR benchmark: whether the numbers ClaimLens shows as claims are attributed as a hand annotation
 * of political news attributes them (PolNeAR: source, cue and content of every attribution marked).
 *
 *   npm run bench:polnear -- DIR SPLIT [--errors] [--limit N]
 *
 * DIR is the PolNeAR checkout (it holds data/<SPLIT>/text and data/<SPLIT>/attributions); SPLIT is
 * train or dev. The corpus has no licence: it is read from where it lies and nothing of it is kept.
 * Each article's text is analysed as plain text; an article annotated by several annotators is scored
 * on the first annotation file by name. The measure is in polnear-scoring.ts. --errors lists every
 * miss with the rule that chose the source. --language compromise lets compromise read names' kinds, verb
 * forms and noun phrases where the hand-written rules read them from the shape of the words
 * (bench/language-compromise.ts; `compromise:verbs` and the like take some parts only); the side-by-side is
 * in the README. The default is the hand-written layer alone.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { analyse } from '../src/core/analyse';
import { languageFromOption } from './language-compromise';
import { splitSentences } from '../src/core/text';
import type { Claim, Span } from '../src/core/types';
import {
  type Counts,
  type F1,
  type MentionOutcome,
  type ScoredClaim,
  type CueLexicon,
  addCounts,
  attributedF1,
  countCueClasses,
  emptyCounts,
  emptyCueClassCounts,
  f1,
  parseAnnotations,
  sayingCeiling,
  scoreArticle,
} from './polnear-scoring';
import cues from '../src/core/attribution/lexicon/cues.json';

const USAGE = 'usage: bench:polnear -- DIR SPLIT [--errors] [--limit N] [--language rules|compromise|compromise:kinds,verbs,phrases]';

interface ArticleRun {
  name: string;
  text: string;
  sentences: Span[];
  outcomes: MentionOutcome[];
}

function scored(claim: Claim): ScoredClaim {
  const { source } = claim;
  const attributed = source.kind !== 'article';
  const span = source.start !== null && source.end !== null ? { start: source.start, end: source.end } : null;
  return { start: claim.start, end: claim.end, attributed, source: span, rule: source.rule ?? '?', cue: source.cue };
}

/** Article names with their annotation file: "<name>.txt" and "<name>_<annotator>.ann". */
async function articles(dir: string, split: string): Promise<{ name: string; textFile: string; annFile: string }[]> {
  const textDir = path.join(dir, 'data', split, 'text');
  const annDir = path.join(dir, 'data', split, 'attributions');
  for (const d of [textDir, annDir]) {
    if (!(await stat(d).catch(() => null))?.isDirectory()) throw new Error(`${d}: no such folder (${USAGE})`);
  }
  const annotations = (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort();
  const found: { name: string; textFile: string; annFile: string }[] = [];
  for (const file of (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4);
    const ann = annotations.find((a) => a.startsWith(`${name}_`) && /^_[0-9a-f]+\.ann$/.test(a.slice(name.length)));
    if (ann) found.push({ name, textFile: path.join(textDir, file), annFile: path.join(annDir, ann) });
  }
  if (found.length === 0) throw new Error(`${textDir}: no articles with annotations`);
  return found;
}

/** ClaimLens's own words of saying, stance and documents, to class the gold's cues by. */
const LEXICON: CueLexicon = {
  words: new Set(
    [
      ...cues.speechVerbs,
      ...cues.ambiguousVerbs,
      ...cues.humanSpeechVerbs,
      ...cues.invertedVerbs,
      ...cues.stanceVerbs,
      ...cues.putVerbs,
      ...cues.denialVerbs,
      ...cues.thatOnlyVerbs,
      ...cues.nominalCues,
      ...cues.documentNouns,
    ].map((w) => w.toLowerCase()),
  ),
  phrases: [...cues.forwardCues, ...cues.chainCues, ...cues.reportedCues].map((p) => p.toLowerCase()),
};

function pct(value: number | null): string {
  return value === null ? 'n/a' : (100 * value).toFixed(1);
}

function line(label: string, score: F1, detail: string): string {
  return `${label.padEnd(22)} F1 ${pct(score.f1).padStart(5)}  (precision ${pct(score.precision)}, recall ${pct(score.recall)}; ${detail})`;
}

function snippet(text: string, at: number, end: number): string {
  const from = Math.max(0, at - 110);
  const to = Math.min(text.length, end + 60);
  return `${text.slice(from, at)}[[${text.slice(at, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ');
}

function errorLines(run: ArticleRun): string[] {
  const lines: string[] = [];
  for (const { mention, claim, gold, miss } of run.outcomes) {
    if (!miss) continue;
    const goldSource = gold?.source.map((s) => run.text.slice(s.start, s.end)).join(' … ') || null;
    const predicted = claim.source ? run.text.slice(claim.source.start, claim.source.end) : null;
    const cueAt = gold?.cue[0]?.start;
    const sentence = run.sentences.find((x) => x.start <= mention.start && mention.start < x.end);
    const where = cueAt === undefined || !sentence ? '' : cueAt >= sentence.start && cueAt < sentence.end ? '  gold cue in the sentence' : '  gold cue elsewhere';
    lines.push(`${miss.padEnd(15)} rule=${claim.rule}  ${run.name}${where}`);
    lines.push(`    ${snippet(run.text, mention.start, mention.end)}`);
    const goldCue = gold?.cue.map((s) => run.text.slice(s.start, s.end)).join(' … ') || null;
    lines.push(
      `    gold source: ${gold ? (goldSource ?? '(none)') : '(not attributed)'}${goldCue ? ` (cue "${goldCue}")` : ''}   predicted: ${claim.attributed ? `${predicted ?? '(no span)'}${claim.cue ? ` (cue "${claim.cue}")` : ''}` : 'article'}`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const languageAt = args.indexOf('--language');
  const languageName = languageAt >= 0 ? args[languageAt + 1] : 'rules';
  if (languageName === undefined) throw new Error(`--language needs a value (${USAGE})`);
  const language = languageFromOption(languageName);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  if (limitAt >= 0 && !(limit > 0)) throw new Error(`--limit needs a positive number (${USAGE})`);
  const positional = args.filter((a, i) => !a.startsWith('--') && !(limitAt >= 0 && i === limitAt + 1) && !(languageAt >= 0 && i === languageAt + 1));
  const unknown = args.filter((a) => a.startsWith('--') && !['--errors', '--limit', '--language'].includes(a));
  if (unknown.length) throw new Error(`unknown option ${unknown[0]} (${USAGE})`);
  const [dir, split] = positional;
  if (!dir || !split) throw new Error(USAGE);
  if (split === 'test') throw new Error('the test split is kept for a final check outside ClaimLens: use train or dev');

  const runs: ArticleRun[] = [];
  let total: Counts = emptyCounts();
  const cueClasses = emptyCueClassCounts();
  let rules = new Map<string, number>();
  const started = performance.now();
  for (const article of (await articles(dir, split)).slice(0, limit)) {
    const text = await readFile(article.textFile, 'utf8');
    const attributions = parseAnnotations(await readFile(article.annFile, 'utf8'), article.annFile);
    const claims = analyse(text, {}, language ? { language } : {}).map(scored);
    const { counts, outcomes } = scoreArticle(text, attributions, claims);
    total = addCounts(total, counts);
    countCueClasses(cueClasses, text, outcomes, LEXICON);
    for (const o of outcomes) rules.set(o.claim.rule, (rules.get(o.claim.rule) ?? 0) + 1);
    runs.push({ name: article.name, text, sentences: splitSentences(text), outcomes });
  }
  rules = new Map([...rules].sort((a, b) => b[1] - a[1]));
  const seconds = (performance.now() - started) / 1000;

  const a = total.attributed;
  const out: string[] = [];
  out.push(`PolNeAR ${split}: ${runs.length} articles, ${dir} (${seconds.toFixed(1)} s), language layer: ${languageName}`);
  out.push(`number mentions: ${total.mentions}; shown as claims: ${total.shown} (${pct(total.mentions ? total.shown / total.mentions : null)}%)`);
  out.push('over the mentions shown as claims:');
  out.push(line('attributed', attributedF1(total), `${a.tp} agreed, ${a.fp} attributed by ClaimLens only, ${a.fn} by the gold only`));
  const o = total.overlap;
  out.push(line('source overlap', f1(o.tp, o.predicted, o.gold), `${o.tp} of ${o.predicted} ClaimLens source spans, ${o.gold} gold`));
  const e = total.exact;
  out.push(line('source exact', f1(e.tp, e.predicted, e.gold), `${e.tp} same wording`));
  const g = cueClasses.gold;
  const at = cueClasses.attributed;
  out.push(
    `gold attributions by cue: saying, stance or document ${g.saying} (ClaimLens attributes ${at.saying}), forecast ${g.forecast} (${at.forecast}), act or state ${g['act-or-state']} (${at['act-or-state']})`,
  );
  out.push(`attributed F1 if exactly the saying ones were attributed: ${pct(sayingCeiling(cueClasses).f1)}`);
  out.push(`rules that chose the source: ${[...rules].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  if (showErrors) {
    out.push('');
    out.push('misses:');
    for (const run of runs) out.push(...errorLines(run));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:polnear: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
