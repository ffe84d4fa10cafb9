/**
 * Agreement between two figures, respecting firmness: "over 1 million" agrees with "1.2 million", "about
 * 2,000" with "2,150", while an exact "47" differs from "45". Each figure becomes the interval it allows;
 * figures agree when their intervals meet.
 */
import type { ClaimKind } from '../types';
import { formatNumber } from './format';
import type { Agreement, Figure } from './types';
import { convert } from './units';

/** How far "about" reaches either side. */
const ABOUT_TOLERANCE = 0.1;
/** The widest a round number stated as exact is read: "1 million" still allows a few per cent. */
const ROUNDING_CAP = 0.05;

/** Half the place value of the last significant digit: 1,200,000 → 50,000; 47 → 0.5; 6.1 → 0.05. */
function roundingHalfUnit(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0) return 0.5;
  let place = 10 ** Math.floor(Math.log10(abs));
  // Walk down the places until the value is a whole multiple of one (within float noise).
  for (let i = 0; i < 15; i++) {
    const ratio = abs / place;
    if (Math.abs(ratio - Math.round(ratio)) < 1e-9 * Math.max(1, ratio)) break;
    place /= 10;
  }
  return place / 2;
}

/** The values a figure allows, as [low, high]; infinite ends for "over"/"under". */
export function intervalOf(figure: Figure): [number, number] | null {
  if (figure.range) return [Math.min(...figure.range), Math.max(...figure.range)];
  const v = figure.value;
  if (v === null) return null;
  const rounding = Math.min(roundingHalfUnit(v), ROUNDING_CAP * Math.abs(v) || 0.5);
  switch (figure.change) {
    case '>':
      return [v, Number.POSITIVE_INFINITY];
    case '<':
      return [Number.NEGATIVE_INFINITY, v];
    case '~': {
      const reach = Math.max(rounding, ABOUT_TOLERANCE * Math.abs(v));
      return [v - reach, v + reach];
    }
    default:
      return [v - rounding, v + rounding];
  }
}

/** The figure's central value: its value, or the middle of its range. */
export function centreOf(figure: Figure): number | null {
  if (figure.range) return (figure.range[0] + figure.range[1]) / 2;
  return figure.value;
}

/** Expresses `figure` in `unit` when the two are convertible; counts and percentages need no conversion. */
export function inUnit(figure: Figure, unit: string | null, kind: ClaimKind): Figure | null {
  if (kind === 'count' || kind === 'percent' || kind === 'ratio') return { ...figure, unit };
  const to = (v: number) => convert(v, figure.unit, unit);
  if (figure.range) {
    const lo = to(figure.range[0]);
    const hi = to(figure.range[1]);
    return lo === null || hi === null ? null : { ...figure, unit, range: [lo, hi] };
  }
  if (figure.value === null) return null;
  const value = to(figure.value);
  return value === null ? null : { ...figure, unit, value };
}

function describeDifference(relative: number | null, delta: number): string {
  if (relative === null) return `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta))}`;
  const ratio = 1 + relative;
  if (ratio >= 2) return `${formatNumber(ratio)} times as high`;
  if (ratio > 0 && ratio <= 0.5) return `${formatNumber(1 / ratio)} times lower`;
  const percent = Math.abs(relative * 100);
  const shown = percent < 10 ? percent.toFixed(1).replace(/\.0$/, '') : Math.round(percent).toString();
  return `${shown}% ${relative > 0 ? 'higher' : 'lower'}`;
}

/**
 * Compares a related figure with the claim's. Null when they cannot be compared (no value, or units that
 * do not convert).
 */
export function compareFigures(claim: Figure, related: Figure, kind: ClaimKind): Agreement | null {
  const other = inUnit(related, claim.unit, kind);
  if (!other) return null;
  const a = intervalOf(claim);
  const b = intervalOf(other);
  const ca = centreOf(claim);
  const cb = centreOf(other);
  if (!a || !b || ca === null || cb === null) return null;
  const relative = ca === 0 ? null : (cb - ca) / Math.abs(ca);
  // Intervals that only touch do not agree: exact 47 and exact 48 meet at 47.5 but say different things.
  if (a[0] < b[1] && b[0] < a[1]) {
    const summary = cb === ca ? 'agrees' : `agrees within the stated firmness (${describeDifference(relative, cb - ca)})`;
    return { verdict: 'agrees', relative, summary };
  }
  return { verdict: 'differs', relative, summary: `differs: ${describeDifference(relative, cb - ca)}` };
}
