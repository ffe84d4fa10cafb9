/**
 * The painters on a real DOM in Chromium, loaded into the page itself (not as the extension). The fallback
 * painter for browsers without the Highlight API wraps claims in marks, and clear() gives back the page
 * exactly, the same Text nodes with the same data; a page writing to nodes it split gets them as it wrote
 * them. The Highlight API painter copes with the adoptedStyleSheets of Firefox ESR 140.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';

const paintDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/page/paint');

const PAGE = `<!doctype html><html><head><title>Wrap</title></head><body>
<article id="story">
  <p id="one">Officials counted <b>over 1 million</b> artillery shells and around 2,000 shipments.</p>
  <p id="two">Prices rose to $3,000 each, a 19% rise.</p>
  <p id="live">Officials said 47 people were evacuated, and the ministry said 12 roads were closed.</p>
</article></body></html>`;

let harness: Harness;
let painterScript: string;

beforeAll(async () => {
  const bundle = await esbuild.build({
    stdin: {
      contents: "export { WrapPainter } from './wrap-painter'; export { HighlightPainter } from './highlight-painter';",
      resolveDir: paintDir,
      loader: 'ts',
    },
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
      type Wrap = { WrapPainter: new (style: string) => { paint(items: unknown[]): void; flush(): void; setActive(item: unknown): void; clear(): void } };
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
      painter.flush();
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

/** Loads the painters into a fresh copy of the page, with a helper that makes a range over a phrase. */
async function openWithPainters() {
  const { page } = await harness.open('/wrap.html');
  await page.addScriptTag({ content: painterScript });
  await page.addScriptTag({
    content: `window.rangeOver = (text, phrase) => {
      const range = document.createRange();
      const at = text.data.indexOf(phrase);
      range.setStart(text, at);
      range.setEnd(text, at + phrase.length);
      return range;
    };`,
  });
  return page;
}

interface PainterLike {
  paint(items: unknown[]): void;
  flush(): void;
  clear(): void;
}
interface PageGlobals {
  ClaimLensWrap: { WrapPainter: new (style: string) => PainterLike; HighlightPainter: new (style: string) => PainterLike };
  rangeOver(text: Text, phrase: string): Range;
}

