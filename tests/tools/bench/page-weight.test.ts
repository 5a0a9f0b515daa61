import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gzipSize,
  pageReferences,
  pageWeights,
  searchFirstQuery,
  weightSection,
} from '../../../tools/bench/page-weight.ts';

describe('what a page asks for', () => {
  it('finds linked stylesheets, module and classic scripts, modulepreloads and inline scripts', () => {
    const refs = pageReferences(`<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">
      <link rel="modulepreload" href="/_astro/chunk.js">
      <script type="module" src="/_astro/search.js"></script><script src="legacy.js"></script>
      <script>console.log("inline")</script>
      <script type="application/ld+json">{"@type":"Event"}</script>
    </head><body><style>p{color:red}</style></body></html>`);
    expect(refs.stylesheets).toEqual(['/_astro/site.css']);
    expect(refs.scripts).toEqual(['/_astro/chunk.js', '/_astro/search.js', 'legacy.js']);
    expect(refs.inlineScripts).toEqual(['console.log("inline")']);
  });
});

describe('page weights of a built site', () => {
  let dist: string;
  const css = 'body{font-family:sans-serif;margin:0 auto;max-width:40rem}'.repeat(20);
  const chunk = 'export const answer = 42;'.repeat(10);
  const search = `import { answer } from "./chunk.js";console.log(answer);`;
  const shards = ['{"word":[0,1]}', '{"other":[0,1,1,1],"more":[1,2]}'];
  const resultPages = Array.from({ length: 12 }, (_, id) =>
    JSON.stringify({ path: `p/${id}/`, text: 'あ'.repeat(id * 40) }),
  );
  const index = JSON.stringify({
    words: {},
    written: {},
    entities: [],
    shards: ['w-0.json', 'w-1.json'],
    pages: 'pages-x',
  });

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'hiroba-bench-dist-'));
    await mkdir(join(dist, '_astro'), { recursive: true });
    await mkdir(join(dist, 'rooms', 'mpa'), { recursive: true });
    await mkdir(join(dist, 'search'), { recursive: true });
    await mkdir(join(dist, 'search-index', 'pages-x'), { recursive: true });
    await writeFile(join(dist, 'search-index', 'index.json'), index);
    await Promise.all(shards.map((shard, n) => writeFile(join(dist, 'search-index', `w-${n}.json`), shard)));
    await Promise.all(
      resultPages.map((page, id) => writeFile(join(dist, 'search-index', 'pages-x', `${id}.json`), page)),
    );
    await writeFile(join(dist, '_astro', 'site.css'), css);
    await writeFile(join(dist, '_astro', 'chunk.js'), chunk);
    await writeFile(join(dist, '_astro', 'search.js'), search);
    await writeFile(
      join(dist, 'index.html'),
      '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>ホーム</body></html>',
    );
    await writeFile(
      join(dist, 'rooms', 'mpa', 'index.html'),
      '<html><head><link rel="stylesheet" href="../../_astro/site.css"></head><body>部屋</body></html>',
    );
    await writeFile(
      join(dist, 'search', 'index.html'),
      '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/search.js"></script></head><body>検索</body></html>',
    );
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('adds the gzip size of each linked stylesheet to the HTML, however the link is written', async () => {
    const weights = await pageWeights(dist);
    const room = weights.find((page) => page.path === '/rooms/mpa/')!;
    const html = '<html><head><link rel="stylesheet" href="../../_astro/site.css"></head><body>部屋</body></html>';
    expect(room.htmlCssGzip).toBe(gzipSize(Buffer.from(html)) + gzipSize(Buffer.from(css)));
    expect(room.jsGzip).toBe(0);
  });

  it('counts a script and the modules it imports statically', async () => {
    const weights = await pageWeights(dist);
    const searchPage = weights.find((page) => page.path === '/search/')!;
    expect(searchPage.jsGzip).toBe(gzipSize(Buffer.from(search)) + gzipSize(Buffer.from(chunk)));
  });

  it('reports the search page apart from the pages that must carry no JavaScript', async () => {
    const section = weightSection(await pageWeights(dist), 14 * 1024);
    expect(section.htmlCss.pages).toBe(2);
    expect(section.js.max).toBe(0);
    expect(section.search.map((page) => page.path)).toEqual(['/search/']);
    expect(section.overBudget).toBe(0);
  });

  it('counts what the search page fetches for its first query, at most: script, index, largest share, result pages', async () => {
    const weights = await pageWeights(dist);
    const first = await searchFirstQuery(dist, weights);
    const script = gzipSize(Buffer.from(search)) + gzipSize(Buffer.from(chunk));
    const largestTen = resultPages
      .map((page) => gzipSize(Buffer.from(page)))
      .sort((a, b) => b - a)
      .slice(0, 10);
    expect(first).toEqual({
      script,
      index: gzipSize(Buffer.from(index)),
      words: Math.max(...shards.map((shard) => gzipSize(Buffer.from(shard)))),
      pages: largestTen.reduce((a, b) => a + b, 0),
      total:
        script +
        gzipSize(Buffer.from(index)) +
        Math.max(...shards.map((shard) => gzipSize(Buffer.from(shard)))) +
        largestTen.reduce((a, b) => a + b, 0),
    });
  });

  it('says nothing of the search when the site has no search index', async () => {
    expect(await searchFirstQuery(join(dist, 'rooms'), [])).toBeUndefined();
  });
});
