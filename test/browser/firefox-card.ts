/**
 * Reads ClaimLens's card in Firefox. Its shadow root is closed to page scripts; WebDriver BiDi, like the
 * browser's own tools, hands a test a closed root when asked (`includeShadowTree: 'all'`), and the
 * readers run on it in a sandbox of the test's own, which page scripts can neither see nor change. The
 * Chromium counterpart, over the DevTools protocol, is in hostile-helpers.ts; the readers are the same.
 */
import type { Page } from 'puppeteer-core';
import { drawnTextOf, OVERLAY_HOST, type CardState } from './hostile-helpers';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

type RemoteValue = { type: string; value?: unknown; sharedId?: string };
type Evaluated = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

const SANDBOX = 'claimlens-test';

/** Puppeteer's Firefox page keeps its BiDi browsing context id and connection; they are not in its typings. */
function bidiOf(page: Page): { connection: BidiConnection; context: string } {
  return {
    connection: (page.browser() as unknown as { connection: BidiConnection }).connection,
    context: (page.mainFrame() as unknown as { _id: string })._id,
  };
}

/** What the card draws as text (hostile-helpers.ts), handed to each reader since a reader may not import. */
export type DrawnText = (element: Element) => string;

/**
 * Runs `read` on the card's closed shadow root (null when ClaimLens has no host on the page). `read` is
 * serialised: it may use only its arguments, and its result must survive JSON.
 */
export async function inFirefoxCard<T, A = undefined>(
  page: Page,
  read: (root: ShadowRoot, arg: A, drawnText: DrawnText) => T,
  arg?: A,
): Promise<T | null> {
  const { connection, context } = bidiOf(page);
  const target = { context, sandbox: SANDBOX };
  const host = (
    await connection.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(OVERLAY_HOST)})`,
      target,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    })
  ).result as Evaluated;
  if (host.type !== 'success' || host.result.type !== 'node') return null;
  const shadow = (host.result.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) return null;
  const outcome = (
    await connection.send('script.callFunction', {
      functionDeclaration: `function (root, argJson) { const drawnTextOf = ${drawnTextOf.toString()}; return JSON.stringify((${read.toString()})(root, JSON.parse(argJson), drawnTextOf) ?? null); }`,
      target,
      arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
      awaitPromise: true,
    })
  ).result as Evaluated;
  if (outcome.type !== 'success') throw new Error(`reading the card failed: ${outcome.exceptionDetails.text}`);
  return JSON.parse(String(outcome.result.value)) as T | null;
}

/** The open card's drawn text and accessible attributes; null when no card is shown. */
export async function firefoxCardState(page: Page): Promise<CardState | null> {
  return inFirefoxCard(page, (root, _arg, drawnText) => {
    const card = root.querySelector<HTMLElement>('[role="dialog"], [role="tooltip"]');
    if (!card || card.hidden || getComputedStyle(card).display === 'none') return null;
    const labelledBy = card.getAttribute('aria-labelledby');
    return {
      text: drawnText(card),
      role: card.getAttribute('role'),
      label: card.getAttribute('aria-label'),
      labelledText: labelledBy ? (root.getElementById(labelledBy)?.textContent ?? null) : null,
    };
  });
}

/** Waits for a card to show; throws after `timeoutMs`. */
export async function waitForFirefoxCard(page: Page, timeoutMs = 10_000): Promise<CardState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await firefoxCardState(page);
    if (card) return card;
    if (Date.now() > deadline) throw new Error('no card showed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The polite live region's text (what a screen reader is told on stepping). */
export async function firefoxAnnouncement(page: Page): Promise<string> {
  return (await inFirefoxCard(page, (root) => root.querySelector('[role="status"]')?.textContent ?? '')) ?? '';
}
