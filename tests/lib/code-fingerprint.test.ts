import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/lib/code-fingerprint.ts';

const folder = await mkdtemp(join(tmpdir(), 'hiroba-code-fingerprint-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

/** A small project: an entry that imports a helper (statically, for its side effect, and dynamically), and types. */
async function project(name: string): Promise<{ root: string; edit: (file: string, text: string) => Promise<void> }> {
  const root = join(folder, name);
  const edit = async (file: string, text: string) => {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  };
  await edit(
    'src/images/draw.ts',
    [
      "import { shade } from '../lib/colour.ts';",
      "import type { Picture } from '../model/picture.ts';",
      "export { size } from './size.ts';",
      "import '../lib/setup.ts';",
      "const later = () => import('./later.ts');",
      '// import { gone } from "./gone.ts";',
      'export const draw = (picture: Picture) => shade(picture);',
    ].join('\n'),
  );
  await edit('src/lib/colour.ts', "import { mix } from './mix.ts';\nexport const shade = mix;\n");
  await edit('src/lib/mix.ts', 'export const mix = (x: unknown) => x;\n');
  await edit('src/lib/setup.ts', 'export {};\n');
  await edit('src/lib/unrelated.ts', 'export const other = 1;\n');
  await edit('src/images/size.ts', 'export const size = 1;\n');
  await edit('src/images/later.ts', 'export const later = 1;\n');
  await edit('src/model/picture.ts', 'export interface Picture { width: number }\n');
  return { root, edit };
}

describe('the fingerprint of the code that makes cached output', () => {
  it('changes with the entry and with every module it runs, however it imports them', async () => {
    const { root, edit } = await project('runs');
    const first = await codeFingerprint(root, ['src/images/draw.ts']);
    expect(await codeFingerprint(root, ['src/images/draw.ts'])).toBe(first);
    const seen = [first];
    for (const file of ['src/lib/mix.ts', 'src/lib/setup.ts', 'src/images/size.ts', 'src/images/later.ts']) {
      await edit(file, `export const changed = ${JSON.stringify(file)};\n`);
      const now = await codeFingerprint(root, ['src/images/draw.ts']);
      expect(seen, file).not.toContain(now);
      seen.push(now);
    }
  });

  it('stays the same when code the entry does not run changes: another module, or one it imports only types of', async () => {
    const { root, edit } = await project('does-not-run');
    const first = await codeFingerprint(root, ['src/images/draw.ts']);
    await edit('src/lib/unrelated.ts', 'export const other = 2;\n');
    await edit('src/model/picture.ts', 'export interface Picture { width: number; height: number }\n');
    await edit('src/images/gone.ts', 'export const gone = 1;\n');
    expect(await codeFingerprint(root, ['src/images/draw.ts'])).toBe(first);
  });

  it('changes with a file’s name too', async () => {
    const { root, edit } = await project('renamed');
    const first = await codeFingerprint(root, ['src/images/draw.ts']);
    await edit('src/lib/colour.ts', "import { mix } from './blend.ts';\nexport const shade = mix;\n");
    await edit('src/lib/blend.ts', 'export const mix = (x: unknown) => x;\n');
    expect(await codeFingerprint(root, ['src/images/draw.ts'])).not.toBe(first);
  });
});
