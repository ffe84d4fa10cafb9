/** The wording of related figures shared by the card, the popup's export and the CLI. */
import { describe, expect, it } from 'vitest';
import { afterNumber, excerptText } from '../../src/view/related';

describe('the words after a related number', () => {
  it('keeps punctuation against the number and adds no ellipsis where the sentence ends', () => {
    expect(afterNumber('.')).toBe('.');
    expect(afterNumber(', the ministry said.')).toBe(', the ministry said.');
    expect(excerptText({ before: 'the crates were priced at', number: '$40 each', after: '.' })).toBe('…the crates were priced at «$40 each».');
  });

  it('marks with an ellipsis a sentence that goes on', () => {
    expect(afterNumber('of timber left the')).toBe(' of timber left the…');
    expect(afterNumber(', mostly by')).toBe(', mostly by…');
    expect(afterNumber('')).toBe('');
  });
});
