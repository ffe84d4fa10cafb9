/**
 * Runs the describer over hand-written text with hand-built findings, so attribution is tested on its
 * own, whatever the quantity finder reads.
 */
import { createDescriber, type DescribedClaim } from '../../../src/core/attribution';
import type { QuantityFinding } from '../../../src/core/quantity';
import { splitSentences } from '../../../src/core/text';
import type { ClaimKind, DocumentInfo } from '../../../src/core/types';

export interface FindingSpec {
  /** The phrase to highlight, found at its first occurrence (after the previous spec's). */
  phrase: string;
  /** The number with its unit inside the phrase; by default the first run of digits and what joins them. */
  quantity?: string;
  kind?: ClaimKind;
  per?: string;
}

export function findingFor(text: string, spec: FindingSpec, from = 0): QuantityFinding {
  const start = text.indexOf(spec.phrase, from);
  if (start < 0) throw new Error(`"${spec.phrase}" is not in the text`);
  const quantityText = spec.quantity ?? /[$€£]?\d[\d,.]*(?:\s?(?:million|billion|mm|km|%))?/.exec(spec.phrase)?.[0];
  if (!quantityText) throw new Error(`no quantity in "${spec.phrase}"`);
  const at = start + spec.phrase.indexOf(quantityText);
  return {
    quantity: { text: quantityText, start: at, end: at + quantityText.length, value: null, range: null, unit: null, change: '=' },
    kind: spec.kind ?? 'count',
    per: spec.per ?? null,
    phrase: { start, end: start + spec.phrase.length },
  };
}

/** Describes `text` sentence by sentence, as the pipeline does, with the findings the specs give. */
export function describe(text: string, specs: FindingSpec[], info: Partial<DocumentInfo> = {}): DescribedClaim[] {
  let from = 0;
  const findings = specs.map((spec) => {
    const f = findingFor(text, spec, from);
    from = f.phrase.end;
    return f;
  });
  const describer = createDescriber(text, info);
  const claims: DescribedClaim[] = [];
  for (const sentence of splitSentences(text)) {
    claims.push(...describer(sentence, findings.filter((f) => f.phrase.start >= sentence.start && f.phrase.end <= sentence.end)));
  }
  return claims;
}

/** The one claim described for a single spec. */
export function describeOne(text: string, spec: FindingSpec, info: Partial<DocumentInfo> = {}): DescribedClaim {
  const [claim] = describe(text, [spec], info);
  if (!claim) throw new Error(`no claim for "${spec.phrase}"`);
  return claim;
}
