import type { Claim, DocumentInfo } from '../../core/types';
import { styleOf } from '../../page/format';
import { CLAIM_COLOURS } from '../../page/paint/styles';
import { firmnessOf, sourceLabel } from '../shared/claim-labels';
import { t } from '../shared/i18n';

interface ClaimListProps {
  claims: Claim[];
  info: DocumentInfo;
  onReveal: (claim: Claim) => void;
}

/** Each claim is a button: choosing it scrolls the page to the claim and opens its card. */
export function ClaimList({ claims, info, onReveal }: ClaimListProps) {
  return (
    <ol class="claims" aria-label={t('popupClaimsLabel')}>
      {claims.map((claim) => {
        const firmness = firmnessOf(claim);
        return (
          <li key={claim.id}>
            <button type="button" class="claim" data-claim-id={claim.id} onClick={() => onReveal(claim)}>
              {/* The colour the page marks this claim with: named source, nobody named, or hedged. */}
              <span class="claim-swatch" style={{ background: CLAIM_COLOURS[styleOf(claim)].line }} aria-hidden="true" />
              <span class="claim-body">
                <span class="claim-text">{claim.text}</span>
                <span class="claim-meta">
                  <span class="claim-source">{sourceLabel(claim, info)}</span>
                  <span class={`pill ${firmness}`}>{firmness}</span>
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
