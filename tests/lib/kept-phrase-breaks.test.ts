import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/cache-key.ts';
import { keptPhraseBreaks } from '../../src/lib/kept-phrase-breaks.ts';
import { withPhraseBreaks } from '../../src/lib/phrase-breaks-html.ts';

const root = process.cwd();
/** A page as the middleware has it (the bytes Astro writes) through a build's breaks, read back as text. */
const through = async (build: (page: Uint8Array) => Promise<Uint8Array>, html: string) =>
  Buffer.from(await build(Buffer.from(html))).toString('utf8');
// Breaks after characters of two, three and four bytes: kept as places in the page's bytes, not in its text.
const page =
  '<main><p>é 🌱</p><h1>全身性強皮症のご家族へ</h1><p>本文</p><a class="button" href="/x/">部屋に参加する</a></main>';
const other = '<main><h2>これからの交流会</h2></main>';
let folder: string;
let dir: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kept-phrase-breaks-'));
  dir = join(folder, 'cache');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const keptFiles = async () => (await readdir(dir).catch(() => [])).filter((file) => file.endsWith('.jsonl'));
const keptLines = async () => {
  const [file] = await keptFiles();
  return file ? (await readFile(join(dir, file), 'utf8')).split('\n').filter(Boolean) : [];
};

describe('phrase breaks kept between builds', () => {
  it('give each page the breaks found afresh, found once and then read back by the next build', async () => {
    const build = keptPhraseBreaks(root, dir);
    expect(await through(build, page)).toBe(withPhraseBreaks(page));
    expect(await through(build, page)).toBe(withPhraseBreaks(page));
    expect(await keptLines()).toHaveLength(1);
    const next = keptPhraseBreaks(root, dir);
    expect(await through(next, page)).toBe(withPhraseBreaks(page));
    expect(await through(next, other)).toBe(withPhraseBreaks(other));
    expect(await keptLines()).toHaveLength(2);
  });

  it('are used as kept: a page whose HTML was kept gets the kept breaks without its breaks being found', async () => {
    await through(keptPhraseBreaks(root, dir), other);
    const [file = ''] = await keptFiles();
    await appendFile(join(dir, file), `${JSON.stringify([sha256(page), []])}\n`);
    expect(await through(keptPhraseBreaks(root, dir), page)).toBe(page);
  });

  it('pass over a line cut short, or one that does not say where breaks go, and find those pages again', async () => {
    await through(keptPhraseBreaks(root, dir), other);
    const [file = ''] = await keptFiles();
    await appendFile(join(dir, file), `${JSON.stringify([sha256(page), [5, 1, 2, 9]])}\n["${sha256(other)}", [1,`);
    const next = keptPhraseBreaks(root, dir);
    expect(await through(next, page)).toBe(withPhraseBreaks(page));
    expect(await through(next, other)).toBe(withPhraseBreaks(other));
  });

  it('are kept apart for another version of the code that finds them', async () => {
    await through(keptPhraseBreaks(root, dir), page);
    const edited = join(folder, 'project');
    await mkdir(join(edited, 'src/lib'), { recursive: true });
    await cp(join(root, 'src/lib'), join(edited, 'src/lib'), { recursive: true });
    await appendFile(join(edited, 'src/lib/phrase-breaks-html.ts'), '\n// an edit\n');
    await through(keptPhraseBreaks(edited, dir), page);
    expect(await keptFiles()).toHaveLength(2);
  });

  it('are not kept when the code that finds them is not there to fingerprint', async () => {
    const elsewhere = join(folder, 'elsewhere');
    await mkdir(elsewhere);
    expect(await through(keptPhraseBreaks(elsewhere, dir), page)).toBe(withPhraseBreaks(page));
    expect(await keptFiles()).toHaveLength(0);
  });

  it('find a page again whose kept breaks point past its end (a damaged file)', async () => {
    await through(keptPhraseBreaks(root, dir), other);
    const [file = ''] = await keptFiles();
    await appendFile(join(dir, file), `${JSON.stringify([sha256(page), [Buffer.byteLength(page) + 1, 1]])}\n`);
    expect(await through(keptPhraseBreaks(root, dir), page)).toBe(withPhraseBreaks(page));
  });

  it('start afresh once the file holds more pages than its limit', async () => {
    const build = keptPhraseBreaks(root, dir);
    await through(build, page);
    await through(build, other);
    expect(await keptLines()).toHaveLength(2);
    const next = keptPhraseBreaks(root, dir, 1);
    expect(await through(next, page)).toBe(withPhraseBreaks(page));
    expect(await keptLines()).toHaveLength(1);
  });

  it('are found afresh when the cache cannot be written', async () => {
    await writeFile(join(folder, 'cache'), 'a file where the folder would be');
    expect(await through(keptPhraseBreaks(root, dir), page)).toBe(withPhraseBreaks(page));
  });
});
