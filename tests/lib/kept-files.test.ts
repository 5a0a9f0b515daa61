import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepEntries, keepMissing, readKeptEntries } from '../../src/lib/kept-files.ts';

const dir = await mkdtemp(join(tmpdir(), 'hiroba-kept-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('what a build keeps for the next one', () => {
  it('is nothing before the first build', async () => {
    expect(await readKeptEntries(join(dir, 'none', 'readings.json'))).toEqual(new Map());
  });

  it('comes back as it was kept, in a folder made for it, with no partial file left beside it', async () => {
    const file = join(dir, 'made', 'readings.json');
    const entries = new Map([
      ['a', { html: '<ruby>親<rt>おや</rt></ruby>', unread: [] }],
      ['b', { html: '話す', unread: ['話'] }],
    ]);
    await Promise.all([keepEntries(file, entries, new Map()), keepEntries(file, entries, new Map())]);
    expect(await readKeptEntries(file)).toEqual(entries);
    expect(await readdir(join(dir, 'made'))).toEqual(['readings.json']);
  });

  it('is not written again when the build kept exactly what the last one did, and is when a key changed', async () => {
    const file = join(dir, 'same', 'readings.json');
    const entries = new Map([['a', 1]]);
    await keepEntries(file, entries, new Map());
    // The same keys with another value: a write would show it, so the value read back says whether one happened.
    await keepEntries(file, new Map([['a', 99]]), await readKeptEntries<number>(file));
    expect(await readKeptEntries(file)).toEqual(new Map([['a', 1]]));
    await keepEntries(file, new Map([['b', 2]]), await readKeptEntries<number>(file));
    expect(await readKeptEntries(file)).toEqual(new Map([['b', 2]]));
  });
});

describe('the images a worker draws beside the build', () => {
  it('are made only when the cache lacks them, each kept whole under its key, with no partial file left', async () => {
    const cache = join(dir, 'drawn');
    const made: string[] = [];
    const job = (key: string, extension: string) => ({
      key,
      extension,
      make: () => {
        made.push(key);
        return Buffer.from(`${key} drawn`);
      },
    });
    expect(await keepMissing(cache, [job('card-a', 'png'), job('code-b', 'svg')])).toBe(2);
    await writeFile(join(cache, 'card-a.png'), 'kept by the last build');
    expect(await keepMissing(cache, [job('card-a', 'png'), job('code-b', 'svg'), job('card-c', 'png')])).toBe(1);
    expect(made).toEqual(['card-a', 'code-b', 'card-c']);
    expect((await readdir(cache)).sort()).toEqual(['card-a.png', 'card-c.png', 'code-b.svg']);
    expect(await readFile(join(cache, 'card-a.png'), 'utf8')).toBe('kept by the last build');
    expect(await readFile(join(cache, 'card-c.png'), 'utf8')).toBe('card-c drawn');
  });
});
