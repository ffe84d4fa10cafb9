import { isMachinery } from './skip';

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * How many words a heading shares with the page's title, or 0 unless most of the shorter one's
 * words appear in the other.
 */
function likeness(heading: string, title: string): number {
  const a = words(heading);
  const b = new Set(words(title));
  if (a.length === 0 || b.size === 0) return 0;
  const common = a.filter((word) => b.has(word)).length;
  return common / Math.min(a.length, b.size) >= 0.6 ? common : 0;
}

function visible(element: Element, isHidden?: (element: Element) => boolean): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isMachinery(current, isHidden)) return false;
  }
  return (element.textContent ?? '').trim().length > 0;
}

/**
 * The article's headline: the visible <h1> that reads like the page's title, else the first
 * visible <h1> inside the article root. It may sit outside the root, or inside a container whose
 * class names furniture ("article-meta"); the text collection keeps it either way.
 */
export function findHeadline(doc: Document, root: Element, title: string | null, isHidden?: (element: Element) => boolean): Element | null {
  const headings = [...doc.querySelectorAll('h1')].slice(0, 20);
  if (title) {
    // A site's logo may be an <h1> sharing the site's name with the title: the closer heading wins.
    let best: Element | null = null;
    let bestLikeness = 0;
    for (const heading of headings) {
      const score = likeness(heading.textContent ?? '', title);
      if (score > bestLikeness && visible(heading, isHidden)) {
        best = heading;
        bestLikeness = score;
      }
    }
    if (best) return best;
  }
  return headings.find((h) => root.contains(h) && visible(h, isHidden)) ?? null;
}
