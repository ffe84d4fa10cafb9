/**
 * The UI's words, from `_locales/<language>/messages.json` through `browser.i18n`: the browser picks the
 * reader's language, and both stores read the extension's name and description from the same files.
 */
import { browser } from '../../browser';
import type english from '../../../_locales/en/messages.json';

/** Every message name the English file defines; the other languages may only translate these. */
export type MessageName = keyof typeof english;

export function t(name: MessageName, ...substitutions: string[]): string {
  const text = browser.i18n.getMessage(name, substitutions.length > 0 ? substitutions : undefined);
  // An empty answer is a message no locale has: show its name, which a test or a reader can report.
  return text || name;
}
