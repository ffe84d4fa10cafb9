/** What the badge says for a tab: its claim count, or nothing when there are none or ClaimLens is off there. */
export function badgeText(count: number, active: boolean): string {
  if (!active || count <= 0) return '';
  // The badge has room for about four characters.
  return count > 999 ? '999+' : String(count);
}
