import { describe, expect, it } from 'vitest';
import type { FlyerContent } from '../../src/images/flyer-content.ts';
import { textWidth } from '../../src/images/canvas/text.ts';
import { flyerImage, flyerImageSize } from '../../src/images/flyer-image.ts';
import { largestFittingSize, wrapPhrases } from '../../src/images/line-fit.ts';
import { phrases } from '../../src/lib/phrases.ts';
import { renderPicturePng } from '../../src/images/render.ts';
import { shareCardSize } from '../../src/images/share-card.ts';
import { shareCard } from '../../src/images/share-card-picture.ts';
import { decodeQrPng } from '../support/decode-qr.ts';
import { expectWholeFooter, textPixelsInRows, textPixelsOutside } from '../support/png-text.ts';

/** Names with no place a line may end: BudouX keeps each whole as one phrase. */
const katakana = 'ジストロフィンアソシエーテッドグリコプロテインミオパチー';
const latin = 'Pneumonoultramicroscopicsilicovolcanoconiosis';

describe('fitting a phrase too long for a line', () => {
  const sizes = { sizes: [88, 76, 64, 56, 48], weight: 400 } as const;

  it('shrinks the title first, down to the smallest size, before breaking inside a phrase', () => {
    // Fifteen kana (13.4 em in this font) fit a 950 px line whole at 64 px but not at 76: shrinking is enough.
    expect(largestFittingSize(phrases('ジストロフィンアソシエーテッド'), sizes, 950, 3)).toBe(64);
    // Twenty-eight do not fit whole even at 48: the largest size at which the broken name takes three lines.
    const pieces = phrases(`${katakana} 当事者の部屋`);
    const size = largestFittingSize(pieces, sizes, 950, 3);
    expect(size).toBe(64);
    expect(wrapPhrases(pieces, { size, weight: 400 }, 950)).toHaveLength(3);
  });

  it('breaks it where each line is full, every line within the width, and starts the next phrase on a new line', () => {
    const lines = wrapPhrases(phrases(`${latin}${latin} の集い`), { size: 48, weight: 400 }, 1056).map((line) =>
      line.join(''),
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(0, -1).join('')).toBe(`${latin}${latin}\u00a0`);
    expect(lines.at(-1)).toBe('の集い');
    for (const line of lines) expect(textWidth(line.trimEnd(), 48, 400)).toBeLessThanOrEqual(1056);
  });
});

describe('a share card with a name that has no break', () => {
  const margin = 72;

  it.each([
    [
      'a katakana disease name',
      `${katakana} 当事者・ご家族の部屋`,
      `${katakana}とともに暮らす人と家族が、${katakana}の毎日について話し合います。`,
    ],
    ['a long Latin word', `${latin} ${latin}`, `${latin}${latin}${latin} is the longest word in English dictionaries.`],
  ])('draws %s inside the margins, not off the card', async (_name, title, description) => {
    const png = renderPicturePng(shareCard({ title, description, siteName: 'ひろば', host: 'hiroba.example' }));
    expect(textPixelsOutside(png, margin, shareCardSize.width - margin)).toBe(0);
    // Nothing pushed up over the blue band at the top either, and the title is really there.
    expect(textPixelsInRows(png, 0, 20)).toBe(0);
    expect(textPixelsInRows(png, 20, 500)).toBeGreaterThan(10_000);
  });
});

describe('an A4 flyer with names that have no break', () => {
  const margin = 88;
  const url = 'https://forum.hiroba.example/g/dagp';
  const flyer: FlyerContent = {
    siteName: 'ひろば',
    roomName: `${katakana} 当事者の部屋`,
    summary: `${katakana}とともに暮らす人と家族が、${latin}のように長い言葉も気にせず話せる部屋です。`,
    condition: katakana,
    roles: '本人・当事者、家族',
    scopeNote: `${latin}${latin} の方も対象です。`,
    mottos: [`${katakana}のことを、ゆっくり知っていきます。`, `${latin}${latin}`],
    ways: [
      {
        kind: 'forum',
        name: 'フォーラム',
        steps: [
          'スマートフォンのカメラを QR コードに向けると、参加のページが開きます。',
          `${katakana}の部屋に入ります。`,
          `${latin}${latin}`,
        ],
        qrUrl: url,
        qrLabel: '参加ページの QR コード',
      },
    ],
    pageUrl: `https://hiroba.example/rooms/${'dystrophin-associated-glycoprotein'.repeat(2)}/`,
    programme: `${katakana}の会`,
    operator: 'ひろば運営事務局',
    contact: 'info@hiroba.example',
  };

  const render = (content: FlyerContent): Buffer => renderPicturePng(flyerImage(content));

  it('keeps every line inside the margins, with its QR code readable and its footer whole', () => {
    const png = render(flyer);
    expect(textPixelsOutside(png, margin, flyerImageSize.width - margin)).toBe(0);
    expect(decodeQrPng(png)).toBe(url);
    expectWholeFooter(png, { unclipped: true });
  });

  it('fits a room with many long mottos on the sheet by setting what is between header and footer smaller', () => {
    const mottos = Array.from(
      { length: 8 },
      (_, index) => `${index + 1} つ目の約束: ${katakana}とともに暮らす不安を、少しでも軽くします。`,
    );
    const png = render({ ...flyer, mottos, scopeNote: `対象は${katakana}の方とご家族です。`.repeat(3) });
    expect(textPixelsOutside(png, margin, flyerImageSize.width - margin)).toBe(0);
    expect(decodeQrPng(png)).toBe(url);
    expectWholeFooter(png, { unclipped: true });
  });

  it('keeps the footer with the address and contact on the sheet even when nothing could make the rest fit', () => {
    const mottos = Array.from({ length: 60 }, (_, index) => `${index + 1} つ目の約束です。`);
    expectWholeFooter(render({ ...flyer, mottos }), { unclipped: false });
  });
});
