/**
 * The one door to the WebExtension API. webextension-polyfill is end-of-life (Chromium has shipped
 * `browser` natively since 148, Firefox always has): use the native object where it exists and the
 * polyfill elsewhere, so dropping the polyfill later touches this file only.
 */
import type Browser from 'webextension-polyfill';
import polyfill from 'webextension-polyfill';

declare const globalThis: { browser?: typeof Browser };

export const browser: typeof Browser = globalThis.browser?.runtime?.id ? globalThis.browser : polyfill;
export type { Browser };
