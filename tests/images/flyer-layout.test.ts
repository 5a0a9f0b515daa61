import { describe, expect, it } from 'vitest';
import type { DrawStep, Picture, TextStep } from '../../src/images/canvas/picture.ts';
import { baselineOffset, textWidth } from '../../src/images/canvas/text.ts';
import type { FlyerContent } from '../../src/images/flyer-content.ts';
import { flyerBody } from '../../src/images/flyer-body.ts';
import { fittingBody, flyerImage, flyerImageSize } from '../../src/images/flyer-image.ts';
import { renderPicturePng } from '../../src/images/render.ts';
import { decodeQrColumns, decodeQrPng } from '../support/decode-qr.ts';

const katakana = 'ジストロフィンアソシエーテッドグリコプロテインミオパチー';
const latin = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
const padding = 88;
/** 5 cm at the sheet's 150 dpi. */
const fiveCentimetres = (5 / 2.54) * 150;

const way = (kind: FlyerContent['ways'][number]['kind'], name: string, qrUrl: string) => ({
  kind,
  name,
  steps: ['スマートフォンのカメラで QR コードを読み取ります。', `${name}の部屋に入ります。`, '本名は要りません。'],
  qrUrl,
  qrLabel: `${name}で参加する QR コード`,
});
const chat = way('chat', 'LINE オープンチャット', 'https://line.me/ti/g2/hiroba-sample?utm_source=flyer');
const flyer: FlyerContent = {
  siteName: 'ひろば',
  roomName: '全身性強皮症 当事者・ご家族 オンラインコミュニティ',
  summary: '全身性強皮症の本人と家族が、一緒に暮らしの工夫や気持ちを話し合う部屋です。',
  condition: '全身性強皮症',
  roles: '本人・当事者、家族',
  scopeNote: '限局性強皮症は別の病気のため、対象ではありません。',
  mottos: [
    'めずらしい病気とともに暮らす不安を、少しでも軽くします。',
    'まわりの人に話しにくいことも話せる場所にします。',
  ],
  ways: [chat],
  pageUrl: 'https://hiroba.example/rooms/scleroderma/',
  programme: '希少疾患 当事者・ご家族 オンラインコミュニティ',
  operator: 'サンプルヘルスメディア株式会社 患者さん支援チーム',
  contact: 'community@health-media.example',
};
const threeWays: FlyerContent = {
  ...flyer,
  ways: [
    chat,
    way('forum', 'フォーラム', 'https://forum.hiroba.example/c/scleroderma?utm_source=flyer'),
    way('registration', '登録のページ', 'https://salon.family-federation.example/register?utm_source=flyer'),
  ],
};
/** As ./long-phrases.test.ts: names with no break everywhere, and many long mottos. */
const long: FlyerContent = {
  ...flyer,
  roomName: `${katakana} 当事者の部屋`,
  summary: `${katakana}とともに暮らす人と家族が、${latin}のように長い言葉も気にせず話せる部屋です。`,
  condition: katakana,
  scopeNote: `対象は${katakana}の方とご家族です。`.repeat(3),
  mottos: Array.from(
    { length: 8 },
    (_, index) => `${index + 1} つ目の約束: ${katakana}とともに暮らす不安を、少しでも軽くします。`,
  ),
  pageUrl: `https://hiroba.example/rooms/${'dystrophin-associated-glycoprotein'.repeat(2)}/`,
};
const overlong: FlyerContent = {
  ...long,
  mottos: Array.from({ length: 60 }, (_, index) => `${index + 1} つ目の約束です。`),
};

const sheets: [string, FlyerContent][] = [
  ['one way in', flyer],
  ['three ways in', threeWays],
  ['very long content', long],
  ['content too long for any scale', overlong],
];

const texts = (picture: Picture) => picture.steps.filter((step): step is TextStep => step.draw === 'text');
const qrs = (picture: Picture) => picture.steps.filter((step) => step.draw === 'qr');
/** How far down a step draws: a text line to the font's descent. */
function bottom(step: DrawStep): number {
  if (step.draw === 'box') return step.y + step.height;
  if (step.draw === 'qr') return step.y + step.size;
  return step.baseline + step.size - baselineOffset(step.size, 1, step.weight);
}
/** The footer's border: the last box across the whole sheet; what comes after it in the picture is the footer. */
function footerOf(picture: Picture) {
  const at = picture.steps.findLastIndex((step) => step.draw === 'box' && step.width === flyerImageSize.width);
  const border = picture.steps[at];
  if (border?.draw !== 'box') throw new Error('the flyer has no footer');
  return { top: border.y, above: picture.steps.slice(0, at), footer: picture.steps.slice(at + 1) };
}

