import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/markdown/options.ts';

/**
 * Bodies rendered with the options the site's Markdown processor is given (astro.config.mjs), as an MDX body and
 * as Markdown: the same file saved with \n or with \r\n (Windows) must give the same page.
 */
const body = [
  'この部屋は、患者さんが運営しています。',
  'スタッフも見守っています。[^staff]',
  '',
  '- LINE',
  '  を使います',
  '- 一つ目の文です。',
  '  二つ目の文です。',
  '',
  '| 曜日 | 時間 |',
  '|---|---|',
  '| 土 | 14 時 |',
  '',
  '[^staff]: 運営スタッフと、患者さん自身の共同管理人です。',
  '',
].join('\n');
const windows = body.replaceAll('\n', '\r\n');

describe('a body saved with Windows line endings', () => {
  it('renders exactly as the same body saved with \\n, as Markdown and as MDX', async () => {
    const [lf, crlf] = await Promise.all([
      markdownToHtml(body, markdownOptions),
      markdownToHtml(windows, markdownOptions),
    ]);
    expect(crlf.html).toBe(lf.html);
    const [lfMdx, crlfMdx] = await Promise.all([mdxToJs(body, markdownOptions), mdxToJs(windows, markdownOptions)]);
    expect(crlfMdx.code).toBe(lfMdx.code);
  });

  it('has no gap between its Japanese sentences and keeps the break after a Latin word', async () => {
    const { html } = await markdownToHtml(windows, markdownOptions);
    expect(html).toContain('運営しています。スタッフも見守っています。');
    expect(html).toContain('一つ目の文です。二つ目の文です。');
    expect(html).toContain('LINE\nを使います');
    expect(html).not.toContain('\r');
  });
});

describe('footnotes', () => {
  it('are headed 「注」 and link back with a Japanese label, as Markdown and as MDX', async () => {
    const { html } = await markdownToHtml(body, markdownOptions);
    expect(html).toMatch(/<h2 [^>]*id="footnote-label"[^>]*>注<\/h2>/);
    expect(html).toContain('aria-label="本文に戻る（1）"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
    const { code } = await mdxToJs(body, markdownOptions);
    expect(code).toContain('"本文に戻る（1）"');
    expect(code).not.toMatch(/Footnotes|Back to reference/);
  });

  it('number a second reference to the same note in the label too', async () => {
    const { html } = await markdownToHtml('一つ目[^a]と二つ目[^a]です。\n\n[^a]: 注の本文です。\n', markdownOptions);
    expect(html).toContain('aria-label="本文に戻る（1）"');
    expect(html).toContain('aria-label="本文に戻る（1-2）"');
  });
});

describe('a line that ends or begins at a link, an emphasis or a footnote mark', () => {
  it('joins the Japanese on either side as well', async () => {
    const { html } = await markdownToHtml(
      [
        '強調の**前です。**',
        '次の文です。[^a]',
        '患者さんの[部屋](/rooms/x/)',
        'です。',
        '',
        '[^a]: 注です。',
        '',
      ].join('\n'),
      markdownOptions,
    );
    expect(html).toContain('<strong>前です。</strong>次の文です。<sup>');
    expect(html).toMatch(/<\/sup>患者さんの<a href="\/rooms\/x\/">部屋<\/a>です。/);
  });

  it('keeps the space where a Latin word meets the break', async () => {
    const { html } = await markdownToHtml('**LINE**\nを開きます。\n\n[LINE](/x)\nを開きます。\n', markdownOptions);
    expect(html).toContain('<strong>LINE</strong>\nを開きます。');
    expect(html).toContain('<a href="/x">LINE</a>\nを開きます。');
  });
});
