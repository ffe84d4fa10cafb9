/**
 * How much of the history any one page or site may take, and how much there is in all. Any page can
 * report claims (a script calling pushState forty times reports forty pages), so without bounds one site
 * could fill the database and crowd every other site out of the cards.
 */

export interface HistoryBudgets {
  /** A page keeps its first distinct figures up to this many. */
  pageClaims: number;
  /** A site keeps its newest records up to this many; the oldest go first. */
  siteRecords: number;
  /** The whole history keeps its newest records up to this many; the oldest go first. */
  totalRecords: number;
}

/**
 * A long news article has a few dozen figures, so 100 a page loses nothing real; 1,000 a site is ten
 * such articles' worth, or months of one site's ordinary stories; a record is about 0.4 KB, so 50,000 in
 * all keeps the history near 20 MB.
 */
export const HISTORY_BUDGETS: HistoryBudgets = { pageClaims: 100, siteRecords: 1000, totalRecords: 50_000 };

/** A card lists at most this many of one site's figures for a claim, so one site never fills it. */
export const SITE_SHOWN = 2;
