import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';

/**
 * The key of anything a build keeps between builds (rendered images, furigana): a hash of its inputs, of the
 * versions of the packages that make it, and of the runtime's ICU (which cuts lines, words and graphemes) and zlib
 * (which compresses the PNGs), so an update of any of them never hands back what it would now make differently.
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

/** The key of what the named packages make of `inputs`. */
export function cacheKey(inputs: Record<string, unknown>, makers: readonly string[]): string {
  return sha256(
    JSON.stringify({
      ...inputs,
      versions: makers.map(packageVersion).join(' '),
      runtime: { icu: process.versions.icu, zlib: process.versions.zlib },
    }),
  );
}

/**
 * The hash a kept file or entry is found by: of its contents, or of the inputs its key is made of. One call, no hash
 * object: it is taken of every built page, some of them twice.
 */
export const sha256 = (content: string | Uint8Array): string => hash('sha256', content, 'hex');
