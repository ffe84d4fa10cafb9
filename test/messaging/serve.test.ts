/**
 * Serving the protocol: routes by type, only from the origins a route accepts (as the browser tells the
 * sender, never as the message says), only messages of their type's shape, and every answer through the
 * callback form; a message no route takes is left for the part's other listeners.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BackgroundProtocol } from '../../src/messaging/protocol';
import { originOf, serve, type Runtime } from '../../src/messaging/serve';
import { engineClaims, NO_INFO } from './fixtures';

// Each test hands serve() a runtime of its own; the browser's is never reached.
vi.mock('../../src/browser', () => ({ browser: {} }));

type Listener = Parameters<Runtime['onMessage']['addListener']>[0];

const ID = 'claimlens@example';
const OWN_PAGE = { id: ID, url: 'extension://claimlens/options.html' };
const CONTENT_SCRIPT = { id: ID, url: 'https://news.example.com/story', tab: { id: 4 } };

function fakeRuntime() {
  const listeners: Listener[] = [];
  const runtime: Runtime = {
    id: ID,
    getURL: (path) => `extension://claimlens/${path}`,
    onMessage: {
      addListener: (listener) => listeners.push(listener),
      removeListener: (listener) => listeners.splice(listeners.indexOf(listener), 1),
    },
  };
  /** Delivers a message as the browser would; resolves with what was answered, or 'no answer'. */
  const deliver = (message: unknown, sender: object): Promise<unknown> =>
    new Promise((resolve) => {
      const kept = listeners.map((listener) => listener(message, sender, resolve));
      if (!kept.includes(true)) resolve('no answer');
    });
  return { runtime, deliver, listeners };
}

function servedStatus() {
  const fake = fakeRuntime();
  const calls: string[] = [];
  serve<BackgroundProtocol>(
    {
      'related-status': {
        from: ['extension'],
        handle: () => {
          calls.push('status');
          return Promise.resolve({ historyClaims: 3, packs: [], problem: null });
        },
      },
      'pack-remove': {
        from: ['extension'],
        handle: () => Promise.reject(new Error('the database is closed')),
        failed: (error) => ({ ok: false, error: String(error) }),
      },
      'claims-report': {
        from: ['content-script'],
        handle: (report) => {
          calls.push(`report ${report.claims.length}`);
          return undefined;
        },
      },
    },
    fake.runtime,
  );
  return { ...fake, calls };
}

describe('who a message is from', () => {
  it('tells content scripts, own pages and strangers apart by what the browser says of the sender', () => {
    const runtime = fakeRuntime().runtime;
    expect(originOf(CONTENT_SCRIPT, runtime)).toBe('content-script');
    expect(originOf(OWN_PAGE, runtime)).toBe('extension');
    // An own page open in a tab is still an own page.
    expect(originOf({ ...OWN_PAGE, tab: { id: 2 } }, runtime)).toBe('extension');
    expect(originOf({ id: 'another-extension', url: 'extension://other/page.html' }, runtime)).toBeNull();
    expect(originOf({ id: ID, url: 'https://news.example.com/' }, runtime)).toBeNull();
  });
});

describe('serving', () => {
  it('answers a request from an origin its route accepts', async () => {
    const { deliver } = servedStatus();
    await expect(deliver({ type: 'related-status' }, OWN_PAGE)).resolves.toEqual({ historyClaims: 3, packs: [], problem: null });
  });

  it('does not serve a request from an origin its route refuses', async () => {
    const { deliver, calls } = servedStatus();
    await expect(deliver({ type: 'related-status' }, CONTENT_SCRIPT)).resolves.toBe('no answer');
    expect(calls).toEqual([]);
  });

  it('does not serve a message that lacks its shape, nor one with fields of the wrong kind', async () => {
    const { deliver, calls } = servedStatus();
    await expect(deliver({ type: 'claims-report', url: 'https://news.example.com/', info: NO_INFO, count: 1, claims: [{ id: 'c1' }] }, CONTENT_SCRIPT)).resolves.toBe('no answer');
    await expect(deliver({ type: 'claims-report', url: 7, info: NO_INFO, count: 0, claims: [] }, CONTENT_SCRIPT)).resolves.toBe('no answer');
    expect(calls).toEqual([]);
  });

  it('hands a well-formed notice to its route and answers nothing', async () => {
    const { deliver, calls } = servedStatus();
    const claims = engineClaims(3);
    await expect(deliver({ type: 'claims-report', url: 'https://news.example.com/', info: NO_INFO, count: 3, claims }, CONTENT_SCRIPT)).resolves.toBe('no answer');
    expect(calls).toEqual(['report 3']);
  });

  it('answers with the route’s failure answer when its handler fails', async () => {
    const { deliver } = servedStatus();
    await expect(deliver({ type: 'pack-remove', id: 'p1' }, OWN_PAGE)).resolves.toEqual({ ok: false, error: 'Error: the database is closed' });
  });

  it('leaves messages of other types, and names inherited from Object.prototype, to other listeners', async () => {
    const { deliver, calls } = servedStatus();
    for (const type of ['get-page-state', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      await expect(deliver({ type }, OWN_PAGE)).resolves.toBe('no answer');
    }
    await expect(deliver('related-status', OWN_PAGE)).resolves.toBe('no answer');
    await expect(deliver(null, OWN_PAGE)).resolves.toBe('no answer');
    expect(calls).toEqual([]);
  });

  it('hands a self-checking route the message as sent, from its origins only, and answers at once', () => {
    const { runtime, listeners } = fakeRuntime();
    serve<BackgroundProtocol>(
      {
        'scan-request': {
          from: ['content-script'],
          checksItself: true,
          handle: (message) => ({ ok: false, scanId: '', error: `refused ${JSON.stringify(message)}` }),
        },
      },
      runtime,
    );
    const answers: unknown[] = [];
    // Malformed on purpose: the route answers the refusal itself, and synchronously.
    expect(listeners[0]!({ type: 'scan-request', text: 7 }, CONTENT_SCRIPT as never, (answer) => answers.push(answer))).toBe(true);
    expect(answers).toEqual([{ ok: false, scanId: '', error: 'refused {"type":"scan-request","text":7}' }]);
    expect(listeners[0]!({ type: 'scan-request' }, OWN_PAGE as never, (answer) => answers.push(answer))).toBeUndefined();
  });

  it('stops when asked', async () => {
    const { deliver, listeners, runtime } = servedStatus();
    expect(listeners).toHaveLength(1);
    const stop = serve<BackgroundProtocol>({ 'history-clear': { from: ['extension'], handle: () => Promise.resolve({ historyClaims: 0, packs: [], problem: null }) } }, runtime);
    stop();
    expect(listeners).toHaveLength(1);
    await expect(deliver({ type: 'history-clear' }, OWN_PAGE)).resolves.toBe('no answer');
  });
});
