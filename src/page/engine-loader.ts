/**
 * Connects the page to the engine: the background over the one message module, and the page's own copy
 * of the engine (extension/engine-page.js, a web-accessible module behind a per-session address) loaded
 * only the first time the background cannot answer.
 */
import { browser } from '../browser';
import type { DocumentInfo } from '../core/types';
import type { EngineClientDeps, PageEngineResult } from './engine-client';
import { ENGINE_ASK_MARK } from './timing';

/** The file build.mjs writes for src/page/engine-page.ts; manifest.json lists it as web-accessible. */
export const PAGE_ENGINE_FILE = 'engine-page.js';

interface PageEngineModule {
  analyseOnPage(text: string, info: DocumentInfo): Promise<PageEngineResult>;
}

/** Loaded once, on first need; a failed load is tried again by the next scan. */
const pageEngine: { module: Promise<PageEngineModule> | null } = { module: null };

function loadPageEngine(): Promise<PageEngineModule> {
  if (!pageEngine.module) {
    pageEngine.module = import(browser.runtime.getURL(PAGE_ENGINE_FILE)) as Promise<PageEngineModule>;
    pageEngine.module.catch(() => {
      pageEngine.module = null;
    });
  }
  return pageEngine.module;
}

export const extensionEngine: EngineClientDeps = {
  send: (request) => {
    performance.mark(ENGINE_ASK_MARK);
    return browser.runtime.sendMessage(request);
  },
  analyseOnPage: async (text, info) => (await loadPageEngine()).analyseOnPage(text, info),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
