import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { joinJapaneseLines } from './join-japanese-lines.ts';

/**
 * How the bodies staff write become HTML: Astro's Sätteri processor with these options (astro.config.mjs; MDX
 * inherits them), and the markdown tests render with the very same ones.
 *
 * GFM footnotes speak Japanese on these lang="ja" pages: the notes are headed 「注」, and each link back to the text
 * is read out as 「本文に戻る（1）」 (`{reference}` is the note's number, 1-2 for its second reference).
 */
export const markdownOptions = {
  mdastPlugins: [joinJapaneseLines],
  features: { gfm: { footnotes: { label: '注', backLabel: '本文に戻る（{reference}）' } } },
} satisfies SatteriProcessorOptions;
