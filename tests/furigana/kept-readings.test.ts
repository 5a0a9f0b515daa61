import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptFurigana } from '../../src/furigana/kept-readings.ts';
import { createFurigana } from '../../src/furigana/readings.ts';

const dir = await mkdtemp(join(tmpdir(), 'hiroba-furigana-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const texts = ['親の病気のことを話す', '交流会に申し込む', '家族会のお知らせ'];
const dictionary = { 家族会: 'かぞくかい' };

async function build(cache: { dir: string; code: string }, words = dictionary) {
  const furigana = await keptFurigana(words, cache);
  const annotations = await Promise.all(texts.map((text) => furigana.annotate(text)));
  await furigana.save();
  return { annotations, reused: furigana.reused() };
}

describe('readings kept between builds', () => {
  const cache = { dir: join(dir, 'kept'), code: 'code-1' };

  it('are the readings a fresh analyzer gives, and the next build takes them from the cache', async () => {
    const fresh = await createFurigana(dictionary);
    const expected = await Promise.all(texts.map((text) => fresh.annotate(text)));
    const first = await build(cache);
    expect(first.reused).toBe(0);
    expect(first.annotations).toEqual(expected);
    const second = await build(cache);
    expect(second.reused).toBe(texts.length);
    expect(second.annotations).toEqual(expected);
  });

  it('are read again when the staff dictionary or the code changes', async () => {
    const changedWords = await build(cache, { 家族会: 'かぞくのかい' });
    expect(changedWords.reused).toBe(0);
    expect(changedWords.annotations[2]?.html).toContain('<rt>かぞくのかい</rt>');
    expect((await build({ ...cache, code: 'code-2' })).reused).toBe(0);
  });

  it('keep only the texts of the last build', async () => {
    const only = { dir: join(dir, 'only'), code: 'code-1' };
    await build(only);
    const furigana = await keptFurigana(dictionary, only);
    await furigana.annotate('病院');
    await furigana.save();
    const kept = JSON.parse(await readFile(join(only.dir, 'readings.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(kept)).toHaveLength(1);
  });
});
