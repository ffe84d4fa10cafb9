/**
 * Which elements hold no article text: machinery, controls, navigation, hidden content and
 * the furniture news pages put around and inside their articles.
 */

/** Never text a reader reads as prose: code, controls, embedded media, markup-only elements. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'picture', 'map', 'head', 'title', 'meta', 'link', 'base',
  'input', 'textarea', 'select', 'option', 'optgroup', 'button', 'datalist', 'output', 'progress', 'meter',
  'dialog', 'pre',
]);

/** A form is a sign-up box or a comment box, unless the site wraps the whole page in one (ASP.NET). */
function isPageForm(form: Element): boolean {
  return form.querySelector('article, main, [itemprop="articleBody"]') !== null || form.querySelectorAll('p').length >= 5;
}

/**
 * Code set apart from the prose is not prose; inline code inside a sentence is part of it
 * ("a total of <code>10^5 * 300</code> lists"), so only code outside prose is left out.
 */
const CODE_TAGS = new Set(['code', 'kbd', 'samp']);

/** Landmarks around an article rather than in it. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);

const STORY_TAGS = new Set(['article', 'main', 'body', 'html', 'figcaption']);

const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'tablist', 'form', 'button', 'tooltip', 'status', 'marquee',
]);

/**
 * Class, id and itemprop words of page furniture: bylines, datelines, share bars, "related" and
 * "most read" boxes, comments, ads, newsletter sign-ups, screen-reader-only copies.
 * A class like "article-meta" names furniture by its last word; the strong words below name
 * furniture wherever they stand ("comment-body", "ad-slot", "related-links").
 */
const FURNITURE_HEADS = new Set([
  'byline', 'bylines', 'author', 'authors', 'dateline', 'timestamp', 'date', 'dates', 'time', 'meta', 'metadata',
  'share', 'sharing', 'shares', 'social', 'tools', 'toolbar', 'popular', 'trending', 'recommended', 'recirc',
  'tags', 'sidebar', 'masthead', 'pagination', 'pager', 'banner', 'modal', 'popup', 'credit', 'credits', 'attribution', 'links',
  'more', 'alsos', 'rail', 'footer', 'stamp', 'countdown', 'reference', 'references', 'editsection', 'hatnote', 'navbox', 'noprint',
]);

/** Furniture words pages glue to others ("storytimestamp", "sharebar"): found inside a class token too. */
const FURNITURE_INFIXES = /timestamp|datestamp|byline|dateline|newsletter|advert|recirc|breadcrumb|sharebar|sharetool|socialshare|mostread|mostpopular|addthis/;

const FURNITURE_STRONG = new Set([
  'byline', 'dateline', 'timestamp', 'author', 'authors', 'comment', 'comments', 'disqus', 'replies', 'related', 'mostread', 'mostpopular',
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'sponsor', 'sponsored',
  'promo', 'newsletter', 'subscribe', 'subscription', 'signup', 'breadcrumb', 'breadcrumbs',
  'sharebar', 'sharetools', 'toolbox', 'recirculation', 'teads', 'inread', 'optin', 'ai2html', 'toc', 'cookie', 'consent', 'gdpr', 'visuallyhidden', 'offscreen',
]);

/** Two-word names that only mean furniture together ("most read", "sr-only"). */
const FURNITURE_PAIRS = new Set([
  'most read', 'most popular', 'most viewed', 'read more', 'more stories', 'screen reader', 'visually hidden',
  'sr only', 'off screen', 'more on', 'see also', 'also read', 'read next', 'social share', 'share bar',
]);

/**
 * A "read more" box is furniture, but a container named for what such a button reveals
 * ("entry-content-read-more", "story-body-more") is the story's own text.
 */
const STORY_TEXT_WORDS = new Set(['content', 'body', 'text', 'story', 'article']);
const REVEAL_WORDS = new Set(['more', 'read more']);

/**
 * "paywall" names both the subscription prompt and the part of the story behind it (served in
 * the page, shown to subscribers): the story part holds paragraphs of prose, a prompt does not.
 */
const GATE_NAME = /paywall/i;
const GATED_STORY_PARAGRAPHS = 2;
const PROSE_PARAGRAPH = 80;

function isGatePrompt(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (!GATE_NAME.test(names)) return false;
  let paragraphs = 0;
  for (const paragraph of element.querySelectorAll('p')) {
    if ((paragraph.textContent ?? '').trim().length >= PROSE_PARAGRAPH && ++paragraphs >= GATED_STORY_PARAGRAPHS) return false;
  }
  return true;
}

const CLASS_SPLIT = /\s+/;
const WORD_SPLIT = /[_\-:./]+|(?<=[a-z])(?=[A-Z])/;

