/** Messages as ClaimLens's parts really write them, for tests that feed the protocol's listeners. */
import { analyse } from '../../src/core/analyse';
import type { Claim, DocumentInfo } from '../../src/core/types';

export const NO_INFO: DocumentInfo = { title: null, url: null, publisher: null, published: null };

/** `count` claims as the engine writes them, each a different figure. */
export function engineClaims(count: number): Claim[] {
  const text = Array.from({ length: count }, (_, i) => `The port handled ${i + 2} ships on Monday.`).join(' ');
  const claims = analyse(text, {}, { highlight: 'every' });
  if (claims.length !== count) throw new Error(`the fixture text gave ${claims.length} claims, not ${count}`);
  return claims;
}
