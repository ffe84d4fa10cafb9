/**
 * The card as a state machine, built the way Wikimedia's Page Previews are: a pure `next(state, event)`
 * says what the card is doing, and `effectsBetween(before, after)` says what must change in the page
 * (render, hide, start a timer, look up related facts, announce). The session only feeds events in and
 * runs the effects; every race is decided here, where Node tests can replay it.
 *
 * Phases: `idle` (no card) → `open` (a card for one claim, its facts loading or ready) → `leaving` (the
 * pointer left; the card waits a moment so the pointer can reach it) → `idle`. While a card is open, the
 * pointer resting on another claim makes a `switching` card: the open card stays until the pointer has
 * dwelt on the new claim, so crossing a claim on the way to the card does not swap it.
 *
 * Every opening takes a new token; a lookup answers with the token it was started with, and an answer
 * whose token is not the current one is dropped (the card moved on, or was closed).
 */

export type OpenedBy = 'pointer' | 'keyboard';

interface Shown {
  claimId: string;
  token: number;
  openedBy: OpenedBy;
  /** Whether the related facts for this opening have arrived. */
  factsReady: boolean;
  /** Where the pointer is, as far as the card is concerned. */
  pointer: 'claim' | 'card' | 'away';
}

export type CardState =
  | { phase: 'idle'; lastToken: number }
  | ({ phase: 'open' } & Shown)
  | ({ phase: 'leaving' } & Shown)
  | ({ phase: 'switching'; to: string } & Shown);

export type CardEvent =
  | { type: 'pointer-enter-claim'; claimId: string }
  /** `towardsCard` is false when the pointer left for other text: then the card gets out of the way at once. */
  | { type: 'pointer-leave-claim'; towardsCard: boolean }
  | { type: 'pointer-enter-card' }
  | { type: 'pointer-leave-card' }
  /** The keyboard stepped to a claim (Alt+Shift+. / ,) or the popup asked to show one. */
  | { type: 'focus-claim'; claimId: string }
  | { type: 'key'; key: string }
  | { type: 'close-button' }
  | { type: 'scroll' }
  /** Content changed; `removed` are the ids of claims no longer on the page. */
  | { type: 'page-mutation'; removed: readonly string[] }
  | { type: 'lookup-done'; token: number }
  | { type: 'hide-timeout'; token: number }
  | { type: 'dwell-timeout'; token: number };

export type CardEffect =
  | { type: 'render'; claimId: string; token: number; factsReady: boolean }
  | { type: 'hide' }
  | { type: 'lookup'; claimId: string; token: number }
  | { type: 'start-hide-timer'; token: number }
  | { type: 'start-dwell-timer'; token: number }
  | { type: 'cancel-timers' }
  | { type: 'announce'; claimId: string };

/** How long the card waits after the pointer leaves towards it, and how long the pointer dwells on another claim before the card switches. */
export const HIDE_DELAY_MS = 250;
export const DWELL_DELAY_MS = 150;

export const initialCardState: CardState = { phase: 'idle', lastToken: 0 };

function tokenOf(state: CardState): number {
  return state.phase === 'idle' ? state.lastToken : state.token;
}

function open(state: CardState, claimId: string, openedBy: OpenedBy): CardState {
  return { phase: 'open', claimId, token: tokenOf(state) + 1, openedBy, factsReady: false, pointer: openedBy === 'pointer' ? 'claim' : 'away' };
}

function close(state: CardState): CardState {
  return { phase: 'idle', lastToken: tokenOf(state) };
}

function shown(state: Exclude<CardState, { phase: 'idle' }>): Shown {
  const { claimId, token, openedBy, factsReady, pointer } = state;
  return { claimId, token, openedBy, factsReady, pointer };
}