function tokenNamesFurniture(token: string): boolean {
  if (FURNITURE_INFIXES.test(token.toLowerCase())) return true;
  const list = token.split(WORD_SPLIT).filter((w) => w.length > 0).map((w) => w.toLowerCase());
  const revealsStory = list.some((word) => STORY_TEXT_WORDS.has(word));
  const last = list[list.length - 1];
  if (last !== undefined && FURNITURE_HEADS.has(last) && !(revealsStory && REVEAL_WORDS.has(last))) return true;
  for (let i = 0; i < list.length; i++) {
    if (FURNITURE_STRONG.has(list[i]!)) return true;
    const pair = i > 0 ? `${list[i - 1]} ${list[i]}` : '';
    if (FURNITURE_PAIRS.has(pair) && !(revealsStory && REVEAL_WORDS.has(pair))) return true;
  }
  return false;
}

/** Whether a class, id or itemprop value names page furniture. */
export function namesFurniture(value: string): boolean {
  if (value.length === 0 || value.length > 500) return false;
  return value.split(CLASS_SPLIT).some((token) => token.length > 0 && tokenNamesFurniture(token));
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by its own markup: what a DOM without layout can still tell. */
function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Utility classes that show an element only on narrow screens, or never: Tailwind's and Bootstrap's. */
const HIDDEN_ON_DESKTOP = /^(?:md|lg|xl):hidden$|^hidden-(?:md|lg|xl)$|^d-(?:md|lg|xl)-none$/;
const SHOWN_FROM_BREAKPOINT = /^(?:sm|md|lg|xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)$/;

/**
 * Without layout, a desktop-width reader of class names: pages often ship a mobile and a desktop
 * copy of the same caption or lede, and only one is visible. The browser's own style test, when
 * given, replaces this guess.
 */
function hiddenByClass(element: Element): boolean {
  const value = element.getAttribute('class');
  if (value === null || value.length === 0) return false;
  const tokens = value.split(/\s+/);
  if (tokens.some((token) => HIDDEN_ON_DESKTOP.test(token))) return true;
  const hidden = tokens.includes('hidden') || tokens.includes('d-none');
  return hidden && !tokens.some((token) => SHOWN_FROM_BREAKPOINT.test(token) || /^d-(?:md|lg|xl)-(?:block|flex|inline)/.test(token));
}

function editable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Containers of running text: a <time> inside one is part of a sentence, elsewhere a dateline. */
const PROSE = 'p, li, td, th, dd, blockquote, figcaption, h1, h2, h3, h4, h5, h6';

/** A list whose items are links and little else: "related stories", "more on this", tag lists. */
function isLinkList(list: Element): boolean {
  const anchors = list.querySelectorAll('a[href]');
  if (anchors.length === 0) return false;
  let linked = 0;
  for (const anchor of anchors) linked += (anchor.textContent ?? '').replace(/\s+/g, '').length;
  const text = (list.textContent ?? '').replace(/\s+/g, '').length;
  return text > 0 && linked >= text * 0.8;
}

const FOOTNOTE_MARK = /^\[?\s*(?:\d{1,3}|[a-z*†‡§])\s*\]?$/i;

/**
 * A footnote marker ("47<sup><a href="#fn1">1</a></sup>", "[3]"): read with its number it would
 * turn 47 into 471.
 */
function isFootnoteMark(sup: Element): boolean {
  const text = (sup.textContent ?? '').trim();
  if (!FOOTNOTE_MARK.test(text)) return false;
  return text.startsWith('[') || sup.querySelector('a[href]') !== null;
}

/** Lower-case local name; linkedom and XHTML documents may report tag names in either case. */
export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** Elements whose text is never article text, wherever they appear. */
export function isMachinery(element: Element, isHidden?: (element: Element) => boolean): boolean {
  const tag = tagOf(element);
  if (NEVER_TEXT.has(tag)) return true;
  if (CODE_TAGS.has(tag) && element.parentElement?.closest(PROSE) == null) return true;
  if (tag === 'form' && !isPageForm(element)) return true;
  if (hiddenByMarkup(element) || editable(element)) return true;
  return isHidden !== undefined ? isHidden(element) : hiddenByClass(element);
}

/**
 * Page furniture: landmarks around the story and the boxes news pages put inside it.
 * A <header> counts as furniture unless it heads an article (where it holds the headline).
 */
export function isFurniture(element: Element): boolean {
  const tag = tagOf(element);
  if (FURNITURE_TAGS.has(tag)) return true;
  if (tag === 'header' && element.parentElement?.closest('article, [itemprop="articleBody"]') == null) return true;
  // The story's own containers are never furniture, whatever their class says ("article has-comments");
  // a caption is kept even when its class calls it a credit, the credit inside it is not.
  if (STORY_TAGS.has(tag) || element.getAttribute('itemprop') === 'articleBody') return false;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  if (tag === 'time' && element.parentElement?.closest(PROSE) == null) return true;
  if (tag === 'sup' && isFootnoteMark(element)) return true;
  if ((tag === 'ul' || tag === 'ol') && isLinkList(element)) return true;
  if (isGatePrompt(element)) return true;
  for (const name of ['class', 'id', 'itemprop', 'data-component', 'data-testid']) {
    const value = element.getAttribute(name);
    if (value !== null && namesFurniture(value)) return true;
  }
  return false;
}
