/**
 * The toolbar badge: the number of claims annotated on a tab. It is per tab, so switching tabs shows
 * each tab's own count, and it is empty when there are none or ClaimLens is off there.
 */
import { browser } from '../browser';
import { badgeText } from './badge-text';

/** A neutral grey: the badge counts figures, it does not warn about them. */
const BADGE_BACKGROUND = '#4b5563';
const BADGE_TEXT = '#ffffff';

export async function showBadge(tabId: number, count: number, active: boolean): Promise<void> {
  const text = badgeText(count, active);
  await browser.action.setBadgeText({ tabId, text });
  if (text === '') return;
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
  // Older browsers pick the text colour themselves.
  if (typeof browser.action.setBadgeTextColor === 'function') {
    await browser.action.setBadgeTextColor({ tabId, color: BADGE_TEXT });
  }
}

/** A tab that closed between the report and the badge update is not an error worth reporting. */
export function isGoneTabError(error: unknown): boolean {
  return error instanceof Error && /no tab with id|invalid tab id/i.test(error.message);
}
