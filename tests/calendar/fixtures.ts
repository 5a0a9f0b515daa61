import { eventSchema, siteSchema, type Programme, type Site } from '../../src/schemas/index.ts';
import type { SiteEvent } from '../../src/calendar/event-facts.ts';

/** A site and events written the way staff write them, validated by the real schemas (defaults included). */

export const site: Site = siteSchema.parse({
  name: 'ひろば',
  tagline: '同じ立場の人と出会えるオンラインの広場',
  url: 'https://hiroba.example/',
  publisher: { name: 'ひろば運営事務局', url: 'https://hiroba.example/about/' },
  contact: { email: 'info@hiroba.example' },
  crisisResources: [
    {
      name: '救急',
      tier: 'emergency',
      who: 'だれでも',
      description: '命に関わるとき',
      phone: '119',
      hours: '24 時間',
      cost: 'free',
      source: 'https://www.fdma.go.jp/publication/portal/items/portal002_japanese.pdf',
      lastReviewed: '2026-11-23',
    },
  ],
  forum: { url: 'https://forum.hiroba.example/' },
});

/** Who holds the events: their programme's operator, named by calendars as the organizer. */
export const organizer: Programme['operator'] = {
  name: '希少疾患コミュニティ運営チーム',
  url: 'https://health-media.example/',
  email: 'community@health-media.example',
};

export function event(id: string, fields: Record<string, unknown> = {}): SiteEvent {
  return {
    id,
    file: `content/events/${id}.mdx`,
    body: '',
    data: eventSchema.parse({
      title: '強皮症 オンラインおしゃべり会（12月）',
      summary: '寒さで指がこわばりやすい季節の過ごし方を、自由におしゃべりします。',
      programme: 'rare-disease',
      rooms: ['scleroderma'],
      roles: ['patient', 'family'],
      eligibility: ['全身性強皮症の患者さん、またはそのご家族'],
      start: '2026-12-12T14:00:00+09:00',
      end: '2026-12-12T15:30:00+09:00',
      format: 'online',
      online: 'Zoom を使います。URL は、お申し込みの後にお送りします。',
      apply: {
        method: 'form',
        how: 'フォームからお申し込みください。',
        url: 'https://hiroba.example/apply/x',
        deadline: '2026-12-09T23:59:00+09:00',
      },
      ...fields,
    }),
  };
}

export const venue = { name: '東京都内の区民会館 会議室', address: '東京都千代田区1-1' };
