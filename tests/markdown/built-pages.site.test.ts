import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { fileOf, quirkySiteDir, readPage } from '../pages/built-site.ts';

/**
 * Bodies as the built site shows them, from the quirky content (tests/fixtures/quirky-content.ts): the condition
 * and room "dagp" were saved with Windows line endings, and the condition's body has a footnote.
 */

const conditionPage = () => readPage(paths.condition('dagp'), quirkySiteDir);

describe('a page from a file saved with Windows line endings', () => {
  it('has no gap between its Japanese sentences, as from a file saved with \\n', async () => {
    const html = await readFile(fileOf(paths.condition('dagp'), quirkySiteDir), 'utf8');
    expect(html).not.toContain('\r');
    const body = (await conditionPage()).querySelector('main')?.textContent ?? '';
    expect(body).toContain(
      'とてもめずらしい病気です。1患者さんの数が少なく、同じ病気の人に出会える機会はほとんどありません。このコミュニティでは',
    );
    const room = (await readPage(paths.room('dagp'), quirkySiteDir)).querySelector('main')?.textContent ?? '';
    expect(room).toContain('患者さんと家族が同じ部屋で話しています。スタッフが見守っています。');
  });
});

describe('footnotes on a built page', () => {
  it('are headed 「注」, and the mark and the link back are labelled in Japanese', async () => {
    const page = await conditionPage();
    const section = page.querySelector('section[data-footnotes]');
    const label = section?.querySelector('h2');
    expect(label?.textContent).toBe('注');
    const mark = page.querySelector('a[data-footnote-ref]');
    expect(mark?.getAttribute('aria-describedby')).toBe(label?.id);
    const back = section?.querySelector('a[data-footnote-backref]');
    expect(back?.getAttribute('aria-label')).toBe('本文に戻る（1）');
    // Each link leads to the other end.
    expect(page.getElementById(mark?.getAttribute('href')?.slice(1) ?? '')?.contains(back ?? null)).toBe(true);
    expect(back?.getAttribute('href')).toBe(`#${mark?.id}`);
  });

  it('have no English labels anywhere on the site', async () => {
    const files = (await readdir(quirkySiteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    for (const file of files)
      expect(await readFile(join(quirkySiteDir, file), 'utf8'), file).not.toMatch(/>Footnotes<|Back to reference/);
  });
});
