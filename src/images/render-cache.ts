import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Build-time renders kept on disk under a hash of everything that shapes them: the caller's inputs and the
 * versions of the packages that render them. An unchanged render is read back instead of made again; any change
 * to any of those gives a new key, so a stale file is never reused.
 */

const versions = new Map<string, string>();

function packageVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    // Found rather than required: a package may not export its package.json (budoux does not).
    const file = findPackageJSON(name, import.meta.url);
    if (!file) throw new Error(`${name} の package.json が見つかりません。npm ci をやり直してください。`);
    version = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    versions.set(name, version);
  }
  return `${name}@${version}`;
}

/** The cache key of a render of `inputs` by the named packages. */
export function renderKey(inputs: Record<string, unknown>, renderers: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...inputs, versions: renderers.map(packageVersion).join(' ') }))
    .digest('hex');
}

export interface CachedRender {
  png: Buffer;
  /** True when the file came from the cache rather than a fresh render. */
  reused: boolean;
}

/** The PNG under `key` in `cacheDir`, rendered and stored first when it is not there yet. */
export async function cachedRender(
  key: string,
  cacheDir: string,
  render: () => Promise<Buffer> | Buffer,
): Promise<CachedRender> {
  const file = join(cacheDir, `${key}.png`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return { png: hit, reused: true };
  const png = await render();
  await store(file, png);
  return { png, reused: false };
}

export interface CachedFile {
  /** The cached file's path, to be copied where it is needed without reading it in. */
  file: string;
  reused: boolean;
}

/**
 * Like cachedRender, for callers that only copy the file: a render found in the cache is not read. `extension` is
 * the kind of file the render makes (png, svg).
 */
export async function cachedRenderFile(
  key: string,
  cacheDir: string,
  render: () => Promise<Buffer> | Buffer,
  extension = 'png',
): Promise<CachedFile> {
  const file = join(cacheDir, `${key}.${extension}`);
  if (
    await access(file).then(
      () => true,
      () => false,
    )
  )
    return { file, reused: true };
  await store(file, await render());
  return { file, reused: false };
}

async function store(file: string, png: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a build running beside this one never reads half a file; each writer has its own
  // partial file, so two renders of the same key at once cannot take each other's.
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}
