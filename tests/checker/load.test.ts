import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { loadContent } from '../../src/checker/load.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const sample = fileURLToPath(new URL('../../content', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'hiroba-load-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A copy of the sample content with some files replaced; `null` deletes a file. */
async function contentWith(name: string, files: Record<string, string | null>): Promise<string> {
  const root = join(scratch, name);
  await cp(sample, root, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    if (text === null) await rm(join(root, file), { recursive: true });
    else {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), text);
    }
  }
  return root;
}

const reported = async (root: string) =>
  (await checkContent(root, new Date('2026-11-30T12:00:00+09:00'), root)).problems.map(
    (problem) => formatProblem(problem).split(' — ')[0],
  );

describe('loadContent', () => {
  it('reads the sample content into a content set with file paths relative to the project root', async () => {
    const { content, problems } = await loadContent(sample, join(sample, '..'));
    expect(problems).toEqual([]);
    expect(content?.rooms.find((room) => room.id === 'scleroderma')).toMatchObject({
      file: 'content/rooms/scleroderma.mdx',
      data: { condition: 'scleroderma' },
    });
  });

  it('reports broken YAML in site.yaml at its line and still checks every other file', async () => {
    const root = await contentWith('broken-site', {
      'site.yaml': 'name: ひろば\ntagline: "広場\nurl: https://hiroba.example/\n',
      'rooms/scleroderma.mdx':
        '---\nname: 部屋\nprogramme: rare-disease\ncondition: nowhere\nroles: [patient, family]\nstatus: open\nsummary: 紹介\nmottos: [a]\nrules: ' +
        '[b]\nlastReviewed: 2026-11-01\ncolor: "#123456"\n---\n',
    });
    const { content, problems } = await loadContent(root, root);
    expect(content).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^site\.yaml:2 — YAML（項目）の書き方に誤りがあります。/),
    ]);
    expect(await reported(root)).toEqual(['site.yaml:2', 'rooms/scleroderma.mdx:4 condition']);
  });

  it('checks the furigana dictionary beside site.yaml, at the line of the word', async () => {
    const root = await contentWith('furigana', { 'furigana.yaml': '# 辞書\n家族会: かぞくかい\n話す: はなし\n' });
    expect(await reported(root)).toEqual(['furigana.yaml:3 話す']);
  });

  it('says so when site.yaml is missing', async () => {
    const root = await contentWith('no-site', { 'site.yaml': null });
    expect(await reported(root)).toEqual(['site.yaml']);
  });

  it('treats a missing collection folder as empty, since git does not keep empty folders', async () => {
    const root = await contentWith('no-guides', { guides: null });
    const { content, problems } = await loadContent(root, root);
    expect(problems).toEqual([]);
    expect(content?.guides).toEqual([]);
  });

  it('ignores hidden files but reports folders and files without frontmatter', async () => {
    const root = await contentWith('strays', {
      'roles/.DS_Store': 'binary',
      'roles/old/parent.mdx': '---\nname: 親\n---\n',
      'roles/notes.mdx': '親の部屋のメモ\n',
    });
    expect((await reported(root)).sort()).toEqual(['roles/notes.mdx:1', 'roles/old']);
  });

  it('reports an MDX mistake in the body at its file line even when the frontmatter is broken too', async () => {
    const root = await contentWith('body', {
      'guides/chat.mdx': '---\ntitle: チャット\n---\n\n一行目\n\n{ 閉じていない\n',
    });
    expect((await reported(root)).sort()).toEqual([
      'guides/chat.mdx:1 channel',
      'guides/chat.mdx:1 lastReviewed',
      'guides/chat.mdx:1 steps',
      'guides/chat.mdx:1 summary',
      'guides/chat.mdx:7',
    ]);
  });
});
