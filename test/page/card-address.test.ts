import { describe, expect, it } from 'vitest';
import { addressForCard } from '../../src/page/overlay/card-address';

describe('addresses on the card', () => {
  it('keeps origin and path and drops the query string and fragment', () => {
    expect(addressForCard('https://news.example:8443/world/story?session=abc123&q=elections#comments')).toBe(
      'https://news.example:8443/world/story',
    );
  });

  it('drops credentials written into the address', () => {
    expect(addressForCard('http://reader:secret@intranet.example/report')).toBe('http://intranet.example/report');
  });

  it('gives no address for anything but the web, nor for text that is no address', () => {
    expect(addressForCard('javascript:alert(1)')).toBeNull();
    expect(addressForCard('data:text/html,<b>x</b>')).toBeNull();
    expect(addressForCard('not an address')).toBeNull();
    expect(addressForCard(null)).toBeNull();
  });
});
