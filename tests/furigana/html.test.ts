import { beforeAll, describe, expect, it } from 'vitest';
import { addFurigana } from '../../src/furigana/html.ts';
import { createFurigana, type Furigana } from '../../src/furigana/readings.ts';
import { kanjiWithoutReading, rubies } from '../support/ruby.ts';

/** The real analyzer and its dictionary (kuromoji's ships in its package), with a staff dictionary of one word. */
let furigana: Furigana;
beforeAll(async () => {
  furigana = await createFurigana({ 家族会: 'かぞくかい', 生きづらさ: 'いきづらさ' });
});

const page = (main: string, marker = ' data-furigana') =>
  `<!doctype html><html lang="ja"><head><title>子どもの部屋</title></head><body><header><a href="/">広場</a></header>` +
  `<main id="main"${marker}>${main}</main><footer>運営事務局</footer></body></html>`;

describe('furigana on the built pages for children', () => {
  it('reads every kanji run of the marked part, kana over the kanji only', async () => {
    const html = page(
      '<h1>子どもの部屋</h1><p>親の病気のことを、友だちや先生に話せずにいる人がいます。<a href="/x">申し込む</a></p>',
    );
    const { html: annotated, unread } = await addFurigana(html, furigana);
    expect(unread).toEqual([]);
    expect(kanjiWithoutReading(annotated)).toEqual([]);
    expect(rubies(annotated)).toEqual(
      expect.arrayContaining([
        '部屋（へや）',
        '親（おや）',
        '病気（びょうき）',
        '申（もう）',
        '込（こ）',
        '話（はな）',
      ]),
    );
    expect(annotated).toContain('<a href="/x"><span><ruby>申');
  });

  it('keeps each text one box, and each phrase of large text whole, so no line ends at the edge of a ruby', async () => {
    const { html: annotated } = await addFurigana(
      page('<a class="button" href="/x"><span>部屋に<wbr>申し込む</span></a><p>親の病気のことを話す</p>'),
      furigana,
    );
    expect(annotated).toMatch(
      /<a class="button" href="\/x"><span><span class="phrase"><ruby>部屋.*<\/span><wbr><span class="phrase"><ruby>申.*む<\/span><\/span><\/a>/,
    );
    expect(annotated).toMatch(/<p><span><ruby>親.*話.*す<\/span><\/p>/);
  });

  it('leaves the rest of the page, attributes, scripts and existing ruby as they were', async () => {
    const main =
      '<p title="漢字の説明">説明</p><script type="application/ld+json">{"name":"交流会"}</script>' +
      '<ruby>既<rt>すで</rt></ruby>に<code>漢字</code>';
    const { html: annotated } = await addFurigana(page(main), furigana);
    expect(annotated).toContain('<title>子どもの部屋</title>');
    expect(annotated).toContain('<footer>運営事務局</footer>');
    expect(annotated).toContain('<a href="/">広場</a>');
    expect(annotated).toContain('title="漢字の説明"');
    expect(annotated).toContain('{"name":"交流会"}');
    expect(annotated).toContain('<ruby>既<rt>すで</rt></ruby>に<code>漢字</code>');
  });

  it('uses the staff dictionary over the analyzer, the longest word first', async () => {
    const { html } = await addFurigana(page('<p>家族会と家族、生きづらさ</p>'), furigana);
    expect(rubies(html)).toEqual(['家族会（かぞくかい）', '家族（かぞく）', '生（い）']);
    expect(kanjiWithoutReading(html)).toEqual([]);
  });

  it('reads dates as dates: 12月 is じゅうにがつ, 5日 is いつか, （火） is か', async () => {
    const { html } = await addFurigana(page('<p>12月5日（土）と12月19日（火）</p>'), furigana);
    expect(rubies(html)).toEqual(['月（がつ）', '5日（いつか）', '土（ど）', '月（がつ）', '日（にち）', '火（か）']);
  });

  it('keeps text escaped: markup in the words stays words', async () => {
    const { html } = await addFurigana(page('<p>家族 &amp; 友人 &lt;b&gt;</p>'), furigana);
    expect(html).toContain(' &amp; <ruby>友人');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('sets each reading in <rt>, in brackets (<rp>) where ruby cannot be shown', async () => {
    const { html } = await addFurigana(page('<p>家族</p>'), furigana);
    expect(html).toContain('<ruby>家族<rp>（</rp><rt>かぞく</rt><rp>）</rp></ruby>');
  });

  it('changes nothing on a page without the marker', async () => {
    const html = page('<p>親の病気</p>', '');
    expect((await addFurigana(html, furigana)).html).toBe(html);
  });

  it('changes nothing the second time: it is safe to run twice', async () => {
    const once = (await addFurigana(page('<h1>家族の世話をしている子ども</h1>'), furigana)).html;
    expect((await addFurigana(once, furigana)).html).toBe(once);
  });

  it('says which words it found no reading for, and gives them none rather than a wrong one', async () => {
    const { html, unread } = await addFurigana(page('<p>彁</p>'), furigana);
    expect(unread).toEqual(['彁']);
    expect(rubies(html)).toEqual([]);
  });
});
