import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { lastBuildLeftovers } from '../setup/build-site.ts';

/**
 * The base-path build is made over what a last build left in its output (tests/setup/build-site.ts): the build
 * writes over its output rather than empty it, and removes what it did not make again
 * (src/integrations/previous-output.ts).
 */
const outDir = inject('baseSiteDir');
const { base } = inject('buildLogs');

describe('a build over the last build’s output', () => {
  it('leaves none of the last build’s files this build does not make, nor their folders', async () => {
    const files = await readdir(outDir, { recursive: true });
    for (const file of lastBuildLeftovers.files) expect(files).not.toContain(file);
    expect(files).not.toContain('rooms/leftover-closed-room');
    expect(files.filter((file) => file.startsWith('.hiroba'))).toEqual([]);
  });

  it('does not index the removed page for the search', async () => {
    const index = await readdir(join(outDir, 'search-index'), { recursive: true });
    const texts = await Promise.all(
      index
        .filter((file) => file.endsWith('.json'))
        .map((file) => readFile(join(outDir, 'search-index', file), 'utf8')),
    );
    expect(texts.some((text) => text.includes(lastBuildLeftovers.word))).toBe(false);
  });

  it('says in the build log how many of the last build’s pages it removed', () => {
    expect(stripVTControlCharacters(base)).toContain(
      '[hiroba:previous-output] 前回のビルドにあって今回はないページ 1 個を、出力から消しました。',
    );
  });
});
