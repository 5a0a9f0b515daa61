import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { commitOf, parseRevision, revisionText, type ContentRevision } from '../core/revision.ts';

/**
 * Which copy of the content this is (../core/revision.ts), read from git where the content is in a repository,
 * else from the files themselves (a CI tarball, a copied folder): a hash of every file and the newest file's time.
 */
export interface LocalRevision {
  /** As markers note it: `<id>@<seconds>`. */
  text: string;
  /** Of these revisions (read from the forum's markers), the ones this content does not include. */
  newer(revisions: readonly string[]): Promise<Set<string>>;
}

type GitAnswer = { ok: true; out: string } | { ok: false };

function git(folder: string, args: string[]): Promise<GitAnswer> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', folder, ...args],
      { timeout: 10_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } },
      (error, stdout) => resolve(error ? { ok: false } : { ok: true, out: stdout.trim() }),
    );
  });
}

export async function localRevision(contentDir: string): Promise<LocalRevision> {
  const head = await git(contentDir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const local = head.ok ? await fromGit(contentDir, head.out) : await fromFiles(contentDir);
  return {
    text: revisionText(local),
    newer: async (revisions) => {
      const newer = new Set<string>();
      for (const text of revisions) {
        const revision = parseRevision(text);
        if (revision && !(await includes(contentDir, head.ok ? head.out : null, local, revision))) newer.add(text);
      }
      return newer;
    },
  };
}

async function fromGit(folder: string, head: string): Promise<ContentRevision> {
  const time = await git(folder, ['log', '-1', '--format=%ct', 'HEAD']);
  const status = await git(folder, ['status', '--porcelain', '--', '.']);
  const dirty = status.ok && status.out !== '';
  return { id: `${head.slice(0, 12)}${dirty ? '-dirty' : ''}`, time: time.ok ? Number(time.out) : 0 };
}

async function fromFiles(folder: string): Promise<ContentRevision> {
  const hash = createHash('sha256');
  let newest = 0;
  for (const file of await filesUnder(folder)) {
    hash
      .update(`${relative(folder, file).split(sep).join('/')}\0`)
      .update(await readFile(file))
      .update('\0');
    newest = Math.max(newest, (await stat(file)).mtimeMs);
  }
  return { id: `files-${hash.digest('hex').slice(0, 12)}`, time: Math.floor(newest / 1000) };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(async (entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return filesUnder(path);
        return entry.isFile() ? [path] : [];
      }),
  );
  return files.flat();
}

/**
 * Whether this content includes the one a post was written from: the same copy; with git on both sides, that
 * commit is this one or one of its ancestors (a commit this clone does not know is newer, from a colleague);
 * otherwise, that copy is no newer than this one.
 */
async function includes(
  folder: string,
  head: string | null,
  local: ContentRevision,
  written: ContentRevision,
): Promise<boolean> {
  if (written.id === local.id) return true;
  const commit = commitOf(written);
  if (head !== null && commit !== null) return (await git(folder, ['merge-base', '--is-ancestor', commit, head])).ok;
  return written.time <= local.time;
}
