import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../src/page/paint/styles';

// ::highlight() honours only these properties; anything else in a rule would silently do nothing.
const HONOURED = /^(color|background-color|text-decoration(-line|-style|-color|-thickness)?|text-shadow)$/;

describe('highlightCss', () => {
  for (const style of ['underline', 'background', 'outline'] as const) {
    it(`gives every claim style a rule of honoured properties (${style})`, () => {
      const css = highlightCss(style);
      for (const name of ['attributed', 'unattributed', 'hedged', 'active']) {
        expect(css).toContain(`::highlight(claimlens-${name})`);
      }
      const properties = [...css.matchAll(/([a-z-]+)\s*:/g)].map((match) => match[1]!).filter((p) => p !== 'highlight');
      expect(properties.length).toBeGreaterThan(0);
      for (const property of properties) expect(property).toMatch(HONOURED);
    });
  }

  it('tells the three claim styles apart in every setting', () => {
    for (const style of ['underline', 'background', 'outline'] as const) {
      const rules = highlightCss(style).split('\n').slice(0, 3).map((rule) => rule.replace(/claimlens-\w+/, ''));
      expect(new Set(rules).size).toBe(3);
    }
  });
});
