import { describe, expect, it } from 'vitest';
import { readPageText } from '../../src/search/page-text.ts';

describe('a built page’s own words', () => {
  it('are the text of its main, its heading apart, without the ways elsewhere, notices, hidden or non-text parts', () => {
    const html = `<html><head><title>t</title><script>x()</script></head><body>
      <header><nav>ヘッダー</nav></header>
      <main>
        <nav class="breadcrumbs"><ol><li>ホーム</li></ol></nav>
        <div class="notice help-notice" role="note"><p>つらいときは</p></div>
        <h1><span class="eyebrow">全身性強皮症</span>家族の方へ</h1>
        <p>指のこわばりや<b>冷え</b>。</p><p>息切れ</p>
        <p hidden>ぜんしんせいきょうひしょう SSc</p>
        <p><span class="visually-hidden">電話をかける: </span>0120</p>
        <svg><text>図</text></svg><img alt="写真"><button>コピー</button>
        <ul><li>一</li><li>二</li></ul>
      </main>
      <footer>フッター</footer></body></html>`;
    expect(readPageText(html)).toEqual({
      heading: '全身性強皮症家族の方へ',
      text: '指のこわばりや冷え。 息切れ 0120 一 二',
    });
  });

  it('are read from the main that opens the page’s body, even where the head’s words hold "<main"', () => {
    const page = (description: string) =>
      `<html><head><title>タイトル</title><meta name="description" content="${description}"></head><body>` +
      `<header>ヘッダー</header><main><h1>見出し</h1><p>本文</p></main><footer>フッター</footer></body></html>`;
    expect(readPageText(page('説明'))).toEqual({ heading: '見出し', text: '本文' });
    expect(readPageText(page('<main>の説明'))).toEqual({ heading: '見出し', text: '本文' });
  });

  it('leave out the actions, and the readings over the kanji of pages for children', () => {
    const html = `<main><p><a class="button" href="/x">部屋に参加する<span class="external-hint">（外部サイト）</span></a></p>
      <p><span><ruby>家族<rp>（</rp><rt>かぞく</rt><rp>）</rp></ruby>のサロン</span>を<a href="https://x.example/">見る<span class="external-hint">（外部サイト）</span></a></p></main>`;
    expect(readPageText(html).text).toBe('家族のサロンを見る');
  });

  it('keep the text as written: the search compares it in the form a query is', () => {
    expect(readPageText('<main><p>略して ＳＳｃ　と</p></main>').text).toBe('略して ＳＳｃ と');
  });
});
