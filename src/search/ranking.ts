/**
 * How the search page ranks results, on top of Pagefind's text scoring. A page whose name or reading is the query
 * outranks one that merely also goes by it (ヤングケアラー: the 子ども role before the condition that lists it as
 * an alias), and both outrank pages that only mention the word. Measured with the sample's queries in
 * tests/search/search-page.test.ts.
 */
export const searchRanking = {
  metaWeights: { names: 12, aliases: 6 },
};
