/**
 * What the background knows about each tab: its host and how many claims its content script reported.
 * The service worker may be stopped between events, so the map is mirrored in storage.session (kept in
 * memory only, cleared when the browser closes) and read back when the worker wakes up.
 */
import { browser } from '../browser';

export interface TabClaims {
  host: string;
  count: number;
}

const SESSION_KEY = 'tabClaims';

let loaded: Promise<Map<number, TabClaims>> | null = null;

function session(): typeof browser.storage.session | undefined {
  return (browser.storage as { session?: typeof browser.storage.session }).session;
}

async function readSession(): Promise<Map<number, TabClaims>> {
  const area = session();
  if (!area) return new Map();
  try {
    const stored = (await area.get(SESSION_KEY))[SESSION_KEY];
    if (!Array.isArray(stored)) return new Map();
    return new Map(
      stored.filter(
        (entry): entry is [number, TabClaims] =>
          Array.isArray(entry) && typeof entry[0] === 'number' && typeof entry[1]?.host === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}

export function tabStates(): Promise<Map<number, TabClaims>> {
  loaded ??= readSession();
  return loaded;
}

async function persist(states: Map<number, TabClaims>): Promise<void> {
  try {
    await session()?.set({ [SESSION_KEY]: [...states] });
  } catch (error) {
    // Losing the mirror only means a badge may not clear when the worker restarts; keep going.
    console.warn('ClaimLens: could not keep the tab state', error);
  }
}

export async function recordTab(tabId: number, state: TabClaims): Promise<void> {
  const states = await tabStates();
  states.set(tabId, state);
  await persist(states);
}

export async function forgetTab(tabId: number): Promise<void> {
  const states = await tabStates();
  if (states.delete(tabId)) await persist(states);
}
