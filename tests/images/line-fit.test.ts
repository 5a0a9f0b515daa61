import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/images/canvas/text.ts';
import { clampPhrases, largestFittingSize, wrapPhrases } from '../../src/images/line-fit.ts';
import { phrases } from '../../src/lib/phrases.ts';

describe('phrases for line breaking', () => {
  it('keeps a disease name and its parts whole', () => {
    const pieces = phrases('全身性強皮症 当事者・ご家族 オンラインコミュニティ');
    expect(pieces.join('')).toBe('全身性強皮症\u00a0当事者・ご家族\u00a0オンラインコミュニティ');
    expect(pieces).toContain('オンラインコミュニティ');
    expect(pieces.some((piece) => piece.startsWith('全身性強皮症'))).toBe(true);
  });

  it('splits a sentence where a reader would pause', () => {
    expect(phrases('同じ立場の人と出会える')).toEqual(['同じ', '立場の', '人と', '出会える']);
  });
});

const regular = (size: number) => ({ size, weight: 400 }) as const;
const sizes = (...list: number[]) => ({ sizes: list, weight: 400 }) as const;

describe('wrapping phrases with the font’s own widths', () => {
  it('measures full-width characters one em wide and Latin letters narrower, each as wide as the font draws it', () => {
    expect(textWidth('強皮症', 100, 400)).toBe(300);
    expect(textWidth('MPA', 100, 400)).toBeCloseTo(248, 0);
    expect(textWidth('MPA', 100, 700)).toBeGreaterThan(textWidth('MPA', 100, 400));
  });

  it('never breaks inside a phrase', () => {
    // 400 px + 500 px would overflow 800 px, so 多発血管炎 moves down whole rather than splitting.
    expect(wrapPhrases(['顕微鏡的', '多発血管炎', '交流会'], regular(100), 800)).toEqual([
      ['顕微鏡的'],
      ['多発血管炎', '交流会'],
    ]);
  });

  it('picks the largest size at which a title takes at most the allowed lines', () => {
    const short = phrases('きょうだい');
    expect(largestFittingSize(short, sizes(88, 64, 48), 1056, 3)).toBe(88);
    const long = phrases('顕微鏡的多発血管炎 当事者・ご家族 オンラインコミュニティ 交流会のお知らせ');
    const size = largestFittingSize(long, sizes(88, 76, 64, 56, 48), 1056, 3);
    expect(size).toBeLessThan(88);
    expect(wrapPhrases(long, regular(size), 1056).length).toBeLessThanOrEqual(3);
  });

  it('shortens a long description to whole phrases and an ellipsis', () => {
    const pieces = phrases('会場とオンラインをつないで、治療と暮らしの両立について話し合います。'.repeat(4));
    const kept = clampPhrases(pieces, regular(34), 1056, 2);
    expect(wrapPhrases(kept, regular(34), 1056).length).toBe(2);
    expect(kept.at(-1)).toMatch(/…$/);
    expect(clampPhrases(['短い', '説明'], regular(34), 1056, 2)).toEqual(['短い', '説明']);
  });
});
