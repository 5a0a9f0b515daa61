import { z } from 'astro/zod';

/** Pages written for children and young people: furigana on every kanji, plain words. */
export const forChildren = z
  .boolean({ error: 'true か false を書いてください。' })
  .default(false)
  .describe(
    '子どもや若い人に向けたページのとき true。漢字にふりがなが付きます。やさしい言葉で書いてください（docs/content-guide.md）。',
  );
