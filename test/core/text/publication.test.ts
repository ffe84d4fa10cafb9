import { describe, expect, it } from 'vitest';
import { publicationName } from '../../../src/core/text/publication';

describe('a publication is named as a reader knows it, never by a handle or a piece of the address', () => {
  it('keeps a site name and drops its tagline', () => {
    expect(publicationName({ publisher: 'Harbour Gazette' })).toBe('Harbour Gazette');
    expect(publicationName({ publisher: 'Harbour Gazette | Local news since 1890' })).toBe('Harbour Gazette');
    expect(publicationName({ publisher: 'The Quayside Ledger - Home' })).toBe('The Quayside Ledger');
  });

  it('drops a handle, a platform word and a host or host fragment', () => {
    expect(publicationName({ publisher: '@newsdesk' })).toBeNull();
    expect(publicationName({ publisher: 'Hosted' })).toBeNull();
    expect(publicationName({ publisher: 'examplenews', url: 'https://www.examplenews.com/a/1' })).toBeNull();
    expect(publicationName({ publisher: 'Example-News', url: 'https://example-news.org/story' })).toBeNull();
    expect(publicationName({ publisher: 'harbourgazette.co.uk' })).toBeNull();
    expect(publicationName({ publisher: 'lowercasename' })).toBeNull();
  });

  it('keeps a name written in words though the address spells the same letters', () => {
    expect(publicationName({ publisher: 'Harbour Gazette', url: 'https://www.harbourgazette.co.uk/story' })).toBe('Harbour Gazette');
  });

  it('gives no name when the page gives none', () => {
    expect(publicationName({})).toBeNull();
    expect(publicationName({ publisher: '  ' })).toBeNull();
  });
});
