import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFuriganaFile } from '../checker/furigana-file.ts';
import { contentRoot } from '../checker/location.ts';
import { addFuriganaToPages } from '../furigana/pages.ts';

/**
 * After the build, puts readings (`<ruby>`) on the kanji of pages written for children: the part of a page that
 * carries `data-furigana` (src/furigana/html.ts). Built HTML, not Markdown, is read, so the words of components
 * and of the content alike get them, and the pages need no script.
 */
export function furigana(): AstroIntegration {
  return {
    name: 'hiroba:furigana',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { dictionary, file } = await readFuriganaFile(contentRoot());
        // The content check before the build has already stopped it on a broken dictionary.
        if (!dictionary)
          throw new Error(`${file} が読めないため、ふりがなを付けられません。npm run check で確かめてください。`);
        const report = await addFuriganaToPages(fileURLToPath(dir), dictionary);
        logger.info(`ふりがな: ${report.pages} ページ`);
        if (report.unread.length > 0) {
          logger.warn(
            `読みが分からず、ふりがなを付けられなかった言葉: ${report.unread.join('、')}。${file} に「言葉: よみ」を書き足してください。`,
          );
        }
      },
    },
  };
}
