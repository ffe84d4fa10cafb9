/**
 * The wording of related facts, shared by the card, the popup's export and the CLI: what a related figure
 * is about, the words around it, who says it, and how it compares with the claim. Strings only: every view
 * renders them as text, never as markup.
 */
import { formatFigure } from '../core/related/format';

// The figure wording of the engine, for views that only read what the core says.
export { describeFigure, formatFigure, formatNumber } from '../core/related/format';
import type { ArticleFact, ArticleRole, Excerpt, HistoryFact, RelatedFact } from '../core/related/types';
import type { Claim, Source } from '../core/types';

/** How a related figure stands to the claim, in words, by role. */
const ROLE_WORDS: Record<ArticleRole, string> = {
  part: 'listed with it as a part of the same whole',
  'unit-price': 'the price of each',
  count: 'how many there are at this price',
  share: 'a share of it',
};

/**
 * Who says a figure: the source the article names, or what stands for it. The article's own voice is the
 * article, never the site's address (the publisher the page names is often just its host).
 */
export function saidBy(source: Source): string {
  switch (source.kind) {
    case 'article':
      return 'the article';
    case 'reported':
      return 'reported, nobody named';
    case 'anonymous':
      return source.name ?? 'an unnamed source';
    default:
      return source.name ?? `an unnamed ${source.kind} source`;
  }
}

/**
 * The words after the number as shown: punctuation stays against the number, and "…" follows only where the
 * sentence goes on ("priced at «$3,000 each».", not "«$3,000 each» .…").
 */
export function afterNumber(after: string): string {
  if (after === '') return '';
  const joined = /^[.,;:!?)\]”’"]/.test(after) ? after : ` ${after}`;
  return /[.!?]["”’)]*$/.test(after) ? joined : `${joined}…`;
}

/** The figure's excerpt on one line, the number set off: "… supplied «over 1 million artillery shells» for Russia's …". */
export function excerptText(excerpt: Excerpt): string {
  const before = excerpt.before ? `…${excerpt.before} ` : '';
  return `${before}«${excerpt.number}»${afterNumber(excerpt.after)}`;
}

/** How the figure compares with the claim: the agreement when both measure one thing, else its role; null when neither. */
export function comparisonText(fact: ArticleFact): string | null {
  if (fact.agreement) return fact.agreement.summary;
  return fact.role ? ROLE_WORDS[fact.role] : null;
}

export interface ArticleFactWords {
  /** What it is about: its subject, when the article gives one. */
  about: string | null;
  excerpt: Excerpt;
  source: string;
  comparison: string | null;
  /** "also in the headline" */
  note: string | null;
}

export function articleFactWords(fact: ArticleFact): ArticleFactWords {
  const hasContext = fact.context.before !== '' || fact.context.after !== '';
  // A count's subject is already in its own words ("47 embassies"); say it apart only where it adds something.
  const about = fact.claim.subject && !fact.claim.text.includes(fact.claim.subject) ? fact.claim.subject : null;
  return {
    about: about ?? (hasContext ? null : fact.claim.subject),
    excerpt: fact.context,
    source: saidBy(fact.claim.source),
    comparison: comparisonText(fact),
    note: fact.alsoInHeadline ? 'also in the headline' : null,
  };
}

/** The note about the claim's own figure said elsewhere in the article, or null. */
export function repeatNote(facts: readonly RelatedFact[]): string | null {
  const repeats = facts.filter((f) => f.origin === 'repeat');
  if (repeats.length === 0) return null;
  const inHeadline = repeats.some((f) => f.inHeadline);
  const elsewhere = repeats.filter((f) => !f.inHeadline).length;
  const parts: string[] = [];
  if (inHeadline) parts.push('also in the headline');
  if (elsewhere > 0) parts.push(`stated ${elsewhere === 1 ? 'once more' : `${elsewhere} more times`} in the article`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dateText(date: string | null): string | null {
  if (!date) return null;
  const parsed = new Date(/^\d{4}$/.test(date) ? `${date}-07-01` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  if (/^\d{4}$/.test(date)) return date;
  return parsed.toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/**
 * How a figure from another article compares: a change over time ("was 19 (3 Nov 2026), now 21") when the
 * story moved on between the two pages, else the agreement.
 */
export function historyComparisonText(fact: HistoryFact, claim: Claim): string | null {
  if (fact.overTime) {
    const theirs = `${formatFigure(fact.figure, fact.kind)}${fact.source.date ? ` (${dateText(fact.source.date)})` : ''}`;
    const ours = claim.quantity.text;
    return fact.overTime.stored === 'earlier' ? `was ${theirs}, now ${ours}: a change over time` : `later ${theirs}: a change over time`;
  }
  return fact.agreement?.summary ?? null;
}
