import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { readFuriganaFile } from '../checker/furigana-file.ts';
import { contentRoot } from '../checker/location.ts';
import { furiganaWords } from '../furigana/named-readings.ts';
import { addFuriganaToPages } from '../furigana/pages.ts';
import type { BuiltPages } from '../lib/built-pages.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { builtCatalog } from './checked-catalog.ts';

/**
 * Puts readings (`<ruby>`) on the kanji of pages written for children: the part of a page that carries
 * `data-furigana` (src/furigana/html.ts). Built HTML, not Markdown, is read, so the words of components and of the
 * content alike get them, and the pages need no script. The names staff gave readings for are read that way
 * (src/furigana/named-readings.ts). Readings are kept between builds in .cache/furigana/.
 */
export async function addFurigana(
  built: BuiltPages,
  root: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
  const { dictionary, file } = await readFuriganaFile(contentRoot(root));
  // The content check before the build has already stopped it on a broken dictionary.
  if (!dictionary)
    throw new Error(`${file} が読めないため、ふりがなを付けられません。npm run check で確かめてください。`);
  const words = furiganaWords(await builtCatalog(root, 'ふりがな'), dictionary);
  const report = await addFuriganaToPages(built, words, {
    dir: join(root, '.cache/furigana'),
    // The code that finds the texts and reads them.
    code: await codeFingerprint(root, ['src/furigana/pages.ts', 'src/furigana/named-readings.ts']),
  });
  logger.info(`ふりがな: ${report.pages} ページ（前回と同じで読み直さなかった文 ${report.reused}）`);
  if (report.unread.length > 0) {
    logger.warn(
      `読みが分からず、ふりがなを付けられなかった言葉: ${report.unread.join('、')}。${file} に「言葉: よみ」を書き足してください。`,
    );
  }
}
