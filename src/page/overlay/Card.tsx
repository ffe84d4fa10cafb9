/**
 * The card a reader sees on hovering or stepping to a claim: what is claimed, its value read plainly, how
 * firm it is, when, who says so (with whom they cite), the sentence, and related facts. Page text reaches
 * it only as preact text nodes.
 */
import type { RelatedFact } from '../../core/related/types';
import type { DocumentInfo } from '../../core/types';
import { RelatedFacts } from './RelatedFacts';
import { firmnessText, plainValue, type ReasonLine, sourceChainText, sourceKindText } from '../../view/claim';
import type { CardClaim } from '../page-claim';
import { FindProof } from './find-proof';

export const CARD_TITLE_ID = 'claimlens-card-title';

export interface CardProps {
  item: CardClaim;
  info: DocumentInfo | null;
  /** Null while they are being looked up. */
  facts: RelatedFact[] | null;
  /** Why ClaimLens read the claim so, when the reader asked the card to say. */
  reasons: ReasonLine[] | null;
  onClose: () => void;
}

export function Card({ item, info, facts, reasons, onClose }: CardProps) {
  const { claim, sentence } = item;
  const { source } = claim;
  return (
    <div class={`cl-card cl-${item.style}`} role="dialog" aria-modal="false" aria-labelledby={CARD_TITLE_ID}>
      <h2 class="cl-title" id={CARD_TITLE_ID}>
        <span class="cl-dot" aria-hidden="true" />
        <span>ClaimLens: “{claim.text}”</span>
      </h2>
      <button type="button" class="cl-close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
        ×
      </button>
      <dl class="cl-facts">
        <dt class="cl-label">Value</dt>
        <dd>{plainValue(claim)}</dd>
        <dt class="cl-label">Firmness</dt>
        <dd>{firmnessText(claim)}</dd>
        {claim.when && (
          <>
            <dt class="cl-label">When</dt>
            <dd>{claim.when}</dd>
          </>
        )}
        <dt class="cl-label">Source</dt>
        <dd>
          {sourceChainText(source, info)}
          {/* Where nobody is named, the chain's words already say what kind of source it is. */}
          {source.name && <span class="cl-kind"> ({sourceKindText(source.kind)})</span>}
          {source.cue && ` — “${source.cue}”`}
        </dd>
        {claim.disputedBy && (
          <>
            <dt class="cl-label">Disputed</dt>
            <dd>Disputed by {claim.disputedBy}</dd>
          </>
        )}
        {reasons && reasons.length > 0 && (
          <>
            <dt class="cl-label">Why</dt>
            <dd>
              <ul class="cl-reasons" data-testid="card-reasons">
                {reasons.map((line) => (
                  <li key={line.label}>
                    {line.label}: {line.text}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <blockquote class="cl-sentence">{sentence}</blockquote>
      {/* What the reader saw elsewhere: drawn where the page's window.find() cannot search it. */}
      <FindProof>
        <RelatedFacts claim={claim} facts={facts} />
      </FindProof>
      <p class="cl-keys">Alt+Shift+. next claim · Alt+Shift+, previous · Esc closes</p>
    </div>
  );
}
