import { describe, expect, it } from 'vitest';
import { withPhraseBreaks } from '../../src/lib/phrase-breaks-html.ts';
import { phraseBoundaries, phrases } from '../../src/lib/phrases.ts';

describe('where a line may end inside Japanese words', () => {
  it('is between BudouX’s phrases, the same ones the images keep whole', () => {
    const text = 'フォーラムの部屋に参加を申し込む';
    expect(phrases(text)).toEqual(['フォーラムの', '部屋に', '参加を', '申し込む']);
    expect(phraseBoundaries(text)).toEqual([6, 9, 12]);
  });

  it('lists no place at a space, which is a place to end a line already', () => {
    const text = '全身性強皮症 当事者・ご家族 オンラインコミュニティ';
    expect(phraseBoundaries(text)).toEqual([]);
    expect(phraseBoundaries('強皮症 オンラインおしゃべり会（12月）')).toEqual([15]);
  });
});

describe('a page with its large text broken between phrases', () => {
  const strip = (html: string) => html.replaceAll(/<wbr>|<\/?span>/g, '');

  it('gets a <wbr> between the phrases of headings, buttons, lead paragraphs and anything marked phrased', () => {
    const html =
      '<h2>これからの交流会</h2><a class="button" href="/x/">フォーラムの部屋を開く</a>' +
      '<p class="lead">同じ立場の人と出会える</p><span class="phrased">新しい交流会のお知らせを受け取る</span>';
    expect(withPhraseBreaks(html)).toBe(
      '<h2><span>これからの<wbr>交流会</span></h2><a class="button" href="/x/"><span>フォーラムの<wbr>部屋を<wbr>開く</span></a>' +
        '<p class="lead"><span>同じ<wbr>立場の<wbr>人と<wbr>出会える</span></p>' +
        '<span class="phrased"><span>新しい<wbr>交流会の<wbr>お知らせを<wbr>受け取る</span></span>',
    );
  });

  it('keeps the phrases of one text in one box, so a flex button shows and reads them as one line of words', () => {
    expect(withPhraseBreaks('<a class="button" href="/x/"><svg></svg>部屋に参加する</a>')).toBe(
      '<a class="button" href="/x/"><svg></svg><span>部屋に<wbr>参加する</span></a>',
    );
  });

  it('leaves running text, the title, scripts, styles and SVG text as they are', () => {
    const html =
      '<head><title>これからの交流会</title><style>h2::before{content:"これからの交流会"}</style></head>' +
      '<body><p>これからの交流会</p><h2><svg><title>これからの交流会</title></svg></h2>' +
      '<script type="application/ld+json">{"name":"これからの交流会"}</script></body>';
    expect(withPhraseBreaks(html)).toBe(html);
  });

  it('takes for large text only what the page shows: not a tag in a comment, an attribute or an opaque element', () => {
    const html =
      '<!-- <h2>これからの交流会</h2> --><meta content="<h2>これからの交流会</h2>">' +
      '<template><h2>これからの交流会</h2><template><p>x</p></template><h2>これからの交流会</h2></template>' +
      '<svg><svg></svg><text class="button">これからの交流会</text></svg><noscript><h2>これからの交流会</h2></noscript>';
    expect(withPhraseBreaks(html)).toBe(html);
    expect(withPhraseBreaks(`${html}<h2>これからの交流会</h2>`)).toBe(
      `${html}<h2><span>これからの<wbr>交流会</span></h2>`,
    );
  });

  it('changes nothing but the <wbr>s and spans it adds: attributes, entities and markup inside stay byte for byte', () => {
    const html =
      '<h1 class="a" data-x=\'1 > 0\'>「家族&amp;サロン」の<a href="/r/?a=1&amp;b=2">部屋に参加を申し込む</a>' +
      '<small class="external-hint">（外部サイト）</small>&#x1F600;と&lt;仮&gt;</h1>';
    const out = withPhraseBreaks(html);
    expect(strip(out)).toBe(html);
    expect(out).toContain('部屋に<wbr>参加を<wbr>申し込む');
  });

  it('puts a break only where a character starts, never inside a character reference', () => {
    const out = withPhraseBreaks('<h2>&quot;ひとり&quot;じゃないと思える場所</h2>');
    expect(out.match(/&[a-z#0-9]*<wbr>/gi)).toBeNull();
    expect(strip(out)).toBe('<h2>&quot;ひとり&quot;じゃないと思える場所</h2>');
  });
});
