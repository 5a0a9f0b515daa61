import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/lib/code-fingerprint.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const folder = await mkdtemp(join(tmpdir(), 'hiroba-code-fingerprint-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the fingerprint of the code that makes cached output', () => {
  it('changes with any file of its folders, and only then', async () => {
    const copy = join(folder, 'code');
    await cp(join(projectRoot, 'src/model'), join(copy, 'src/model'), { recursive: true });
    const first = await codeFingerprint(copy, ['src/model']);
    expect(await codeFingerprint(copy, ['src/model'])).toBe(first);
    const palette = join(copy, 'src/model/palette.ts');
    await writeFile(palette, `${await readFile(palette, 'utf8')}\n// another shade\n`);
    expect(await codeFingerprint(copy, ['src/model'])).not.toBe(first);
  });

  it('changes with a file’s name too', async () => {
    const copy = join(folder, 'renamed');
    await cp(join(projectRoot, 'src/lib'), join(copy, 'src/lib'), { recursive: true });
    const first = await codeFingerprint(copy, ['src/lib']);
    await cp(join(copy, 'src/lib/phrases.ts'), join(copy, 'src/lib/phrases-2.ts'));
    await rm(join(copy, 'src/lib/phrases.ts'));
    expect(await codeFingerprint(copy, ['src/lib'])).not.toBe(first);
  });
});
