/**
 * The page's way to the engine: the background answers, or is asked again when its answer is lost (a
 * service worker stopped mid-scan, a deadline passed), and after that it says the page must run the engine
 * itself, and why.
 * The background is played by a scripted sender; time by a fake clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/core/analyse';
import type { DocumentInfo } from '../../src/core/types';
import type { ScanRequest } from '../../src/messages';
import { askDeadlineMs, askEngineHost, MAX_ATTEMPTS, type EngineClientDeps } from '../../src/page/engine-client';

const info: DocumentInfo = { title: null, url: 'https://news.example/a', publisher: null, published: null };
const text = 'Officials said 300 homes lost power on Tuesday.';

type Reply = (request: ScanRequest) => Promise<unknown>;

const answered: Reply = async (request) => ({
  ok: true,
  scanId: request.scanId,
  claims: analyse(request.text, info),
  related: {},
  engineMs: 3,
});
const stoppedMidScan: Reply = () =>
  Promise.reject(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed'));
const neverAnswers: Reply = () => new Promise(() => undefined);

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
    const deps = engine([answered]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps);
    expect(result).toMatchObject({ answered: true, attempts: 1, engineMs: 3, lost: [] });
    expect(result.answered && result.claims.map((claim) => claim.text)).toEqual(['300 homes']);
    expect(deps.sent).toHaveLength(1);
    expect(deps.sent[0]!.text).toBe(text);
  });

  it('asks again, with the same scan id, when the background is stopped mid-scan', async () => {
    const deps = engine([stoppedMidScan, answered]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps);
    expect(result).toMatchObject({ answered: true, attempts: 2 });
    expect(result.lost).toEqual([expect.stringMatching(/message channel closed/)]);
    expect(deps.sent[1]!.scanId).toBe(deps.sent[0]!.scanId);
  });

  it('asks again when an answer does not come within the deadline, then takes the late-started answer', async () => {
    const deps = engine([neverAnswers, answered]);
    const pending = askEngineHost(text, info, { highlight: 'every' }, deps);
    await vi.advanceTimersByTimeAsync(askDeadlineMs(text.length));
    const result = await pending;
    expect(result).toMatchObject({ answered: true, attempts: 2 });
  });

  it('waits longer on each further ask', () => {
    expect(askDeadlineMs(text.length, 2)).toBeGreaterThan(askDeadlineMs(text.length, 1));
    expect(askDeadlineMs(100_000, 1)).toBeGreaterThan(askDeadlineMs(1_000, 1));
  });

  it('gives up after the last ask is lost, so the page never waits forever', async () => {
    const deps = engine([neverAnswers]);
    const pending = askEngineHost(text, info, { highlight: 'every' }, deps);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await vi.advanceTimersByTimeAsync(askDeadlineMs(text.length, attempt));
    const result = await pending;
    expect(result).toMatchObject({ answered: false, attempts: MAX_ATTEMPTS });
    expect(!result.answered && result.reason).toMatch(/no answer within/);
    expect(deps.sent).toHaveLength(MAX_ATTEMPTS);
  });

  it('gives up at once when the background refuses the text, as asking again would not help', async () => {
    const deps = engine([async (request) => ({ ok: false, scanId: request.scanId, error: 'the text is longer than 1000000 characters' })]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps);
    expect(result).toMatchObject({ answered: false, attempts: 1, reason: 'the text is longer than 1000000 characters' });
  });

  it('does not take an answer meant for another scan', async () => {
    const deps = engine([async () => ({ ok: true, scanId: 'someone-else', claims: [], related: {}, engineMs: 1 }), answered]);
    const result = await askEngineHost(text, info, { highlight: 'every' }, deps);
    expect(result).toMatchObject({ answered: true, attempts: 2 });
    expect(result.answered && result.claims).toHaveLength(1);
  });
});
