import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFuriganaFile } from '../../src/checker/furigana-file.ts';
import { addFurigana } from '../../src/furigana/html.ts';
import { createFurigana, type Furigana } from '../../src/furigana/readings.ts';
import { paths } from '../../src/model/urls.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { allPagePaths, fileOf } from '../pages/built-site.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { kanjiWithoutReading } from '../support/ruby.ts';

/**
 * The pages the sample writes for children, as built: the layout marks them (data-furigana on <main>) and the build
 * gives every kanji a reading from the analyzer and content/furigana.yaml; none is left unread.
 */
const { catalog } = await loadSampleContent();
const childrenPages = [
  ...catalog.roles.filter((role) => role.data.forChildren).map((role) => paths.role(role.id)),
  ...catalog.pairs.filter(catalog.isForChildrenPair).map((p) => paths.conditionRole(p.condition.id, p.role.id)),
  ...catalog.rooms.filter((room) => room.data.forChildren).map((room) => paths.room(room.id)),
  ...catalog.events.filter((event) => event.data.forChildren).map((event) => paths.event(event.id)),
];
const marked = (html: string) => html.replace('<main id="main"', '<main id="main" data-furigana');

let furigana: Furigana;
beforeAll(async () => {
  const { dictionary } = await readFuriganaFile(fileURLToPath(new URL('../../content', import.meta.url)));
  if (!dictionary) throw new Error('content/furigana.yaml does not validate');
  furigana = await createFurigana(dictionary);
});

describe('the sample’s pages for children', () => {
  it('are a role, its condition × role page, a room and an event', () => {
    expect(childrenPages).toEqual([
      paths.role('child'),
      paths.conditionRole('mental-illness', 'child'),
      paths.room('family-salon-child'),
      paths.event('young-carer-online-2026-12'),
    ]);
  });

  it.each(childrenPages)('%s is marked, and has a reading on every kanji run of its main content', async (path) => {
    const built = await readFile(fileOf(path), 'utf8');
    expect(built).toContain('<main id="main" data-furigana');
    expect(kanjiWithoutReading(built)).toEqual([]);
    const { html, unread } = await addFurigana(built, furigana);
    expect(unread).toEqual([]);
    expect(html).toBe(built);
  });
});

describe('pages without the marker', () => {
  it('have no ruby at all', async () => {
    for (const path of await allPagePaths()) {
      const html = await readFile(fileOf(path), 'utf8');
      if (!html.includes('data-furigana')) expect(html.includes('<ruby'), path).toBe(false);
    }
  });
});

describe('the search index of a page with readings', () => {
  let dir = '';
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** What Pagefind stored of each page, without the zero-width spaces it puts between Japanese words. */
  async function indexedText(pages: Record<string, string>): Promise<string[]> {
    dir = await mkdtemp(join(tmpdir(), 'hiroba-ruby-index-'));
    for (const [name, html] of Object.entries(pages)) {
      await mkdir(join(dir, name), { recursive: true });
      await writeFile(join(dir, name, 'index.html'), html);
    }
    await buildSearchIndex(dir);
    const fragments = await readdir(join(dir, 'pagefind/fragment'));
    const texts = await Promise.all(
      fragments.map(async (file) => {
        const json = gunzipSync(await readFile(join(dir, 'pagefind/fragment', file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, '');
        const fragment = JSON.parse(json) as { url: string; content: string };
        return [fragment.url, fragment.content.replace(/\u200b/g, '').replace(/\s+/g, ' ')] as const;
      }),
    );
    return Object.keys(pages).map((name) => texts.find(([url]) => url === `/${name}/`)?.[1] ?? '');
  }

  it('holds the same words as the page without them: readings never reach search', async () => {
    const built = await readFile(fileOf(paths.role('child')), 'utf8');
    const withReadings = (await addFurigana(marked(built), furigana)).html;
    expect(withReadings).toContain('<ruby>');
    const [plain, annotated] = await indexedText({ plain: built, annotated: withReadings });
    expect(plain).toContain('あなたのせいじゃない');
    expect(annotated).toBe(plain);
  });
});
