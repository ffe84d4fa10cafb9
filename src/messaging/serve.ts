/**
 * Serving the protocol: one listener per part that routes each message by its type to a handler, after
 * two checks made here and nowhere else: the sender is of an origin the route accepts (told by the
 * browser, never by the message), and the message has its type's shape (schemas.ts). A route whose
 * refusal must say why (the engine host's scan, the background's reading: the page then works on its own)
 * checks its message itself and answers the refusal. A message no route takes is left for the part's other
 * listeners, as the browser expects.
 */
import { browser, type Browser } from '../browser';
import type { AnswerOf, MessageOf, Origin } from './protocol';
import { checkMessage, MESSAGE_SCHEMAS, type CheckedType } from './schemas';

type Answering<P, K extends keyof P> = AnswerOf<P, K> | Promise<AnswerOf<P, K>> | undefined;

export interface Route<P, K extends keyof P> {
  /** The origins this message is taken from. */
  from: readonly Origin[];
  /** The answer, or undefined for a notice nobody waits on. */
  handle(message: MessageOf<P, K>, sender: Browser.Runtime.MessageSender): Answering<P, K>;
  /** The answer to give when the handler fails; without it the sender hears nothing and reports no answer. */
  failed?(error: unknown): AnswerOf<P, K>;
}

/** A route that checks its message itself, so that it can answer a refusal with its reason. */
export interface SelfCheckingRoute<P, K extends keyof P> {
  from: readonly Origin[];
  checksItself: true;
  handle(message: unknown, sender: Browser.Runtime.MessageSender): Answering<P, K>;
}

export type Routes<P> = { [K in keyof P]?: K extends CheckedType ? Route<P, K> : SelfCheckingRoute<P, K> };

/** What serving needs of the browser: the extension's identity and its message event. */
export interface Runtime {
  id: string;
  getURL(path: string): string;
  onMessage: {
    addListener(listener: Listener): void;
    removeListener(listener: Listener): void;
  };
}

type Listener = (message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (answer: unknown) => void) => true | undefined;

/**
 * The sender's origin: a content script has a tab and a web page's address; ClaimLens's own pages and its
 * background have ClaimLens's address (or, for the background in some browsers, none). Another extension
 * is neither.
 */
export function originOf(sender: Pick<Browser.Runtime.MessageSender, 'id' | 'url'> & { tab?: unknown }, runtime: Pick<Runtime, 'id' | 'getURL'>): Origin | null {
  if (sender.id !== runtime.id) return null;
  const ownAddress = sender.url === undefined || sender.url.startsWith(runtime.getURL(''));
  if (ownAddress) return 'extension';
  return sender.tab ? 'content-script' : null;
}

function typeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

/** Starts serving `routes`; returns a function that stops. */
export function serve<P>(routes: Routes<P>, runtime: Runtime = browser.runtime as unknown as Runtime): () => void {
  const listener: Listener = (message, sender, sendResponse) => {
    const type = typeOf(message);
    // Own properties only: a message typed "constructor" or "toString" finds no route.
    if (type === null || !Object.hasOwn(routes, type)) return undefined;
    const route = routes[type as keyof Routes<P>] as Route<P, keyof P> | SelfCheckingRoute<P, keyof P> | undefined;
    const origin = originOf(sender, runtime);
    if (!route || origin === null || !route.from.includes(origin)) return undefined;
    const checksItself = 'checksItself' in route;
    if (!checksItself && !Object.hasOwn(MESSAGE_SCHEMAS, type)) return undefined;
    const checked = checksItself ? message : checkMessage(type as CheckedType, message);
    if (checked === null) return undefined;
    const failed = (error: unknown): unknown => (!checksItself && route.failed ? route.failed(error) : undefined);
    let answer: unknown;
    try {
      answer = route.handle(checked as MessageOf<P, keyof P>, sender);
    } catch (error) {
      answer = Promise.reject(error);
    }
    if (answer === undefined) return undefined;
    // The callback form (rather than a returned promise) answers in every browser, with or without the
    // polyfill; an answer at hand goes at once.
    if (answer instanceof Promise) answer.then(sendResponse, (error: unknown) => sendResponse(failed(error)));
    else sendResponse(answer);
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
