/**
 * The engine host reads a content script's text as untrusted input: sizes are bounded, a malformed request
 * is refused with why (and its scan id, so the page can tell which ask was refused), and a good one gets
 * the same claims the engine gives in-process.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { ScanRequest } from '../../src/messages';
import { jsonOf, readClaimRecord, readFacts } from '../../src/messaging/packed-claims';

type Listener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => true | undefined;
const listeners: Listener[] = [];

vi.mock('../../src/browser', () => ({
  browser: { runtime: { id: 'claimlens-test', getURL: (path: string) => `chrome-extension://claimlens-test/${path}`, onMessage: { addListener: (listener: Listener) => listeners.push(listener) } } },
}));

const { answerScan, listenForScans } = await import('../../src/background/engine-host');
const { MAX_INFO_FIELD_LENGTH, MAX_SCAN_TEXT_LENGTH } = await import('../../src/background/scan-request');

const info = { title: 'Harbour report', url: 'https://news.example/harbour', publisher: null, published: null };
const text = 'The port authority said 4,200 containers were unloaded last week. Fees rose 12% over the year.';

function request(overrides: Partial<Record<keyof ScanRequest, unknown>> = {}): unknown {
  return { type: 'scan-request', scanId: 'scan-1', text, info, highlight: 'every', ...overrides };
}

describe('engine host', () => {
  it('answers with the in-process engine’s claims and the article’s related facts, keyed by claim id', () => {
    const answer = answerScan(request());
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.scanId).toBe('scan-1');
    const claims = answer.claims.ids.map((id, at) => readClaimRecord(jsonOf(answer.claims, 'records', at), id));
    expect(claims).toEqual(analyse(text, info, { highlight: 'every' }));
    expect(claims.map((claim) => claim.text)).toContain('4,200 containers');
    expect(answer.claims.starts).toEqual(claims.map((claim) => claim.start));
    expect(answer.claims).toMatchObject({ first: 0, total: claims.length });
    // Each claim's facts name the other claims of the answer by number, and read back as those claims.
    const facts = answer.claims.ids.map((_, at) => readFacts(jsonOf(answer.claims, 'facts', at), (number) => claims[number]!));
    expect(facts).toHaveLength(claims.length);
    expect(answer.engineMs).toBeGreaterThanOrEqual(0);
  });

  it('reads the numbers the reader chose to see highlighted, and refuses any other choice', () => {
    const key = answerScan(request({ highlight: 'key' }));
    expect(key.ok && key.claims.ids).toEqual(analyse(text, info, { highlight: 'key' }).map((claim) => claim.id));
    expect(!answerScan(request({ highlight: 'all' })).ok).toBe(true);
    expect(!answerScan(request({ highlight: undefined })).ok).toBe(true);
  });

  it('refuses text over the size limit without reading it, naming the limit', () => {
    const answer = answerScan(request({ text: 'x'.repeat(MAX_SCAN_TEXT_LENGTH + 1) }));
    expect(answer).toMatchObject({ ok: false, scanId: 'scan-1' });
    expect(!answer.ok && answer.error).toMatch(/text.*longer than 1000000/);
  });

  it('refuses an oversized or mistyped page field', () => {
    const long = answerScan(request({ info: { ...info, title: 't'.repeat(MAX_INFO_FIELD_LENGTH + 1) } }));
    expect(!long.ok && long.error).toMatch(/info\.title/);
    const mistyped = answerScan(request({ info: { ...info, url: 42 } }));
    expect(!mistyped.ok && mistyped.error).toMatch(/info\.url/);
  });

  it('refuses a request with no text, and one whose scan id is not a short string (answering with an empty id)', () => {
    expect(answerScan(request({ text: undefined }))).toMatchObject({ ok: false, scanId: 'scan-1' });
    const badId = answerScan(request({ scanId: { toString: () => 'x' } }));
    expect(badId).toMatchObject({ ok: false, scanId: '' });
    expect(answerScan(request({ scanId: 'i'.repeat(65) }))).toMatchObject({ ok: false, scanId: '' });
  });
});

describe('engine host listener', () => {
  listenForScans();
  const listener = listeners[0]!;
  const fromTab = { id: 'claimlens-test', url: 'https://news.example.com/story', tab: { id: 7 }, frameId: 0 };

  function ask(message: unknown, sender: object): unknown {
    const answers: unknown[] = [];
    const kept = listener(message, sender, (answer) => answers.push(answer));
    return kept === true ? answers[0] : undefined;
  }

  it('answers ClaimLens’s own content scripts only', () => {
    expect(ask(request(), fromTab)).toMatchObject({ ok: true, scanId: 'scan-1' });
    expect(ask(request(), { id: 'another-extension', url: 'https://news.example.com/story', tab: { id: 7 } })).toBeUndefined();
    expect(ask(request(), { id: 'claimlens-test' })).toBeUndefined();
    expect(ask({ type: 'claims-report' }, fromTab)).toBeUndefined();
  });

  it('answers an ask repeated while the first ran with the same answer, without running the engine again', () => {
    const repeated = request({ scanId: 'scan-repeat' });
    const first = ask(repeated, fromTab);
    expect(ask(repeated, fromTab)).toBe(first);
    expect(ask(repeated, { ...fromTab, tab: { id: 8 } })).not.toBe(first);
  });

  it('refuses a part past the last, and a part number that is not a whole number', () => {
    expect(ask(request({ scanId: 'scan-parts', part: 1 }), fromTab)).toMatchObject({ ok: false, error: expect.stringMatching(/no part 1/) });
    expect(ask(request({ scanId: 'scan-parts', part: 0.5 }), fromTab)).toMatchObject({ ok: false, error: expect.stringMatching(/part/) });
  });
});
