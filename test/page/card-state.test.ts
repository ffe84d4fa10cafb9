/**
 * The card's races, replayed on the pure state machine: each test feeds the events a reader's pointer and
 * keyboard would cause, and checks the card that results and what the page is told to do.
 */
import { describe, expect, it } from 'vitest';
import {
  effectsBetween,
  initialCardState,
  next,
  shownClaim,
  type CardEffect,
  type CardEvent,
  type CardState,
} from '../../src/page/overlay/card-state';

/** Runs events from the initial state; returns the last state and every effect in order. */
function run(events: CardEvent[], from: CardState = initialCardState): { state: CardState; effects: CardEffect[] } {
  let state = from;
  const effects: CardEffect[] = [];
  for (const event of events) {
    const after = next(state, event);
    effects.push(...effectsBetween(state, after));
    state = after;
  }
  return { state, effects };
}

function tokenOf(state: CardState): number {
  return state.phase === 'idle' ? state.lastToken : state.token;
}

describe('the card state machine', () => {
  it('opens on a claim, looks up its facts and renders them when they arrive', () => {
    const opened = run([{ type: 'pointer-enter-claim', claimId: 'a' }]);
    expect(shownClaim(opened.state)).toBe('a');
    const token = tokenOf(opened.state);
    expect(opened.effects).toEqual([
      { type: 'render', claimId: 'a', token, factsReady: false },
      { type: 'lookup', claimId: 'a', token },
    ]);
    const answered = run([{ type: 'lookup-done', token }], opened.state);
    expect(answered.effects).toEqual([{ type: 'render', claimId: 'a', token, factsReady: true }]);
  });

  it('keeps the card while the pointer crosses it from one claim to the next, then switches after a dwell', () => {
    const { state, effects } = run([
      { type: 'pointer-enter-claim', claimId: 'a' },
      { type: 'pointer-leave-claim', towardsCard: true },
      { type: 'pointer-enter-card' },
      { type: 'pointer-leave-card' },
      { type: 'pointer-enter-claim', claimId: 'b' },
    ]);
    // Not yet switched: the pointer may only be passing over claim b.
    expect(state.phase).toBe('switching');
    expect(shownClaim(state)).toBe('a');
    expect(effects.filter((e) => e.type === 'hide')).toEqual([]);
    const dwelt = run([{ type: 'dwell-timeout', token: tokenOf(state) }], state);
    expect(shownClaim(dwelt.state)).toBe('b');
    expect(tokenOf(dwelt.state)).toBeGreaterThan(tokenOf(state));
    expect(dwelt.effects).toContainEqual({ type: 'lookup', claimId: 'b', token: tokenOf(dwelt.state) });
  });

  it('ignores the hide timer of the crossing once the pointer has reached the card', () => {
    const { state } = run([
      { type: 'pointer-enter-claim', claimId: 'a' },
      { type: 'pointer-leave-claim', towardsCard: true },
    ]);
    const token = tokenOf(state);
    const onCard = run([{ type: 'pointer-enter-card' }, { type: 'hide-timeout', token }], state);
    expect(onCard.state.phase).toBe('open');
    expect(onCard.effects).toContainEqual({ type: 'cancel-timers' });
  });

  it('drops a lookup that answers after the card moved on to another claim', () => {
    const first = run([{ type: 'focus-claim', claimId: 'a' }]);
    const staleToken = tokenOf(first.state);
    const moved = run([{ type: 'focus-claim', claimId: 'b' }, { type: 'lookup-done', token: staleToken }], first.state);
    expect(shownClaim(moved.state)).toBe('b');
    expect(moved.state.phase !== 'idle' && moved.state.factsReady).toBe(false);
    expect(moved.effects.filter((e) => e.type === 'render')).toEqual([
      { type: 'render', claimId: 'b', token: tokenOf(moved.state), factsReady: false },
    ]);
  });

  it('closes on Escape during a lookup and does not reopen when the lookup answers', () => {
    const opened = run([{ type: 'pointer-enter-claim', claimId: 'a' }]);
    const token = tokenOf(opened.state);
    const escaped = run([{ type: 'key', key: 'Escape' }, { type: 'lookup-done', token }], opened.state);
    expect(escaped.state.phase).toBe('idle');
    expect(escaped.effects).toEqual([{ type: 'hide' }]);
    // The next opening never reuses the dropped token.
    const reopened = run([{ type: 'pointer-enter-claim', claimId: 'a' }], escaped.state);
    expect(tokenOf(reopened.state)).toBeGreaterThan(token);
  });

  it('gets out of the way at once when the pointer leaves for other text', () => {
    const { state, effects } = run([
      { type: 'pointer-enter-claim', claimId: 'a' },
      { type: 'pointer-leave-claim', towardsCard: false },
    ]);
    expect(state.phase).toBe('idle');
    expect(effects.at(-1)).toEqual({ type: 'hide' });
  });

  it('closes a pointer card on scroll but keeps one the keyboard opened', () => {
    expect(run([{ type: 'pointer-enter-claim', claimId: 'a' }, { type: 'scroll' }]).state.phase).toBe('idle');
    expect(run([{ type: 'focus-claim', claimId: 'a' }, { type: 'scroll' }]).state.phase).toBe('open');
  });

  it('closes when its claim leaves the page, not when others do', () => {
    const opened = run([{ type: 'focus-claim', claimId: 'a' }]).state;
    expect(next(opened, { type: 'page-mutation', removed: ['b'] })).toBe(opened);
    expect(next(opened, { type: 'page-mutation', removed: ['a'] }).phase).toBe('idle');
  });

  it('announces claims the keyboard steps to, not those the pointer opens', () => {
    expect(run([{ type: 'focus-claim', claimId: 'a' }]).effects).toContainEqual({ type: 'announce', claimId: 'a' });
    expect(run([{ type: 'pointer-enter-claim', claimId: 'a' }]).effects.some((e) => e.type === 'announce')).toBe(false);
  });

  it('a stale dwell timer does not switch a card that was closed and reopened', () => {
    const switching = run([
      { type: 'pointer-enter-claim', claimId: 'a' },
      { type: 'pointer-enter-claim', claimId: 'b' },
    ]).state;
    const oldToken = tokenOf(switching);
    const reopened = run([{ type: 'key', key: 'Escape' }, { type: 'focus-claim', claimId: 'c' }, { type: 'dwell-timeout', token: oldToken }], switching);
    expect(shownClaim(reopened.state)).toBe('c');
  });
});