/** The pure transition. Events that do not apply to the phase leave the state as it is (the same object). */
export function next(state: CardState, event: CardEvent): CardState {
  switch (event.type) {
    case 'focus-claim':
      if (state.phase !== 'idle' && state.claimId === event.claimId) return { ...shown(state), phase: 'open', openedBy: 'keyboard' };
      return open(state, event.claimId, 'keyboard');

    case 'pointer-enter-claim':
      if (state.phase === 'idle') return open(state, event.claimId, 'pointer');
      if (state.claimId === event.claimId) return { ...shown(state), phase: 'open', pointer: 'claim' };
      // Over the card the pointer is reading it; elsewhere it may only be passing by: wait for it to dwell.
      if (state.pointer === 'card') return state;
      return { ...shown(state), phase: 'switching', to: event.claimId, pointer: 'away' };

    case 'dwell-timeout':
      if (state.phase !== 'switching' || event.token !== state.token) return state;
      return open(state, state.to, 'pointer');

    case 'pointer-leave-claim':
      if (state.phase === 'idle') return state;
      if (state.phase === 'switching') return { ...shown(state), phase: 'leaving' };
      if (state.pointer !== 'claim') return state;
      // Heading for other text: the card would cover what the reader goes on to read, so it goes now.
      if (!event.towardsCard) return close(state);
      return { ...shown(state), phase: 'leaving', pointer: 'away' };

    case 'pointer-enter-card':
      if (state.phase === 'idle') return state;
      return { ...shown(state), phase: 'open', pointer: 'card' };

    case 'pointer-leave-card':
      if (state.phase === 'idle' || state.pointer !== 'card') return state;
      return { ...shown(state), phase: 'leaving', pointer: 'away' };

    case 'hide-timeout':
      if (state.phase !== 'leaving' || event.token !== state.token) return state;
      return close(state);

    case 'key':
      return event.key === 'Escape' && state.phase !== 'idle' ? close(state) : state;

    case 'close-button':
      return state.phase === 'idle' ? state : close(state);

    case 'scroll':
      // A card the pointer opened belongs to where the pointer was; one the keyboard opened follows its claim.
      if (state.phase === 'idle' || state.openedBy === 'keyboard' || state.pointer === 'card') return state;
      return close(state);

    case 'page-mutation':
      return state.phase !== 'idle' && event.removed.includes(state.claimId) ? close(state) : state;

    case 'lookup-done':
      if (state.phase === 'idle' || event.token !== state.token || state.factsReady) return state;
      return { ...state, factsReady: true };
  }
}

/**
 * What the page must do to go from one state to the next: derived from the two states only, so the
 * effects of any sequence of events can be checked without a browser.
 */
export function effectsBetween(before: CardState, after: CardState): CardEffect[] {
  if (before === after) return [];
  const effects: CardEffect[] = [];
  const timersChanged = before.phase !== after.phase || tokenOf(before) !== tokenOf(after);
  if (timersChanged && (before.phase === 'leaving' || before.phase === 'switching')) effects.push({ type: 'cancel-timers' });
  if (after.phase === 'idle') {
    if (before.phase !== 'idle') effects.push({ type: 'hide' });
    return effects;
  }
  const previous = before.phase === 'idle' || before.token !== after.token ? null : before;
  if (previous === null || previous.factsReady !== after.factsReady) {
    effects.push({ type: 'render', claimId: after.claimId, token: after.token, factsReady: after.factsReady });
  }
  if (previous === null) {
    effects.push({ type: 'lookup', claimId: after.claimId, token: after.token });
    if (after.openedBy === 'keyboard') effects.push({ type: 'announce', claimId: after.claimId });
  } else if (after.openedBy === 'keyboard' && previous.openedBy !== 'keyboard') {
    effects.push({ type: 'announce', claimId: after.claimId });
  }
  if (after.phase === 'leaving' && before.phase !== 'leaving') effects.push({ type: 'start-hide-timer', token: after.token });
  if (after.phase === 'switching' && (before.phase !== 'switching' || before.to !== after.to)) {
    if (before.phase === 'switching') effects.push({ type: 'cancel-timers' });
    effects.push({ type: 'start-dwell-timer', token: after.token });
  }
  return effects;
}

/** The claim the card shows, or null. */
export function shownClaim(state: CardState): string | null {
  return state.phase === 'idle' ? null : state.claimId;
}
