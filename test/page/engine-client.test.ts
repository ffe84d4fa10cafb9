/**
 * The page's way to the engine: the background answers, or is asked again when its answer is lost (a
 * service worker stopped mid-scan, a deadline passed), and after that it says the page must run the engine
 * itself, and why.
 * The background is played by a scripted sender; time by a fake clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generatedArticleText, paragraphsFor } from '../../bench/generated-page';
import { analyse } from '../../src/core/analyse';
import { relatedInArticle } from '../../src/core/related';
import type { DocumentInfo } from '../../src/core/types';
import type { ScanRequest } from '../../src/messages';
import { CLAIMS_PER_PART, jsonOf, packClaims, type PackedClaims } from '../../src/messaging/packed-claims';
import { askDeadlineMs, askEngineHost, MAX_ATTEMPTS, type EngineClientDeps } from '../../src/page/engine-client';
import { styleOf } from '../../src/view/claim';

const info: DocumentInfo = { title: null, url: 'https://news.example/a', publisher: null, published: null };
const text = 'Officials said 300 homes lost power on Tuesday.';

type Reply = (request: ScanRequest) => Promise<unknown>;

/** The background as the engine host answers: the part asked for, packed. */
function partOf(request: ScanRequest): PackedClaims {
  const claims = analyse(request.text, info);
  const first = (request.part ?? 0) * CLAIMS_PER_PART;
  return packClaims(claims, relatedInArticle(claims, request.text, info), styleOf, first, Math.min(CLAIMS_PER_PART, claims.length - first));
}

const answered: Reply = async (request) => ({ ok: true, scanId: request.scanId, claims: partOf(request), engineMs: 3 });
const stoppedMidScan: Reply = () =>
  Promise.reject(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed'));
const neverAnswers: Reply = () => new Promise(() => undefined);

/** What the page received, part by part. */
function receiver(): { parts: PackedClaims[]; received: (part: PackedClaims) => Promise<void> } {
  const parts: PackedClaims[] = [];
  return { parts, received: async (part) => void parts.push(part) };
}

function engine(replies: Reply[]): EngineClientDeps & { sent: ScanRequest[] } {
  const deps = {
    sent: [] as ScanRequest[],
    send(request: ScanRequest) {
      deps.sent.push(request);
      const reply = replies[Math.min(deps.sent.length, replies.length) - 1]!;
      return reply(request);
    },
    wait: () => Promise.resolve(),
  };
  return deps;
}

describe('the page asks the background for a scan', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes the background’s claims when it answers, sending the text once', async () => {
    const page = receiver();
    const deps = engine([answered]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps, page.received);
    expect(result).toMatchObject({ answered: true, attempts: 1, engineMs: 3, lost: [] });
    expect(page.parts.map((part) => part.ids.map((_, at) => JSON.parse(jsonOf(part, 'records', at)).text))).toEqual([['300 homes']]);
    expect(deps.sent).toHaveLength(1);
    expect(deps.sent[0]!.text).toBe(text);
  });

  it('asks again, with the same scan id, when the background is stopped mid-scan', async () => {
    const page = receiver();
    const deps = engine([stoppedMidScan, answered]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps, page.received);
    expect(result).toMatchObject({ answered: true, attempts: 2 });
    expect(result.lost).toEqual([expect.stringMatching(/message channel closed/)]);
    expect(deps.sent[1]!.scanId).toBe(deps.sent[0]!.scanId);
  });

  it('asks again when an answer does not come within the deadline, then takes the late-started answer', async () => {
    const page = receiver();
    const deps = engine([neverAnswers, answered]);
    const pending = askEngineHost(text, info, { highlight: 'every' }, deps, page.received);
    await vi.advanceTimersByTimeAsync(askDeadlineMs(text.length));
    const result = await pending;
    expect(result).toMatchObject({ answered: true, attempts: 2 });
  });

  it('waits longer on each further ask', () => {
    expect(askDeadlineMs(text.length, 2)).toBeGreaterThan(askDeadlineMs(text.length, 1));
    expect(askDeadlineMs(100_000, 1)).toBeGreaterThan(askDeadlineMs(1_000, 1));
  });

  it('gives up after the last ask is lost, so the page never waits forever', async () => {
    const page = receiver();
    const deps = engine([neverAnswers]);
    const pending = askEngineHost(text, info, { highlight: 'every' }, deps, page.received);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await vi.advanceTimersByTimeAsync(askDeadlineMs(text.length, attempt));
    const result = await pending;
    expect(result).toMatchObject({ answered: false, attempts: MAX_ATTEMPTS });
    expect(!result.answered && result.reason).toMatch(/no answer within/);
    expect(deps.sent).toHaveLength(MAX_ATTEMPTS);
  });

  it('gives up at once when the background refuses the text, as asking again would not help', async () => {
    const page = receiver();
    const deps = engine([async (request) => ({ ok: false, scanId: request.scanId, error: 'the text is longer than 1000000 characters' })]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps, page.received);
    expect(result).toMatchObject({ answered: false, attempts: 1, reason: 'the text is longer than 1000000 characters' });
  });

  it('does not take an answer meant for another scan', async () => {
    const page = receiver();
    const deps = engine([async () => ({ ok: true, scanId: 'someone-else', claims: [], related: {}, engineMs: 1 }), answered]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps, page.received);
    expect(result).toMatchObject({ answered: true, attempts: 2 });
    expect(page.parts.flatMap((part) => part.ids)).toHaveLength(1);
  });

  it('refuses an answer whose columns do not line up, and says so, painting nothing of it', async () => {
    const page = receiver();
    const deps = engine([async (request) => ({ ok: true, scanId: request.scanId, claims: { ...partOf(request), starts: [] }, engineMs: 1 })]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps, page.received);
    expect(result).toMatchObject({ answered: false, attempts: 1, delivered: 0 });
    expect(!result.answered && result.reason).toMatch(/columns differ/);
    expect(page.parts).toEqual([]);
  });
});

describe('a long article’s claims come in parts', () => {
  // Enough claims for two parts and a few over.
  const longText = generatedArticleText(paragraphsFor(CLAIMS_PER_PART + 30));

  it('asks for each part in turn, with the same scan id, handing each over before asking for the next', async () => {
    const page = receiver();
    const deps = engine([answered]);
    const result = await askEngineHost(longText, info, { highlight: 'every' }, deps, page.received);
    // Each part came at its first ask.
    expect(result).toMatchObject({ answered: true, attempts: 1, parts: 2 });
    expect(deps.sent.map((request) => request.part)).toEqual([0, 1]);
    expect(new Set(deps.sent.map((request) => request.scanId)).size).toBe(1);
    expect(page.parts.map((part) => part.first)).toEqual([0, CLAIMS_PER_PART]);
    const total = page.parts[0]!.total;
    expect(total).toBeGreaterThan(CLAIMS_PER_PART);
    expect(page.parts.reduce((sum, part) => sum + part.ids.length, 0)).toBe(total);
  });

  it('says how many claims it handed over when the background stops answering after the first part', async () => {
    vi.useFakeTimers();
    try {
      const page = receiver();
      const deps = engine([answered, neverAnswers]);
      const pending = askEngineHost(longText, info, { highlight: 'every' }, deps, page.received);
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await vi.advanceTimersByTimeAsync(askDeadlineMs(longText.length, attempt));
      const result = await pending;
      expect(result).toMatchObject({ answered: false, delivered: CLAIMS_PER_PART });
      expect(deps.sent.slice(1).every((request) => request.part === 1)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  }, 30_000);
});
