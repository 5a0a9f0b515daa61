import { describe, expect, it } from 'vitest';
import { budgets } from '../../tools/bench/budgets.ts';
import { pageWeights } from '../../tools/bench/page-weight.ts';
import { siteDir } from './built-site.ts';

/**
 * Every page of the sample site stays within the benchmark's budget for what a phone downloads first: the HTML and
 * the stylesheets it links, gzipped, at most 14 KiB; and no page but search loads JavaScript, save the quick exit's
 * few lines on the pages that offer it.
 */

const weights = await pageWeights(siteDir);

describe('the weight of every page', () => {
  it.each(weights.map((weight) => [weight.path, weight] as const))(
    '%s is within 14 KiB of HTML and CSS (gzip)',
    (_path, weight) => {
      expect(weight.htmlCssGzip).toBeLessThanOrEqual(budgets.pageHtmlCssGzip);
    },
  );

  const outsideSearch = weights.filter((weight) => !weight.path.startsWith('/search/'));

  it.each(outsideSearch.filter((weight) => !weight.quickExit).map((weight) => [weight.path, weight] as const))(
    '%s loads no JavaScript',
    (_path, weight) => {
      expect(weight.jsGzip).toBe(budgets.pageJsGzip);
    },
  );

  it.each(outsideSearch.filter((weight) => weight.quickExit).map((weight) => [weight.path, weight] as const))(
    '%s loads only the quick exit’s small script',
    (_path, weight) => {
      expect(weight.jsGzip).toBeGreaterThan(0);
      expect(weight.jsGzip).toBeLessThanOrEqual(budgets.quickExitJsGzip);
    },
  );
});
