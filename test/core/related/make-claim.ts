/** Hand-built claims for the related-facts tests, shaped as the engine produces them. */
import { hashString } from '../../../src/core/ids';
import type { Claim, Quantity } from '../../../src/core/types';

export interface ClaimSpec {
  phrase: string;
  kind: Claim['kind'];
  value?: number | null;
  range?: [number, number] | null;
  unit?: string | null;
  change?: Quantity['change'];
  subject?: string | null;
  per?: string | null;
  source?: Partial<Claim['source']>;
}

/** A claim for `spec.phrase` at its first occurrence in `text` (the sentence is the whole text). */
export function claimIn(text: string, spec: ClaimSpec, from = 0): Claim {
  const start = text.indexOf(spec.phrase, from);
  if (start < 0) throw new Error(`"${spec.phrase}" is not in the text`);
  const end = start + spec.phrase.length;
  const sentenceStart = Math.max(0, text.lastIndexOf('. ', start) + 2 * Number(text.lastIndexOf('. ', start) >= 0));
  const nextStop = text.indexOf('.', end);
  return {
    id: hashString(`${spec.phrase}@${start}`),
    text: spec.phrase,
    start,
    end,
    kind: spec.kind,
    quantity: {
      text: spec.phrase,
      start,
      end,
      value: spec.value === undefined ? null : spec.value,
      range: spec.range ?? null,
      unit: spec.unit ?? null,
      change: spec.change ?? '=',
    },
    subject: spec.subject ?? null,
    per: spec.per ?? null,
    when: null,
    hedged: false,
    disputedBy: null,
    sentence: { start: sentenceStart, end: nextStop < 0 ? text.length : nextStop + 1 },
    source: { kind: 'article', name: null, text: null, start: null, end: null, cue: null, via: null, ...spec.source },
  };
}

/** A claim with no text around it, for tests that need only its figures and subject. */
export function claim(spec: ClaimSpec): Claim {
  return claimIn(spec.phrase, spec);
}

/** Claims for phrases of a multi-sentence text, each with its own sentence span. */
export function claimsIn(text: string, specs: ClaimSpec[]): Claim[] {
  return specs.map((spec) => {
    const claim = claimIn(text, spec);
    const stop = text.lastIndexOf('. ', claim.start);
    const start = Math.max(stop === -1 ? 0 : stop + 2, text.lastIndexOf('\n', claim.start) + 1);
    const end = text.slice(claim.end).search(/[.\n]/);
    return { ...claim, sentence: { start, end: end === -1 ? text.length : claim.end + end + 1 } };
  });
}
