import type { Claim, DocumentInfo } from '../../core/types';
import { styleOf } from '../../view/claim';
import { CLAIM_COLOURS } from '../../page/paint/styles';
import { firmnessOf, sourceLabel } from '../shared/claim-labels';
import { groupBySubject, relatedCountText } from '../../view/groups';
import { t } from '../shared/i18n';

interface ClaimListProps {
  claims: Claim[];
  info: DocumentInfo;
  onReveal: (claim: Claim) => void;
}

/**
 * The claims grouped by what they are about, each with its count of related facts. Each claim is a button:
 * choosing it scrolls the page to the claim and opens its card.
 */
export function ClaimList({ claims, info, onReveal }: ClaimListProps) {
  return (
    <div class="claim-groups" role="group" aria-label={t('popupClaimsLabel')}>
      {groupBySubject(claims, info).map((group, index) => (
        <section class="claim-group" key={group.subject ?? `unknown-${index}`}>
          <h2 class="claim-group-title">{group.subject ?? 'Other figures'}</h2>
          <ClaimItems items={group.claims} info={info} onReveal={onReveal} label={group.subject ?? 'Other figures'} />
        </section>
      ))}
    </div>
  );
}

function ClaimItems({ items, info, onReveal, label }: { items: { claim: Claim; related: number }[]; info: DocumentInfo; onReveal: (claim: Claim) => void; label: string }) {
  return (
    <ol class="claims" aria-label={`Claims about ${label}`}>
      {items.map(({ claim, related }) => {
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
                  <span class="claim-related">{relatedCountText(related)}</span>
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
