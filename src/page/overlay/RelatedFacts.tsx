/**
 * The related-facts section of a claim's card: figures from the same article, ClaimLens's own arithmetic
 * (labelled as computed), claims the reader saw on other sites, and reference figures from fact packs —
 * each with its source and date, and a small chart when two or more figures compare.
 */
import { chartPoints } from '../../view/chart';
import type { Agreement, ArticleFact, FactSource, HistoryFact, RelatedFact, RelatedOrigin } from '../../core/related/types';
import type { Claim } from '../../core/types';
import { afterNumber, articleFactWords, describeFigure, historyComparisonText, repeatNote } from '../../view/related';
import { RelatedChart } from './RelatedChart';

export interface RelatedFactsProps {
  claim: Claim;
  /** Null while the facts are still being looked up. */
  facts: RelatedFact[] | null;
}

const GROUPS: { origin: RelatedOrigin; title: string }[] = [
  { origin: 'article', title: 'In this article' },
  { origin: 'computed', title: 'Computed by ClaimLens' },
  { origin: 'history', title: 'On pages you read' },
  { origin: 'pack', title: 'From your fact packs' },
];

/** Only web addresses become links: a pack could carry javascript: or data: addresses. */
function safeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function formatDate(date: string | number | null): string | null {
  if (date === null) return null;
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) return typeof date === 'string' ? date : null;
  // Pack dates may be a bare year or month: show no more precision than was given.
  if (typeof date === 'string' && /^\d{4}$/.test(date)) return date;
  if (typeof date === 'string' && /^\d{4}-\d{2}$/.test(date)) {
    return parsed.toLocaleDateString(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  }
  return parsed.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function AgreementBadge({ agreement }: { agreement: Agreement | null }) {
  if (!agreement) return null;
  return <span class={`cl-related-verdict cl-related-${agreement.verdict}`}>{agreement.summary}</span>;
}

function SourceLine({ source, extra }: { source: FactSource; extra?: string }) {
  const href = safeHref(source.url);
  const date = formatDate(source.date);
  return (
    <span class="cl-related-source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source.title ?? href}>
          {source.name}
        </a>
      ) : (
        source.name
      )}
      {date && ` · ${date}`}
      {extra && ` · ${extra}`}
    </span>
  );
}

/** A figure of the same article: the words around it with the number marked, what it is about, who says it, how it compares. */
function ArticleItem({ fact }: { fact: ArticleFact }) {
  const words = articleFactWords(fact);
  const { before, number, after } = words.excerpt;
  return (
    <li class="cl-related-fact" data-origin="article" data-relation={fact.relation}>
      <span class="cl-related-context">
        {before && `…${before} `}
        <strong class="cl-related-number">{number}</strong>
        {afterNumber(after)}
      </span>
      {words.about && <span class="cl-related-about"> ({words.about})</span>}
      <span class="cl-related-source"> — {words.source}</span>
      {words.comparison && (
        <>
          {' '}
          <span class={`cl-related-verdict cl-related-${fact.agreement?.verdict ?? 'role'}`}>{words.comparison}</span>
        </>
      )}
      {words.note && <span class="cl-related-note"> · {words.note}</span>}
    </li>
  );
}

/** A figure from another article: its page's title, site and date, and how it compares, a change over time included. */
function HistoryItem({ fact, claim }: { fact: HistoryFact; claim: Claim }) {
  const comparison = historyComparisonText(fact, claim);
  const verdict = fact.overTime ? 'change' : (fact.agreement?.verdict ?? null);
  return (
    <li class="cl-related-fact" data-origin="history">
      <span class="cl-related-text">“{fact.text}”</span>{' '}
      {fact.source.title && <span class="cl-related-title-text">{fact.source.title} · </span>}
      <SourceLine source={fact.source} extra={`seen ${formatDate(fact.seen) ?? ''}`} />{' '}
      {comparison && <span class={`cl-related-verdict cl-related-${verdict ?? 'role'}`}>{comparison}</span>}
    </li>
  );
}

function FactItem({ fact, claim }: { fact: RelatedFact; claim: Claim }) {
  switch (fact.origin) {
    case 'article':
      return <ArticleItem fact={fact} />;
    case 'repeat':
      return null;
    case 'computed':
      return (
        <li class="cl-related-fact" data-origin="computed">
          <span class="cl-related-arithmetic">{fact.arithmetic}</span>
        </li>
      );
    case 'history':
      return <HistoryItem fact={fact} claim={claim} />;
    case 'pack':
      return (
        <li class="cl-related-fact" data-origin="pack">
          <span class="cl-related-text" title={fact.text}>
            {describeFigure(fact.figure, fact.kind, fact.subject)}
          </span>{' '}
          <SourceLine source={fact.source} extra={fact.packName} />{' '}
          <AgreementBadge agreement={fact.agreement} />
        </li>
      );
  }
}

export function RelatedFacts({ claim, facts }: RelatedFactsProps) {
  if (facts === null) {
    return (
      <section class="cl-related" aria-busy="true">
        <h3 class="cl-related-title">Related facts</h3>
        <p class="cl-related-empty">Looking for related facts…</p>
      </section>
    );
  }
  if (facts.length === 0) {
    return (
      <section class="cl-related">
        <h3 class="cl-related-title">Related facts</h3>
        <p class="cl-related-empty">None found.</p>
      </section>
    );
  }
  const points = chartPoints(claim, facts);
  const repeated = repeatNote(facts);
  const listed = facts.filter((f) => f.origin !== 'repeat');
  return (
    <section class="cl-related">
      <h3 class="cl-related-title">Related facts</h3>
      {repeated && <p class="cl-related-repeat">{repeated}</p>}
      {listed.length === 0 && <p class="cl-related-empty">None found.</p>}
      {points.length >= 2 && <RelatedChart points={points} kind={claim.kind} />}
      {GROUPS.map(({ origin, title }) => {
        const group = listed.filter((f) => f.origin === origin);
        if (group.length === 0) return null;
        return (
          <div class="cl-related-group" data-origin={origin} key={origin}>
            <h4 class="cl-related-group-title">{title}</h4>
            <ul class="cl-related-list">
              {group.map((fact) => (
                <FactItem fact={fact} claim={claim} key={fact.id} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** Styles for the section; the card adds them to its shadow root next to its own. */
export const relatedFactsCss = `
.cl-related { margin-top: 8px; font-size: 12px; }
.cl-related-title { font-size: 12px; margin: 0 0 4px; }
.cl-related-group-title { font-size: 11px; margin: 6px 0 2px; opacity: 0.75; font-weight: 600; }
.cl-related-list { list-style: none; margin: 0; padding: 0; }
.cl-related-fact { margin: 2px 0; line-height: 1.35; }
.cl-related-source, .cl-related-arithmetic { opacity: 0.8; }
.cl-related-source a { color: inherit; }
.cl-related-verdict { font-weight: 600; }
.cl-related-agrees { color: #15803d; }
.cl-related-differs { color: #b91c1c; }
.cl-related-change { color: #1d4ed8; }
.cl-related-number { font-weight: 600; }
.cl-related-about, .cl-related-note, .cl-related-repeat { opacity: 0.8; }
.cl-related-repeat { margin: 0 0 4px; font-style: italic; }
.cl-related-chart { display: block; margin: 4px 0; max-width: 100%; }
.cl-related-empty { margin: 0; opacity: 0.7; }
`;
