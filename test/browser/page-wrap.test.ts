/**
 * The fallback painter for browsers without the Highlight API, run in Chromium on a real DOM: it wraps
 * claims in marks, and clear() gives back the page exactly, the same Text nodes with the same data.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';

const painterEntry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/page/paint/wrap-painter.ts');

const PAGE = `<!doctype html><html><head><title>Wrap</title></head><body>
<article id="story">
  <p id="one">Officials counted <b>over 1 million</b> artillery shells and around 2,000 shipments.</p>
  <p id="two">Prices rose to $3,000 each, a 19% rise.</p>
</article></body></html>`;

let harness: Harness;
let painterScript: string;

beforeAll(async () => {
  const bundle = await esbuild.build({
    entryPoints: [painterEntry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'ClaimLensWrap',
    target: 'chrome120',
  });
  painterScript = bundle.outputFiles[0]!.text;
  harness = await launchHarness();
  await harness.setSettings({ disabledSites: ['127.0.0.1'] });
  harness.server.route('/wrap.html', PAGE);
});

afterAll(async () => {
  await harness?.close();
});

describe('the wrap painter', () => {
  it('marks each claim across element edges and undoes every mark exactly', async () => {
    const { page } = await harness.open('/wrap.html');
    await page.addScriptTag({ content: painterScript });
    const result = await page.evaluate(() => {
      type Wrap = { WrapPainter: new (style: string) => { paint(items: unknown[]): void; setActive(item: unknown): void; clear(): void } };
      const { WrapPainter } = (window as unknown as { ClaimLensWrap: Wrap }).ClaimLensWrap;
      const before = document.body.innerHTML;
      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const data = texts.map((t) => t.data);

      const one = document.getElementById('one')!;
      const two = document.getElementById('two')!;
      // "over 1 million artillery shells": starts inside <b>, ends in the text after it.
      const shells = document.createRange();
      shells.setStart(one.querySelector('b')!.firstChild!, 0);
      shells.setEnd(one.lastChild!, ' artillery shells'.length);
      const shipments = document.createRange();
      const tail = one.lastChild as Text;
      const at = tail.data.indexOf('around 2,000 shipments');
      shipments.setStart(tail, at);
      shipments.setEnd(tail, at + 'around 2,000 shipments'.length);
      const money = document.createRange();
      const moneyText = two.firstChild as Text;
      money.setStart(moneyText, moneyText.data.indexOf('$3,000'));
      money.setEnd(moneyText, moneyText.data.indexOf('$3,000') + '$3,000 each'.length);

      const painter = new WrapPainter('underline');
      const items = [
        { claim: {}, range: shells, style: 'hedged' },
        { claim: {}, range: shipments, style: 'unattributed' },
        { claim: {}, range: money, style: 'attributed' },
      ];
      painter.paint(items);
      painter.setActive(items[1]);
      const marked = [...document.querySelectorAll('claimlens-mark')].map((mark) => mark.textContent);
      const textWhilePainted = document.body.textContent;
      const rangesWhilePainted = items.map((item) => (item.range as Range).toString());
      painter.clear();
      const after = document.body.innerHTML;
      const textsAfter: Text[] = [];
      const again = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = again.nextNode(); node; node = again.nextNode()) textsAfter.push(node as Text);
      return {
        marked,
        rangesWhilePainted,
        sameTextWhilePainted: textWhilePainted === before.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'),
        sameMarkup: after === before,
        sameNodes: textsAfter.length === texts.length && textsAfter.every((t, i) => t === texts[i] && t.data === data[i]),
        marksLeft: document.querySelectorAll('claimlens-mark').length,
      };
    });
    expect(result.marked).toEqual(['over 1 million', ' artillery shells', 'around 2,000 shipments', '$3,000 each']);
    expect(result.rangesWhilePainted).toEqual(['over 1 million artillery shells', 'around 2,000 shipments', '$3,000 each']);
    expect(result.sameTextWhilePainted).toBe(true);
    expect(result.marksLeft).toBe(0);
    expect(result.sameMarkup).toBe(true);
    expect(result.sameNodes).toBe(true);
    await page.close();
  });
});
