/**
 * Which built pages belong in the site search. Flyers repeat their room page and would push it down the results;
 * a role's kana row (/roles/child/ka/) only lists conditions, each with a page of its own, and would match every one
 * of their names; the search page and the 404 page are not destinations.
 */
export function isSearchablePage(pagePath: string): boolean {
  return !/(^|\/)404(\.html|\/)?$|(^|\/)search\/(index\.html)?$|\/flyer\/(index\.html)?$|(^|\/)roles\/[^/]+\/[^/]+\/(index\.html)?$/.test(
    pagePath,
  );
}
