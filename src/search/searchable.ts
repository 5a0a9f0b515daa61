/**
 * Which built pages belong in the site search. Flyers repeat their room page and would push it down the results;
 * the search page and the 404 page are not destinations.
 */
export function isSearchablePage(pagePath: string): boolean {
  return !/(^|\/)404(\.html|\/)?$|(^|\/)search\/(index\.html)?$|\/flyer\/(index\.html)?$/.test(pagePath);
}
