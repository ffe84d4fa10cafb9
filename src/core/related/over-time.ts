/**
 * Two articles of one story a few days apart often give different figures because the story moved on
 * ("19 dead" on Monday, "21 dead" on Wednesday). That is a change over time, not a disagreement: decided
 * here from the two pages' publication dates, so every view words it the same way.
 */
import { timeOf } from './stored';
import type { Agreement, OverTime } from './types';

const DAY_MS = 86_400_000;

/** Time words of a running figure, one a later article may well update: "so far", "since March", "to date". */
const RUNNING = /\b(?:so far|since|to date|as of|until now|now|yet)\b/i;

/**
 * Whether a claim's time qualifier ties it to a period that is over ("last year", "in 2023"): such a figure
 * should not change from one article to the next, so a different figure is a disagreement.
 */
export function isClosedPeriod(when: string | null): boolean {
  return when !== null && !RUNNING.test(when);
}

/**
 * The change over time between a claim on a page published at `pageTime` (ms) and a stored figure
 * published on `storedDate`; null when they agree, when either date is unknown or both fall on one day,
 * or when the claim is about a period that is over (`when`).
 */
export function overTimeOf(pageTime: number, storedDate: string | null, agreement: Agreement | null, when: string | null = null): OverTime | null {
  if (agreement?.verdict !== 'differs' || isClosedPeriod(when)) return null;
  const storedTime = timeOf(storedDate);
  if (!Number.isFinite(storedTime) || !Number.isFinite(pageTime)) return null;
  const days = Math.floor(Math.abs(pageTime - storedTime) / DAY_MS);
  if (days < 1) return null;
  return { stored: storedTime < pageTime ? 'earlier' : 'later', days };
}
