import { parseHTML } from 'linkedom';

const kanji = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+/gu;

/**
 * The kanji a reader of a page's marked parts would meet without a reading: what is left once every <ruby> whose
 * reading is kana has been taken out (scripts, styles and the titles inside drawings such as QR codes are not read
 * on the page). Empty when every kanji run has one.
 */
export function kanjiWithoutReading(html: string, marked = '[data-furigana]'): string[] {
  const { document } = parseHTML(html);
  const left: string[] = [];
  for (const region of document.querySelectorAll(marked)) {
    const copy = region.cloneNode(true) as Element;
    for (const element of copy.querySelectorAll('script, style, svg')) element.remove();
    for (const ruby of copy.querySelectorAll('ruby')) {
      const reading = [...ruby.querySelectorAll('rt')].map((rt) => rt.textContent ?? '').join('');
      if (/^[\p{Script=Hiragana}ー]+$/u.test(reading)) ruby.remove();
    }
    left.push(...(copy.textContent?.match(kanji) ?? []));
  }
  return left;
}

/** Each ruby of a page as `base（reading）`, in order. */
export function rubies(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('ruby')].map((ruby) => {
    const reading = [...ruby.querySelectorAll('rt')].map((rt) => rt.textContent).join('');
    const base = [...ruby.childNodes]
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent)
      .join('');
    return `${base}（${reading}）`;
  });
}
