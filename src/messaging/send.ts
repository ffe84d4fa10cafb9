/**
 * Sending the protocol: typed by its tables, so a part asks only what another serves and gets the answer's
 * type back. A request nobody answers (the background stopped, a tab without ClaimLens) rejects with
 * NoAnswerError instead of resolving to undefined, so every caller says what went wrong.
 */
import * as v from 'valibot';
import { browser } from '../browser';
import type { AnswerOf, BackgroundProtocol, ContentProtocol, MessageOf } from './protocol';
import { PageStateSchema } from './schemas';

export class NoAnswerError extends Error {
  constructor(to: string, cause?: unknown) {
    // The channel's own reason ("Could not establish connection…") tells the reader what happened.
    const reason = cause === undefined ? '' : ` (${cause instanceof Error ? cause.message : String(cause)})`;
    super(`${to} did not answer${reason}`, { cause });
    this.name = 'NoAnswerError';
  }
}

type BackgroundType = keyof BackgroundProtocol;
type ContentType = keyof ContentProtocol;

/** Asks the background and resolves with its answer. */
export async function askBackground<K extends BackgroundType>(message: MessageOf<BackgroundProtocol, K> & { type: K }): Promise<AnswerOf<BackgroundProtocol, K>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch (error) {
    throw new NoAnswerError('the background', error);
  }
  if (answer === undefined || answer === null) throw new NoAnswerError('the background');
  return answer as AnswerOf<BackgroundProtocol, K>;
}

/**
 * Tells the background something nobody answers. The background may be asleep or reloading (the next
 * notice reaches it), or the extension updated under an old content script: either way nothing is lost
 * that the next notice does not bring, so failures are dropped here.
 */
export function notifyBackground<K extends BackgroundType>(message: MessageOf<BackgroundProtocol, K> & { type: K }): void {
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension's context is gone.
  }
}

/** How each content-script answer is checked: it comes from a tab, beside a web page. */
const CONTENT_ANSWERS: { [K in ContentType]: (answer: unknown) => answer is AnswerOf<ContentProtocol, K> } = {
  'get-page-state': (answer): answer is AnswerOf<ContentProtocol, 'get-page-state'> => v.is(PageStateSchema, answer),
  'reveal-claim': (answer): answer is boolean => typeof answer === 'boolean',
};

/** Asks a tab's content script; rejects with NoAnswerError when none answers or the answer is malformed. */
export async function askTab<K extends ContentType>(tabId: number, message: MessageOf<ContentProtocol, K> & { type: K }): Promise<AnswerOf<ContentProtocol, K>> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, message);
  } catch (error) {
    throw new NoAnswerError('the page', error);
  }
  const isAnswer = CONTENT_ANSWERS[message.type] as (answer: unknown) => answer is AnswerOf<ContentProtocol, K>;
  if (!isAnswer(answer)) throw new NoAnswerError('the page');
  return answer;
}
