import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../../../src/page/article';
import { page } from './dom';

describe('what a page says about itself', () => {
  it('prefers Open Graph and the canonical link', () => {
    const doc = page('', `<title>Ignored | Site</title>
      <meta property="og:title" content="Headline from OG">
      <meta property="og:site_name" content="The Daily">
      <link rel="canonical" href="https://daily.example/story">
      <meta property="og:url" content="https://daily.example/other">
      <meta property="article:published_time" content="2024-01-02T03:04:05Z">`);
    expect(readDocumentInfo(doc)).toEqual({ title: 'Headline from OG', url: 'https://daily.example/story', publisher: 'The Daily', published: '2024-01-02T03:04:05Z' });
  });

  it('falls back on JSON-LD, then the <title> without its site suffix, then the host', () => {
    const doc = page('', `<title>Prices rise for a third month | The Ledger</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-05-06","publisher":{"@type":"Organization","name":"Ledger Media"}}]}</script>
      <script type="application/ld+json">{ not json</script>`);
    expect(readDocumentInfo(doc)).toEqual({ title: 'Prices rise for a third month', url: null, publisher: 'Ledger Media', published: '2024-05-06' });
    const bare = page('', '<title>Prices rise for a third month - The Ledger</title>');
    expect(readDocumentInfo(bare, 'https://www.ledger.example/a/1')).toEqual({
      title: 'Prices rise for a third month', url: 'https://www.ledger.example/a/1', publisher: 'ledger.example', published: null,
    });
  });

  it('names the publisher by the first name a reader would recognise, past a handle, a platform word or a host fragment', () => {
    const handle = page('', `<meta property="og:site_name" content="@harbourdesk">
      <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Gazette"}}</script>`);
    expect(readDocumentInfo(handle).publisher).toBe('Harbour Gazette');
    const platform = page('', `<meta name="application-name" content="Hosted">
      <script type="application/ld+json">{"@type":"NewsArticle","publisher":"The Quayside Ledger"}</script>`);
    expect(readDocumentInfo(platform).publisher).toBe('The Quayside Ledger');
    const fragment = page('', `<meta property="og:site_name" content="quaysideledger">
      <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Quayside Ledger"}}</script>`);
    expect(readDocumentInfo(fragment, 'https://www.quaysideledger.com/a/1').publisher).toBe('Quayside Ledger');
  });

  it('keeps what the page gives when it gives no better name', () => {
    const doc = page('', '<meta property="og:site_name" content="@harbourdesk">');
    expect(readDocumentInfo(doc).publisher).toBe('@harbourdesk');
  });

  it('keeps a title whose last part is not the site', () => {
    const doc = page('', '<title>Budget: what the 3% rise means for schools and hospitals</title>');
    expect(readDocumentInfo(doc).title).toBe('Budget: what the 3% rise means for schools and hospitals');
  });
});
