import { describe, expect, it } from 'vitest';
import type { BoxStep, Picture, TextStep } from '../../src/images/canvas/picture.ts';
import { textWidth } from '../../src/images/canvas/text.ts';
import { shareCardSize, type ShareCardText } from '../../src/images/share-card.ts';
import { shareCard } from '../../src/images/share-card-picture.ts';
import { palette } from '../../src/model/palette.ts';

/** Names with no place a line may end (as in ./long-phrases.test.ts). */
const katakana = 'ジストロフィンアソシエーテッドグリコプロテインミオパチー';
const latin = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
const site = { siteName: 'ひろば', host: 'hiroba.example' };
const padding = 72;

const texts = (picture: Picture) => picture.steps.filter((step): step is TextStep => step.draw === 'text');
const right = (step: TextStep) => step.x + textWidth(step.text, step.size, step.weight);
/** The lines of the title: the largest text on the card. */
const titleLines = (picture: Picture) => {
  const size = Math.max(...texts(picture).map((step) => step.size));
  return texts(picture).filter((step) => step.size === size);
};

const plain: ShareCardText = { ...site, title: '交流会', description: '同じ病気の人と話せる集まりです。' };
const event: ShareCardText = {
  ...site,
  title: '【中止】きょうだいの部屋 オンライン交流会（12月）',
  cardTitle: 'きょうだいの部屋 オンライン交流会（12月）',
  description: '精神疾患のある兄弟姉妹がいる人が、年末の帰省の悩みなどを話し合う会です。'.repeat(3),
  kicker: '家族のサロン きょうだいの部屋',
  when: '2026年12月5日（土）20:00〜21:30',
  mark: 'cancelled',
};
const cards: [string, ShareCardText][] = [
  ['a short title', plain],
  ['an event with its date and mark', event],
  ['a katakana name', { ...site, title: `${katakana} 当事者・ご家族の部屋`, description: `${katakana}の毎日。` }],
  ['a long Latin word', { ...site, title: `${latin} ${latin}`, description: `${latin}${latin}${latin} is long.` }],
];

describe('the share card’s layout', () => {
  it.each(cards)('keeps every line of %s between the side paddings', (_name, text) => {
    const card = shareCard(text);
    expect(card).toMatchObject(shareCardSize);
    for (const step of texts(card)) {
      expect(step.x, step.text).toBeGreaterThanOrEqual(padding - 0.01);
      expect(right(step), step.text).toBeLessThanOrEqual(shareCardSize.width - padding + 0.01);
    }
  });

  it('sets a short title at the largest size and a long one smaller, never in more than three lines', () => {
    const short = titleLines(shareCard({ ...site, title: '交流会', description: '説明です。' }));
    expect(short).toHaveLength(1);
    expect(short[0]?.size).toBe(84);
    const long = titleLines(
      shareCard({
        ...site,
        title: '顕微鏡的多発血管炎 当事者・ご家族 オンラインコミュニティ 交流会のお知らせ 2026年 冬の特別回',
        description: '説明です。',
      }),
    );
    expect(long[0]?.size).toBeLessThan(84);
    expect(long.length).toBeLessThanOrEqual(3);
  });

  it('shortens a long description to its lines with an ellipsis at the end', () => {
    const description = '会場とオンラインをつないで、治療と暮らしの両立について話し合います。'.repeat(6);
    const lines = texts(shareCard({ ...site, title: 'ひろばの集い', description })).filter((step) => step.size === 32);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.at(-1)?.text).toMatch(/…$/);
  });

  it('draws the mark as a box in the notice’s edge colour around one in its surface colour, its word centred inside', () => {
    const notice = palette.light.notices.cancelled;
    const card = shareCard(event);
    const box = (colour: string) =>
      card.steps.find((step): step is BoxStep => step.draw === 'box' && step.colour === colour);
    const edge = box(notice.edge);
    const surface = box(notice.surface);
    const word = texts(card).find((step) => step.text === '中止');
    if (!edge || !surface || !word) throw new Error('the card has no mark');
    expect(surface.x).toBeGreaterThan(edge.x);
    expect(surface.x + surface.width).toBeLessThan(edge.x + edge.width);
    expect(surface.y + surface.height).toBeLessThan(edge.y + edge.height);
    expect(word.colour).toBe(notice.label);
    const [left, rightGap] = [word.x - surface.x, surface.x + surface.width - right(word)];
    expect(left).toBeCloseTo(rightGap, 5);
    expect(edge.x + edge.width).toBeCloseTo(shareCardSize.width - padding, 5);
  });

  it('draws the band in the site’s colour when the page has none of its own, and the site’s name and host', () => {
    const card = shareCard(plain);
    expect(card.steps[0]).toMatchObject({ draw: 'box', x: 0, y: 0, width: 1200, colour: palette.light.action });
    expect(texts(card).map((step) => step.text)).toEqual(expect.arrayContaining(['ひろば', 'hiroba.example']));
    const host = texts(card).find((step) => step.text === 'hiroba.example');
    expect(host && right(host)).toBeCloseTo(shareCardSize.width - padding, 5);
  });
});
