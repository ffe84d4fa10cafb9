/**
 * Reads ClaimLens's card, which lives in a closed shadow root no page script can reach, the way only the
 * browser's own tools can: through the DevTools protocol, in an isolated world of the test's own. What a
 * page can learn is tested separately, with page scripts alone (hostile.test.ts).
 *
 *   const card = await waitForCard(page);
 *   expect(card.text).toMatch(/government source/);
 *   const box = await inCard(page, (root) => root.querySelector('[role="dialog"]')!.getBoundingClientRect().toJSON());
 */
import type { CDPSession, Page } from 'playwright-core';

/** The host ClaimLens appends to <html> (a plain <div>); its root is closed. */
export const OVERLAY_HOST = '[data-claimlens-overlay]';

export interface CardState {
  text: string;
  role: string | null;
  label: string | null;
  labelledText: string | null;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const WORLD_NAME = 'claimlens-test';

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** A fresh isolated world in the page's main frame: page scripts cannot see or change what runs there. */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: WORLD_NAME });
  return executionContextId;
}

/**
 * Runs `read` on the card's closed shadow root (null when ClaimLens has no host on the page). `read` is
 * serialised: it may use only its arguments.
 */
export async function inCard<T, A = undefined>(page: Page, read: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const cdp = await sessionOf(page);
  const contextId = await isolatedWorld(cdp);
  const host = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(OVERLAY_HOST)})`,
    contextId,
  });
  if (!host.result.objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', { objectId: host.result.objectId, pierce: true, depth: 1 });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId: contextId });
  const result = await cdp.send('Runtime.callFunctionOn', {
    objectId: resolved.object.objectId!,
    // drawnTextOf comes along, so readers may call it.
    functionDeclaration: `function (arg) { const drawnTextOf = ${drawnTextOf.toString()}; return (${read.toString()})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails) throw new Error(`reading the card failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value as T;
}

/** The shadow root's mode, as the browser's tools see it ('closed' is what a page must meet). */
export async function overlayRootMode(page: Page): Promise<string | null> {
  const cdp = await sessionOf(page);
  const contextId = await isolatedWorld(cdp);
  const host = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(OVERLAY_HOST)})`, contextId });
  if (!host.result.objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', { objectId: host.result.objectId, pierce: true, depth: 1 });
  return node.shadowRoots?.[0]?.shadowRootType ?? null;
}

/**
 * The text the card draws, in reading order: its Text nodes and the words its CSS draws (the related facts
 * are drawn as generated content, out of window.find()'s reach), a line break around each block. inCard()
 * sends it along with each reader, so it may use only its argument.
 */
export function drawnTextOf(element: Element): string {
  const cssText = (value: string, owner: Element): string => {
    if (!value || value === 'none' || value === 'normal') return '';
    const attr = /^attr\(([\w-]+)\)$/.exec(value);
    if (attr) return owner.getAttribute(attr[1]!) ?? '';
    const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(value);
    return quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : '';
  };
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest('title, desc, style')) out += (node as Text).data;
      return;
    }
    if (!(node instanceof Element)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none') return;
    const block = !style.display.startsWith('inline') && style.display !== 'contents';
    if (block) out += '\n';
    out += cssText(getComputedStyle(node, '::before').content, node);
    for (const child of node.childNodes) walk(child);
    out += cssText(getComputedStyle(node, '::after').content, node);
    if (block) out += '\n';
  };
  walk(element);
  return out.replace(/[ \t]*\n[\s]*/g, '\n').trim();
}

/** The open card's drawn text and accessible attributes; null when no card is shown. */
export async function cardState(page: Page): Promise<CardState | null> {
  return (await inCard(page, cardStateIn)) ?? null;
}

function cardStateIn(root: ShadowRoot): CardState | null {
  const card = root.querySelector<HTMLElement>('[role="dialog"], [role="tooltip"]');
  if (!card || card.hidden || getComputedStyle(card).display === 'none') return null;
  const labelledBy = card.getAttribute('aria-labelledby');
  return {
    text: drawnTextOf(card),
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    labelledText: labelledBy ? (root.getElementById(labelledBy)?.textContent ?? null) : null,
  };
}

/** The drawn text of the element matching `selector` in the card (see drawnTextOf); null when there is none. */
export async function drawnTextInCard(page: Page, selector: string): Promise<string | null> {
  return inCard(
    page,
    (root, wanted) => {
      const element = root.querySelector(wanted);
      return element ? drawnTextOf(element) : null;
    },
    selector,
  );
}

/** Waits for a card to show (and, with `mustContain`, to say that); throws after `timeoutMs`. */
export async function waitForCard(page: Page, mustContain = '', timeoutMs = 10_000): Promise<CardState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await cardState(page);
    if (card && card.text.includes(mustContain)) return card;
    if (Date.now() > deadline) throw new Error(`no card${mustContain ? ` saying "${mustContain}"` : ''} showed; last: ${JSON.stringify(card)}`);
    await page.waitForTimeout(50);
  }
}

/** The viewport box of the element matching `selector` inside the card; null when there is none. */
export async function boxInCard(page: Page, selector: string): Promise<{ x: number; y: number; top: number; bottom: number; left: number; width: number; height: number } | null> {
  return inCard(
    page,
    (root, wanted) => {
      const box = root.querySelector(wanted)?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2, top: box.top, bottom: box.bottom, left: box.left, width: box.width, height: box.height } : null;
    },
    selector,
  );
}

/** The polite live region's text (what a screen reader is told on stepping). */
export async function announcement(page: Page): Promise<string> {
  return (await inCard(page, (root) => root.querySelector('[role="status"]')?.textContent ?? '')) ?? '';
}

/**
 * The page's own DOM as markup, leaving out the one element ClaimLens adds (its overlay host), so two
 * snapshots compare equal exactly when ClaimLens changed nothing else.
 */
export async function pageMarkup(page: Page): Promise<string> {
  return page.evaluate((hostSelector) => {
    const clone = document.documentElement.cloneNode(true) as Element;
    for (const host of clone.querySelectorAll(hostSelector)) host.remove();
    return clone.outerHTML;
  }, OVERLAY_HOST);
}

/** Every name in the page's accessibility tree, as a screen reader is given them (closed roots included). */
export async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await sessionOf(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.flatMap((node) => (node.name?.value ? [String(node.name.value)] : []));
}

/** The related-facts section of the open card, as the text it draws, once it has loaded and says `mustContain`. */
export async function relatedSection(page: Page, mustContain: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const busy = await inCard(page, (root) => root.querySelector('.cl-related')?.getAttribute('aria-busy') ?? null);
    const text = busy === 'true' ? null : await drawnTextInCard(page, '.cl-related');
    if (text?.includes(mustContain)) return text;
    if (Date.now() > deadline) throw new Error(`the related facts never said "${mustContain}"; last: ${text}`);
    await page.waitForTimeout(100);
  }
}
