/**
 * The "In this article" facts of each claim: the figures the relevance rules relate to it, each with the
 * words around it, how it compares, and whether the headline repeats it; and, apart from them, the other
 * mentions of the claim's own figure ("also in the headline").
 */
import type { Claim, DocumentInfo } from '../types';
import { runToEnd, type Steps } from '../steps';
import { agreementOf, articleRelevanceSteps, headlineSpan, isPricedEach, type ArticleFigure, type Relation } from './relevance';
import type { ArticleFact, ArticleRole, RepeatFact } from './types';

/** A price "each" beside a count of the same thing, whichever rule related them. */
function isUnitPriceOf(price: ArticleFigure, count: ArticleFigure): boolean {
  return (
    price.claim.kind === 'money' &&
    count.claim.kind === 'count' &&
    isPricedEach(price.claim) &&
    price.subject !== null &&
    count.subject !== null &&
    price.subject.head === count.subject.head
  );
}

function roleOf(figure: ArticleFigure, relation: Relation): ArticleRole | null {
  const other = relation.figure;
  if (relation.rule === 'listed-together') return 'part';
  if (isUnitPriceOf(other, figure)) return 'unit-price';
  if (isUnitPriceOf(figure, other)) return 'count';
  return other.claim.kind === 'percent' && figure.claim.kind !== 'percent' ? 'share' : null;
}

/**
 * For each claim (by id): its related article facts, strongest first, then the other mentions of its own
 * figure. `text` is the analysed text the offsets point into; without it only the subject rules apply.
 */
export function articleFacts(claims: Claim[], text?: string, info?: Partial<DocumentInfo> | null): Map<string, (ArticleFact | RepeatFact)[]> {
  return runToEnd(articleFactsSteps(claims, text, info));
}

/** articleFacts in small steps, for a page that runs it in slices. */
export function* articleFactsSteps(
  claims: Claim[],
  text?: string,
  info?: Partial<DocumentInfo> | null,
): Steps<Map<string, (ArticleFact | RepeatFact)[]>> {
  const headline = text === undefined ? null : headlineSpan(text, info?.title ?? null);
  const relevance = yield* articleRelevanceSteps(claims, text, { headline });
  const result = new Map<string, (ArticleFact | RepeatFact)[]>();
  for (const claim of claims) result.set(claim.id, []);
  for (const figure of relevance.figures) {
    yield;
    const mentions = relevance.mentions.get(figure.claim.id) ?? [];
    const facts: (ArticleFact | RepeatFact)[] = (relevance.related.get(figure.claim.id) ?? []).map((relation) => {
      const other = relation.figure;
      const otherMentions = relevance.mentions.get(other.claim.id) ?? [];
      return {
        origin: 'article',
        id: `article:${other.claim.id}`,
        relation: relation.rule,
        claim: other.claim,
        agreement: agreementOf(figure.claim, other.claim, relation.rule),
        role: roleOf(figure, relation),
        context: other.context.excerpt,
        alsoInHeadline: !other.inHeadline && otherMentions.some((m) => m.inHeadline),
      };
    });
    for (const mention of mentions) {
      facts.push({ origin: 'repeat', id: `repeat:${mention.claim.id}`, claim: mention.claim, inHeadline: mention.inHeadline });
    }
    result.set(figure.claim.id, facts);
  }
  return result;
}
