/**
 * The budgets of issue 5 (§2). They are figures the bench reports against, never assertions in tests.
 */
export const budgets = {
  /** Warm build time ÷ bare Astro + MDX build time. */
  warmBuildRatio: 1.3,
  /** Cold build time ÷ bare Astro + MDX build time. */
  coldBuildRatio: 2,
  /** Peak resident memory of the cold build of the national set, in bytes (issue 15). */
  coldBuildPeakRss: 4 * 2 ** 30,
  /** Gzip bytes of a page's HTML plus the CSS it links. */
  pageHtmlCssGzip: 14 * 1024,
  /** Gzip bytes of JavaScript a page loads, outside search and the quick exit. */
  pageJsGzip: 0,
  /** Gzip bytes of JavaScript a page with the quick exit loads: that script only. */
  quickExitJsGzip: 512,
  /** Gzip bytes the search page fetches for its first query, at most: script, index, words, result pages (issue 12). */
  searchFirstQueryGzip: 50 * 1024,
  /** Writes of an apply with nothing to change. */
  noopWrites: 0,
  /** Reads of an apply with nothing to change: a couple of inventory reads plus one per room. */
  noopReads: (rooms: number) => 2 + rooms,
  /** First apply wall time ÷ (writes ÷ rate limit). */
  firstApplyToFloor: 1.1,
  /** Every Lighthouse category. */
  lighthouseScore: 100,
} as const;
