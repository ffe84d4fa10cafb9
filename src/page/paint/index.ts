import type { HighlightStyle } from '../../settings';
import { HighlightPainter, supportsHighlightApi } from './highlight-painter';
import type { Painter } from './types';
import { WrapPainter } from './wrap-painter';

export type { PaintedClaim, Painter } from './types';
export { MARK_TAG } from './wrap-painter';

/**
 * The Highlight API painter where the browser has it and lets the content script adopt a stylesheet
 * (the ::highlight rules must live in the document); otherwise the wrap painter, which styles its marks itself.
 */
export function createPainter(style: HighlightStyle): Painter {
  if (supportsHighlightApi()) {
    try {
      return new HighlightPainter(style);
    } catch {
      // Adopting a constructed stylesheet from a content script is refused in some browsers.
    }
  }
  return new WrapPainter(style);
}
