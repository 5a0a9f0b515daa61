import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedRenderFile, placeCachedFile } from '../../src/images/render-cache.ts';
import { cacheKey } from '../../src/lib/cache-key.ts';

const dir = await mkdtemp(join(tmpdir(), 'hiroba-render-cache-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a cached render placed in the build', () => {
  it('is the cached file itself, not a copy of it', async () => {
    const { file } = await cachedRenderFile(cacheKey({ image: 'one' }, []), dir, () => Buffer.from('drawn once'));
    const target = join(dir, 'placed.png');
    await placeCachedFile(file, target);
    expect(await readFile(target, 'utf8')).toBe('drawn once');
    expect((await stat(target)).ino).toBe((await stat(file)).ino);
  });

  it('replaces a file already there without writing into the cache through it', async () => {
    const { file: first } = await cachedRenderFile(cacheKey({ image: 'first' }, []), dir, () => Buffer.from('first'));
    const { file: second } = await cachedRenderFile(cacheKey({ image: 'second' }, []), dir, () =>
      Buffer.from('second'),
    );
    const target = join(dir, 'again.png');
    await placeCachedFile(first, target);
    await placeCachedFile(second, target);
    await placeCachedFile(second, target);
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readFile(first, 'utf8')).toBe('first');
    expect(await readFile(second, 'utf8')).toBe('second');
  });
});
