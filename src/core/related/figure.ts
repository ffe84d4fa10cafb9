import type { Claim } from '../types';
import type { Figure } from './types';

export function figureOf(claim: Claim): Figure {
  const q = claim.quantity;
  return { value: q.value, range: q.range, unit: q.unit, change: q.change };
}
