import { describe, expect, it } from 'vitest';
import { badgeText } from '../../src/background/badge-text';

describe('badge text', () => {
  it('shows the count when ClaimLens is on', () => {
    expect(badgeText(8, true)).toBe('8');
  });
  it('is empty with no claims or when off', () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(8, false)).toBe('');
  });
  it('fits large counts into the badge', () => {
    expect(badgeText(12345, true)).toBe('999+');
  });
});
