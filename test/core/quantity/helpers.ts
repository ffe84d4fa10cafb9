import { findQuantities, type ReadFinding } from '../../../src/core/quantity';

/** The findings of one sentence of text. */
export const find = (text: string): ReadFinding[] => findQuantities(text, { start: 0, end: text.length });

/** The one finding whose quantity text is `written`; fails the test when there is none. */
export function only(text: string, written?: string): ReadFinding {
  const found = find(text);
  const match = written === undefined ? found : found.filter((f) => f.quantity.text === written);
  if (match.length !== 1) throw new Error(`expected one finding${written ? ` "${written}"` : ''} in "${text}", got ${JSON.stringify(found.map((f) => f.quantity.text))}`);
  return match[0]!;
}
