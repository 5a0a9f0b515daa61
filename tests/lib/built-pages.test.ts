import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import {
  keepRenderedPage,
  keepRenderedPages,
  pageFile,
  readBuiltPages,
  takeRenderedPages,
  writtenPageFiles,
} from '../../src/lib/built-pages.ts';

const dist = await mkdtemp(join(tmpdir(), 'hiroba-built-pages-'));
afterAll(() => rm(dist, { recursive: true, force: true }));

await mkdir(join(dist, 'rooms', 'mpa'), { recursive: true });
await writeFile(join(dist, 'index.html'), '<p>ホーム</p>');
await writeFile(join(dist, 'rooms', 'mpa', 'index.html'), '<p>部屋</p>');
await writeFile(join(dist, 'rooms', 'mpa', 'flyer.png'), 'not a page');

describe('the built pages read once for the steps after the build', () => {
  it('are every HTML file of the build, by its path inside it, in a stable order', async () => {
    const { pages } = await readBuiltPages(dist);
    expect(pages).toEqual([
      { file: 'index.html', html: '<p>ホーム</p>' },
      { file: 'rooms/mpa/index.html', html: '<p>部屋</p>' },
    ]);
  });

  it('show a page rewritten by one step to the next, as it is on disk', async () => {
    const built = await readBuiltPages(dist);
    const [, room] = built.pages;
    if (!room) throw new Error('the room page was not read');
    await built.rewrite(room, '<p><ruby>部屋<rt>へや</rt></ruby></p>');
    expect(built.pages[1]?.html).toBe('<p><ruby>部屋<rt>へや</rt></ruby></p>');
    expect(await readFile(join(dist, 'rooms', 'mpa', 'index.html'), 'utf8')).toBe(built.pages[1]?.html);
  });
});

describe('the pages kept as the build renders them', () => {
  const bytes = (html: string) => new TextEncoder().encode(html);

  it('are each page the middleware hands on, by its file in the output, in the same order as read from disk', () => {
    keepRenderedPages();
    keepRenderedPage('rooms/mpa/', bytes('<p>部屋</p>'));
    keepRenderedPage('', bytes('<p>ホーム</p>'));
    expect(takeRenderedPages()).toEqual([
      { file: 'index.html', html: '<p>ホーム</p>' },
      { file: 'rooms/mpa/index.html', html: '<p>部屋</p>' },
    ]);
  });

  it('are kept only while a build keeps them, and taken once', () => {
    keepRenderedPage('about/', bytes('<p>外</p>'));
    expect(takeRenderedPages()).toEqual([]);
    keepRenderedPages();
    keepRenderedPage('about/', bytes('<p>中</p>'));
    expect(takeRenderedPages()).toHaveLength(1);
    keepRenderedPage('help/', bytes('<p>後</p>'));
    expect(takeRenderedPages()).toEqual([]);
  });

  it('keep a page handed on again as it was last rendered', () => {
    keepRenderedPages();
    keepRenderedPage('about/', bytes('<p>一度目</p>'));
    keepRenderedPage('about/', bytes('<p>二度目</p>'));
    expect(takeRenderedPages()).toEqual([{ file: 'about/index.html', html: '<p>二度目</p>' }]);
  });

  it("are named as Astro names its files: a folder's index.html, the status pages a file of their own", () => {
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('rooms/mpa/')).toBe('rooms/mpa/index.html');
    expect(pageFile('/events/2026/12/')).toBe('events/2026/12/index.html');
    expect(pageFile('404/')).toBe('404.html');
    expect(pageFile('500')).toBe('500.html');
    expect(pageFile('rooms/404/')).toBe('rooms/404/index.html');
  });

  it('can be checked against the pages Astro says it wrote, leaving its other files aside', () => {
    const assets = new Map([
      ['/rooms/[slug]', [pathToFileURL(join(dist, 'rooms', 'mpa', 'index.html'))]],
      ['/404', [pathToFileURL(join(dist, '404.html'))]],
      ['/events.ics', [pathToFileURL(join(dist, 'events.ics'))]],
    ]);
    expect(writtenPageFiles(dist, assets)).toEqual(['rooms/mpa/index.html', '404.html']);
  });
});
