import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, sha256 } from './cache-key.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { keptLines, type KeptLines } from './kept-lines.ts';
import {
  insertsInBytes,
  phraseBreakInserts,
  phraseTags,
  withInsertsInBytes,
  type Insert,
} from './phrase-breaks-html.ts';

/**
 * Each page's phrase breaks (./phrase-breaks-html.ts) kept between builds, under the hash of the page's HTML: most
 * pages of a build are the same as in the last one, and finding where their breaks go was most of the time the
 * middleware adds to each page (national bench set: 0.6–1 s alone, more in a build). Kept in a file of the code that
 * finds them (its fingerprint, BudouX's and htmlparser2's versions), so a kept page's breaks are always the ones that
 * code would find. They are kept one line per new page in a file only appended to (./kept-lines.ts); a line that
 * cannot be read is passed over and its page's breaks found again.
 *
 * A page is taken and given back as the bytes Astro writes, and its breaks kept as places in them: a kept page is
 * never decoded into a string and encoded back (national bench set, measured apart: 1.35 s → 0.75 s a build).
 */

/** The file is started afresh past this many pages: it only grows as pages change. */
const keptPagesLimit = 100_000;

/**
 * The code that finds the breaks and writes them down, relative to the project (with what it imports): without it
 * to fingerprint, nothing is kept.
 */
const phraseCode = ['src/lib/kept-phrase-breaks.ts'];

interface KeptFile {
  pages: Map<string, Insert[]>;
  lines: KeptLines;
}

/** A page's breaks as a line keeps them: where each goes and which tag (its place in `phraseTags`), one after another. */
function readInserts(flat: unknown): Insert[] | undefined {
  if (!Array.isArray(flat) || flat.length % 2 !== 0) return undefined;
  const inserts: Insert[] = [];
  for (let index = 0; index < flat.length; index += 2) {
    const at: unknown = flat[index];
    const tag = phraseTags[Number(flat[index + 1])];
    if (typeof at !== 'number' || !Number.isInteger(at) || at < (inserts.at(-1)?.at ?? 0) || !tag) return undefined;
    inserts.push({ at, tag });
  }
  return inserts;
}

function readKeptFile(file: string, limit: number): KeptFile {
  const kept: KeptFile = { pages: new Map(), lines: keptLines(file, limit) };
  for (const line of kept.lines.lines) {
    try {
      const [hash, flat]: unknown[] = JSON.parse(line);
      const inserts = readInserts(flat);
      if (typeof hash === 'string' && inserts) kept.pages.set(hash, inserts);
    } catch {
      // An empty line, or one cut short: its page's breaks are found again.
    }
  }
  return kept;
}

function keep(kept: KeptFile, hash: string, inserts: Insert[]): void {
  kept.pages.set(hash, inserts);
  kept.lines.keep(JSON.stringify([hash, inserts.flatMap(({ at, tag }) => [at, phraseTags.indexOf(tag)])]));
}

/** Where the kept breaks of the code in `root` are, or undefined when that code is not there to be fingerprinted. */
async function keptFileOf(root: string, dir: string, limit: number): Promise<KeptFile | undefined> {
  if (!phraseCode.every((file) => existsSync(join(root, file)))) return undefined;
  const code = await codeFingerprint(root, phraseCode);
  return readKeptFile(join(dir, `${cacheKey({ code }, ['budoux', 'htmlparser2'])}.jsonl`), limit);
}

/** Where the page's breaks go, in its bytes. */
function breaksOf(page: Uint8Array): Insert[] {
  const html = Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('utf8');
  return insertsInBytes(html, phraseBreakInserts(html));
}

/**
 * Phrase breaks for the pages of the project at `root`, kept in `dir` between builds. Without the project's code to
 * fingerprint (run from elsewhere), each page's breaks are found afresh.
 */
export function keptPhraseBreaks(
  root: string,
  dir: string,
  limit = keptPagesLimit,
): (page: Uint8Array) => Promise<Uint8Array<ArrayBuffer>> {
  let file: Promise<KeptFile | undefined> | undefined;
  return async (page) => {
    const kept = await (file ??= keptFileOf(root, dir, limit));
    if (!kept) return withInsertsInBytes(page, breaksOf(page));
    const hash = sha256(page);
    let inserts = kept.pages.get(hash);
    // A kept line that reads well but points past its page (a damaged file) is found again as well.
    if (!inserts || (inserts.at(-1)?.at ?? 0) > page.length) {
      inserts = breaksOf(page);
      keep(kept, hash, inserts);
    }
    return withInsertsInBytes(page, inserts);
  };
}
