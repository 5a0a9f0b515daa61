import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localRevision } from '../../../src/forum/command/revision.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});
async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), 'hiroba-revision-'));
  folders.push(made);
  await mkdir(join(made, 'content'));
  return made;
}
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Staff', '-c', 'user.email=staff@hiroba.example', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

describe('which copy of the content this is', () => {
  it('is the git commit, marked when content/ has changes not committed yet, and includes its ancestors only', async () => {
    const repo = await folder();
    await writeFile(join(repo, 'content', 'site.yaml'), 'name: ひろば\n');
    git(repo, 'init', '--quiet');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'first');
    const first = git(repo, 'rev-parse', 'HEAD');
    const older = await localRevision(join(repo, 'content'));
    expect(older.text).toMatch(new RegExp(`^${first.slice(0, 12)}@\\d+$`));

    await writeFile(join(repo, 'content', 'site.yaml'), 'name: ひろば（新）\n');
    expect((await localRevision(join(repo, 'content'))).text).toMatch(/^[0-9a-f]{12}-dirty@\d+$/);
    git(repo, 'commit', '--quiet', '-am', 'second');
    const newer = await localRevision(join(repo, 'content'));
    // From the new commit, the old one is included; from the old one, the new one is not (nor an unknown one).
    expect(await newer.newer([older.text])).toEqual(new Set());
    git(repo, 'checkout', '--quiet', first);
    const checkedOut = await localRevision(join(repo, 'content'));
    expect(await checkedOut.newer([newer.text, 'deadbeef0000@1'])).toEqual(new Set([newer.text, 'deadbeef0000@1']));
  });

  it('is a hash of the files and the newest file’s time where there is no git, as in a CI tarball', async () => {
    const plain = await folder();
    const file = join(plain, 'content', 'site.yaml');
    await writeFile(file, 'name: ひろば\n');
    const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
    await utimes(file, dayAgo, dayAgo);
    const local = await localRevision(join(plain, 'content'));
    expect(local.text).toMatch(/^files-[0-9a-f]{12}@\d+$/);
    const later = `files-abcdefabcdef@${Math.floor(Date.now() / 1000)}`;
    const earlier = `files-abcdefabcdef@${Math.floor(dayAgo.getTime() / 1000) - 60}`;
    expect(await local.newer([later, earlier, local.text])).toEqual(new Set([later]));
  });
});
