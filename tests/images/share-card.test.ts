import { describe, expect, it } from 'vitest';
import { palette, roomAccent } from '../../src/model/palette.ts';
import { renderPicturePng } from '../../src/images/render.ts';
import { readShareMeta } from '../../src/images/share-meta-html.ts';
import { cardFactsMeta, shareCardAlt } from '../../src/images/share-card.ts';
import { shareCard } from '../../src/images/share-card-picture.ts';
import { pixelsOf } from '../support/png-text.ts';

const event = {
  title: '【中止】きょうだいの部屋 オンライン交流会（12月）',
  cardTitle: 'きょうだいの部屋 オンライン交流会（12月）',
  description: '精神疾患のある兄弟姉妹がいる人が、年末の帰省の悩みなどを話し合う会です。',
  siteName: 'ひろば',
  kicker: '家族のサロン きょうだいの部屋',
  when: '2026年12月5日（土）20:00〜21:30',
  mark: 'cancelled',
  accent: '3F8A6B',
} as const;

describe('the facts a share card carries from its page', () => {
  it('ride in hiroba:card-* meta tags and come back out of the built page as they went in', () => {
    const tags = cardFactsMeta(event)
      .map(([name, content]) => `<meta name="${name}" content="${content}">`)
      .join('');
    const html = `<html><head><meta property="og:image" content="https://hiroba.example/og/x.png">${tags}</head></html>`;
    expect(readShareMeta(html)).toMatchObject({
      cardTitle: event.cardTitle,
      kicker: event.kicker,
      when: event.when,
      mark: 'cancelled',
      accent: '3F8A6B',
    });
  });

  it('leave out a mark or a colour that is not one', () => {
    const html =
      '<html><head><meta property="og:image" content="https://hiroba.example/og/x.png">' +
      '<meta name="hiroba:card-mark" content="urgent"><meta name="hiroba:card-accent" content="red"></head></html>';
    expect(readShareMeta(html)).toMatchObject({ mark: undefined, accent: undefined });
  });
});

describe('the words of a share card (og:image:alt)', () => {
  it('say what the card shows: an event’s title, where it belongs, its date and its mark', () => {
    expect(shareCardAlt(event)).toBe(
      '「きょうだいの部屋 オンライン交流会（12月）」（家族のサロン きょうだいの部屋、2026年12月5日（土）20:00〜21:30、中止）｜ひろばの案内画像',
    );
  });

  it('say what the site is on its home page, not its name twice', () => {
    const alt = shareCardAlt({ title: 'ひろば', description: '同じ立場の人と出会える広場', siteName: 'ひろば' });
    expect(alt).toBe('ひろば：同じ立場の人と出会える広場｜ひろばの案内画像');
  });
});

describe('an event’s share card', () => {
  it('draws the cancelled mark in its notice colours and the band in the room’s colour', () => {
    const png = renderPicturePng(shareCard({ ...event, host: 'hiroba.example' }));
    expect(pixelsOf(png, palette.light.notices.cancelled.edge)).toBeGreaterThan(2_000);
    expect(pixelsOf(png, roomAccent(event.accent).light)).toBeGreaterThan(20_000);
    const unmarked = renderPicturePng(
      shareCard({ ...event, mark: undefined, accent: undefined, host: 'hiroba.example' }),
    );
    expect(pixelsOf(unmarked, palette.light.notices.cancelled.edge)).toBe(0);
  });
});