describe.each(sheets)('the flyer’s layout for %s', (_name, content) => {
  const picture = flyerImage(content);

  it('is an A4 sheet with every line between the side paddings', () => {
    expect(picture).toMatchObject(flyerImageSize);
    for (const step of texts(picture)) {
      expect(step.x, step.text).toBeGreaterThanOrEqual(padding - 0.01);
      expect(step.x + textWidth(step.text, step.size, step.weight), step.text).toBeLessThanOrEqual(
        flyerImageSize.width - padding + 0.01,
      );
    }
  });

  it('draws nothing of the body over the footer, and the whole footer above the sheet’s bottom margin', () => {
    const { top, above, footer } = footerOf(picture);
    for (const step of above) expect(bottom(step), JSON.stringify(step)).toBeLessThanOrEqual(top);
    expect(footer.map((step) => (step.draw === 'text' ? step.text : '')).join('')).toContain(content.contact);
    for (const step of footer) expect(bottom(step)).toBeLessThanOrEqual(flyerImageSize.height - 40);
  });

  it('prints every QR code over 5 cm wide', () => {
    for (const code of qrs(picture)) expect(code.draw === 'qr' && code.size).toBeGreaterThan(fiveCentimetres);
  });
});

describe('the address at the flyer’s foot', () => {
  const footerLines = (content: FlyerContent) =>
    footerOf(flyerImage(content)).footer.flatMap((step) => (step.draw === 'text' ? [step.text] : []));

  it.each([
    // One character too long for a line: broken anywhere, its last slash went down alone.
    ['a slug that just overflows', 'https://hiroba.example/rooms/genpatsusei-hifu-ikeiseisho-child/'],
    ['a slug longer than a line', long.pageUrl],
  ])('ends its lines only after a separator, for %s', (_name, pageUrl) => {
    const lines = footerLines({ ...flyer, pageUrl });
    const through = (count: number) => lines.slice(0, count).join('').replace(/\s/g, '');
    const addressLines = lines.slice(0, lines.findIndex((_line, at) => through(at + 1).endsWith(pageUrl)) + 1);
    expect(through(addressLines.length)).toBe(`くわしくは${pageUrl}`);
    for (const line of addressLines.slice(0, -1)) expect(line).toMatch(/[/\-._@?&=]$/);
    expect(lines).not.toContain('/');
  });
});

describe('fitting a flyer to its sheet', () => {
  const nameSize = (content: FlyerContent) => Math.max(...texts(flyerImage(content)).map((step) => step.size));
  /** Everything the sheet says, without the spaces where its lines were broken. */
  const squeezed = (text: string) => text.replace(/\s/g, '');
  const allText = (picture: Picture) =>
    squeezed(
      texts(picture)
        .map((step) => step.text)
        .join(''),
    );

  it('sets long content smaller, keeping all of it: every motto and the QR code', () => {
    expect(nameSize(long)).toBeLessThan(nameSize(flyer));
    const picture = flyerImage(long);
    for (const motto of long.mottos) expect(allText(picture)).toContain(squeezed(motto));
    expect(qrs(picture)).toHaveLength(1);
  });

  it('sets the body at the largest scale at which it fits, whatever scale that is', () => {
    const fits = (content: FlyerContent, k: number, room: number) =>
      80 * k + flyerBody(content, 1064, k).height <= room;
    const scales = Array.from({ length: 21 }, (_, step) => (100 - step * 2) / 100);
    const chosen = new Set<number>();
    // One motto more each time, in rooms from a short sheet to a tall one: most of the scales get chosen.
    for (let count = 0; count <= long.mottos.length; count++) {
      const content = { ...long, mottos: long.mottos.slice(0, count) };
      for (let room = 900; room <= 1500; room += 50) {
        const expected = scales.find((k) => fits(content, k, room)) ?? 0.6;
        const { k } = fittingBody(content, room);
        expect(k, `${count} mottos, ${room} px`).toBe(expected);
        chosen.add(k);
      }
    }
    expect(chosen.size).toBeGreaterThan(10);
  });

  it('cuts off what is still too long at the footer rather than push the footer off', () => {
    const picture = flyerImage(overlong);
    expect(allText(picture)).toContain(squeezed(overlong.mottos[0] ?? ''));
    expect(allText(picture)).not.toContain(squeezed(overlong.mottos.at(-1) ?? ''));
    expect(allText(picture)).toContain(overlong.contact);
  });
});

describe('the flyer’s QR codes, read from its PNG', () => {
  it('open the way in of a room with one, drawn beside its steps', () => {
    expect(decodeQrPng(renderPicturePng(flyerImage(flyer)))).toBe(chat.qrUrl);
  });

  it('open each way in, left to right, for a room with three', () => {
    const png = renderPicturePng(flyerImage(threeWays));
    expect(decodeQrColumns(png, 3)).toEqual(threeWays.ways.map((each) => each.qrUrl));
  });
});
