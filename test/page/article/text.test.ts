import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, offsetAt, rangeFor } from '../../../src/page/article';
import { expectRoundTrip, page } from './dom';

/** Text of a page whose whole body is the article. */
function textOf(body: string): string {
  return extractArticle(page(`<article>${body}</article>`))!.text;
}

describe('text as a reader sees it', () => {
  it('joins inline elements without losing or adding spaces', () => {
    expect(textOf('<p>foo<b>bar</b> baz <i>qux</i>,<a href="#">link</a>.</p>')).toBe('foobar baz qux,link.\n');
  });

  it('collapses whitespace runs and trims line ends', () => {
    expect(textOf('<p>\n   one \t\n two   <span>  three </span>  </p>')).toBe('one two three\n');
  });

  it('puts blocks, list items, cells and line breaks on their own lines', () => {
    expect(textOf('<h2>Head</h2><p>First<br>second</p><ul><li>a</li><li>b</li></ul><table><tr><td>1</td><td>2</td></tr></table><div>end</div>'))
      .toBe('Head\nFirst\nsecond\na\nb\n1\n2\nend\n');
  });

  it('keeps a figure caption as its own line', () => {
    expect(textOf('<p>Before.</p><figure><img src="x.png"><figcaption>Exports rose 4% in May.</figcaption></figure><p>After.</p>'))
      .toBe('Before.\nExports rose 4% in May.\nAfter.\n');
  });

  it('keeps non-breaking spaces as written, so offsets stay one to one', () => {
    expect(textOf('<p>costs $3,000&nbsp;each</p>')).toBe('costs $3,000\u00a0each\n');
  });
});

describe('the offset map', () => {
  const doc = page('<article><p>Alpha <b>beta</b>\n  gamma</p><p>  delta   epsilon</p></article>');
  const extraction = extractArticle(doc)!;

  it('round-trips every segment to its Text node', () => {
    expect(extraction.text).toBe('Alpha beta gamma\ndelta epsilon\n');
    expectRoundTrip(extraction);
  });

  it('maps a span across elements to DOM positions', () => {
    const start = extraction.text.indexOf('beta');
    const span = rangeFor(extraction, start, extraction.text.indexOf('gamma') + 5)!;
    expect(span.startNode.data).toBe('beta');
    expect(span.startOffset).toBe(0);
    expect(span.endNode.data).toBe('\n  gamma');
    expect(span.endOffset).toBe(8);
  });

  it('moves span edges off collapsed whitespace onto text', () => {
    const between = extraction.text.indexOf(' gamma');
    const span = rangeFor(extraction, between, between + 6)!;
    expect(span.startNode.data.slice(span.startOffset, span.endOffset)).toBe('gamma');
    expect(rangeFor(extraction, between, between + 1)).toBeNull();
    expect(rangeFor(extraction, 3, 3)).toBeNull();
  });

  it('maps DOM positions back to text offsets', () => {
    const gammaNode = rangeFor(extraction, extraction.text.indexOf('gamma'), extraction.text.indexOf('gamma') + 1)!.startNode;
    expect(offsetAt(extraction, gammaNode, 3)).toBe(extraction.text.indexOf('gamma'));
    expect(offsetAt(extraction, gammaNode, 5)).toBe(extraction.text.indexOf('gamma') + 2);
    const outside = doc.createTextNode('not extracted');
    expect(offsetAt(extraction, outside, 0)).toBeNull();
  });

  it('holds for any mix of inline and block markup and whitespace', () => {
    const word = fc.stringMatching(/^[a-z0-9$,.]{1,6}$/);
    const space = fc.constantFrom(' ', '  ', '\n', ' \n\t ', '');
    const inline = fc.tuple(fc.constantFrom('b', 'i', 'a', 'span', 'em'), fc.array(fc.tuple(space, word), { maxLength: 3 }))
      .map(([tag, parts]) => `<${tag}>${parts.map(([s, w]) => s + w).join('')}</${tag}>`);
    const piece = fc.oneof(word, space, inline, fc.constant('<br>'));
    const block = fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'blockquote'), fc.array(piece, { maxLength: 8 }))
      .map(([tag, parts]) => `<${tag}>${parts.join('')}</${tag}>`);
    fc.assert(
      fc.property(fc.array(fc.oneof(block, piece), { minLength: 1, maxLength: 8 }), (parts) => {
        const result = extractArticle(page(`<article>${parts.join('')}</article>`))!;
        expectRoundTrip(result);
        expect(result.text).not.toMatch(/ {2}|^ | \n|\n |\n\n/);
        for (const segment of result.segments) {
          const span = rangeFor(result, segment.start, segment.end)!;
          expect(span.startNode).toBe(segment.node);
          expect(offsetAt(result, span.startNode, span.startOffset)).toBe(segment.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
