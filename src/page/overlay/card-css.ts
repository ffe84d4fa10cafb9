import { CLAIM_COLOURS } from '../paint/styles';

/**
 * The card's styles, inside its shadow root. `:host { all: initial }` keeps the page's inherited styles out.
 * Only generic font families: a page's @font-face cannot take their names, so it cannot swap in a font
 * that fetches a file per character the card draws (a way to read text it cannot see).
 */
export const cardCss = `
:host { all: initial; }
.cl-visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.cl-card {
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  width: max-content; max-width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  padding: 12px 14px; border-radius: 10px; border: 1px solid #d0d4da;
  background: #ffffff; color: #1d2330; box-shadow: 0 6px 24px rgba(15, 23, 42, 0.18);
  font: 14px/1.45 system-ui, sans-serif; text-align: left;
}
@media (prefers-color-scheme: dark) {
  .cl-card { background: #1f2430; color: #e8eaf0; border-color: #3a4150; }
  .cl-sentence { color: #c4c9d4; border-color: #4a5262; }
  .cl-reasons { color: #c4c9d4; }
  .cl-label { color: #a3aab8; }
}
.cl-close {
  position: absolute; top: 6px; right: 6px; width: 26px; height: 26px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: inherit; font: inherit; font-size: 18px; line-height: 1; cursor: pointer; opacity: 0.7;
}
.cl-close:hover, .cl-close:focus-visible { opacity: 1; background: rgba(127, 127, 127, 0.18); }
.cl-title { padding-right: 24px; display: flex; gap: 8px; align-items: baseline; margin: 0 0 8px; font-size: 15px; font-weight: 600; }
.cl-dot { flex: none; width: 10px; height: 10px; border-radius: 50%; }
.cl-attributed .cl-dot { background: ${CLAIM_COLOURS.attributed.line}; }
.cl-unattributed .cl-dot { background: ${CLAIM_COLOURS.unattributed.line}; }
.cl-hedged .cl-dot { background: ${CLAIM_COLOURS.hedged.line}; }
.cl-facts { display: grid; grid-template-columns: auto 1fr; gap: 3px 12px; margin: 0 0 8px; }
.cl-label { color: #5b6475; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; padding-top: 2px; }
.cl-facts dd { margin: 0; }
.cl-kind { font-style: italic; }
.cl-reasons { margin: 0; padding-left: 16px; font-size: 12px; color: #414a5a; }
.cl-sentence { margin: 8px 0; padding-left: 10px; border-left: 3px solid #d0d4da; color: #414a5a; font-size: 13px; }
.cl-keys { margin: 8px 0 0; font-size: 12px; color: #6b7385; }
.cl-card h3 { font-size: 13px; margin: 8px 0 4px; }
`;
