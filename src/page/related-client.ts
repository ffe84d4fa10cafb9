/**
 * The content script's door to related facts: the article's own facts are computed here (pure and cheap),
 * history and fact-pack facts come from the background. When the background cannot answer (asleep and
 * failing to wake, crashed, its database blocked) the card still gets the article's facts.
 *
 * Addresses from history and packs reach the card as origin and path alone (see card-address.ts).
 */
import { relatedInArticle } from '../core/related';
import type { RelatedFact } from '../core/related/types';
import type { Claim, DocumentInfo } from '../core/types';
import type { RelatedLookupResult } from '../messages';
import { askBackground } from '../messaging/send';
import { addressForCard } from './overlay/card-address';
import { measured, yieldToPage } from './timing';

export interface PageRelatedFacts {
  /** Facts by claim id: the article's, then history (newest first), then packs. */
  facts: Map<string, RelatedFact[]>;
  /** Why history and packs are missing, or null. */
  problem: string | null;
}

function withAddressForCard(fact: RelatedFact): RelatedFact {
  if (fact.origin !== 'history' && fact.origin !== 'pack') return fact;
  return { ...fact, source: { ...fact.source, url: addressForCard(fact.source.url) } };
}

/** How long the card waits for the background before showing the article's facts alone. */
const LOOKUP_TIMEOUT_MS = 4000;

function isLookupResult(value: unknown): value is RelatedLookupResult {
  return typeof value === 'object' && value !== null && typeof (value as { facts?: unknown }).facts === 'object';
}

async function lookUp(claims: Claim[], info: DocumentInfo, url: string): Promise<RelatedLookupResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the background did not answer in time')), LOOKUP_TIMEOUT_MS);
  });
  try {
    // Sending copies the claims on the page's thread: a long article's copy is one of ClaimLens's tasks.
    const answer: unknown = await Promise.race([measured('related lookup sent', () => askBackground({ type: 'related-lookup', url, info, claims })), timeout]);
    if (!isLookupResult(answer)) throw new Error('the background gave no related facts');
    return answer;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Related facts for a page's claims. `text` is the analysed text the claims' offsets point into (it tells a
 * list of parts from numbers that merely sit close); never sent anywhere.
 */
export async function fetchRelatedFacts(
  claims: Claim[],
  info: DocumentInfo,
  url: string,
  text?: string,
): Promise<PageRelatedFacts> {
  return addBackgroundFacts(relatedInArticle(claims, text, info), claims, info, url);
}

/**
 * Claims per lookup message. Sending copies the claims on the page's thread, which for tens of thousands is a
 * long task: a big page asks in batches, each sent in a task of its own.
 */
const LOOKUP_BATCH = 1000;

type BatchAnswer = { ok: true; value: RelatedLookupResult } | { ok: false; error: unknown };

/** Adds history and fact-pack facts to the article's own (computed by the caller, in slices on a page). */
export async function addBackgroundFacts(
  facts: Map<string, RelatedFact[]>,
  claims: Claim[],
  info: DocumentInfo,
  url: string,
): Promise<PageRelatedFacts> {
  if (claims.length === 0) return { facts, problem: null };
  const answers: Promise<BatchAnswer>[] = [];
  for (let from = 0; from < claims.length; from += LOOKUP_BATCH) {
    if (from > 0) await yieldToPage();
    // Settled at once: a batch refused while the next is being sent is no unhandled rejection.
    answers.push(
      lookUp(claims.slice(from, from + LOOKUP_BATCH), info, url).then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error }),
      ),
    );
  }
  let problem: string | null = null;
  for (const result of await Promise.all(answers)) {
    if (!result.ok) {
      const { error } = result;
      problem ??= `Related facts from history and packs are unavailable: ${error instanceof Error ? error.message : String(error)}`;
      continue;
    }
    problem ??= result.value.problem;
    for (const [id, more] of Object.entries(result.value.facts)) {
      const list = facts.get(id);
      if (list && Array.isArray(more)) list.push(...more.map(withAddressForCard));
    }
  }
  return { facts, problem };
}
