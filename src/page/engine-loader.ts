/**
 * Connects the page to the engine: the background over the one message module, and the page's own copy
 * of the engine (extension/engine-page.js, a web-accessible module behind a per-session address) loaded
 * only the first time the background cannot answer.
 */
import { browser } from '../browser';
import type { EngineClientDeps } from './engine-client';
import type * as PageEngine from './engine-page';
import { ENGINE_ASK_MARK } from './timing';

/** The file build.mjs writes for src/page/engine-page.ts; manifest.json lists it as web-accessible. */
export const PAGE_ENGINE_FILE = 'engine-page.js';

export type PageEngineModule = typeof PageEngine;

/** Loaded once, on first need; a failed load is tried again by the next scan. */
const pageEngine: { module: Promise<PageEngineModule> | null } = { module: null };

export function loadPageEngine(): Promise<PageEngineModule> {
  if (!pageEngine.module) {
    const loading = import(browser.runtime.getURL(PAGE_ENGINE_FILE)) as Promise<PageEngineModule>;
    pageEngine.module = loading;
    loading.catch(() => {
      if (pageEngine.module === loading) pageEngine.module = null;
    });
  }
  return pageEngine.module;
}

export const extensionEngine: EngineClientDeps = {
  send: (request) => {
    performance.mark(ENGINE_ASK_MARK);
    return browser.runtime.sendMessage(request);
  },
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
