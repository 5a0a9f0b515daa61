import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../src/lib/built-pages.ts';

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