describe('the wrap painter and a page that changes what it split', () => {
  it('leaves a node the page rewrote as the page wrote it, and switching off keeps it so', async () => {
    const page = await openWithPainters();
    const result = await page.evaluate(async () => {
      const { ClaimLensWrap, rangeOver } = window as unknown as PageGlobals;
      const paragraph = document.getElementById('live')!;
      const own = paragraph.firstChild as Text;
      const painter = new ClaimLensWrap.WrapPainter('underline');
      painter.paint([{ claim: {}, range: rangeOver(own, '47 people'), style: 'attributed' }]);
      painter.flush();
      const marksWhilePainted = paragraph.querySelectorAll('claimlens-mark').length;
      // A framework keeps the Text node it made and sets its text.
      own.data = 'Officials now say 52 people were evacuated.';
      await new Promise((resolve) => setTimeout(resolve, 0));
      const afterWrite = { text: paragraph.textContent, nodes: paragraph.childNodes.length, same: paragraph.firstChild === own };
      painter.clear();
      const afterClear = { text: paragraph.textContent, nodes: paragraph.childNodes.length, same: paragraph.firstChild === own };
      return { marksWhilePainted, afterWrite, afterClear };
    });
    expect(result.marksWhilePainted).toBe(1);
    const asWritten = { text: 'Officials now say 52 people were evacuated.', nodes: 1, same: true };
    expect(result.afterWrite).toEqual(asWritten);
    expect(result.afterClear).toEqual(asWritten);
    await page.close();
  });

  it('keeps every piece as written when a script rewrites each text node, and lets the node go', async () => {
    const page = await openWithPainters();
    const result = await page.evaluate(async () => {
      const { ClaimLensWrap, rangeOver } = window as unknown as PageGlobals;
      const paragraph = document.getElementById('live')!;
      const own = paragraph.firstChild as Text;
      const original = own.data;
      const painter = new ClaimLensWrap.WrapPainter('underline');
      painter.paint([
        { claim: {}, range: rangeOver(own, '47 people'), style: 'attributed' },
        { claim: {}, range: rangeOver(own, '12 roads'), style: 'hedged' },
      ]);
      painter.flush();
      const marksWhilePainted = paragraph.querySelectorAll('claimlens-mark').length;
      // A translation or reading tool walks the text nodes and rewrites each.
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      for (const text of texts) text.data = text.data.toUpperCase();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const afterWrite = { text: paragraph.textContent, nodes: paragraph.childNodes.length, same: paragraph.firstChild === own };
      painter.clear();
      return { original, marksWhilePainted, afterWrite, afterClearText: paragraph.textContent, afterClearSame: paragraph.firstChild === own };
    });
    expect(result.marksWhilePainted).toBe(2);
    expect(result.afterWrite).toEqual({ text: result.original.toUpperCase(), nodes: 1, same: true });
    expect(result.afterClearText).toBe(result.original.toUpperCase());
    expect(result.afterClearSame).toBe(true);
    await page.close();
  });

  it('takes its pieces away when the page removes its own node', async () => {
    const page = await openWithPainters();
    const result = await page.evaluate(async () => {
      const { ClaimLensWrap, rangeOver } = window as unknown as PageGlobals;
      const paragraph = document.getElementById('live')!;
      const own = paragraph.firstChild as Text;
      const painter = new ClaimLensWrap.WrapPainter('underline');
      painter.paint([{ claim: {}, range: rangeOver(own, '12 roads'), style: 'attributed' }]);
      painter.flush();
      own.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const afterRemove = paragraph.innerHTML;
      painter.clear();
      return { afterRemove, afterClear: paragraph.innerHTML, ownData: own.data };
    });
    expect(result).toEqual({ afterRemove: '', afterClear: '', ownData: 'Officials said 47 people were evacuated, and the ministry said ' });
    await page.close();
  });

  it('paints claims a scan maps into a node after an earlier slice painted in it', async () => {
    const page = await openWithPainters();
    const result = await page.evaluate(() => {
      const { ClaimLensWrap, rangeOver } = window as unknown as PageGlobals;
      const paragraph = document.getElementById('live')!;
      const own = paragraph.firstChild as Text;
      const before = paragraph.innerHTML;
      // A scan maps each claim to the node and offsets it read before painting anything.
      const secondAt = own.data.indexOf('12 roads');
      const painter = new ClaimLensWrap.WrapPainter('underline');
      try {
        painter.paint([{ claim: {}, range: rangeOver(own, '47 people'), style: 'attributed' }]);
        const second = document.createRange();
        second.setStart(own, secondAt);
        second.setEnd(own, secondAt + '12 roads'.length);
        painter.paint([{ claim: {}, range: second, style: 'hedged' }]);
        painter.flush();
      } catch (error) {
        return { error: String(error) };
      }
      const marked = [...paragraph.querySelectorAll('claimlens-mark')].map((mark) => mark.textContent);
      painter.clear();
      return { error: null, marked, restored: paragraph.innerHTML === before && paragraph.firstChild === own };
    });
    expect(result).toEqual({ error: null, marked: ['47 people', '12 roads'], restored: true });
    await page.close();
  });
});

describe('the highlight painter in a browser whose adoptedStyleSheets has no includes (Firefox ESR 140)', () => {
  it('paints and cleans up instead of throwing', async () => {
    const page = await openWithPainters();
    const result = await page.evaluate(() => {
      const { ClaimLensWrap, rangeOver } = window as unknown as PageGlobals;
      const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!;
      const real = () => descriptor.get!.call(document) as CSSStyleSheet[];
      // An ObservableArray as that Firefox has it: indexed and iterable, but none of Array's methods.
      Object.defineProperty(document, 'adoptedStyleSheets', {
        configurable: true,
        get() {
          const list = real();
          const shaped: Record<string | symbol, unknown> = { length: list.length, [Symbol.iterator]: () => list[Symbol.iterator]() };
          list.forEach((sheet, i) => (shaped[i] = sheet));
          return shaped;
        },
        set(value: CSSStyleSheet[]) {
          descriptor.set!.call(document, value);
        },
      });
      const paragraph = document.getElementById('live')!;
      const own = paragraph.firstChild as Text;
      let painter: PainterLike | null = null;
      try {
        painter = new ClaimLensWrap.HighlightPainter('underline');
        painter.paint([{ claim: {}, range: rangeOver(own, '47 people'), style: 'attributed' }]);
      } catch (error) {
        return { error: String(error) };
      }
      const painted = [...(CSS.highlights.get('claimlens-attributed') ?? [])].map((range) => (range as Range).toString());
      const adopted = real().length;
      painter.clear();
      return { error: null, painted, adopted, adoptedAfter: real().length, registered: CSS.highlights.size, untouched: paragraph.childNodes.length === 1 };
    });
    expect(result).toEqual({ error: null, painted: ['47 people'], adopted: 1, adoptedAfter: 0, registered: 0, untouched: true });
    await page.close();
  });
});
