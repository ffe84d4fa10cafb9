/**
 * The card's chart of related figures: the claim and the figures compared with it, on one axis in the
 * claim's unit, each with the label the card shows under it.
 */
import { centreOf, inUnit } from '../core/related/agreement';
import { figureOf } from '../core/related/figure';
import type { Figure, RelatedFact } from '../core/related/types';
import type { Claim } from '../core/types';

/** One figure on the card's chart, in the claim's unit. */
export interface ChartPoint {
  label: string;
  /** Low and high end the figure allows on the axis (equal for a single value). */
  low: number;
  high: number;
  /** The figure as stated, for the label. */
  figure: Figure;
  isClaim: boolean;
  origin: RelatedFact['origin'] | 'claim';
}

function point(label: string, figure: Figure, isClaim: boolean, origin: ChartPoint['origin']): ChartPoint | null {
  const centre = centreOf(figure);
  if (centre === null) return null;
  const [low, high] = figure.range ? [Math.min(...figure.range), Math.max(...figure.range)] : [centre, centre];
  return { label, low, high, figure, isClaim, origin };
}

/**
 * The figures worth drawing on one axis with the claim: those compared with it (same dimension), put into
 * the claim's unit. Empty unless at least one related figure is comparable, so the card draws no lone bar.
 */
export function chartPoints(claim: Claim, facts: RelatedFact[]): ChartPoint[] {
  const own = point('this page', figureOf(claim), true, 'claim');
  if (!own) return [];
  const others: ChartPoint[] = [];
  for (const fact of facts) {
    if (fact.origin === 'computed' || fact.origin === 'repeat' || fact.agreement === null) continue;
    const stated = fact.origin === 'article' ? figureOf(fact.claim) : fact.figure;
    const converted = inUnit(stated, claim.quantity.unit, claim.kind);
    const label = fact.origin === 'article' ? 'same article' : fact.source.name;
    const p = converted && point(label, converted, false, fact.origin);
    if (p) others.push(p);
  }
  return others.length > 0 ? [own, ...others] : [];
}
