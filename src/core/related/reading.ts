/**
 * Readings of one figure from the words right beside it, which the relevance rules use and the engine's
 * claim record does not carry: the rate a loose number is given at ("$16-something a pound"), whether the
 * figure is only a comparison (a multiplier, or a change carried to the level it reached), and whether it
 * is an earlier value of the figure before it ("13 percent, up from 6.6 percent"). Each is a named pattern
 * so the rule that fired can say why.
 */
import type { Claim } from '../types';

/**
 * rate-after: a rate written after a number the engine read without it: "$16-something a pound",
 * "$12-odd per kilo". The unit it is per is the captured noun.
 */
const RATE_AFTER = /^(?:[-–]\p{L}+)?\s+(?:a|an|per)\s+(\p{L}+)\b/u;

/** change-to-level: "has risen by [half a point], to 3.1 percent": the change, then the level it reached. */
const CHANGE_BEFORE = /\bby\s+$/i;
const CHANGE_TO_LEVEL = /^\s*,?\s*to\s+$/i;

/** earlier-value: "13 percent of spending, up from [6.6 percent] in 2017": the same measure at another time. */
const EARLIER_VALUE = /\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from\s+$/i;

/** The noun a loose money figure is priced per, read from the words after it; null when none follows. */
export function rateAfter(claim: Claim, text: string): string | null {
  if (claim.kind !== 'money' || claim.per !== null) return null;
  const match = RATE_AFTER.exec(text.slice(claim.end, claim.end + 40));
  return match?.[1]?.toLowerCase() ?? null;
}

/** A multiplier ("triple", "one-tenth", "double the number") says how two figures compare; it is not one. */
export function isMultiplier(claim: Claim): boolean {
  return claim.kind === 'ratio';
}

/** Whether `change` is a change whose resulting level `next` follows it: the level carries the fact. */
export function isChangeToLevel(change: Claim, next: Claim | undefined, text: string): boolean {
  if (!next || next.start < change.end) return false;
  const before = text.slice(Math.max(change.sentence.start, change.start - 12), change.start);
  return CHANGE_BEFORE.test(before) && CHANGE_TO_LEVEL.test(text.slice(change.end, next.start));
}

/** Whether the words joining two figures of one sentence make the second an earlier value of the first. */
export function isEarlierValue(join: string): boolean {
  return EARLIER_VALUE.test(join);
}

/** The share two figures may differ by when one is the other rounded ("$9.99" ~ "$10", "26.6 MB" ~ "27 MB"). */
const ROUNDING_SHARE = 0.025;

/** Significant digits of a value as written: 10 → 1, 27 → 2, 9.99 → 3, 13.7e9 → 3. */
export function significantDigits(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1;
  // Whole numbers, the common case, by arithmetic; fractions through their shortest decimal form.
  let whole = Math.abs(value);
  if (Number.isInteger(whole) && whole < Number.MAX_SAFE_INTEGER) {
    while (whole % 10 === 0) whole /= 10;
    return String(whole).length;
  }
  const digits = String(Math.abs(value)).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** `value` rounded to `digits` significant digits. */
export function roundedTo(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

/**
 * rounded-value: whether `round` is `precise` rounded, as a reader rounds a figure: fewer significant
 * digits, the same value at that precision, and a hair apart.
 */
export function isRoundingOf(precise: number, round: number): boolean {
  const digits = significantDigits(round);
  if (digits >= significantDigits(precise) || precise === round || round === 0) return false;
  return roundedTo(precise, digits) === round && Math.abs(precise - round) / Math.abs(round) <= ROUNDING_SHARE;
}
