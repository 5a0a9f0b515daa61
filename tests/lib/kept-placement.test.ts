import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeKept, pruneKept } from '../../src/lib/kept-files.ts';
import { cacheKey } from '../../src/lib/cache-key.ts';

const folder = await mkdtemp(join(tmpdir(), 'hiroba-kept-placement-'));
afterAll(() => rm(folder, { recursive: true, force: true }));
const cacheDir = join(folder, 'cache');
const dist = join(folder, 'dist');
await mkdir(dist);

/** A render that counts how often it is drawn. */
function drawing(content: string) {
  const drawn = { times: 0, render: () => (drawn.times++, Buffer.from(content)) };
  return drawn;
}

describe('a render placed in the build', () => {
  it('is drawn once, stored, and placed as the cached file itself, not a copy of it', async () => {
    const key = cacheKey({ image: 'one' }, []);
    const one = drawing('drawn once');
    const first = await placeKept(join(dist, 'a.png'), key, cacheDir, one.render);
    const second = await placeKept(join(dist, 'b.png'), key, cacheDir, one.render);
    expect([first.reused, second.reused, one.times]).toEqual([false, true, 1]);
    expect(await readFile(join(dist, 'b.png'), 'utf8')).toBe('drawn once');
    expect((await stat(join(dist, 'b.png'))).ino).toBe((await stat(first.file)).ino);
  });

  it('replaces a file already there without writing into the cache through it', async () => {
    const target = join(dist, 'again.png');
    const first = await placeKept(target, cacheKey({ image: 'first' }, []), cacheDir, drawing('first').render);
    const second = await placeKept(target, cacheKey({ image: 'second' }, []), cacheDir, drawing('second').render);
    await placeKept(target, cacheKey({ image: 'second' }, []), cacheDir, drawing('second').render);
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readFile(first.file, 'utf8')).toBe('first');
    expect(await readFile(second.file, 'utf8')).toBe('second');
  });

  it('fails plainly when the build folder is not there, drawing nothing into the cache twice', async () => {
    const once = drawing('once');
    const key = cacheKey({ image: 'no folder' }, []);
    await expect(placeKept(join(dist, 'missing', 'x.png'), key, cacheDir, once.render)).rejects.toThrow();
    await expect(placeKept(join(dist, 'missing', 'x.png'), key, cacheDir, once.render)).rejects.toThrow();
    expect(once.times).toBe(1);
  });
});

describe('the renders no build uses any more', () => {
  it('are removed once two weeks old, while what this build used and what is younger stay', async () => {
    const dir = join(folder, 'prune');
    await mkdir(dir);
    const now = Date.now();
    const weeksAgo = (weeks: number) => new Date(now - weeks * 7 * 86_400_000);
    const files = { used: 'used.png', old: 'old.png', young: 'young.png', cut: 'old.png.1234.partial' };
    for (const name of Object.values(files)) await writeFile(join(dir, name), name);
    for (const name of [files.used, files.old, files.cut]) await utimes(join(dir, name), weeksAgo(3), weeksAgo(3));
    await utimes(join(dir, files.young), weeksAgo(1), weeksAgo(1));
    expect(await pruneKept(dir, new Set([join(dir, files.used)]), now)).toBe(2);
    expect((await readdir(dir)).filter((name) => !name.startsWith('.')).sort()).toEqual([files.used, files.young]);
  });

  it('are looked for at most once a day', async () => {
    const dir = join(folder, 'prune-daily');
    await mkdir(dir);
    const now = Date.now();
    await writeFile(join(dir, 'old.png'), 'old');
    await utimes(join(dir, 'old.png'), new Date(now - 21 * 86_400_000), new Date(now - 21 * 86_400_000));
    expect(await pruneKept(dir, new Set(), now - 20 * 86_400_000)).toBe(0);
    await writeFile(join(dir, 'older.png'), 'older');
    await utimes(join(dir, 'older.png'), new Date(now - 30 * 86_400_000), new Date(now - 30 * 86_400_000));
    expect(await pruneKept(dir, new Set(), now - 20 * 86_400_000 + 3_600_000)).toBe(0);
    expect(await pruneKept(dir, new Set(), now)).toBe(2);
  });

  it('leave a cache folder that is not there alone', async () => {
    expect(await pruneKept(join(folder, 'no cache yet'), new Set())).toBe(0);
  });
});
