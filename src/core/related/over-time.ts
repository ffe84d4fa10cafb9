/**
 * Two articles of one story a few days apart often give different figures because the story moved on
 * ("19 dead" on Monday, "21 dead" on Wednesday). That is a change over time, not a disagreement: decided
 * here from the two pages' publication dates, so every view words it the same way.
 */
import { timeOf } from './stored';
import type { Agreement, OverTime } from './types';

const DAY_MS = 86_400_000;

/**
 * The change over time between a claim on a page published at `pageTime` (ms) and a stored figure
 * published on `storedDate`; null when they agree, or when either date is unknown or both fall on one day.
 */
export function overTimeOf(pageTime: number, storedDate: string | null, agreement: Agreement | null): OverTime | null {
  if (agreement?.verdict !== 'differs') return null;
  const storedTime = timeOf(storedDate);
  if (!Number.isFinite(storedTime) || !Number.isFinite(pageTime)) return null;
  const days = Math.floor(Math.abs(pageTime - storedTime) / DAY_MS);
  if (days < 1) return null;
  return { stored: storedTime < pageTime ? 'earlier' : 'later', days };
}
