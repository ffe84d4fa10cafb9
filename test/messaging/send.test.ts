/** Sending: a request nobody answers, or answered out of shape, rejects with NoAnswerError; notices never throw. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askBackground, askTab, NoAnswerError, notifyBackground } from '../../src/messaging/send';
import { engineClaims, NO_INFO } from './fixtures';

const runtimeSend = vi.fn<(message: unknown) => Promise<unknown>>();
const tabSend = vi.fn<(tabId: number, message: unknown) => Promise<unknown>>();

vi.mock('../../src/browser', () => ({
  browser: { runtime: { sendMessage: (m: unknown) => runtimeSend(m) }, tabs: { sendMessage: (id: number, m: unknown) => tabSend(id, m) } },
}));

beforeEach(() => {
  runtimeSend.mockReset();
  tabSend.mockReset();
});

describe('asking the background', () => {
  it('resolves with the answer', async () => {
    runtimeSend.mockResolvedValue({ historyClaims: 2, packs: [], problem: null });
    await expect(askBackground({ type: 'related-status' })).resolves.toEqual({ historyClaims: 2, packs: [], problem: null });
    expect(runtimeSend).toHaveBeenCalledWith({ type: 'related-status' });
  });

  it('rejects with NoAnswerError when nobody answers or the channel fails', async () => {
    runtimeSend.mockResolvedValue(undefined);
    await expect(askBackground({ type: 'history-clear' })).rejects.toBeInstanceOf(NoAnswerError);
    runtimeSend.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(askBackground({ type: 'history-clear' })).rejects.toThrow('the background did not answer');
  });
});

describe('telling the background', () => {
  it('never throws, whether the send rejects or throws at once', () => {
    runtimeSend.mockRejectedValue(new Error('no receiver'));
    expect(() => notifyBackground({ type: 'reload-when-granted', tabId: 1 })).not.toThrow();
    runtimeSend.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => notifyBackground({ type: 'reload-when-granted', tabId: 1 })).not.toThrow();
  });
});

describe('asking a tab', () => {
  it('resolves with a well-formed page state', async () => {
    const state = { host: 'news.example.com', active: true, info: NO_INFO, claims: engineClaims(1) };
    tabSend.mockResolvedValue(state);
    await expect(askTab(5, { type: 'get-page-state' })).resolves.toEqual(state);
    expect(tabSend).toHaveBeenCalledWith(5, { type: 'get-page-state' });
  });

  it('rejects an answer out of shape, as from a tab that does not speak the protocol', async () => {
    tabSend.mockResolvedValue({ host: 'news.example.com', claims: 'many' });
    await expect(askTab(5, { type: 'get-page-state' })).rejects.toBeInstanceOf(NoAnswerError);
    tabSend.mockResolvedValue('yes');
    await expect(askTab(5, { type: 'reveal-claim', id: 'c1' })).rejects.toBeInstanceOf(NoAnswerError);
    tabSend.mockResolvedValue(false);
    await expect(askTab(5, { type: 'reveal-claim', id: 'c1' })).resolves.toBe(false);
  });
});
