import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFuriganaFile } from '../../src/checker/furigana-file.ts';
import { addFurigana } from '../../src/furigana/html.ts';
import { createFurigana, type Furigana } from '../../src/furigana/readings.ts';
import { paths } from '../../src/model/urls.ts';
import { readPageText } from '../../src/search/page-text.ts';
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
  it('holds the same words as the page without them: readings never reach search', async () => {
    const built = await readFile(fileOf(paths.role('child')), 'utf8');
    const withReadings = (await addFurigana(marked(built), furigana)).html;
    expect(withReadings).toContain('<ruby>');
    const plain = readPageText(built).text;
    expect(plain).toContain('あなたのせいじゃない');
    expect(readPageText(withReadings).text).toBe(plain);
  });
});
