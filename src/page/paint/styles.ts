/**
 * The look of a claim on the page. Blue solid: a named source stands behind it; amber dashed: nobody is
 * named; violet wavy: the article hedges. The same colours serve the highlight rules and the fallback marks.
 */
import type { HighlightStyle } from '../../settings';
import type { ClaimStyle } from '../../view/claim';

export const CLAIM_COLOURS: Record<ClaimStyle, { line: string; fill: string; decoration: string }> = {
  attributed: { line: '#1a66d2', fill: 'rgba(26, 102, 210, 0.16)', decoration: 'solid' },
  unattributed: { line: '#c25e00', fill: 'rgba(224, 132, 0, 0.2)', decoration: 'dashed' },
  hedged: { line: '#8137d6', fill: 'rgba(129, 55, 214, 0.16)', decoration: 'wavy' },
};

export const ACTIVE_FILL = 'rgba(255, 200, 40, 0.55)';

/** Declarations for one claim style; only properties ::highlight() honours (colour, background, decoration). */
export function claimDeclarations(claimStyle: ClaimStyle, style: HighlightStyle): string {
  const { line, fill, decoration } = CLAIM_COLOURS[claimStyle];
  switch (style) {
    case 'underline':
      return `text-decoration: underline ${decoration} ${line} 2px;`;
    case 'background':
      return `background-color: ${fill};`;
    case 'outline':
      // ::highlight() cannot draw borders: lines above and below frame the words instead.
      return `text-decoration: underline overline ${decoration} ${line} 1px;`;
  }
}

export function highlightCss(style: HighlightStyle): string {
  const rules = (['attributed', 'unattributed', 'hedged'] as const).map(
    (claimStyle) => `::highlight(claimlens-${claimStyle}) { ${claimDeclarations(claimStyle, style)} }`,
  );
  rules.push(`::highlight(claimlens-active) { background-color: ${ACTIVE_FILL}; }`);
  return rules.join('\n');
}
